"""The yearly engagement report, assembled from live data: which consultations ran in a year,
who answered and how, and what we did about it. The number of database queries stays the same
however many consultations and responses there are. Counts of people follow the published
results' rules: small ones are withheld (see consultations/results.py)."""

import datetime
from collections import Counter
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Count, Prefetch
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.text import capfirst, get_text_list
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, ngettext_lazy

from consultations.models import Channel, ConsultationPage, ConsultationResponse
from consultations.results import Bar, percent, protect, published_count, too_few
from core import published
from outcomes.models import ActionStatus, OutcomePage, summarise_actions

# The financial year runs by the calendar in England, whatever the server's time zone.
UK = ZoneInfo("Europe/London")

# The government's consultation principles ask for a published response within 12 weeks of a
# consultation closing. Past that, a missing "you said, we did" page is a promise not kept.
OUTCOME_DUE_AFTER = datetime.timedelta(weeks=12)

# Phrases for the summary, counted by "count" and showing "number" (the count with commas).
CHANNEL_PHRASES = {
    Channel.ONLINE: ngettext_lazy("%(number)s online", "%(number)s online", "count"),
    Channel.PAPER: ngettext_lazy("%(number)s on paper", "%(number)s on paper", "count"),
    Channel.EVENT: ngettext_lazy("%(number)s at an event", "%(number)s at events", "count"),
    Channel.PHONE: ngettext_lazy("%(number)s by phone", "%(number)s by phone", "count"),
    Channel.EMAIL: ngettext_lazy("%(number)s by e-mail", "%(number)s by e-mail", "count"),
    Channel.EASY_READ: ngettext_lazy("%(number)s on an easy read form", "%(number)s on easy read forms", "count"),
}
STATUS_PHRASES = {
    ActionStatus.DONE: ngettext_lazy("%(number)s is done", "%(number)s are done", "count"),
    ActionStatus.IN_PROGRESS: ngettext_lazy("%(number)s is in progress", "%(number)s are in progress", "count"),
    ActionStatus.PLANNED: ngettext_lazy("%(number)s is planned", "%(number)s are planned", "count"),
    ActionStatus.NOT_POSSIBLE: ngettext_lazy("%(number)s is not possible", "%(number)s are not possible", "count"),
}


def _number(count):
    return number_format(count, force_grouping=True)


def _list_counts(phrases, counts):
    """Every kind with a count, in a fixed order: "900 online, 200 on paper and 34 by phone"."""
    parts = [phrases[key] % {"count": counts[key], "number": _number(counts[key])} for key in phrases if counts[key]]
    return get_text_list(parts, _("and"))


def _channel_bars(counts, withhold=()):
    """A bar for every channel, in the report's order, with small counts withheld, and the
    channels in `withhold` too."""
    total = sum(counts.values())
    bars = [
        Bar(channel.label, counts[channel], percent(counts[channel], total), withheld=channel in withhold)
        for channel in Channel
    ]
    return protect(bars, exclusive=True)


def describe_channels(bars):
    """ "930 online, fewer than 5 on paper and some by phone", from `_channel_bars`: a withheld
    count that is not small is "some"."""
    parts = [
        CHANNEL_PHRASES[channel]
        % {
            "count": settings.RESULTS_MIN_COUNT if bar.withheld else bar.count,
            "number": _("some") if bar.withheld and not bar.too_few else published_count(bar.count),
        }
        for channel, bar in zip(Channel, bars, strict=True)
        if bar.count
    ]
    return get_text_list(parts, _("and"))


@dataclass
class ConsultationEntry:
    """One consultation in the report, with its responses counted by channel and its outcome."""

    page: ConsultationPage
    channel_counts: Counter
    outcome: OutcomePage | None
    outcome_overdue: bool

    @property
    def responses(self):
        return sum(self.channel_counts.values())

    @property
    def by_channel(self):
        """A bar for every channel, in the order of the report's table columns."""
        return _channel_bars(self.channel_counts)

    @property
    def channel_summary(self):
        return describe_channels(self.by_channel)

    @property
    def action_summary(self):
        return summarise_actions(self.outcome.themes.all()) if self.outcome else ""


@dataclass
class EngagementReport:
    first_day: datetime.date
    last_day: datetime.date
    as_of: datetime.datetime  # the figures change as people answer: a printed copy says when
    entries: list
    channel_counts: Counter
    action_counts: Counter

    @property
    def year_label(self):
        return _("%(start)s to %(end)s") % {"start": self.first_day.year, "end": self.last_day.year}

    @property
    def total_responses(self):
        return sum(self.channel_counts.values())

    @property
    def total_shown(self):
        """The year's total as we publish it. Where one consultation alone has too few responses
        to show, the total less the others (each shown on its own page) would give its count
        away, so the total says "more than" the others' sum instead."""
        total = self.total_responses
        small = [entry.responses for entry in self.entries if too_few(entry.responses)]
        if len(small) == 1 and not too_few(total):
            return _("more than %(number)s") % {"number": _number(total - small[0])}
        return published_count(total)

    @property
    def total_actions(self):
        return sum(self.action_counts.values())

    @property
    def by_channel(self):
        """Every channel, even those nobody used: a gap is worth seeing. Where one consultation
        alone withholds its count for a channel, the year's total for that channel less the
        other consultations' counts would show it, so that total is withheld too. (Two or more
        withheld counts only show their sum.)"""
        withheld = Counter(
            channel
            for entry in self.entries
            for channel, bar in zip(Channel, entry.by_channel, strict=True)
            if bar.withheld
        )
        return _channel_bars(self.channel_counts, withhold={channel for channel, n in withheld.items() if n == 1})

    @property
    def by_status(self):
        return [(status.label, self.action_counts[status]) for status in ActionStatus]

    @property
    def with_outcome(self):
        return [entry for entry in self.entries if entry.outcome]

    @property
    def outcomes_overdue(self):
        return [entry for entry in self.entries if entry.outcome_overdue]

    @property
    def summary(self):
        """The year in a few plain sentences, for people who read nothing else."""
        asked = len(self.entries)
        if not asked:
            return [_("In %(year)s we have not asked people about any changes yet.") % {"year": self.year_label}]
        sentences = [
            ngettext(
                "In %(year)s we asked people about %(number)s change.",
                "In %(year)s we asked people about %(number)s changes.",
                asked,
            )
            % {"year": self.year_label, "number": _number(asked)}
        ]
        total = self.total_responses
        if total:
            counted = settings.RESULTS_MIN_COUNT if too_few(total) else total
            sentences.append(
                capfirst(
                    ngettext(
                        "%(number)s person answered: %(channels)s.",
                        "%(number)s people answered: %(channels)s.",
                        counted,
                    )
                    % {"number": self.total_shown, "channels": describe_channels(self.by_channel)}
                )
            )
        else:
            sentences.append(_("Nobody has answered yet."))
        published = len(self.with_outcome)
        if published:
            sentences.append(
                _("We have published what we did for %(published)s of them.") % {"published": _number(published)}
            )
        else:
            sentences.append(_("We have not published what we did for any of them yet."))
        actions = self.total_actions
        if actions:
            sentences.append(
                ngettext(
                    "We promised %(number)s action: %(statuses)s.",
                    "Of %(number)s actions we promised, %(statuses)s.",
                    actions,
                )
                % {"number": _number(actions), "statuses": _list_counts(STATUS_PHRASES, self.action_counts)}
            )
        overdue = len(self.outcomes_overdue)
        if overdue:
            sentences.append(
                ngettext(
                    "%(number)s consultation closed more than 12 weeks ago and we have still not said what we did.",
                    "%(number)s consultations closed more than 12 weeks ago and we have still not said what we did.",
                    overdue,
                )
                % {"number": _number(overdue)}
            )
        return sentences


def year_bounds(first_day, last_day):
    """The first and the last moment of the period, as the clocks in England show them."""
    start = datetime.datetime.combine(first_day, datetime.time.min, tzinfo=UK)
    end = datetime.datetime.combine(last_day + datetime.timedelta(days=1), datetime.time.min, tzinfo=UK)
    return start, end


def build_report(first_day, last_day, *, site=None, now=None):
    """Every live consultation that opened between `first_day` and `last_day` (inclusive, UK
    dates), with its responses by channel and its outcome, in the same few queries however many."""
    now = now or timezone.now()
    start, end = year_bounds(first_day, last_day)
    consultations = (
        # A page kept to a group or behind a password stays out of a public report.
        published.public(ConsultationPage.objects.live())
        .filter(opens_at__gte=start, opens_at__lt=end)
        .with_stage(now)
        .prefetch_related(
            Prefetch(
                "outcomes",
                # The first outcome published is the one the consultation page shows.
                queryset=OutcomePage.objects.live().order_by("first_published_at", "pk").prefetch_related("themes"),
                to_attr="live_outcomes",
            )
        )
        .order_by("opens_at", "pk")
    )
    if site is not None:
        consultations = consultations.in_site(site)
    consultations = list(consultations)

    counts = {page.pk: Counter() for page in consultations}
    tallies = (
        ConsultationResponse.objects.filter(page_id__in=counts)
        .order_by()
        .values_list("page_id", "channel")
        .annotate(responses=Count("pk"))
    )
    for page_id, channel, responses in tallies:
        counts[page_id][channel] = responses

    entries = []
    for page in consultations:
        outcome = page.live_outcomes[0] if page.live_outcomes else None
        entries.append(
            ConsultationEntry(
                page=page,
                channel_counts=counts[page.pk],
                outcome=outcome,
                outcome_overdue=outcome is None and page.closes_at < now - OUTCOME_DUE_AFTER,
            )
        )
    return EngagementReport(
        first_day=first_day,
        last_day=last_day,
        as_of=now,
        entries=entries,
        channel_counts=sum((entry.channel_counts for entry in entries), Counter()),
        action_counts=Counter(
            theme.status for entry in entries if entry.outcome for theme in entry.outcome.themes.all()
        ),
    )
