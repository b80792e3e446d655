"""Whatever someone sends to the account pages (allauth's under /accounts/ and our own), the
site answers with a page or a clear message, never a server error; a refused form changes
nothing and sends no e-mail; an accepted one does its job once. On SQLite and PostgreSQL
alike. The strategies and the client are in tests/hostile.py."""

import uuid
from urllib.parse import quote

import pytest
from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.db.models import Count
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from demo.factories.forum import start_thread
from demo.factories.people import MemberFactory
from notifications.models import Notification
from tests.hostile import CHARSETS, EXAMPLES, QUERY_TEXT, form_data, last, raw_form, shows_escaped

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"  # MemberFactory's
NEW_PASSWORD = "a-brand-new-password-42"


def e_mails():
    """Everything that would send someone an e-mail, sent or queued."""
    return len(mail.outbox), Notification.objects.count()


@pytest.fixture
def sam(db):
    return MemberFactory(email="sam@example.org", display_name="Sam K")


@EXAMPLES
@given(data=st.data())
def test_sign_up(hostile, home_page, data):
    cache.clear()  # every example runs in one test: start each clear of the rate limits
    address = f"robin.{uuid.uuid4().hex[:8]}@example.org"  # new each time: a known one is not a new account
    sent = data.draw(
        form_data(
            {"email": address, "display_name": "Robin", "password1": PASSWORD, "password2": PASSWORD, "website": ""}
        )
    )
    users, addresses, before = get_user_model().objects.count(), EmailAddress.objects.count(), e_mails()

    response = hostile.post(reverse("account_signup"), sent)

    if response.status_code == 302 and not last(sent.get("website")):
        assert get_user_model().objects.count() == users + 1
        assert get_user_model().objects.filter(display_name=last(sent["display_name"]).strip()).exists()
    else:
        assert (get_user_model().objects.count(), EmailAddress.objects.count(), e_mails()) == (users, addresses, before)


def hostile_next(next_url):
    """`next_url` as the query string of a log-in page."""
    return "next=" + quote(next_url, safe="")


@EXAMPLES
@given(data=st.data(), next_url=QUERY_TEXT)
def test_log_in(hostile, sam, data, next_url):
    cache.clear()
    hostile.client.logout()
    sent = data.draw(form_data({"login": sam.email, "password": PASSWORD, "remember": "on"}))

    response = hostile.post(f"{reverse('account_login')}?{hostile_next(next_url)}", sent)

    if response.status_code != 302:
        assert "_auth_user_id" not in hostile.client.session
    hostile.get(reverse("account_login"), {"next": next_url})
    hostile.get(reverse("admin_login"), {"next": next_url})


@EXAMPLES
@given(data=st.data())
def test_asking_for_a_password_reset(hostile, sam, data):
    cache.clear()
    sent = data.draw(form_data({"email": sam.email}))
    before = e_mails()

    response = hostile.post(reverse("account_reset_password"), sent)

    if response.status_code == 302:
        assert e_mails() != before, "an e-mail to the address, with or without an account"
    else:
        assert e_mails() == before


@EXAMPLES
@given(data=st.data(), key=QUERY_TEXT)
def test_choosing_a_new_password_from_the_link(hostile, sam, data, key):
    cache.clear()
    hostile.get(f"/accounts/password/reset/key/{quote(key, safe='')}/")
    link = reverse(
        "account_reset_password_from_key",
        kwargs={"uidb36": user_pk_to_url_str(sam), "key": default_token_generator.make_token(sam)},
    )
    set_password_url = hostile.get(link)["Location"]  # allauth swaps the key for a session
    sent = data.draw(form_data({"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}))

    response = hostile.post(set_password_url, sent)

    sam.refresh_from_db()
    if response.status_code == 302:
        assert sam.check_password(last(sent["password1"]))
        sam.set_password(PASSWORD)  # and a new link works again in the next example
        sam.save()
    else:
        assert sam.check_password(PASSWORD)


@EXAMPLES
@given(data=st.data())
def test_changing_the_password(hostile, sam, data):
    cache.clear()
    hostile.client.force_login(sam)
    sent = data.draw(form_data({"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}))

    response = hostile.post(reverse("account_change_password"), sent)

    sam.refresh_from_db()
    if response.status_code == 302:
        assert sam.check_password(last(sent["password1"]))
        sam.set_password(PASSWORD)
        sam.save()
    else:
        assert sam.check_password(PASSWORD)


@EXAMPLES
@given(data=st.data(), action=st.sampled_from(["action_add", "action_remove", "action_primary", "action_send"]))
def test_changing_the_e_mail_address(hostile, sam, data, action):
    cache.clear()
    if "_auth_user_id" not in hostile.client.session:
        hostile.log_in(sam.email, PASSWORD)  # fresh, so the change does not ask for the password first
    new_address = f"sam.{uuid.uuid4().hex[:8]}@example.org"
    sent = data.draw(form_data({action: "", "email": new_address}))
    addresses = EmailAddress.objects.count()

    response = hostile.post(reverse("account_email"), sent)

    if response.status_code != 302:
        assert EmailAddress.objects.count() == addresses
    stored_twice = EmailAddress.objects.values("email").annotate(times=Count("id")).filter(times__gt=1)
    assert not stored_twice.exists()
    assert EmailAddress.objects.filter(user=sam, email=sam.email, primary=True).exists()


@EXAMPLES
@given(data=st.data())
def test_entering_the_password_again(hostile, sam, data):
    cache.clear()
    hostile.client.force_login(sam)
    hostile.post(reverse("account_reauthenticate"), data.draw(form_data({"password": PASSWORD})))


@EXAMPLES
@given(data=st.data())
def test_changing_the_display_name(hostile, sam, data):
    cache.clear()
    hostile.client.force_login(sam)
    sam.display_name = "Sam K"
    sam.save()
    sent = data.draw(form_data({"display_name": "Sam from Leeds"}))

    response = hostile.post(reverse("people:display_name"), sent, follow=True)

    sam.refresh_from_db()
    if response.redirect_chain:
        assert sam.display_name == last(sent["display_name"]).strip()
        assert shows_escaped(response, f"Your display name is now {sam.display_name}.")
    else:
        assert sam.display_name == "Sam K"


@EXAMPLES
@given(
    key=QUERY_TEXT,
    body=raw_form("email", "display_name", "password1", "password2", "login", "password", "next"),
    charset=CHARSETS,
)
@example(key="", body=b"email=\xff\xfe&display_name=%ED%A0%80&password1=\x00", charset="utf-16")
def test_made_up_links_and_unreadable_bytes(hostile, sam, key, body, charset):
    """A confirmation link that is not one, and forms and query strings in bytes no browser
    sends (invalid UTF-8, lone surrogates, broken percent signs), in any declared charset."""
    cache.clear()
    users, addresses, before = get_user_model().objects.count(), EmailAddress.objects.count(), e_mails()

    hostile.get(f"/accounts/confirm-email/{quote(key, safe='')}/")
    hostile.post(f"/accounts/confirm-email/{quote(key, safe='')}/")
    hostile.get_raw(reverse("account_login"), body)
    for url in [reverse("account_signup"), reverse("account_login"), reverse("account_reset_password")]:
        hostile.post_raw(url, body, charset)

    assert (get_user_model().objects.count(), EmailAddress.objects.count(), e_mails()) == (users, addresses, before)


@EXAMPLES
@given(data=st.data())
def test_deleting_the_account(hostile, home_page, data):
    """A refused form deletes nothing; an accepted one deletes the account, whatever else came with it."""
    cache.clear()
    member = MemberFactory(email=f"del.{uuid.uuid4().hex[:8]}@example.org", display_name="Dee")
    start_thread(member)
    hostile.client.force_login(member)
    hostile.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    sent = data.draw(form_data({"posts": "keep"}))

    response = hostile.post(reverse("people:delete_account"), sent)

    deleted = not get_user_model().objects.filter(pk=member.pk).exists()
    assert deleted == (response.status_code == 302)
    if deleted:
        assert last(sent.get("posts")) in ("keep", "remove")
    hostile.post(reverse("people:download_data"), sent)
