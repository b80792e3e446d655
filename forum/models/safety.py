"""What moderators work with to keep the forum safe: the states a post can be in, why it was held, members' reports,
the safeguarding word list and sanctions on members."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    PUBLISHED = "published", _("Published")
    HELD = "held", _("Held for a moderator")
    REMOVED = "removed", _("Removed")


class HoldReason(models.TextChoices):
    """Why a post waits for a moderator. The labels are what the author is told."""

    NEW_MEMBER = "new_member", _("It is one of your first posts. A moderator reads every new member's first two posts.")
    NHS_NUMBER = "nhs_number", _("It seems to contain an NHS number. Please do not share NHS numbers in public.")
    PHONE_NUMBER = "phone_number", _("It seems to contain a phone number. Personal phone numbers should not be public.")
    EMAIL_ADDRESS = "email_address", _("It seems to contain an e-mail address. E-mail addresses should not be public.")
    LINKS = "links", _("It has more than two links. A moderator checks posts with many links for spam.")
    SAFEGUARDING = "safeguarding", _("It mentions something that makes us worried about someone's safety.")
    REPORTED = "reported", _("Other members reported it. A moderator will look at it.")


class SafeguardingTerm(models.Model):
    """A word or phrase that suggests someone may be at risk. A post that contains one is held
    and its author is shown where to get urgent help at once. Moderators keep the list."""

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


class ReportReason(models.TextChoices):
    UNKIND = "unkind", _("It is rude, unkind or abusive")
    PERSONAL = "personal", _("It shares someone's personal or health details")
    SPAM = "spam", _("It is spam or advertising")
    WRONG = "wrong", _("It is false or misleading about health")
    OTHER = "other", _("Something else")


class ReportQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(resolved_at=None)


class Report(models.Model):
    """A member telling moderators a post breaks the house rules. One per member per post;
    enough pending reports hide the post until a moderator decides.

    Not django-comments' `CommentFlag`, which holds only who flagged which comment, one fixed
    word and a date: a report carries the reason chosen from our list, the member's own words
    and the moderator's decision (`resolved_at`, `upheld`), which the queue and a member's
    history count. Moderators' decisions are logged in Wagtail's site history, not as
    "moderator deletion" flags, and django-comments' flag view is not served."""

    post = models.ForeignKey("forum.Post", on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_reports")
    reason = models.CharField(_("reason"), max_length=20, choices=ReportReason.choices)
    details = models.TextField(_("anything else the moderator should know"), max_length=1000, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    upheld = models.BooleanField(
        null=True, help_text=_("Set when a moderator decides: removed (yes) or dismissed (no).")
    )

    objects = ReportQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["post", "reporter"], name="one_report_per_member_per_post")]

    def __str__(self):
        return f"{self.get_reason_display()} ({self.post_id})"


class SanctionQuerySet(models.QuerySet):
    def in_force(self, now=None):
        now = now or timezone.now()
        return self.filter(lifted_at=None).filter(Q(until=None) | Q(until__gt=now))


class Sanction(models.Model):
    """A moderator stopping a member from posting: until a date (suspension) or for good (ban,
    `until` empty). Kept after it ends, as the member's history."""

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_sanctions")
    until = models.DateTimeField(_("until"), null=True, blank=True, help_text=_("Leave empty to ban for good."))
    reason = models.CharField(_("reason"), max_length=250)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    lifted_at = models.DateTimeField(null=True, blank=True)

    objects = SanctionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        if self.is_ban:
            return _("Ban of %(member)s") % {"member": self.member}
        return _("Suspension of %(member)s") % {"member": self.member}

    @property
    def is_ban(self):
        return self.until is None
