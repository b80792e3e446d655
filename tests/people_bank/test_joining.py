"""Joining the People Bank: the form, the e-mailed link (double opt-in), the consent record,
and the same page whether or not the address was in already."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from demo.factories.people import MemberFactory
from people_bank import consent
from people_bank.models import Entry, Way

from .conftest import join, last_email_to, link_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def joined(client, choices, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = join(client)
    assert response.status_code == 302
    return Entry.objects.get()


def test_the_form_says_what_we_do_with_the_details_and_links_the_privacy_notice(client, choices):
    page = client.get(reverse("people_bank:join")).content.decode()
    assert "What we do with your details" in page
    assert "When you leave, we delete your details" in page
    assert "within 7 days" in page
    assert str(consent.WORDING) in page
    for way in Way:
        assert str(way.label) in page


def test_a_member_finds_their_name_and_address_filled_in(client, choices):
    member = MemberFactory(display_name="Kit Lowe", email="kit@example.org")
    client.force_login(member)
    page = client.get(reverse("people_bank:join")).content.decode()
    assert 'value="kit@example.org"' in page
    assert 'value="Kit Lowe"' in page


def test_nothing_is_active_or_sent_but_the_link_before_confirmation(client, joined):
    assert client.get(reverse("people_bank:check_email")).status_code == 200
    assert list(Entry.objects.active()) == []
    assert joined.confirmed_at is None
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Confirm that you want to join our People Bank"
    assert joined.consent_version == consent.VERSION
    assert timezone.now() - joined.consented_at < datetime.timedelta(minutes=1)
    assert joined.preferred_format == "large_print"
    assert set(joined.ways) == {Way.SURVEYS, Way.EVENTS}
    assert [topic.slug for topic in joined.topics.all()] == ["maternity"]


def test_following_the_link_and_pressing_the_button_makes_the_entry_active_once(client, joined):
    link = link_in(last_email_to("rowan@example.org"))
    page = client.get(link)
    assert "Yes, I want to join" in page.content.decode()
    assert Entry.objects.active().count() == 0  # opening the link (as mail scanners do) is not enough

    done = client.post(link, follow=True)
    assert "You have joined our People Bank" in done.content.decode()
    entry = Entry.objects.active().get()
    assert entry.confirmed_at is not None

    again = client.post(link)
    assert again.status_code == 404
    assert "This link does not work" in again.content.decode()


def test_a_made_up_link_confirms_nothing(client, joined):
    assert client.post(reverse("people_bank:confirm", args=["made-up"])).status_code == 404
    assert Entry.objects.active().count() == 0


def test_the_same_address_again_gets_the_same_page_and_a_polite_email(
    client, joined, django_capture_on_commit_callbacks
):
    client.post(link_in(last_email_to("rowan@example.org")))
    with django_capture_on_commit_callbacks(execute=True):
        again = join(client, name="Someone Else", email="ROWAN@example.org")
    assert again.status_code == 302
    assert again.url == reverse("people_bank:check_email")
    assert Entry.objects.get().name == "Rowan Ashby"
    assert last_email_to("rowan@example.org").subject == "You are already in our People Bank"


def test_joining_again_before_confirming_sends_a_fresh_link(client, joined, django_capture_on_commit_callbacks):
    first = link_in(last_email_to("rowan@example.org"))
    with django_capture_on_commit_callbacks(execute=True):
        join(client)
    second = link_in(last_email_to("rowan@example.org"))
    assert first != second
    assert Entry.objects.count() == 1
    assert client.post(second).status_code == 302
    assert Entry.objects.active().count() == 1


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"place": "", "postcode_district": ""}, "Choose a place, or give the first half of your postcode"),
        ({"place": "", "postcode_district": "9KM"}, "Enter the first half of a postcode, like KM1"),
        ({"phone": "12"}, "Enter a phone number"),
        ({"ways": None}, "Tick at least one way to take part"),
        ({"consent": None}, "Tick the box to say you agree"),
    ],
)
def test_mistakes_are_explained_and_nothing_is_kept(client, choices, changes, message):
    page = join(client, **changes)
    assert page.status_code == 200
    assert message in page.content.decode()
    assert not Entry.objects.exists()


def test_a_postcode_district_and_a_uk_phone_number_are_tidied(client, choices):
    join(client, place="", postcode_district=" km1 ", phone="0113 496 0000")
    entry = Entry.objects.get()
    assert (entry.postcode_district, entry.phone, entry.place) == ("KM1", "+441134960000", None)


def test_a_bot_filling_the_hidden_field_gets_the_same_page_and_nothing_is_kept(client, choices):
    response = join(client, website="http://spam.example")
    assert response.url == reverse("people_bank:check_email")
    assert not Entry.objects.exists()
    assert mail.outbox == []


def test_joining_is_limited_per_address(client, choices, post_limit):
    post_limit("people-bank", "1/h")
    join(client)
    refused = join(client, email="other@example.org")
    assert refused.status_code == 429
    assert "Rowan Ashby" in refused.content.decode()  # their words are shown back


def test_unconfirmed_entries_go_after_seven_days_and_the_report_counts_them(client, joined, capsys):
    Entry.objects.filter(pk=joined.pk).update(created_at=timezone.now() - datetime.timedelta(days=6))
    call_command("apply_retention")
    assert Entry.objects.exists()
    Entry.objects.filter(pk=joined.pk).update(created_at=timezone.now() - datetime.timedelta(days=8))
    capsys.readouterr()
    call_command("apply_retention")
    assert not Entry.objects.exists()
    assert "People Bank entries nobody confirmed: 1" in capsys.readouterr().out


def test_confirmed_entries_are_not_purged_as_unconfirmed(client, joined):
    client.post(link_in(last_email_to("rowan@example.org")))
    Entry.objects.update(created_at=timezone.now() - datetime.timedelta(days=30))
    call_command("apply_retention")
    assert Entry.objects.active().count() == 1
