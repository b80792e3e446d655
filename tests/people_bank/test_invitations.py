"""Invitations: when a consultation opens or an event is published, People Bank members it
suits get one e-mail about it, through the same announcement that tells people who asked
"tell me when it opens"."""

import datetime
import re
import threading

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from consultations.models import ConsultationSubscription
from demo.factories.consultations import ConsultationIndexPageFactory, ConsultationPageFactory
from events.models import EventIndexPage, EventPage
from notifications.announcements import announce_due, deliver
from notifications.models import Announcement, Notification
from notifications.sending import retry_unsent
from people_bank import consent
from people_bank.models import Entry, EntryWay, Invitation
from taxonomy.models import Place, Topic

from .conftest import join, last_email_to, link_in
from .test_staff_view import staff

pytestmark = pytest.mark.django_db

NOW = timezone.now


@pytest.fixture
def finder(choices, home_page):
    Place.objects.filter(slug="kellsmoor").update(postcode_districts="KM1 KM2")
    Place.objects.create(name="Harrowmere", slug="harrowmere", postcode_districts="HM1")
    return ConsultationIndexPageFactory(parent=home_page)


def coming_soon(finder, place="kellsmoor", topic="maternity", title="Moving the birth centre"):
    return ConsultationPageFactory(
        parent=finder,
        title=title,
        opens_at=NOW() + datetime.timedelta(days=14),
        closes_at=NOW() + datetime.timedelta(days=60),
        topic=Topic.objects.get(slug=topic),
        place=Place.objects.get(slug=place),
    )


def open_it(page, capture):
    """What a publisher does: bring the opening date to now and publish. The publish commits,
    so what it left to run afterwards (the announcement, its e-mails) runs."""
    page.opens_at = NOW() - datetime.timedelta(minutes=1)
    with capture(execute=True):
        page.save_revision().publish()
    return page


def member(name, place="kellsmoor", district="", topics=("maternity",), ways=("surveys",), **fields):
    """A confirmed entry, as one who joined and followed the link would have."""
    entry = Entry.objects.create(
        name=name,
        email=f"{name.lower()}@example.org",
        place=Place.objects.filter(slug=place).first() if place else None,
        postcode_district=district,
        consented_at=NOW(),
        consent_version=consent.VERSION,
        confirmed_at=fields.pop("confirmed_at", NOW() - datetime.timedelta(days=1)),
        **fields,
    )
    entry.topics.set(Topic.objects.filter(slug__in=topics))
    EntryWay.objects.bulk_create(EntryWay(entry=entry, way=way) for way in ways)
    return entry


def invitations_to(page):
    """Who got an invitation e-mail about `page`."""
    return sorted(address for message in mail.outbox if page.full_url in message.body for address in message.to)


def test_a_person_who_joins_is_invited_once_when_a_matching_consultation_opens_and_not_before_confirming(
    client, finder, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        join(client)  # Kellsmoor, maternity, surveys and events
    confirmation = last_email_to("rowan@example.org")

    early = open_it(coming_soon(finder, title="Early birth centre survey"), django_capture_on_commit_callbacks)
    assert invitations_to(early) == []  # not confirmed yet: nothing

    client.post(link_in(confirmation))
    assert Entry.objects.get().confirmed_at is not None

    page = open_it(coming_soon(finder), django_capture_on_commit_callbacks)
    assert invitations_to(page) == ["rowan@example.org"]
    invitation = last_email_to("rowan@example.org")
    assert invitation.subject == "Have your say: Moving the birth centre"
    assert "People Bank" in invitation.body
    stop = re.search(r"https?://[^/\s]+(/people-bank/stop/\S+/)", invitation.body).group(1)
    assert invitation.extra_headers["List-Unsubscribe"].endswith(stop + ">")
    assert invitation.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/people-bank/manage/" in invitation.body

    # Publishing again, the command from cron, and the task run again: nothing more.
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
        call_command("announce_due")
        deliver(Announcement.objects.get(page=page))
    assert invitations_to(page) == ["rowan@example.org"]
    assert Invitation.objects.count() == 1


def test_invitations_reach_exactly_the_members_whose_topics_area_and_ways_match(
    finder, django_capture_on_commit_callbacks
):
    member("Ada")  # Kellsmoor, maternity, surveys: the plain match
    member("Bo", topics=())  # ticked no topic: every topic
    member("Cy", place="whole-area")  # lives "everywhere": every place
    member("Di", place=None, district="KM2")  # a district Kellsmoor lists
    member("Ed", place=None, district="ZZ9")  # a district no place lists: we cannot tell, so ask
    member("Fay", topics=("gp-appointments",))  # another topic
    member("Gus", place="harrowmere")  # another place
    member("Hal", place=None, district="HM1")  # a district another place lists
    member("Ivy", ways=("events", "forum"))  # does not do surveys
    member("Jo", paused=True)  # paused
    member("Kai", confirmed_at=None)  # never confirmed

    page = open_it(coming_soon(finder), django_capture_on_commit_callbacks)
    expected = [f"{name}@example.org" for name in ("ada", "bo", "cy", "di", "ed")]
    assert invitations_to(page) == expected

    everywhere = open_it(
        coming_soon(finder, place="whole-area", title="Patient transport for everyone"),
        django_capture_on_commit_callbacks,
    )
    assert invitations_to(everywhere) == sorted([*expected, "gus@example.org", "hal@example.org"])


def test_members_who_do_events_are_invited_to_a_new_event_with_its_consultations_topic_and_place(
    finder, home_page, django_capture_on_commit_callbacks
):
    member("Ada", ways=("events",))
    member("Bo", ways=("surveys",))
    member("Fay", topics=("gp-appointments",), ways=("events",))
    consultation = ConsultationPageFactory(
        parent=finder, topic=Topic.objects.get(slug="maternity"), place=Place.objects.get(slug="kellsmoor")
    )
    Announcement.objects.create(page=consultation, delivered_at=NOW())  # opened before these tests
    index = home_page.add_child(instance=EventIndexPage(title="Events", slug="events"))
    starts = NOW() + datetime.timedelta(days=7)
    event = index.add_child(
        instance=EventPage(
            title="Birth centre drop-in",
            summary="Come and tell us what you think.",
            starts_at=starts,
            ends_at=starts + datetime.timedelta(hours=2),
            venue_name="Wendlebridge Library",
            consultation=consultation,
            live=False,
        )
    )
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    assert invitations_to(event) == ["ada@example.org"]
    assert last_email_to("ada@example.org").subject == "Come along: Birth centre drop-in"


def test_tell_me_when_it_opens_goes_through_the_same_announcement_once(
    client, finder, django_capture_on_commit_callbacks
):
    member("Ada")
    page = coming_soon(finder)
    client.post(page.url + "remind-me/", {"reminder-email": "kim@example.org"})
    assert ConsultationSubscription.objects.opening().count() == 1

    page.opens_at = NOW() - datetime.timedelta(minutes=1)
    page.save_revision().publish()  # scheduled, as if its opening date came: the command finds it
    with django_capture_on_commit_callbacks(execute=True):
        call_command("announce_due")
        call_command("announce_due")
    assert sorted(address for message in mail.outbox for address in message.to) == [
        "ada@example.org",
        "kim@example.org",
    ]
    assert last_email_to("kim@example.org").subject == "Now open: Moving the birth centre"
    assert Announcement.objects.filter(page=page).count() == 1
    assert not ConsultationSubscription.objects.opening().exists()


def test_the_unsubscribe_link_asks_then_stops_invitations(finder, django_capture_on_commit_callbacks):
    entry = member("Ada")
    open_it(coming_soon(finder), django_capture_on_commit_callbacks)
    stop = re.search(r"https?://[^/\s]+(/people-bank/stop/\S+/)", last_email_to("ada@example.org").body).group(1)

    browser = Client(enforce_csrf_checks=True)  # as from the e-mail: no form token
    page = browser.get(stop)
    assert "Stop these e-mails" in page.content.decode()
    entry.refresh_from_db()
    assert not entry.paused  # opening the link (as mail scanners do) changes nothing

    stopped = browser.post(stop, {"List-Unsubscribe": "One-Click"})
    assert stopped.status_code == 200
    assert "We will not invite you to take part" in stopped.content.decode()
    entry.refresh_from_db()
    assert entry.paused

    later = open_it(coming_soon(finder, title="Later survey"), django_capture_on_commit_callbacks)
    assert invitations_to(later) == []
    assert browser.get(stop.replace("/stop/", "/stop/9")).status_code == 404


def test_a_failed_email_keeps_the_invitation_and_is_sent_later(finder, mail_server, django_capture_on_commit_callbacks):
    member("Ada")
    mail_server.stop()
    page = open_it(coming_soon(finder), django_capture_on_commit_callbacks)
    assert invitations_to(page) == []
    assert Invitation.objects.count() == 1
    owed = Notification.objects.get(key__startswith="people-bank-invitation:")
    assert owed.sent_at is None and owed.attempts == 1

    mail_server.start()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("announce_due")  # the announcement itself adds nothing
        retry_unsent()
    assert invitations_to(page) == ["ada@example.org"]
    assert Invitation.objects.count() == 1


def test_members_who_join_after_it_opened_are_not_invited_to_it(finder, django_capture_on_commit_callbacks):
    page = open_it(coming_soon(finder), django_capture_on_commit_callbacks)
    member("Ada", confirmed_at=NOW() + datetime.timedelta(seconds=1))
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert invitations_to(page) == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="concurrent workers need a server database; run with TEST_DATABASE_URL (make test does)",
)
def test_workers_announcing_the_same_consultation_at_once_invite_each_member_once(finder):
    members = [member(f"Member{number}") for number in range(5)]
    # Open already, as when its opening date has passed: every worker finds it due at once.
    page = ConsultationPageFactory(
        parent=finder, topic=Topic.objects.get(slug="maternity"), place=Place.objects.get(slug="kellsmoor")
    )
    workers = 4
    barrier = threading.Barrier(workers)
    errors = []

    def work():
        try:
            barrier.wait()
            announce_due()
            deliver(Announcement.objects.get(page=page))
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert Announcement.objects.filter(page=page).count() == 1
    assert Invitation.objects.count() == len(members)
    assert Notification.objects.filter(key__startswith="people-bank-invitation:").count() == len(members)
    assert invitations_to(page) == sorted(entry.email for entry in members)


def test_stop_link_for_an_entry_that_left_says_so(client, finder, django_capture_on_commit_callbacks):
    member("Ada")
    open_it(coming_soon(finder), django_capture_on_commit_callbacks)
    stop = re.search(r"https?://[^/\s]+(/people-bank/stop/\S+/)", last_email_to("ada@example.org").body).group(1)
    Entry.objects.all().delete()
    assert "You have left our People Bank" in client.get(stop).content.decode()
    assert reverse("people_bank:join") in client.get(stop).content.decode()


def test_the_command_can_hand_the_work_to_the_task_worker(finder, django_capture_on_commit_callbacks, capsys):
    member("Ada")
    page = coming_soon(finder)
    page.opens_at = NOW() - datetime.timedelta(minutes=1)
    page.save_revision().publish()  # its opening date came while nobody published it
    with django_capture_on_commit_callbacks(execute=True):
        call_command("announce_due", "--in-background")
    assert "Queued for the task worker" in capsys.readouterr().out
    assert invitations_to(page) == ["ada@example.org"]


def test_a_lead_sees_what_a_member_was_invited_to(client, finder, django_capture_on_commit_callbacks):
    entry = member("Ada")
    page = open_it(coming_soon(finder), django_capture_on_commit_callbacks)
    client.force_login(staff("Engagement leads"))
    record = client.get(reverse("people_bank_entry", args=[entry.pk])).content.decode()
    assert f"{page.title} (" in record
