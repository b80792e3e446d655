"""Published quick-feedback results: per service, by month, the share of answers that were
positive (very good or good) and negative (poor or very poor), out of all answers, as the
Friends and Family Test counts them.

Small numbers follow core/small_numbers.py: a month with too few answers shows no split at
all; otherwise a positive, negative or "other" count that is too few is withheld, with another
where subtraction would give it away. The twelve months' row adds the months up, so it also
withholds a cell that only one month withholds, and its total says "more than" when only one
month has too few answers to show."""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _

from consultations.results import percent
from core.small_numbers import published_count, too_few, withhold

from .models import NEGATIVE, POSITIVE, QuickFeedback

MONTHS_SHOWN = 12
CELLS = ("positive", "negative", "other")


@dataclass
class Figures:
    """One row of the results: a month, or all of them."""

    label: str
    total: int
    positive: int
    negative: int
    also_hidden: set = field(default_factory=set)
    total_shown: str = ""

    def __post_init__(self):
        self.total_shown = self.total_shown or published_count(self.total)
        counts = self.counts
        if too_few(self.total):
            self.hidden = set(CELLS)
        else:
            self.hidden = withhold(counts, [(None, list(CELLS))], also=self.also_hidden)

    @property
    def counts(self):
        return {
            "positive": self.positive,
            "negative": self.negative,
            "other": self.total - self.positive - self.negative,
        }

    @property
    def split_shown(self):
        """Whether any of the split can be shown: not for a month with too few answers."""
        return bool(self.total) and not too_few(self.total)

    @property
    def positive_percent(self):
        return None if "positive" in self.hidden or not self.total else percent(self.positive, self.total)

    @property
    def negative_percent(self):
        return None if "negative" in self.hidden or not self.total else percent(self.negative, self.total)


def months_back(today, count=MONTHS_SHOWN):
    """The first days of the last `count` months that have ended, oldest first: a month is
    published once it is over, as the Friends and Family Test does."""
    first = today.replace(day=1)
    months = []
    for _step in range(count):
        first = (first - datetime.timedelta(days=1)).replace(day=1)
        months.append(first)
    return months[::-1]


def service_results(service, today=None):
    """(the months' rows, newest first; the row for all twelve months) for `service`: the last
    twelve months that have ended."""
    today = today or timezone.localdate()
    months = months_back(today)
    tallies = (
        QuickFeedback.objects.filter(service=service, given_on__gte=months[0], given_on__lt=today.replace(day=1))
        .annotate(month=TruncMonth("given_on"))
        .values_list("month", "rating")
        .annotate(n=Count("pk"))
    )
    by_month = {month: Counter() for month in months}
    for month, rating, n in tallies:
        # TruncMonth gives a date on some databases and a datetime on others.
        month = month.date() if isinstance(month, datetime.datetime) else month
        by_month[month][rating] += n
    rows = [_figures(date_format(month, "F Y"), counts) for month, counts in by_month.items()]
    return rows[::-1], _all_months(rows)


def _figures(label, counts, **extra):
    return Figures(
        label=label,
        total=sum(counts.values()),
        positive=sum(counts[rating] for rating in POSITIVE),
        negative=sum(counts[rating] for rating in NEGATIVE),
        **extra,
    )


def _all_months(rows):
    """The twelve months together, hiding what one month alone hides (see the module's note)."""
    hidden_once = Counter(cell for row in rows if row.total for cell in row.hidden)
    also = {cell for cell, n in hidden_once.items() if n == 1}
    total = sum(row.total for row in rows)
    small = [row.total for row in rows if too_few(row.total)]
    total_shown = ""
    if len(small) == 1 and not too_few(total):
        total_shown = _("more than %(number)s") % {"number": number_format(total - small[0], force_grouping=True)}
    return Figures(
        label=_("The last 12 months"),
        total=total,
        positive=sum(row.positive for row in rows),
        negative=sum(row.negative for row in rows),
        also_hidden=also,
        total_shown=total_shown,
    )
