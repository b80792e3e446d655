"""A record of each e-mail we owe someone, and whether it has gone."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    """One e-mail to one person for one purpose. The unique key makes sending idempotent:
    asking twice for the same notification finds the first."""

    key = models.CharField(
        max_length=320,  # a purpose, an id and an e-mail address of up to 254 characters
        unique=True,
        help_text=_("What this is for and who it is to, e.g. 'outcome:42:sam@example.org'."),
    )
    to = models.EmailField()
    subject = models.CharField(max_length=255)
    body = models.TextField()
    headers = models.JSONField(
        default=dict,
        blank=True,
        help_text=_("Extra e-mail headers, e.g. List-Unsubscribe, so mail programs offer their own unsubscribe."),
    )
    body_holds_secret = models.BooleanField(
        default=False,
        help_text=_(
            "The body holds a link that logs someone in or changes their account, such as a password "
            "reset. It is wiped once the e-mail has gone, so the database never keeps a working one."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        indexes = [models.Index(fields=["sent_at", "attempts"])]

    def __str__(self):
        return f"{self.key} ({'sent' if self.sent_at else 'waiting'})"

    @property
    def purpose(self):
        """The first part of its key ("outcome", "reply", ...), which names nobody."""
        return self.key.split(":", 1)[0]


class Announcement(models.Model):
    """That a page became something people can take part in: a consultation opened, an event
    was published. One per page, ever, so each audience hears of it once
    (notifications/announcements.py). `delivered_at` is when its audiences were last told."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="announcement")
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"{self.page_id} ({'told' if self.delivered_at else 'waiting'})"
