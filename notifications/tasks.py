"""Background work: sending notifications."""

import logging

from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from core.validators import one_line

from .models import Notification

logger = logging.getLogger(__name__)


@task()
def send_notification(notification_id):
    """Send one notification unless it has gone already. Locks the row, so two workers
    running the same task never both send it."""
    with transaction.atomic():
        notification = Notification.objects.select_for_update().filter(pk=notification_id, sent_at=None).first()
        if notification is None:
            return
        notification.attempts += 1
        try:
            # One line again: a subject stored before notify() made it so would fail every time.
            EmailMessage(
                one_line(notification.subject), notification.body, None, [notification.to], headers=notification.headers
            ).send()
        except Exception as error:  # noqa: BLE001 - any failure leaves it to retry, never lost
            # Its id and purpose, not its key: the key ends with the address, kept out of the logs.
            logger.warning("Notification %s (%s) failed: %s", notification.pk, notification.purpose, error)
            notification.last_error = str(error)[:2000]
            notification.save(update_fields=["attempts", "last_error"])
            return
        notification.sent_at = timezone.now()
        notification.last_error = ""
        if notification.body_holds_secret:
            notification.body = ""
        notification.save(update_fields=["attempts", "last_error", "sent_at", "body"])


@task()
def deliver_announcement(announcement_id):
    """Tell everyone waiting for an announced page (notifications/announcements.py)."""
    from .announcements import deliver
    from .models import Announcement

    announcement = Announcement.objects.select_related("page").filter(pk=announcement_id).first()
    return 0 if announcement is None else deliver(announcement)


@task()
def announce_due_task():
    """`manage.py announce_due --in-background`: the task worker announces what is due, and
    stores the pages it announced as its result."""
    from .announcements import announce_due

    return [page.title for page in announce_due()]
