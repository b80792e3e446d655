"""The events pages in Chromium: people can find an event, read how to get in and take part,
and download it for their calendar; every page passes axe."""

import datetime
from pathlib import Path

import pytest
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect

from demo.factories.consultations import ConsultationIndexPageFactory, ConsultationPageFactory
from events.models import EventIndexPage, EventKind, EventPage


@pytest.fixture
def events(home_page):
    """An events index with a drop-in linked to a consultation, an online session, and a
    meeting that has finished: the demo world's birth centre story."""
    consultation = ConsultationPageFactory(
        parent=ConsultationIndexPageFactory(parent=home_page), title="Moving the birth centre"
    )
    index = home_page.add_child(
        instance=EventIndexPage(
            title="Events", slug="events", introduction="Come and talk to us about changes to local health services."
        )
    )
    soon = timezone.now().replace(hour=17, minute=0, second=0, microsecond=0) + datetime.timedelta(days=10)

    def add(title, starts_at, **fields):
        return index.add_child(
            instance=EventPage(
                title=title, starts_at=starts_at, ends_at=starts_at + datetime.timedelta(hours=2), **fields
            )
        )

    drop_in = add(
        "Birth centre drop-in at Wendlebridge Library",
        soon,
        kind=EventKind.DROP_IN,
        summary="Drop in to ask questions about the plan to move the birth centre and tell us what you think.",
        consultation=consultation,
        venue_name="Wendlebridge Library",
        venue_address="12 Mill Street\nWendlebridge\nWB1 2AB",
        step_free=True,
        hearing_loop=True,
        interpreters="Polish and Urdu",
        parking="Free car park behind the library, with 4 blue badge spaces.",
        nearest_transport="Bus 12 stops outside the library.",
    )
    online = add(
        "Online question time about the birth centre",
        soon + datetime.timedelta(days=3),
        kind=EventKind.ONLINE,
        summary="Hear about the plan to move the birth centre from the midwives, and ask them anything.",
        consultation=consultation,
        online_joining="Join on Microsoft Teams: https://example.org/join\nMeeting code: 123 456",
        bsl_interpreter=True,
        how_to_book="Book a place so we can send you a reminder.",
        booking_url="https://example.org/book",
    )
    finished = add(
        "Public meeting about the minor injuries unit",
        soon - datetime.timedelta(days=60),
        kind=EventKind.PUBLIC_MEETING,
        summary="We explained why the minor injuries unit may close at night, and listened to what people said.",
        venue_name="Kellsmoor Town Hall",
        venue_address="Market Place\nKellsmoor",
        online_joining="https://example.org/old-meeting",
    )
    return {"index": index, "drop_in": drop_in, "online": online, "finished": finished}


def test_events_index_lists_upcoming_then_past(page, events, assert_no_axe_violations):
    page.goto(events["index"].url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Events")
    upcoming = page.locator("section", has=page.get_by_role("heading", name="Upcoming events"))
    past = page.locator("section", has=page.get_by_role("heading", name="Past events"))
    expect(upcoming.get_by_role("heading", level=3)).to_have_text([events["drop_in"].title, events["online"].title])
    expect(past.get_by_role("heading", level=3)).to_have_text([events["finished"].title])
    assert_no_axe_violations(page)

    upcoming.get_by_role("link", name=events["drop_in"].title).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(events["drop_in"].title)


def test_event_page_shows_access_and_offers_a_calendar_file(page, events, assert_no_axe_violations):
    page.goto(events["drop_in"].url)
    expect(page.get_by_text("Step-free access")).to_be_visible()
    expect(page.get_by_text("Polish and Urdu")).to_be_visible()
    expect(page.get_by_role("link", name="Moving the birth centre")).to_be_visible()
    assert_no_axe_violations(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Add to your calendar").click()
    download = download_info.value
    assert download.suggested_filename == f"{events['drop_in'].slug}.ics"
    [entry] = Calendar.from_ical(Path(download.path()).read_bytes()).events
    assert entry["SUMMARY"] == events["drop_in"].title


def test_online_event_page_says_how_to_join_and_book(page, events, assert_no_axe_violations):
    page.goto(events["online"].url)
    expect(page.get_by_role("heading", name="How to join online")).to_be_visible()
    expect(page.get_by_role("link", name="Book a place")).to_have_attribute("href", "https://example.org/book")
    assert_no_axe_violations(page)


def test_finished_event_page_says_so(page, events, assert_no_axe_violations):
    page.goto(events["finished"].url)
    expect(page.get_by_role("heading", name="This event has finished")).to_be_visible()
    expect(page.get_by_text("https://example.org/old-meeting")).to_have_count(0)
    assert_no_axe_violations(page)
