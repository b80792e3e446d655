"""What people tell us outside consultations: quick feedback on a service, suggestions, and how
satisfied they were with how we involved them.

Quick feedback and the involvement check are anonymous by design: they hold no account, no
address and no time of day, only the day (so results can be counted by month). A suggestion
holds a name and an e-mail address, so that we can tell the person what happened to it; those
are registered with people/personal_data.py for download and erasure."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from taxonomy.models import Service


class Rating(models.TextChoices):
    """The Friends and Family Test's six answers, in the order people read them."""

    VERY_GOOD = "very_good", _("Very good")
    GOOD = "good", _("Good")
    NEITHER = "neither", _("Neither good nor poor")
    POOR = "poor", _("Poor")
    VERY_POOR = "very_poor", _("Very poor")
    DONT_KNOW = "dont_know", _("Don't know")


POSITIVE = (Rating.VERY_GOOD, Rating.GOOD)
NEGATIVE = (Rating.POOR, Rating.VERY_POOR)


class Channel(models.TextChoices):
    """How the answer reached us: the service's page, or the short link on a poster or QR code."""

    ONLINE = "online", _("Website")
    POSTER = "poster", _("Poster or QR code")
    PAPER = "paper", _("Paper card, typed in by staff")


class QuickFeedback(models.Model):
    """One answer to "Overall, how was your experience of our service?". Deliberately no person,
    address or time: only the service, the answer, the words and the day."""

    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="quick_feedback")
    rating = models.CharField(_("answer"), max_length=12, choices=Rating.choices)
    comment = models.TextField(
        _("what was good, or what could be better"),
        blank=True,
        help_text=_("Only staff read this. We never publish it word for word."),
    )
    given_on = models.DateField(_("date"), default=timezone.localdate, db_index=True)
    channel = models.CharField(max_length=10, choices=Channel.choices, default=Channel.ONLINE)

    class Meta:
        ordering = ["-given_on", "-pk"]
        verbose_name = _("quick feedback answer")
        verbose_name_plural = _("quick feedback")

    def __str__(self):
        return f"{self.service}: {self.get_rating_display()} ({self.given_on:%Y-%m-%d})"

    @property
    def short_comment(self):
        return Truncator(self.comment).chars(80)


class SuggestionStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    LOOKING = "looking", _("Being looked at")
    PASSED_ON = "passed_on", _("Passed to the service")
    DONE = "done", _("Done")
    NOT_POSSIBLE = "not_possible", _("Not possible")


class Suggestion(models.Model):
    """An idea to make a service better, sent at any time. The person follows its progress at a
    private link, and is e-mailed each time staff move it on."""

    service = models.ForeignKey(
        Service,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="suggestions",
        help_text=_("The service it is about, if any."),
    )
    text = models.TextField(_("suggestion"))
    name = models.CharField(_("name"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail address"))
    status = models.CharField(max_length=12, choices=SuggestionStatus.choices, default=SuggestionStatus.RECEIVED)
    reason = models.TextField(
        _("what to tell them"),
        blank=True,
        help_text=_("Shown to the person with the status, and put in the e-mail. Say why, when it is not possible."),
    )
    thread = models.ForeignKey(
        "forum.Thread",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The forum conversation started from this suggestion, if any."),
    )
    created_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("suggestion")

    def __str__(self):
        return Truncator(self.text).chars(80)


class StatusChange(models.Model):
    """One step in a suggestion's progress. Each is e-mailed to the person once."""

    suggestion = models.ForeignKey(Suggestion, on_delete=models.CASCADE, related_name="changes")
    status = models.CharField(max_length=12, choices=SuggestionStatus.choices)
    reason = models.TextField(blank=True)
    changed_at = models.DateTimeField(default=timezone.now)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.get_status_display()} ({self.changed_at:%Y-%m-%d})"


class Satisfaction(models.TextChoices):
    VERY = "very", _("Very satisfied")
    FAIRLY = "fairly", _("Fairly satisfied")
    NEITHER = "neither", _("Neither satisfied nor dissatisfied")
    FAIRLY_NOT = "fairly_not", _("Fairly dissatisfied")
    VERY_NOT = "very_not", _("Very dissatisfied")


SATISFIED = (Satisfaction.VERY, Satisfaction.FAIRLY)


class InvolvementAnswer(models.Model):
    """One answer to "How satisfied are you with how we involved you?", about one consultation.

    `ticket` is a digest of the one-off code in the e-mail's link, so each link answers once;
    the e-mail's body (the only place the code and the address met) is wiped once sent, so the
    answer cannot be traced to whoever gave it."""

    consultation = models.ForeignKey(
        "consultations.ConsultationPage", on_delete=models.CASCADE, related_name="involvement_answers"
    )
    answer = models.CharField(max_length=12, choices=Satisfaction.choices)
    given_on = models.DateField(default=timezone.localdate)
    ticket = models.CharField(max_length=64, unique=True, editable=False)

    class Meta:
        verbose_name = _("involvement answer")

    def __str__(self):
        return self.get_answer_display()
