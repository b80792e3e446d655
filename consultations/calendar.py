"""Event times as people read them: in UK style on the page ("Tuesday 3 March 2027, 6pm to
8pm", Europe/London time, as GOV.UK and NHS.UK write them), and as an iCalendar file that any
calendar app can import (RFC 5545), so nobody has to copy the details by hand."""

from datetime import UTC
from urllib.parse import urlsplit

from django.http import HttpResponse
from django.utils import dateformat, timezone
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

PRODID = "-//Participation Space//Events//EN"


def format_time(value):
    """'6pm', '6:30pm', 'midday' or 'midnight', in UK time."""
    local = timezone.localtime(value)
    if (local.hour, local.minute) == (0, 0):
        return _("midnight")
    if (local.hour, local.minute) == (12, 0):
        return _("midday")
    hour = local.hour % 12 or 12
    clock = f"{hour}:{local.minute:02d}" if local.minute else str(hour)
    return (_("%(clock)sam") if local.hour < 12 else _("%(clock)spm")) % {"clock": clock}


def format_date(value):
    """'Tuesday 3 March 2027', in UK time."""
    return dateformat.format(timezone.localtime(value), "l j F Y")


def format_date_and_time(value):
    """'Tuesday 3 March 2027, 6pm', in UK time."""
    return _("%(date)s, %(time)s") % {"date": format_date(value), "time": format_time(value)}


def format_when(starts_at, ends_at):
    """The date and time range of an event, naming the date once when it starts and ends on the
    same day."""
    same_day = format_date(starts_at) == format_date(ends_at)
    end = format_time(ends_at) if same_day else format_date_and_time(ends_at)
    return _("%(start)s to %(end)s") % {"start": format_date_and_time(starts_at), "end": end}


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
