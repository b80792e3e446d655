"""Reports > E-mails not sent: publishers see the e-mails that could not go, and why, and send
one again once the mail server is back; editors and moderators do not see them."""

import pytest
from django.contrib.auth.models import Group

from demo.factories.people import UserFactory
from notifications.models import Notification
from notifications.sending import MAX_ATTEMPTS, queue_email

pytestmark = pytest.mark.django_db

URL = "/admin/reports/unsent-emails/"
RESET_LINK = "https://involve.example.org/accounts/password/reset/key/secret-key/"


def member_of(group):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def failed_emails(mail_server, django_capture_on_commit_callbacks):
    """Two e-mails tried once while the mail server was down."""
    mail_server.stop()
    with django_capture_on_commit_callbacks(execute=True):
        queue_email("outcome:7:sam@example.org", "sam@example.org", "What we decided about the birth centre", "We...")
        queue_email(
            "password-reset:3:ola@example.org",
            "ola@example.org",
            "Reset your password",
            RESET_LINK,
            body_holds_secret=True,
        )
    return Notification.objects.order_by("pk")


def test_a_publisher_sees_who_each_failed_email_is_to_and_why(client, home_page, failed_emails):
    client.force_login(member_of("Publishers"))

    page = client.get(URL).content.decode()

    assert "sam@example.org" in page
    assert "What we decided about the birth centre" in page
    assert "Failed, will be tried again" in page
    assert "Connection refused" in page
    # The body of an account e-mail is a working log-in link until it has gone: never shown.
    assert "secret-key" not in page
    assert "E-mails not sent" in client.get("/admin/").content.decode()


def test_the_list_filters_by_status(client, home_page, failed_emails):
    client.force_login(member_of("Publishers"))
    Notification.objects.filter(key__startswith="outcome").update(attempts=MAX_ATTEMPTS)

    given_up = client.get(URL, {"status": "given_up"}).content.decode()
    retrying = client.get(URL, {"status": "retrying"}).content.decode()

    assert "sam@example.org" in given_up and "ola@example.org" not in given_up
    assert "ola@example.org" in retrying and "sam@example.org" not in retrying


def test_send_again_sends_it_once_the_server_is_back(client, home_page, failed_emails, mail_server, mailoutbox):
    client.force_login(member_of("Publishers"))
    outcome = failed_emails.get(key__startswith="outcome")
    mail_server.start()

    response = client.post(f"{URL}retry/{outcome.pk}/", follow=True)

    assert "Sending the e-mail to sam@example.org again" in response.content.decode()
    assert [message.to for message in mailoutbox] == [["sam@example.org"]]
    outcome.refresh_from_db()
    assert outcome.sent_at is not None
    assert "sam@example.org" not in client.get(URL).content.decode()  # sent, so no longer listed


def test_a_superuser_sees_the_list_without_edit_or_delete(client, home_page, failed_emails):
    client.force_login(UserFactory(is_superuser=True))

    response = client.get(URL)

    assert response.status_code == 200
    assert "ola@example.org" in response.content.decode()


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_and_moderators_cannot_see_it(client, home_page, failed_emails, group):
    client.force_login(member_of(group))

    assert client.get(URL).status_code in (302, 403)
    assert client.post(f"{URL}retry/{failed_emails[0].pk}/").status_code in (302, 403)
    assert Notification.objects.get(pk=failed_emails[0].pk).attempts == 1
    assert "E-mails not sent" not in client.get("/admin/").content.decode()
