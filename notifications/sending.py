"""Ask for a notification to be sent."""

from django.db import IntegrityError, transaction
from django.template.loader import render_to_string

from core.validators import one_line

from .models import Notification
from .tasks import send_notification

MAX_ATTEMPTS = 10


def queue_email(key, to, subject, body, headers=None, body_holds_secret=False):
    """Owe `to` this e-mail for the purpose `key`, and queue it once the current transaction
    commits. `headers` are extra e-mail headers (name: value); `body_holds_secret` wipes the
    body once it has gone (see Notification). Returns the notification, or None if one with
    this key exists already. The subject is made one line and cut to fit: it often carries a
    title someone typed."""
    subject = one_line(str(subject))[: Notification._meta.get_field("subject").max_length]
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                key=key,
                to=to,
                subject=subject,
                body=body,
                headers=headers or {},
                body_holds_secret=body_holds_secret,
            )
    except IntegrityError:
        return None
    transaction.on_commit(lambda: send_notification.enqueue(notification.pk))
    return notification


def notify(key, to, subject, template, context, headers=None):
    """queue_email() with the body rendered from `template` and `context`."""
    return queue_email(key, to, subject, render_to_string(template, context), headers)


def delivery_status(key):
    """Whether the e-mail with this key has gone: "sent", "waiting", or None if there is none.
    One query, so a page can tell someone where their e-mail is."""
    found = list(Notification.objects.filter(key=key).values_list("sent_at", flat=True)[:1])
    if not found:
        return None
    return "sent" if found[0] else "waiting"


def unsubscribe_headers(url):
    """Headers that let mail programs offer their own unsubscribe button (RFC 2369) which
    POSTs to `url` with no further step (RFC 8058). The view at `url` must accept that POST
    without a CSRF token or a log-in, and must not unsubscribe on a GET, which mail
    scanners send to every link."""
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def retry_unsent():
    """Queue every notification that has not gone yet and has attempts left. Returns how many."""
    waiting = list(Notification.objects.filter(sent_at=None, attempts__lt=MAX_ATTEMPTS).values_list("pk", flat=True))
    for pk in waiting:
        send_notification.enqueue(pk)
    return len(waiting)
