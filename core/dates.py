"""Dates and times as people in the UK read them, as GOV.UK and NHS.UK write them:
"Tuesday 3 March 2027, 6pm", always in UK time (Europe/London). Every date a person reads goes
through here, so the site writes them one way everywhere."""

import datetime

from django.utils import dateformat, timezone
from django.utils.translation import gettext as _


def _uk(value):
    """A moment in UK time; a plain date (a DateField, a milestone) as it is."""
    return timezone.localtime(value) if isinstance(value, datetime.datetime) else value


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
    return dateformat.format(_uk(value), "l j F Y")


def format_month(value):
    """'March 2027', for plans that name a month rather than a day."""
    return dateformat.format(_uk(value), "F Y")


def format_date_and_time(value):
    """'Tuesday 3 March 2027, 6pm', in UK time."""
    return _("%(date)s, %(time)s") % {"date": format_date(value), "time": format_time(value)}


def format_when(starts_at, ends_at):
    """The date and time range of an event, naming the date once when it starts and ends on the
    same day."""
    same_day = format_date(starts_at) == format_date(ends_at)
    end = format_time(ends_at) if same_day else format_date_and_time(ends_at)
    return _("%(start)s to %(end)s") % {"start": format_date_and_time(starts_at), "end": end}
