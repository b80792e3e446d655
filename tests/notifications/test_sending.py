"""The one path for e-mail: extra headers, such as a mail program's unsubscribe button, are
kept with the notification and sent with it, also when it goes on a later try."""

import pytest

from notifications.models import Notification
from notifications.sending import notify, queue_email, retry_unsent, unsubscribe_headers

pytestmark = pytest.mark.django_db

URL = "https://example.org/stop/1/abc/"


def _notify(key):
    return notify(
        key=key,
        to="sam@example.org",
        subject="Hello",
        template="moderation/email/moderation_queue.txt",
        context={"queue_url": "https://example.org/"},
        headers=unsubscribe_headers(URL),
    )


def test_extra_headers_go_out_with_the_email(mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _notify("test:1")

    (message,) = mailoutbox
    sent = message.message()
    assert sent["List-Unsubscribe"] == f"<{URL}>"
    assert sent["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_headers_survive_a_failed_first_try(mailoutbox, settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "tests.notifications.test_sending.BrokenBackend"
    with django_capture_on_commit_callbacks(execute=True):
        _notify("test:2")
    assert Notification.objects.get(key="test:2").sent_at is None

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    retry_unsent()

    assert mailoutbox[-1].message()["List-Unsubscribe"] == f"<{URL}>"


def test_an_email_without_extra_headers_has_none(mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        notify("test:3", "sam@example.org", "Hello", "moderation/email/moderation_queue.txt", {})

    assert mailoutbox[0].message()["List-Unsubscribe"] is None


class BrokenBackend:
    """A mail server that is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionError("mail server down")


def test_a_subject_with_line_breaks_goes_out_on_one_line(mailoutbox, django_capture_on_commit_callbacks):
    """Subjects carry titles people typed; a line break in one failed every e-mail that carried it."""
    with django_capture_on_commit_callbacks(execute=True):
        notify(
            key="test:subject",
            to="sam@example.org",
            subject="New reply in “Buses\r\nBcc: everyone@example.org\u2028at night”",
            template="moderation/email/moderation_queue.txt",
            context={"queue_url": "https://example.org/"},
        )

    (message,) = mailoutbox
    assert message.subject == "New reply in “Buses Bcc: everyone@example.org at night”"
    assert message.message()["Bcc"] is None
    assert Notification.objects.get(key="test:subject").sent_at is not None


def test_a_subject_stored_with_a_line_break_is_still_sent(mailoutbox):
    from notifications.tasks import send_notification

    stored = Notification.objects.create(key="test:old", to="sam@example.org", subject="Buses\nat night", body="Hi")
    send_notification.call(stored.pk)

    (message,) = mailoutbox
    assert message.subject == "Buses at night"


def test_a_body_holding_a_secret_is_wiped_once_sent_and_others_are_kept(mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        queue_email("test:secret", "sam@example.org", "Reset", "https://example.org/reset/key/", body_holds_secret=True)
        queue_email("test:plain", "sam@example.org", "Hello", "https://example.org/news/")

    assert [message.body for message in mailoutbox] == ["https://example.org/reset/key/", "https://example.org/news/"]
    assert Notification.objects.get(key="test:secret").body == ""
    assert Notification.objects.get(key="test:plain").body == "https://example.org/news/"
