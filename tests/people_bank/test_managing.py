"""Pause, change and leave: through a signed link e-mailed to people without an account, and on
a member's account page."""

from urllib.parse import urlsplit

import pytest
from django.core import mail, signing
from django.urls import reverse
from django.utils import timezone

from demo.factories.people import MemberFactory
from people_bank import managing
from people_bank.models import Entry, EntryWay

from .conftest import join_form, last_email_to, link_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def entry(choices):
    now = timezone.now()
    entry = Entry.objects.create(
        name="Rowan Ashby", email="rowan@example.org", consented_at=now, consent_version="2026-12", confirmed_at=now
    )
    EntryWay.objects.create(entry=entry, way="surveys")
    return entry


def link_for(client, entry, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post(reverse("people_bank:ask_for_link"), {"email": "ROWAN@example.org"})
    assert sent.url == reverse("people_bank:link_sent")
    return link_in(last_email_to("rowan@example.org"), "manage")


def test_a_link_is_sent_on_asking_and_the_page_is_the_same_for_unknown_addresses(
    client, entry, django_capture_on_commit_callbacks
):
    link = link_for(client, entry, django_capture_on_commit_callbacks)
    assert "Your People Bank entry" in client.get(link).content.decode()
    before = len(mail.outbox)
    with django_capture_on_commit_callbacks(execute=True):
        unknown = client.post(reverse("people_bank:ask_for_link"), {"email": "nobody@example.org"})
    assert unknown.url == reverse("people_bank:link_sent")
    assert len(mail.outbox) == before


def test_pause_then_resume(client, entry):
    link = urlsplit(managing.manage_url(entry)).path
    page = client.post(link, {"action": "pause"}, follow=True).content.decode()
    assert "Paused: we will not invite you." in page
    assert list(Entry.objects.active()) == []
    client.post(link, {"action": "resume"})
    assert list(Entry.objects.active()) == [entry]


def test_change_the_details(client, entry):
    link = urlsplit(managing.manage_url(entry)).path
    data = join_form(name="Rowan A", ways=["events", "focus_groups"], place="", postcode_district="km2")
    page = client.post(link, {**data, "action": "save"}, follow=True).content.decode()
    assert "Your changes are saved." in page
    entry.refresh_from_db()
    assert (entry.name, entry.postcode_district, entry.email) == ("Rowan A", "KM2", "rowan@example.org")
    assert sorted(entry.ways) == ["events", "focus_groups"]


def test_leaving_deletes_the_entry(client, entry):
    link = urlsplit(managing.manage_url(entry)).path
    left = client.post(link, {"action": "leave"}, follow=True)
    assert "You have left our People Bank" in left.content.decode()
    assert not Entry.objects.exists()
    assert client.get(link).status_code == 404


def test_an_old_or_forged_link_opens_nothing(client, entry, settings):
    link = urlsplit(managing.manage_url(entry)).path
    settings.PEOPLE_BANK_LINK_DAYS = 0  # so the link is already too old
    assert client.get(link).status_code == 404
    forged = signing.dumps(entry.pk, salt="something else")
    assert client.get(reverse("people_bank:manage", args=[forged])).status_code == 404
    assert client.post(reverse("people_bank:manage", args=[forged]), {"action": "leave"}).status_code == 404
    assert Entry.objects.exists()


def test_a_member_manages_their_entry_from_the_account_page(client, entry):
    member = MemberFactory(email="rowan@example.org")
    client.force_login(member)
    account = client.get(reverse("people:account")).content.decode()
    assert "You are in our People Bank." in account
    client.post(reverse("people_bank:member_manage"), {"action": "pause"})
    assert "Your invitations are paused." in client.get(reverse("people:account")).content.decode()


def test_a_member_without_an_entry_is_offered_to_join(client, choices):
    client.force_login(MemberFactory(email="new@example.org"))
    assert "Join our People Bank" in client.get(reverse("people:account")).content.decode()
    assert client.get(reverse("people_bank:member_manage")).url == reverse("people_bank:join")
