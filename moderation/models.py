"""What every room whose public words wait for a moderator shares: the states an item can be
in, why it was held, the safeguarding word list, and the fields that record a moderator's
decision (`Moderated`). The forum's posts and patient stories are both `Moderated`."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    PUBLISHED = "published", _("Published")
    HELD = "held", _("Held for a moderator")
    REMOVED = "removed", _("Removed")


class HoldReason(models.TextChoices):
    """Why something waits for a moderator. The labels are what the author is told. The
    forum alone uses the new-member and reported reasons, patient stories alone "read first"."""

    NEW_MEMBER = "new_member", _("It is one of your first posts. A moderator reads every new member's first two posts.")
    NHS_NUMBER = "nhs_number", _("It seems to contain an NHS number. Please do not share NHS numbers in public.")
    PHONE_NUMBER = "phone_number", _("It seems to contain a phone number. Personal phone numbers should not be public.")
    EMAIL_ADDRESS = "email_address", _("It seems to contain an e-mail address. E-mail addresses should not be public.")
    LINKS = "links", _("It has more than two links. A moderator checks posts with many links for spam.")
    SAFEGUARDING = "safeguarding", _("It mentions something that makes us worried about someone's safety.")
    REPORTED = "reported", _("Other members reported it. A moderator will look at it.")
    READ_FIRST = "read_first", _("We read every story before we publish it.")


class SafeguardingTerm(models.Model):
    """A word or phrase that suggests someone may be at risk. A post or story that contains one
    is held, goes to the top of the moderation queue, and its author is shown where to get
    urgent help at once. Moderators keep the list."""

    phrase = models.CharField(_("word or phrase"), max_length=100, unique=True)

    class Meta:
        ordering = ["phrase"]
        verbose_name = _("safeguarding word or phrase")
        verbose_name_plural = _("safeguarding words and phrases")

    def __str__(self):
        return self.phrase

    def save(self, *args, **kwargs):
        self.phrase = " ".join(self.phrase.lower().split())
        super().save(*args, **kwargs)


class Moderated(models.Model):
    """Public words that may wait for a moderator: their state, why they wait, since when,
    and who decided. `moderation.decisions` changes these fields; nothing else should."""

    status = models.CharField(max_length=10, choices=Status.choices, default=Status.HELD, db_index=True)
    hold_reasons = models.JSONField(default=list, blank=True, help_text=_("moderation.HoldReason values."))
    held_at = models.DateTimeField(null=True, blank=True, help_text=_("When it joined the moderation queue."))
    moderated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    moderated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True
