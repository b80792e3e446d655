from django.conf import settings
from django.db import models
from django.utils import timezone


class Follow(models.Model):
    """A member who wants an e-mail when someone replies in a thread. Authors follow their
    own threads and the threads they reply in; the e-mails' unsubscribe link deletes this."""

    thread = models.ForeignKey("forum.Thread", on_delete=models.CASCADE, related_name="follows")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_follows")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["thread", "member"], name="one_follow_per_member_per_thread")]

    def __str__(self):
        return f"{self.member_id} follows {self.thread_id}"
