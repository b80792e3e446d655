"""What moderators work with to keep the forum safe: members' reports and sanctions on members. The states a
post can be in, why it was held and the safeguarding word list are every room's (moderation/models.py)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


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
