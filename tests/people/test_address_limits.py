"""Past the limit per client address on each account form (allauth's own limits, and ours on
the display name and the confirmation button), the 429 page gives back what the person wrote,
never a password; nothing is stored or sent; another address is not held up."""

import pytest
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse

from ..conftest import CommittingClient
from ..limits import ELSEWHERE, refused_keeping
from .test_accounts import NEW_PASSWORD, PASSWORD, member, sign_up

pytestmark = pytest.mark.django_db


@pytest.fixture
def allauth_limit(settings):
    def set_limit(action, rates):
        settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, action: rates}

    return set_limit


def no_password_in(page):
    assert PASSWORD not in page and NEW_PASSWORD not in page, "a password shown on the screen"


def test_sign_up(client, allauth_limit):
    allauth_limit("signup", "1/m/ip")
    sign_up(client, email="first@example.org")

    refused = sign_up(client, email="robin@example.org", display_name="Robin from Kellsmoor")
    no_password_in(refused_keeping(refused, "robin@example.org", "Robin from Kellsmoor"))
    assert not get_user_model().objects.filter(email="robin@example.org").exists()

    assert sign_up(Client(REMOTE_ADDR=ELSEWHERE), email="robin@example.org").status_code == 302
    assert get_user_model().objects.filter(email="robin@example.org").exists()


def test_log_in(client, allauth_limit):
    allauth_limit("login", "1/m/ip")
    sam = member()
    client.post(reverse("account_login"), {"login": "someone@example.org", "password": "a-guess"})

    refused = client.post(reverse("account_login"), {"login": sam.email, "password": PASSWORD})
    no_password_in(refused_keeping(refused, sam.email))
    assert "_auth_user_id" not in client.session

    elsewhere = Client(REMOTE_ADDR=ELSEWHERE)
    assert elsewhere.post(reverse("account_login"), {"login": sam.email, "password": PASSWORD}).status_code == 302


def test_password_reset(committing_client, allauth_limit):
    client = committing_client  # the e-mails are queued when the request's transaction commits
    allauth_limit("reset_password", "1/m/ip")
    sam = member()
    client.post(reverse("account_reset_password"), {"email": "someone@example.org"})

    refused_keeping(client.post(reverse("account_reset_password"), {"email": sam.email}), sam.email)
    assert [message.to for message in mail.outbox] == [["someone@example.org"]]

    CommittingClient(REMOTE_ADDR=ELSEWHERE).post(reverse("account_reset_password"), {"email": sam.email})
    assert mail.outbox[-1].to == [sam.email]


def test_changing_a_password_for_several_accounts_from_one_address(client, allauth_limit):
    allauth_limit("change_password", "5/m/user,1/h/ip")
    change = {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    client.force_login(member(email="first@example.org"))
    client.post(reverse("account_change_password"), change)

    sam = member()
    client.force_login(sam)
    no_password_in(refused_keeping(client.post(reverse("account_change_password"), change)))
    sam.refresh_from_db()
    assert sam.check_password(PASSWORD)

    elsewhere = Client(REMOTE_ADDR=ELSEWHERE)
    elsewhere.force_login(sam)
    assert elsewhere.post(reverse("account_change_password"), change).status_code == 302


def test_display_name(client, post_limit):
    post_limit("display-name", "1/h")
    client.force_login(member(email="first@example.org"))
    client.post(reverse("people:display_name"), {"display_name": "First"})

    sam = member(display_name="Sam K")
    client.force_login(sam)
    refused_keeping(client.post(reverse("people:display_name"), {"display_name": "Sam from Leeds"}), "Sam from Leeds")
    sam.refresh_from_db()
    assert sam.display_name == "Sam K"

    elsewhere = Client(REMOTE_ADDR=ELSEWHERE)
    elsewhere.force_login(sam)
    assert elsewhere.post(reverse("people:display_name"), {"display_name": "Sam from Leeds"}).status_code == 302


def test_the_confirmation_button(client, post_limit):
    post_limit("email-confirmation", "1/h")
    addresses = [member(email=email).emailaddress_set.get() for email in ("first@example.org", "kim@example.org")]
    EmailAddress.objects.update(verified=False)
    first, second = (reverse("account_confirm_email", args=[EmailConfirmationHMAC(a).key]) for a in addresses)
    client.post(first)

    assert client.post(second).status_code == 429
    assert not EmailAddress.objects.get(email="kim@example.org").verified

    Client(REMOTE_ADDR=ELSEWHERE).post(second)
    assert EmailAddress.objects.get(email="kim@example.org").verified
