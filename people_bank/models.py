"""The People Bank: people who have said they would like to be asked to take part.

An entry does nothing until its owner follows the link we e-mail them (double opt-in): we
never invite, count or show an unconfirmed entry, and the retention rule deletes it after
PEOPLE_BANK_UNCONFIRMED_DAYS. A confirmed entry nobody has touched for PEOPLE_BANK_INACTIVE_YEARS
gets one e-mail asking whether its owner wants to stay, and goes if they do not answer
(keeping.py)."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from taxonomy.models import Place, Topic


class Way(models.TextChoices):
    """Ways to take part a person can tick. Invitations match on them."""

    SURVEYS = "surveys", _("Online surveys and consultations")
    FORUM = "forum", _("Online conversations in our forum")
    EVENTS = "events", _("Events and drop-in sessions")
    FOCUS_GROUPS = "focus_groups", _("Focus groups (small group talks)")
    READER_PANEL = "reader_panel", _("Reading leaflets before we print them")
    PATIENT_LEADER = "patient_leader", _("Patient leader roles")


class Format(models.TextChoices):
    STANDARD = "standard", _("Standard print or e-mail")
    LARGE_PRINT = "large_print", _("Large print")
    EASY_READ = "easy_read", _("Easy read")
    AUDIO = "audio", _("Audio")
    BRAILLE = "braille", _("Braille")
    BSL = "bsl", _("British Sign Language video")


class EntryQuerySet(models.QuerySet):
    def confirmed(self):
        return self.exclude(confirmed_at=None)

    def unconfirmed(self):
        return self.filter(confirmed_at=None)

    def active(self):
        """Confirmed and not paused: the people we may invite."""
        return self.confirmed().filter(paused=False)


class Entry(models.Model):
    """One person's entry. The e-mail address is unique whatever its case, so the same address
    registered twice, even at the same moment, gives one entry."""

    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail address"))
    phone = models.CharField(_("phone number"), max_length=20, blank=True)
    place = models.ForeignKey(Place, verbose_name=_("place"), null=True, blank=True, on_delete=models.SET_NULL)
    postcode_district = models.CharField(_("postcode district"), max_length=4, blank=True)
    topics = models.ManyToManyField(Topic, verbose_name=_("topics"), blank=True, related_name="+")
    access_needs = models.TextField(_("access needs"), blank=True)
    preferred_format = models.CharField(
        _("preferred format"), max_length=20, choices=Format.choices, default=Format.STANDARD
    )
    language = models.CharField(_("preferred language"), max_length=60, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    paused = models.BooleanField(_("paused"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    # The hash of the link we e-mailed to confirm the entry; empty once confirmed.
    confirm_token_hash = models.CharField(max_length=64, blank=True)
    # The consent the person gave: when, and which wording they were shown (consent.py).
    consented_at = models.DateTimeField()
    consent_version = models.CharField(max_length=20)
    # When the owner last changed the entry (confirming, changing, pausing or un-pausing it) or
    # pressed "Keep me in", all of which keep it in. The retention rule (keeping.py) goes by it.
    last_active_at = models.DateTimeField(_("last active"), null=True, blank=True)
    # When we last e-mailed to ask whether they want to stay (keeping.py).
    keep_warning_sent_at = models.DateTimeField(null=True, blank=True)

    objects = EntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("People Bank entry")
        verbose_name_plural = _("People Bank entries")
        constraints = [models.UniqueConstraint(Lower("email"), name="people_bank_one_entry_per_email")]

    def __str__(self):
        return self.name

    @property
    def ways(self):
        return [Way(way) for way in self.way_set.values_list("way", flat=True)]


class EntryWay(models.Model):
    """One way to take part an entry ticked: a row each, so that leads can filter and count."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="way_set")
    way = models.CharField(max_length=20, choices=Way.choices)

    class Meta:
        constraints = [models.UniqueConstraint("entry", "way", name="people_bank_way_once")]

    def __str__(self):
        return self.get_way_display()


class AccessLogEntry(models.Model):
    """Who looked at the People Bank, when, and what they asked for: every list, record and
    export, so that engagement leads can check how their team uses people's details."""

    class Action(models.TextChoices):
        LIST = "list", _("Listed entries")
        RECORD = "record", _("Opened an entry")
        EXPORT = "export", _("Downloaded a CSV")

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    who = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    action = models.CharField(max_length=10, choices=Action.choices)
    filter = models.CharField(max_length=500, blank=True)
    # The entry opened, by number only: the log outlives the entry and names nobody.
    entry_number = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["-at"]
        verbose_name = _("People Bank access")

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.get_action_display()}"


class Invitation(models.Model):
    """That we invited an entry's owner to take part in a page (a consultation that opened, an
    event). One per entry and announcement, kept by the database, so nobody is invited twice
    to the same thing, however often or however many workers announce it. Deleted with the
    entry."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="invitations")
    announcement = models.ForeignKey("notifications.Announcement", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint("entry", "announcement", name="people_bank_one_invitation_per_announcement")
        ]

    def __str__(self):
        return f"{self.entry_id} to {self.announcement_id}"
