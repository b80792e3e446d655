"""Entries nobody has touched for 2 years: one e-mail asks whether their owner wants to stay; the
button on the page it links to keeps the entry; an entry nobody keeps goes 30 days after the
e-mail, with the notes of what we invited its owner to. Run by `manage.py apply_retention`.
Time passing is the entry's dates moved back, as the database would hold them."""

import datetime
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from notifications.models import Announcement
from people_bank import managing
from people_bank.invitations import unsubscribe_url
from people_bank.keeping import keep_url
from people_bank.models import Entry, EntryWay, Invitation

from .conftest import join, join_form, last_email_to, link_in

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
ASKING = "Do you want to stay in our People Bank?"


@pytest.fixture
def confirmed(client, choices, django_capture_on_commit_callbacks):
    """Rowan, who joined and followed the link, as a person would."""
    with django_capture_on_commit_callbacks(execute=True):
        join(client)
    client.post(link_in(last_email_to("rowan@example.org")))
    entry = Entry.objects.get()
    assert entry.last_active_at == entry.confirmed_at
    return entry


def quiet_for(entry, days):
    """As if the entry's owner had last done anything `days` ago."""
    Entry.objects.filter(pk=entry.pk).update(last_active_at=timezone.now() - days * DAY)


def days_pass(days):
    """Move every People Bank date back, as if `days` had gone by."""
    for entry in Entry.objects.all():
        moved = {
            field: getattr(entry, field) - days * DAY
            for field in ("created_at", "confirmed_at", "last_active_at", "keep_warning_sent_at")
            if getattr(entry, field)
        }
        Entry.objects.filter(pk=entry.pk).update(**moved)


def run_retention(capsys, django_capture_on_commit_callbacks):
    capsys.readouterr()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("apply_retention")
    return capsys.readouterr().out.splitlines()


def askings():
    return [message for message in mail.outbox if message.subject == ASKING]


def test_two_years_quiet_gets_one_email_however_often_the_command_runs(
    confirmed, capsys, django_capture_on_commit_callbacks
):
    quiet_for(confirmed, 731)

    first = run_retention(capsys, django_capture_on_commit_callbacks)
    second = run_retention(capsys, django_capture_on_commit_callbacks)

    assert "People Bank entries asked whether they want to stay: 1" in first
    assert "People Bank entries asked whether they want to stay: 0" in second
    assert "People Bank entries nobody kept: 0" in second
    (asking,) = askings()
    assert asking.to == ["rowan@example.org"]
    assert "Hello Rowan Ashby," in asking.body
    assert "we will delete your entry on" in asking.body
    assert "/people-bank/manage/" in asking.body  # to leave instead
    assert Entry.objects.get().keep_warning_sent_at is not None


def test_keep_me_in_keeps_the_entry_and_it_is_not_deleted_later(
    client, confirmed, capsys, django_capture_on_commit_callbacks
):
    quiet_for(confirmed, 731)
    run_retention(capsys, django_capture_on_commit_callbacks)
    keep = link_in(askings()[0], "keep")

    page = client.get(keep)
    assert page.status_code == 200
    assert "Keep me in the People Bank" in page.content.decode()
    assert Entry.objects.get().last_active_at < timezone.now() - 700 * DAY  # opening the link keeps nothing

    pressed = client.post(keep, follow=True)
    assert "You are still in our People Bank" in pressed.content.decode()

    days_pass(40)
    lines = run_retention(capsys, django_capture_on_commit_callbacks)
    assert "People Bank entries nobody kept: 0" in lines
    assert "People Bank entries asked whether they want to stay: 0" in lines
    assert Entry.objects.active().count() == 1
    assert len(askings()) == 1

    days_pass(731)  # the next long silence brings the next question
    run_retention(capsys, django_capture_on_commit_callbacks)
    assert len(askings()) == 2


def test_an_entry_nobody_keeps_goes_after_the_warning_period_with_its_invitations(
    client, confirmed, home_page, capsys, django_capture_on_commit_callbacks
):
    Invitation.objects.create(entry=confirmed, announcement=Announcement.objects.create(page=home_page))
    quiet_for(confirmed, 731)
    run_retention(capsys, django_capture_on_commit_callbacks)
    keep = link_in(askings()[0], "keep")

    days_pass(29)
    assert "People Bank entries nobody kept: 0" in run_retention(capsys, django_capture_on_commit_callbacks)
    assert Entry.objects.exists()

    days_pass(2)
    assert "People Bank entries nobody kept: 1" in run_retention(capsys, django_capture_on_commit_callbacks)
    assert not Entry.objects.exists()
    assert not Invitation.objects.exists()
    assert not EntryWay.objects.exists()
    assert client.get(keep).status_code == 404  # nothing left to keep
    assert "People Bank entries nobody kept: 0" in run_retention(capsys, django_capture_on_commit_callbacks)


def test_a_recently_active_entry_is_left_alone(confirmed, capsys, django_capture_on_commit_callbacks):
    quiet_for(confirmed, 700)
    lines = run_retention(capsys, django_capture_on_commit_callbacks)
    assert "People Bank entries asked whether they want to stay: 0" in lines
    assert askings() == []
    assert Entry.objects.active().count() == 1


@pytest.mark.parametrize(
    "sent",
    [{"action": "pause"}, {"action": "resume"}, None],
    ids=["pausing", "un-pausing", "changing the details"],
)
def test_changing_the_entry_starts_the_two_years_again(client, confirmed, sent):
    quiet_for(confirmed, 731)
    link = urlsplit(managing.manage_url(confirmed)).path
    client.post(link, sent or join_form(name="Rowan A"))
    assert Entry.objects.get().last_active_at > timezone.now() - DAY


def test_stopping_invitations_pauses_and_so_starts_the_two_years_again(client, confirmed):
    quiet_for(confirmed, 731)
    client.post(urlsplit(unsubscribe_url(confirmed)).path)
    entry = Entry.objects.get()
    assert entry.paused
    assert entry.last_active_at > timezone.now() - DAY


def test_a_forged_keep_link_keeps_nothing(client, confirmed):
    quiet_for(confirmed, 731)
    assert client.post(reverse("people_bank:keep", args=[str(confirmed.pk)])).status_code == 404
    assert Entry.objects.get().last_active_at < timezone.now() - 700 * DAY


def test_the_keep_button_is_limited_per_address(client, confirmed, post_limit):
    post_limit("people-bank-keep", "1/h")
    keep = urlsplit(keep_url(confirmed)).path
    assert client.post(keep).status_code == 302
    assert client.post(keep).status_code == 429


def test_the_keep_page_needs_its_csrf_token(confirmed):
    keep = urlsplit(keep_url(confirmed)).path
    assert Client(enforce_csrf_checks=True).post(keep).status_code == 403
