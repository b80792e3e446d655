"""The demo's dates, counted in days from the day the demo was first loaded, so that each
consultation and event is in the stage its story needs (see `engagement_cycle.demo_timeline`)."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from core.dates import format_month

SATURDAY, TUESDAY, THURSDAY = 5, 1, 3


@dataclass(frozen=True)
class Timeline:
    """Dates counted in days from the day the demo was first loaded."""

    start: datetime.date

    def day(self, offset, weekday=None):
        """The day `offset` days from the start, or the first `weekday` (Monday is 0) from then."""
        day = self.start + datetime.timedelta(days=offset)
        if weekday is not None:
            day += datetime.timedelta(days=(weekday - day.weekday()) % 7)
        return day

    def at(self, offset, hour, minute=0, weekday=None):
        """A moment in UK time on that day."""
        return timezone.make_aware(datetime.datetime.combine(self.day(offset, weekday), datetime.time(hour, minute)))

    def month(self, offset):
        """'by March 2027', for when we expect to decide."""
        return f"by {format_month(self.day(offset))}"
