"""Events: people find upcoming ones, can tell whether they can get there and take part, and can
put them in their calendar; editors are told when an event's details do not add up."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from core.dates import format_time, format_when
from core.models import SiteSettings
from demo.factories.consultations import ConsultationIndexPageFactory, ConsultationPageFactory
from demo.factories.people import UserFactory
from events.models import EventIndexPage, EventKind, EventPage

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
# A Tuesday in British Summer Time, far enough ahead to stay upcoming.
SUMMER_EVENING = datetime.datetime(2040, 6, 12, 18, 0, tzinfo=LONDON)


@pytest.fixture
def events_index(home_page):
    return home_page.add_child(instance=EventIndexPage(title="Events", slug="events"))


def add_event(index, title, starts_in=datetime.timedelta(days=7), hours=2, live=True, **fields):
    """An event starting `starts_in` from now (negative for past), at Wendlebridge Library
    unless told otherwise."""
    starts_at = fields.pop("starts_at", timezone.now() + starts_in)
    defaults = {
        "kind": EventKind.DROP_IN,
        "summary": "Come and tell us what you think about the birth centre.",
        "starts_at": starts_at,
        "ends_at": starts_at + datetime.timedelta(hours=hours),
        "venue_name": "Wendlebridge Library",
        "venue_address": "12 Mill Street\nWendlebridge\nWB1 2AB",
        "live": live,
    }
    return index.add_child(instance=EventPage(title=title, **{**defaults, **fields}))


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


# The events index


def test_index_lists_upcoming_soonest_first_then_past_newest_first(client, events_index):
    add_event(events_index, "Later drop-in", starts_in=datetime.timedelta(days=20))
    add_event(events_index, "Sooner drop-in", starts_in=datetime.timedelta(days=2))
    add_event(events_index, "Long-ago meeting", starts_in=datetime.timedelta(days=-60))
    add_event(events_index, "Last week's meeting", starts_in=datetime.timedelta(days=-7))
    add_event(events_index, "Draft drop-in", live=False)

    html = html_of(client, events_index)
    upcoming, past = html.split('id="past-events"')

    assert upcoming.index("Sooner drop-in") < upcoming.index("Later drop-in")
    assert past.index("Last week&#x27;s meeting") < past.index("Long-ago meeting")
    assert "meeting" not in upcoming
    assert "drop-in" not in past.replace("Drop-in", "")
    assert "Draft drop-in" not in html


def test_an_event_happening_now_is_still_upcoming(client, events_index):
    add_event(events_index, "Drop-in on now", starts_in=datetime.timedelta(hours=-1))
    upcoming, _ = html_of(client, events_index).split('id="past-events"')
    assert "Drop-in on now" in upcoming


def test_index_card_shows_kind_time_place_and_consultation(client, home_page, events_index):
    consultation = ConsultationPageFactory(
        parent=ConsultationIndexPageFactory(parent=home_page), title="Moving the birth centre"
    )
    event = add_event(events_index, "Birth centre drop-in", starts_at=SUMMER_EVENING, consultation=consultation)
    add_event(
        events_index,
        "Online question time",
        kind=EventKind.ONLINE,
        venue_name="",
        venue_address="",
        online_joining="Join on Teams: https://example.org/join",
    )

    html = html_of(client, events_index)

    assert "Drop-in" in html
    assert "Online session" in html
    assert f'<a href="{event.url}">Birth centre drop-in</a>' in html
    assert "Tuesday 12 June 2040, 6pm to 8pm" in html
    assert "Wendlebridge Library" in html
    assert "Online</dd>" in html
    assert f'<a href="{consultation.url}">Moving the birth centre</a>' in html


def test_index_says_honestly_when_there_are_no_events(client, events_index):
    html = html_of(client, events_index)
    assert "There are no upcoming events." in html
    assert "There are no past events yet." in html


def test_index_queries_do_not_grow_with_the_number_of_events(client, home_page, events_index):
    consultation = ConsultationPageFactory(parent=ConsultationIndexPageFactory(parent=home_page))

    def queries_for_index():
        html_of(client, events_index)  # the first visit fills caches that later ones share
        with CaptureQueriesContext(connection) as queries:
            html_of(client, events_index)
        return len(queries)

    def add_events(count):
        for number in range(count):
            add_event(
                events_index,
                f"Event {EventPage.objects.count()}",
                starts_in=datetime.timedelta(days=number - count // 2),
                consultation=consultation if number % 2 else None,
            )

    add_events(3)
    with_few = queries_for_index()
    add_events(27)
    assert queries_for_index() == with_few


# One event


def test_event_page_shows_when_where_and_access_in_words(client, events_index):
    event = add_event(
        events_index,
        "Birth centre drop-in",
        starts_at=SUMMER_EVENING,
        step_free=True,
        hearing_loop=True,
        bsl_interpreter=False,
        interpreters="Polish and Urdu",
        parking="Free car park behind the library, with 4 blue badge spaces.",
        nearest_transport="Bus 12 stops outside. Wendlebridge station is a 10 minute walk.",
    )

    html = html_of(client, event)

    assert "Drop-in" in html
    assert "Tuesday 12 June 2040, 6pm to 8pm" in html
    assert "12 Mill Street<br>Wendlebridge<br>WB1 2AB" in html
    access = html.split("<h2>Access</h2>")[1]
    for question, answer in [
        ("Step-free access", "Yes"),
        ("Hearing loop", "Yes"),
        ("British Sign Language (BSL) interpreter", "No"),
        ("Other interpreters", "Polish and Urdu"),
        ("Parking", "Free car park behind the library, with 4 blue badge spaces."),
        ("Nearest bus or train", "Bus 12 stops outside. Wendlebridge station is a 10 minute walk."),
    ]:
        assert (
            f'<dt class="nhsuk-summary-list__key">{question}</dt>\n'
            f'          <dd class="nhsuk-summary-list__value">{answer}</dd>'
        ) in access


def test_online_event_skips_venue_access_and_says_how_to_join(client, events_index):
    event = add_event(
        events_index,
        "Online question time",
        kind=EventKind.ONLINE,
        venue_name="",
        venue_address="",
        online_joining="Join on Microsoft Teams: https://example.org/join\nMeeting code: 123 456",
        bsl_interpreter=True,
    )

    html = html_of(client, event)

    assert "Step-free access" not in html
    assert "Online</dd>" not in html  # the page says it in full
    assert "How to join online" in html
    assert '<a href="https://example.org/join" rel="nofollow">https://example.org/join</a>' in html
    assert "Meeting code: 123 456" in html


def test_past_event_says_it_has_finished_and_hides_joining_details(client, events_index):
    event = add_event(
        events_index,
        "Last month's online session",
        starts_in=datetime.timedelta(days=-30),
        online_joining="Join on Teams: https://example.org/join",
        how_to_book="Call us to book.",
    )

    html = html_of(client, event)

    assert "This event has finished" in html
    assert "https://example.org/join" not in html
    assert "How to join online" not in html
    assert "You can also join online." not in html
    assert "Call us to book." not in html
    assert "Add to your calendar" not in html


def test_upcoming_event_explains_booking_and_links_to_calendar_file(client, events_index):
    turn_up = add_event(events_index, "Turn-up drop-in")
    booked = add_event(
        events_index,
        "Public meeting",
        kind=EventKind.PUBLIC_MEETING,
        how_to_book="Places are limited. Book by Friday.",
        booking_url="https://example.org/book",
    )

    turn_up_html = html_of(client, turn_up)
    assert "This event has finished" not in turn_up_html
    assert "You do not need to book." in turn_up_html
    assert f'<a href="{turn_up.url}calendar/">Add to your calendar</a>' in turn_up_html

    booked_html = html_of(client, booked)
    assert "You do not need to book." not in booked_html
    assert "Places are limited. Book by Friday." in booked_html
    assert 'href="https://example.org/book">Book a place</a>' in booked_html


def test_without_a_booking_form_people_book_by_e_mail_or_phone(client, events_index):
    SiteSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={"contact_phone": "0113 496 0123", "contact_email": "involve@example.org"},
    )
    event = add_event(events_index, "Online session", how_to_book="Please book a place.")

    html = html_of(client, event)

    assert (
        '<a class="nhsuk-button" href="mailto:involve@example.org?subject=Book%20a%20place%3A%20Online%20session">'
        "Book a place by e-mail</a>"
    ) in html
    assert 'Or book by phone: <a href="tel:01134960123">0113 496 0123</a>' in html


def test_event_page_links_to_its_consultation(client, home_page, events_index):
    consultation = ConsultationPageFactory(
        parent=ConsultationIndexPageFactory(parent=home_page), title="Moving the birth centre"
    )
    event = add_event(events_index, "Birth centre drop-in", consultation=consultation)

    html = html_of(client, event)

    assert f'This event is part of: <a href="{consultation.url}">Moving the birth centre</a>' in html


def test_event_card_can_leave_out_the_consultation_it_is_shown_on(rf, home_page, events_index):
    consultation = ConsultationPageFactory(
        parent=ConsultationIndexPageFactory(parent=home_page), title="Moving the birth centre"
    )
    event = add_event(events_index, "Birth centre drop-in", consultation=consultation)
    request = rf.get(consultation.url)

    def card(**context):
        return render_to_string("events/includes/event_summary.html", {"event": event, **context}, request)

    assert "Moving the birth centre" in card()
    assert "Moving the birth centre" not in card(hide_consultation=True)
    assert "<h4 " in card(heading_level=4)


def test_event_page_tells_people_how_to_ask_for_other_support(client, events_index):
    SiteSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={"contact_phone": "0113 496 0123", "contact_email": "involve@example.org"},
    )
    event = add_event(events_index, "Birth centre drop-in")

    html = html_of(client, event)

    assert "If you need something else to take part" in html
    assert '<a href="tel:01134960123">0113 496 0123</a>' in html


def test_unpublished_event_and_its_calendar_file_are_not_found(client, events_index):
    event = add_event(events_index, "Draft drop-in", live=False)
    assert client.get(event.url).status_code == 404
    assert client.get(f"{event.url}calendar/").status_code == 404


# The calendar file


def test_calendar_file_is_valid_and_has_the_events_details(client, events_index):
    event = add_event(
        events_index,
        "Birth centre drop-in",
        starts_at=SUMMER_EVENING,
        step_free=True,
        online_joining="Join on Teams: https://example.org/join",
    )

    response = client.get(f"{event.url}calendar/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="birth-centre-drop-in.ics"'
    calendar = Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    [entry] = calendar.events
    # 6pm to 8pm in British Summer Time is 5pm to 7pm in UTC.
    assert entry.start == datetime.datetime(2040, 6, 12, 17, 0, tzinfo=datetime.UTC)
    assert entry.end == datetime.datetime(2040, 6, 12, 19, 0, tzinfo=datetime.UTC)
    assert entry["UID"] == f"event-{event.pk}@localhost"
    assert entry.stamp is not None
    assert entry["SUMMARY"] == "Birth centre drop-in"
    assert entry["LOCATION"] == "Wendlebridge Library, 12 Mill Street, Wendlebridge, WB1 2AB"
    assert entry["URL"] == event.full_url
    assert event.summary in entry["DESCRIPTION"]
    assert "Step-free access: Yes" in entry["DESCRIPTION"]
    assert "Join on Teams: https://example.org/join" in entry["DESCRIPTION"]


def test_calendar_file_uid_stays_the_same_so_calendars_update_rather_than_duplicate(client, events_index):
    event = add_event(events_index, "Birth centre drop-in")
    first = Calendar.from_ical(client.get(f"{event.url}calendar/").content).events[0]
    second = Calendar.from_ical(client.get(f"{event.url}calendar/").content).events[0]
    assert first["UID"] == second["UID"]


def test_calendar_file_for_an_online_event_says_online(client, events_index):
    event = add_event(
        events_index, "Online session", venue_name="", venue_address="", online_joining="https://example.org/join"
    )
    [entry] = Calendar.from_ical(client.get(f"{event.url}calendar/").content).events
    assert entry["LOCATION"] == "Online"


# Times in UK style


@pytest.mark.parametrize(
    ("hour", "minute", "expected"),
    [(18, 0, "6pm"), (18, 30, "6:30pm"), (9, 5, "9:05am"), (12, 0, "midday"), (0, 0, "midnight")],
)
def test_times_read_the_uk_way(hour, minute, expected):
    assert format_time(datetime.datetime(2040, 1, 10, hour, minute, tzinfo=LONDON)) == expected


def test_an_event_over_two_days_names_both_dates():
    ends_at = SUMMER_EVENING + datetime.timedelta(days=1)
    assert format_when(SUMMER_EVENING, ends_at) == "Tuesday 12 June 2040, 6pm to Wednesday 13 June 2040, 6pm"


# What editors are told


def test_an_event_must_end_after_it_starts(events_index):
    event = EventPage(
        title="Backwards drop-in",
        summary="A drop-in.",
        starts_at=SUMMER_EVENING,
        ends_at=SUMMER_EVENING - datetime.timedelta(hours=1),
        venue_name="Wendlebridge Library",
    )
    with pytest.raises(ValidationError) as refused:
        events_index.add_child(instance=event)
    assert refused.value.message_dict["ends_at"] == [
        "The end must be after the start. Check the date as well as the time."
    ]


def test_an_event_needs_a_venue_or_a_way_to_join_online(events_index):
    with pytest.raises(ValidationError) as refused:
        add_event(events_index, "Nowhere drop-in", venue_name="", venue_address="")
    message = "Say where the event is (the venue's name or address), or how to join online, or both."
    assert refused.value.message_dict == {"venue_name": [message], "online_joining": [message]}


def test_editor_sees_the_message_in_the_admin(client, events_index):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    add_url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", events_index.pk])

    response = client.post(
        add_url,
        nested_form_data(
            {
                "title": "Nowhere drop-in",
                "slug": "nowhere-drop-in",
                "kind": EventKind.DROP_IN,
                "summary": "A drop-in.",
                "starts_at": "2040-06-12 18:00",
                "ends_at": "2040-06-12 17:00",
                "comments": inline_formset([]),
                "action-publish": "publish",
            }
        ),
    )

    assert response.status_code == 200
    assert not EventPage.objects.filter(slug="nowhere-drop-in").exists()
    html = response.content.decode()
    assert "The end must be after the start." in html
    assert "Say where the event is (the venue&#x27;s name or address), or how to join online, or both." in html
