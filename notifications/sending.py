"""Ask for a notification to be sent."""

from django.db import IntegrityError, transaction
from django.template.loader import render_to_string

from .models import Notification
from .tasks import send_notification

MAX_ATTEMPTS = 10


def notify(key, to, subject, template, context):
    """Owe `to` an e-mail for the purpose `key`, and queue it once the current transaction
    commits. Returns the notification, or None if one with this key exists already."""
    body = render_to_string(template, context)
    try:
        with transaction.atomic():
            notification = Notification.objects.create(key=key, to=to, subject=subject, body=body)
    except IntegrityError:
        return None
    transaction.on_commit(lambda: send_notification.enqueue(notification.pk))
    return notification


def retry_unsent():
    """Queue every notification that has not gone yet and has attempts left. Returns how many."""
    waiting = list(Notification.objects.filter(sent_at=None, attempts__lt=MAX_ATTEMPTS).values_list("pk", flat=True))
    for pk in waiting:
        send_notification.enqueue(pk)
    return len(waiting)
