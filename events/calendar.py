"""Events as an iCalendar file that any calendar app can import (RFC 5545), so nobody has to
copy the details by hand."""

from datetime import UTC
from urllib.parse import urlsplit

from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

PRODID = "-//Participation Space//Events//EN"


def _description(event, url):
    """The calendar entry's notes: what happens, access, and how to join or book, so people
    have it to hand on the day without the website."""
    parts = [event.summary]
    access = "\n".join(f"{label}: {answer}" for label, answer in event.access_details())
    parts.append(f"{_('Access')}\n{access}")
    if event.online_joining and not event.is_past:
        parts.append(f"{_('How to join online')}\n{event.online_joining}")
    if event.how_to_book or event.booking_url:
        parts.append("\n".join(filter(None, [_("How to book"), event.how_to_book, event.booking_url])))
    parts.append(_("More about this event: %(url)s") % {"url": url})
    return "\n\n".join(parts)


def event_calendar(event, request):
    """One event as an iCalendar object. Times are in UTC, which every calendar app converts to
    the reader's own time zone without needing a time zone definition in the file."""
    url = event.get_full_url(request)
    entry = Event.new(
        uid=f"event-{event.pk}@{urlsplit(url).hostname}",
        # Without a METHOD, DTSTAMP is when the details last changed (RFC 5545, 3.8.7.2).
        stamp=(event.last_published_at or timezone.now()).astimezone(UTC),
        start=event.starts_at.astimezone(UTC),
        end=event.ends_at.astimezone(UTC),
        summary=event.title,
        description=_description(event, url),
        location=event.full_location,
        url=url,
    )
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add_component(entry)
    return calendar


def event_calendar_response(event, request):
    """The .ics download behind "Add to your calendar"."""
    response = HttpResponse(event_calendar(event, request).to_ical(), content_type="text/calendar; charset=utf-8")
    filename = f"{slugify(event.slug) or 'event'}.ics"
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
    return response
