"""Dates and times as people in the UK read them, as GOV.UK and NHS.UK write them:
"Tuesday 3 March 2027, 6pm", always in UK time (Europe/London). Every date a person reads goes
through here, so the site writes them one way everywhere.

The words for a day or a moment are worked out once per language and kept (`functools.cache`
below): a page of sixty forum posts spent a tenth of its time writing the same dates again,
each one looked up in every translation catalogue the site has."""

import datetime
import functools

from django.utils import dateformat, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

# Enough for every day of a few years and every minute of a busy forum's recent weeks.
REMEMBERED = 20_000


def _uk(value):
    """A moment in UK time; a plain date (a DateField, a milestone) as it is."""
    return timezone.localtime(value) if isinstance(value, datetime.datetime) else value


def format_time(value):
    """'6pm', '6:30pm', 'midday' or 'midnight', in UK time."""
    local = timezone.localtime(value)
    return _time_words(local.hour, local.minute, get_language())


@functools.lru_cache(maxsize=REMEMBERED)
def _time_words(hour, minute, language):
    if (hour, minute) == (0, 0):
        return _("midnight")
    if (hour, minute) == (12, 0):
        return _("midday")
    clock = f"{hour % 12 or 12}:{minute:02d}" if minute else str(hour % 12 or 12)
    return (_("%(clock)sam") if hour < 12 else _("%(clock)spm")) % {"clock": clock}


def format_date(value):
    """'Tuesday 3 March 2027', in UK time."""
    day = _uk(value)
    return _date_words(day.date() if isinstance(day, datetime.datetime) else day, get_language())


@functools.lru_cache(maxsize=REMEMBERED)
def _date_words(day, language):
    return dateformat.format(day, "l j F Y")


def format_month(value):
    """'March 2027', for plans that name a month rather than a day."""
    return dateformat.format(_uk(value), "F Y")


def format_date_and_time(value):
    """'Tuesday 3 March 2027, 6pm', in UK time."""
    local = timezone.localtime(value)
    return _date_and_time_words(local.date(), local.hour, local.minute, get_language())


@functools.lru_cache(maxsize=REMEMBERED)
def _date_and_time_words(day, hour, minute, language):
    words = {"date": _date_words(day, language), "time": _time_words(hour, minute, language)}
    return _("%(date)s, %(time)s") % words


def format_when(starts_at, ends_at):
    """The date and time range of an event, naming the date once when it starts and ends on the
    same day."""
    same_day = format_date(starts_at) == format_date(ends_at)
    end = format_time(ends_at) if same_day else format_date_and_time(ends_at)
    return _("%(start)s to %(end)s") % {"start": format_date_and_time(starts_at), "end": end}
