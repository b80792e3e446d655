"""Members of the public sign up, confirm their e-mail address, log in and out, reset and
change their password and change their display name, all through the real pages. Their
e-mail address is shown to nobody but themselves."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse

from core.models import SiteSettings
from demo.factories.home import ContentPageFactory
from demo.factories.people import UserFactory
from notifications.models import Notification
from notifications.sending import retry_unsent

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"  # UserFactory's
NEW_PASSWORD = "a-brand-new-password-42"


def member(email="sam@example.org", display_name="Sam K"):
    """A member who has confirmed their e-mail address, as allauth records it."""
    user = UserFactory(email=email, display_name=display_name)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def sign_up(client, **fields):
    data = {
        "email": "new.member@example.org",
        "display_name": "Robin",
        "password1": PASSWORD,
        "password2": PASSWORD,
        **fields,
    }
    return client.post(reverse("account_signup"), data)


def log_in(client, email, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def link_in(message):
    """The one web address in a plain-text e-mail."""
    (url,) = re.findall(r"https?://\S+", message.body)
    return url


def logged_in(client):
    return "_auth_user_id" in client.session


def page_text(response):
    return response.content.decode()


def main_of(html):
    """The page's own content, without the shared header and footer."""
    return html[html.index("<main") : html.index("</main>")]


def test_signing_up_sends_a_plain_english_link_that_confirms_the_address_and_logs_in(client):
    response = sign_up(client, email="Robin@Example.org")

    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    check_email = client.get(response.url)
    assert "Check your e-mail" in page_text(check_email)
    assert not logged_in(client)

    robin = get_user_model().objects.get(email="robin@example.org")
    assert robin.display_name == "Robin"
    (message,) = mail.outbox
    assert message.to == ["robin@example.org"]
    assert message.subject == "Confirm your e-mail address for Participation Space"
    assert "Thank you for creating an account with Participation Space." in message.body
    assert "The link works for 3 days." in message.body

    # The link asks for a click first, so a mail scanner that opens links confirms nothing.
    confirm_page = client.get(link_in(message))
    assert "Select the button to confirm that robin@example.org is your e-mail address." in page_text(confirm_page)
    assert not EmailAddress.objects.get(email="robin@example.org").verified

    confirmed = client.post(link_in(message), follow=True)
    assert EmailAddress.objects.get(email="robin@example.org").verified
    assert logged_in(client)
    assert confirmed.redirect_chain[-1][0] == reverse("people:account")
    assert "Thank you. Your e-mail address is confirmed." in page_text(confirmed)


def test_a_link_opened_on_another_device_confirms_the_address_then_the_member_logs_in(client):
    sign_up(client)
    phone = Client()

    confirmed = phone.post(link_in(mail.outbox[0]), follow=True)

    assert confirmed.redirect_chain[-1][0] == reverse("account_login")
    assert "Thank you. Your e-mail address is confirmed." in page_text(confirmed)
    assert not logged_in(phone)
    assert log_in(phone, "new.member@example.org").status_code == 302
    assert logged_in(phone)


def test_nobody_logs_in_before_confirming_their_address(client):
    sign_up(client)

    response = log_in(Client(), "new.member@example.org")

    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert not logged_in(client)
    assert client.get(reverse("people:account")).status_code == 302


@pytest.mark.parametrize(
    "display_name, error",
    [
        ("", "Enter a display name"),
        ("robin@example.org", "Your display name must not contain an e-mail address, because everyone can see it"),
        ("Robin (robin.k@mail.co.uk)", "Your display name must not contain an e-mail address"),
        ("R" * 51, "Your display name must be 50 characters or fewer"),
    ],
)
def test_sign_up_refuses_a_missing_or_e_mail_like_display_name(client, display_name, error):
    response = sign_up(client, display_name=display_name)

    assert response.status_code == 200
    assert error in page_text(response)
    assert 'class="nhsuk-error-summary"' in page_text(response)
    assert page_text(response).count(error) == 2, "once in the error summary, once by the field"
    assert not get_user_model().objects.exists()
    assert mail.outbox == []


def test_a_megabyte_display_name_is_refused_for_its_length_alone(client, settings):
    """The e-mail check once took 22 seconds on 100,000 characters: a name too long is refused
    before any other check reads it, so only the length error is given. (The site refuses so big
    a form before reading it at all, core/middleware.py; this is the form's own defence.)"""
    settings.PUBLIC_MAX_REQUEST_BYTES = 2_000_000
    response = sign_up(client, display_name="a@b " * 250_000)

    assert response.status_code == 200
    assert response.context["form"].errors["display_name"] == ["Your display name must be 50 characters or fewer"]
    assert not get_user_model().objects.exists()


@pytest.mark.parametrize("display_name", ["Robin\nK", "Robin\r\nBcc: x", "Robin\tK", "Robin\u2028K"])
def test_sign_up_refuses_a_display_name_with_a_line_break_or_control_character(client, display_name):
    response = sign_up(client, display_name=display_name)

    assert response.context["form"].errors["display_name"] == [
        "Use letters, numbers and punctuation only, on one line, without tabs or line breaks"
    ]
    assert not get_user_model().objects.exists()


def test_sign_up_refuses_an_e_mail_address_longer_than_254_characters(client):
    """Our address column holds 254 characters: a longer address was a server error on PostgreSQL."""
    too_long = "a" * 64 + "@" + ".".join(["b" * 60] * 3) + ".example.org"
    assert len(too_long) > 254

    response = sign_up(client, email=too_long)

    assert response.status_code == 200
    assert response.context["form"].errors["email"] == ["Your e-mail address must be 254 characters or fewer"]
    assert not get_user_model().objects.exists()


def test_sign_up_page_explains_the_display_name_and_links_to_the_privacy_notice(client, home_page):
    privacy = ContentPageFactory(parent=home_page, title="Privacy notice", slug="privacy")
    site_settings = SiteSettings.for_site(home_page.get_site())
    site_settings.privacy_notice = privacy
    site_settings.save()

    html = page_text(client.get(reverse("account_signup")))

    assert "Everyone can see this name next to anything you post." in html
    assert "not your e-mail address" in html
    assert f'<a href="{privacy.url}">privacy notice</a>' in html
    assert "We keep your e-mail address private." in html
    assert "placeholder=" not in main_of(html)


def test_a_bot_that_fills_in_the_hidden_box_makes_no_account(client):
    response = sign_up(client, website="https://spam.example")

    assert response.status_code == 302
    assert not get_user_model().objects.exists()
    assert mail.outbox == []


def test_signing_up_again_with_a_known_address_tells_the_owner_not_the_visitor(client):
    member(email="sam@example.org")

    response = sign_up(client, email="sam@example.org")

    assert response.url == reverse("account_email_verification_sent"), "the same answer as for a new address"
    (message,) = mail.outbox
    assert message.to == ["sam@example.org"]
    assert message.subject == "You already have an account with Participation Space"


def test_the_e_mail_address_is_shown_to_its_owner_only(client, home_page):
    sam = member(email="sam.private@example.org", display_name="Sam K")
    log_in(client, sam.email)

    account = page_text(client.get(reverse("people:account")))
    assert "sam.private@example.org" in account
    assert "Sam K" in account
    assert "Only you can see this." in account

    # No page anyone else can see carries it, and the shared header names nobody.
    someone_else = Client()
    someone_else.force_login(member(email="alex@example.org", display_name="Alex"))
    for visitor in (client, Client(), someone_else):
        for url in [home_page.url, reverse("account_login"), reverse("account_signup"), reverse("people:logged_out")]:
            html = page_text(visitor.get(url))
            assert "sam.private@example.org" not in html, url
    assert "Sam K" not in page_text(client.get(home_page.url))
    assert "sam.private@example.org" not in page_text(someone_else.get(reverse("people:account")))


def test_account_pages_are_private_and_never_cached(client):
    assert client.get(reverse("people:account")).url.startswith(reverse("account_login"))
    client.force_login(member())
    for name in ("people:account", "people:display_name"):
        response = client.get(reverse(name))
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]


def test_member_changes_their_display_name(client):
    sam = member(display_name="Sam K")
    client.force_login(sam)

    refused = client.post(reverse("people:display_name"), {"display_name": "me@sam.example"})
    assert "Your display name must not contain an e-mail address" in page_text(refused)
    sam.refresh_from_db()
    assert sam.display_name == "Sam K"

    response = client.post(reverse("people:display_name"), {"display_name": "Sam from Leeds"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("people:account")
    assert "Your display name is now Sam from Leeds." in page_text(response)
    sam.refresh_from_db()
    assert sam.display_name == "Sam from Leeds"


def test_log_out_asks_first_and_happens_only_on_post(client):
    client.force_login(member())

    question = client.get(reverse("account_logout"))
    assert "Are you sure you want to log out?" in page_text(question)
    assert 'method="post"' in page_text(question)
    assert logged_in(client)

    response = client.post(reverse("account_logout"), follow=True)
    assert response.redirect_chain[-1][0] == reverse("people:logged_out")
    assert "You have logged out" in page_text(response)
    assert not logged_in(client)


def test_password_reset_by_e_mail_end_to_end(client):
    sam = member()

    sent = client.post(reverse("account_reset_password"), {"email": "SAM@example.org"}, follow=True)
    assert "Check your e-mail" in page_text(sent)
    (message,) = mail.outbox
    assert message.to == [sam.email]
    assert message.subject == "Reset your password for Participation Space"
    reset_link = link_in(message)

    # allauth swaps the key in the link for a session, so the key never sits in the address bar.
    form_page = client.get(reset_link, follow=True)
    assert "Choose a new password" in page_text(form_page)
    set_password_url = form_page.redirect_chain[-1][0]
    done = client.post(set_password_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}, follow=True)
    assert "Your password has been changed" in page_text(done)

    notice = mail.outbox[-1]
    assert notice.subject == "Your password for Participation Space has changed"
    assert "If it was not you, someone else may be using your account." in notice.body

    assert log_in(Client(), sam.email, PASSWORD).status_code == 200, "the old password no longer works"
    assert log_in(Client(), sam.email, NEW_PASSWORD).status_code == 302

    used_again = Client().get(reset_link, follow=True)
    assert "This link does not work any more" in page_text(used_again)


def test_password_reset_for_an_unknown_address_gives_nothing_away(client):
    response = client.post(reverse("account_reset_password"), {"email": "nobody@example.org"})

    assert response.url == reverse("account_reset_password_done")
    (message,) = mail.outbox
    assert message.subject == "You do not have an account with Participation Space"


def test_member_changes_their_password(client):
    sam = member()
    client.force_login(sam)

    wrong = client.post(
        reverse("account_change_password"),
        {"oldpassword": "not-it", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert "Your current password is not right." in page_text(wrong)

    response = client.post(
        reverse("account_change_password"),
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("people:account")
    assert "Your password has been changed." in page_text(response)
    sam.refresh_from_db()
    assert sam.check_password(NEW_PASSWORD)
    assert mail.outbox[-1].subject == "Your password for Participation Space has changed"


def test_member_changes_their_e_mail_address_after_entering_their_password_again(client):
    sam = member(email="sam@example.org")
    client.force_login(sam)  # not a fresh log-in, so changing the address asks for the password

    asked = client.post(reverse("account_email"), {"action_add": "", "email": "sam.new@example.org"}, follow=True)
    assert "Enter your password to carry on" in page_text(asked)
    assert mail.outbox == []

    resumed = client.post(asked.redirect_chain[-1][0], {"password": PASSWORD}, follow=True)
    assert "You asked to change it to sam.new@example.org." in page_text(resumed)
    (message,) = mail.outbox
    assert message.to == ["sam.new@example.org"]
    sam.refresh_from_db()
    assert sam.email == "sam@example.org", "nothing changes until the new address is confirmed"

    confirmed = client.post(link_in(message), follow=True)
    assert confirmed.redirect_chain[-1][0] == reverse("people:account")
    sam.refresh_from_db()
    assert sam.email == "sam.new@example.org"
    notice = mail.outbox[-1]
    assert notice.to == ["sam@example.org"], "the old address hears about the change"
    assert notice.subject == "Your e-mail address for Participation Space has changed"


def test_repeated_wrong_passwords_get_our_429_page(client):
    sam = member()
    for _attempt in range(5):
        response = log_in(client, sam.email, "wrong-password")
        assert response.status_code == 200
        assert "The e-mail address or password is not right." in page_text(response)

    response = log_in(client, sam.email, PASSWORD)

    assert response.status_code == 429
    assert "You have tried to log in too many times" in page_text(response)
    assert reverse("account_reset_password") in page_text(response)
    assert 'class="nhsuk-header' in page_text(response)
    assert not logged_in(client)


def test_too_many_sign_ups_from_one_connection_get_our_429_page(client):
    for _attempt in range(20):
        assert client.post(reverse("account_signup"), {}).status_code == 200

    response = client.post(reverse("account_signup"), {})

    assert response.status_code == 429
    assert "Please wait a moment" in page_text(response)


@pytest.mark.parametrize(
    "url",
    [
        reverse("account_login"),
        reverse("account_signup"),
        reverse("account_reset_password"),
        reverse("account_reset_password_done"),
        reverse("account_email_verification_sent"),
        reverse("account_inactive"),
        reverse("account_confirm_email", args=["not-a-real-key"]),
        reverse("account_reset_password_from_key", kwargs={"uidb36": "1", "key": "not-a-real-key"}),
        reverse("account_reset_password_from_key_done"),
        reverse("people:logged_out"),
    ],
)
def test_every_account_page_a_visitor_can_reach_is_ours(client, url):
    html = page_text(client.get(url))

    assert 'class="nhsuk-header' in html, "our header, not allauth's bare layout"
    assert html.count("<h1") == 1
    assert "Menu:" not in html, "allauth's own layout"
    assert "placeholder=" not in main_of(html) and "style=" not in html


PROXY = "10.0.0.2"


def test_behind_our_proxy_one_address_guessing_passwords_does_not_lock_out_everyone(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    sam = member()
    for n in range(10):
        client.post(
            reverse("account_login"),
            {"login": f"guess{n}@example.org", "password": "wrong-password"},
            REMOTE_ADDR=PROXY,
            headers={"X-Forwarded-For": "203.0.113.7"},
        )
    guesser = client.post(
        reverse("account_login"),
        {"login": "guess99@example.org", "password": "wrong-password"},
        REMOTE_ADDR=PROXY,
        headers={"X-Forwarded-For": "203.0.113.7"},
    )
    assert guesser.status_code == 429

    sams_login = Client().post(
        reverse("account_login"),
        {"login": sam.email, "password": PASSWORD},
        REMOTE_ADDR=PROXY,
        headers={"X-Forwarded-For": "198.51.100.4"},
    )
    assert sams_login.status_code == 302


@pytest.mark.parametrize(
    ("proxies", "remote_addr", "forwarded_for"),
    [
        (0, "203.0.113.7", "192.0.2.{n}"),  # no proxy: the client's own header means nothing
        (1, PROXY, "192.0.2.{n}, 203.0.113.7"),  # behind our proxy: only the entry it wrote counts
    ],
)
def test_a_made_up_forwarded_for_header_does_not_escape_the_sign_up_limit(
    client, settings, proxies, remote_addr, forwarded_for
):
    settings.TRUSTED_PROXY_COUNT = proxies
    for n in range(20):
        client.post(
            reverse("account_signup"),
            {},
            REMOTE_ADDR=remote_addr,
            headers={"X-Forwarded-For": forwarded_for.format(n=n)},
        )

    response = client.post(
        reverse("account_signup"), {}, REMOTE_ADDR=remote_addr, headers={"X-Forwarded-For": forwarded_for.format(n=99)}
    )
    assert response.status_code == 429


# With the mail server down, every account page still works; the e-mail waits in the queue,
# goes when the server is back, and its link works then.


def test_signing_up_while_the_mail_server_is_down_sends_a_working_link_once_it_is_back(client, mail_server):
    mail_server.stop()

    response = sign_up(client)

    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert "Check your e-mail" in page_text(client.get(response.url))
    waiting = Notification.objects.get(to="new.member@example.org")
    assert waiting.sent_at is None
    assert waiting.last_error
    assert mail.outbox == []

    mail_server.start()
    assert retry_unsent() == 1

    (message,) = mail.outbox
    assert message.subject == "Confirm your e-mail address for Participation Space"
    confirmed = client.post(link_in(message), follow=True)
    assert "Thank you. Your e-mail address is confirmed." in page_text(confirmed)
    assert EmailAddress.objects.get(email="new.member@example.org").verified
    assert logged_in(client)


def test_a_link_that_logs_in_is_not_kept_once_its_e_mail_has_gone(client, mail_server):
    mail_server.stop()
    sign_up(client)
    waiting = Notification.objects.get()
    assert "/accounts/confirm-email/" in waiting.body, "kept while it waits, to be sent later"

    mail_server.start()
    retry_unsent()

    assert link_in(mail.outbox[0]).startswith("http://testserver/accounts/confirm-email/")
    sent = Notification.objects.get()
    assert sent.sent_at is not None
    assert sent.body == ""


def test_resetting_a_password_while_the_mail_server_is_down_works_once_it_is_back(client, mail_server):
    sam = member()
    mail_server.stop()

    sent = client.post(reverse("account_reset_password"), {"email": sam.email}, follow=True)

    assert sent.status_code == 200
    assert "Check your e-mail" in page_text(sent)
    assert Notification.objects.get(to=sam.email).last_error
    assert mail.outbox == []

    mail_server.start()
    retry_unsent()

    (message,) = mail.outbox
    assert message.subject == "Reset your password for Participation Space"
    form_page = client.get(link_in(message), follow=True)
    set_password_url = form_page.redirect_chain[-1][0]
    done = client.post(set_password_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}, follow=True)
    assert "Your password has been changed" in page_text(done)
    assert log_in(Client(), sam.email, NEW_PASSWORD).status_code == 302


def test_changing_the_e_mail_address_while_the_mail_server_is_down(client, mail_server):
    """The confirmation to the new address, then the security notice to the old one, each
    wait for the server and go when it is back."""
    sam = member(email="sam@example.org")
    client.force_login(sam)
    mail_server.stop()

    asked = client.post(reverse("account_email"), {"action_add": "", "email": "sam.new@example.org"}, follow=True)
    resumed = client.post(asked.redirect_chain[-1][0], {"password": PASSWORD}, follow=True)
    assert "You asked to change it to sam.new@example.org." in page_text(resumed)
    mail_server.start()
    retry_unsent()
    (confirmation,) = mail.outbox
    assert confirmation.to == ["sam.new@example.org"]

    mail_server.stop()
    confirmed = client.post(link_in(confirmation), follow=True)
    assert confirmed.redirect_chain[-1][0] == reverse("people:account")
    sam.refresh_from_db()
    assert sam.email == "sam.new@example.org"
    assert Notification.objects.get(to="sam@example.org").sent_at is None
    mail_server.start()
    retry_unsent()

    notice = mail.outbox[-1]
    assert notice.to == ["sam@example.org"]
    assert notice.subject == "Your e-mail address for Participation Space has changed"
