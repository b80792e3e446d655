"""The public insight dashboard's figures (/insight/) and the same figures as open data (CSV and
JSON): what people told us and how, over the last 12 months that have ended, built from the
database and nothing else. Every count of people or of what people sent follows
core/small_numbers.py: from 1 up to the threshold, it is "fewer than 5", never the number.
Counts of actions we promised are ours, not people's, and are shown as they are."""

import datetime
from collections import Counter
from dataclasses import dataclass

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext_lazy as _

from consultations.models import Channel as ResponseChannel
from consultations.models import ConsultationResponse
from core.small_numbers import published_count, too_few
from forum.models import Post, Status
from outcomes.models import ActionStatus, OutcomeTheme
from people_bank.models import Entry
from stories.figures import change_share
from stories.models import Story
from taxonomy.models import Service, Topic

from .models import Channel as FeedbackChannel
from .models import QuickFeedback
from .results import months_back, service_results

LICENCE = _(
    "You may copy, share and use these figures for any purpose under the Open Government Licence v3.0 "
    "(https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/). They hold no personal data."
)


@dataclass(frozen=True)
class Cell:
    """One published figure: `count` is what a chart draws (nothing when withheld), `shown` what
    a table says."""

    count: int | None
    shown: str

    @property
    def withheld(self):
        return self.count is None


def people(count):
    """A count of people, or of what people sent: withheld when too few."""
    return Cell(None if too_few(count) else count, published_count(count))


def things(count):
    """A count of our own actions, shown as it is."""
    return Cell(count, number_format(count, force_grouping=True))


def share(percent):
    """A percentage as its service page shows it, or withheld where that page withholds it."""
    return Cell(percent, _("not shown") if percent is None else f"{percent}%")


@dataclass
class Chart:
    """A horizontal bar chart's geometry, in the SVG's own units (feedback/includes/bar_chart.html)."""

    id: str
    heading: str
    cells: list  # [(label, Cell)]
    longest: int

    ROW = 30
    LABEL_WIDTH = 270
    BAR_WIDTH = 280

    @property
    def height(self):
        return self.ROW * len(self.cells)

    @property
    def bars(self):
        bars = []
        for number, (label, cell) in enumerate(self.cells):
            width = round(self.BAR_WIDTH * (cell.count or 0) / self.longest) if self.longest else 0
            bars.append({"label": label, "cell": cell, "top": number * self.ROW, "width": width})
        return bars


@dataclass
class Table:
    """A chart's figures: one row per label, one column per series, as the chart and its data
    table show them and as the CSV and JSON give them."""

    slug: str
    title: str
    label_heading: str
    columns: list  # [(key, heading)]
    rows: list  # [(label, {key: Cell})]
    percentages: tuple = ()  # the keys of columns that are shares out of 100

    @property
    def lines(self):
        """The data table's rows: (label, [cell for each column])."""
        return [(label, [cells[key] for key, _heading in self.columns]) for label, cells in self.rows]

    @property
    def charts(self):
        """One bar chart per column, leaving out the rows it has no figure for."""
        charts = []
        for number, (key, heading) in enumerate(self.columns, start=1):
            cells = [(label, cells[key]) for label, cells in self.rows if cells[key] is not NONE]
            longest = 100 if key in self.percentages else max((cell.count or 0 for _label, cell in cells), default=0)
            charts.append(Chart(f"{self.slug}-{number}", heading, cells, longest))
        return charts

    def as_records(self):
        """Flat rows for CSV and JSON: label, series, figure (None when withheld), as shown. A
        figure that does not apply (the table's "-") is left out: it is not a nought."""
        return [
            {"label": str(label), "series": str(heading), "figure": cells[key].count, "shown": str(cells[key].shown)}
            for label, cells in self.rows
            for key, heading in self.columns
            if cells[key] is not NONE
        ]


# A way nobody can use for that kind of answer (an event is not a way to give quick feedback).
NONE = Cell(0, "-")


def _month_range(today):
    months = months_back(today)
    return months, months[0], today.replace(day=1)


def _midnight(day):
    """The moment a UK day begins, so a response just after midnight counts in its own month."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def _by_month(queryset, field, months):
    """{first day of the month: how many} of `queryset`'s rows, dated by `field`."""
    counts = dict.fromkeys(months, 0)
    for month, n in queryset.annotate(month=TruncMonth(field)).values_list("month").annotate(n=Count("pk")):
        # TruncMonth gives a date on some databases and a datetime on others.
        counts[month.date() if isinstance(month, datetime.datetime) else month] += n
    return counts


def participation(today):
    """How many consultation responses, forum posts, published patient stories and quick-feedback
    answers we had each month."""
    months, start, end = _month_range(today)
    start_at, end_at = _midnight(start), _midnight(end)
    responses = ConsultationResponse.objects.filter(submit_time__gte=start_at, submit_time__lt=end_at)
    posts = Post.objects.filter(status=Status.PUBLISHED, deleted_at=None, submit_date__gte=start_at)
    feedback = QuickFeedback.objects.filter(given_on__gte=start, given_on__lt=end)
    stories = Story.objects.published().filter(told_at__gte=start_at, told_at__lt=end_at)
    series = [
        ("responses", _("Consultation responses"), _by_month(responses, "submit_time", months)),
        ("posts", _("Forum posts"), _by_month(posts.filter(submit_date__lt=end_at), "submit_date", months)),
        ("stories", _("Patient stories"), _by_month(stories, "told_at", months)),
        ("feedback", _("Quick feedback"), _by_month(feedback, "given_on", months)),
    ]
    rows = [
        (date_format(month, "F Y"), {key: people(counts[month]) for key, _heading, counts in series})
        for month in months
    ]
    return Table(
        "participation-by-month",
        _("Responses, forum posts, patient stories and quick feedback, month by month"),
        _("Month"),
        [(key, heading) for key, heading, _counts in series],
        rows,
    )


def channels(today):
    """How consultation responses and quick feedback reached us in the 12 months."""
    _months, start, end = _month_range(today)
    start_at, end_at = _midnight(start), _midnight(end)
    responses = Counter(
        dict(
            ConsultationResponse.objects.filter(submit_time__gte=start_at, submit_time__lt=end_at)
            .values_list("channel")
            .annotate(n=Count("pk"))
        )
    )
    feedback = Counter(
        dict(
            QuickFeedback.objects.filter(given_on__gte=start, given_on__lt=end)
            .values_list("channel")
            .annotate(n=Count("pk"))
        )
    )
    rows = [(channel.label, {"responses": people(responses[channel.value])}) for channel in ResponseChannel]
    rows += [(channel.label, {"feedback": people(feedback[channel.value])}) for channel in FeedbackChannel]
    return Table(
        "channels",
        _("How people reached us in the last 12 months"),
        _("Way"),
        [("responses", _("Consultation responses")), ("feedback", _("Quick feedback"))],
        [
            (label, {"responses": cells.get("responses", NONE), "feedback": cells.get("feedback", NONE)})
            for label, cells in rows
        ],
    )


def feedback_scores(today):
    """Each service's quick-feedback results for the 12 months, as its own page publishes them."""
    rows = []
    for service in Service.objects.order_by("name"):
        _months, year = service_results(service, today)
        rows.append(
            (
                service.name,
                {
                    "answers": people(year.total),
                    "good": share(year.positive_percent),
                    "poor": share(year.negative_percent),
                },
            )
        )
    return Table(
        "feedback-by-service",
        _("Quick feedback on each service in the last 12 months"),
        _("Service"),
        [("answers", _("People who answered")), ("good", _("Good")), ("poor", _("Poor"))],
        rows,
        percentages=("good", "poor"),
    )


def _story_cell(count, raw):
    """A count from stories/figures.py: `count` is None where it is withheld, because it is
    too few or because it would give a smaller one away."""
    if count is not None:
        return people(count)
    return Cell(None, published_count(raw) if too_few(raw) else _("not shown"))


def stories(today):
    """What became of every patient story published so far: the figure the stories page shows."""
    figure = change_share()
    raw = figure.counts
    published = people(figure.total)
    rows = [
        (_("Published"), {"count": published, "share": NONE}),
        (_("Answered by the service"), {"count": _story_cell(figure.answered, raw["answered"]), "share": NONE}),
        (_("Change planned"), {"count": _story_cell(figure.planned, raw["planned"]), "share": NONE}),
        (
            _("Change made"),
            {"count": _story_cell(figure.made, raw["made"]), "share": share(figure.percent_made)},
        ),
    ]
    return Table(
        "stories",
        _("Patient stories and what changed, since we began"),
        _("What happened"),
        [("count", _("Stories")), ("share", _("Share of published stories that led to a change"))],
        rows,
        percentages=("share",),
    )


def actions(today):
    """What happened to the actions we promised in every published "you said, we did"."""
    counts = Counter(dict(OutcomeTheme.objects.filter(page__live=True).values_list("status").annotate(n=Count("pk"))))
    return Table(
        "actions-by-status",
        _("What we did about what people told us"),
        _("Progress"),
        [("count", _("Actions"))],
        [(status.label, {"count": things(counts[status.value])}) for status in ActionStatus],
    )


def people_bank(today):
    """How many people in the People Bank want to help with each topic, as they are today.
    Someone who ticked no topic is asked about every one, so they have a row of their own."""
    active = Entry.objects.active()
    counts = dict(active.filter(topics__isnull=False).values_list("topics").annotate(n=Count("pk", distinct=True)))
    rows = [(topic.name, {"count": people(counts.get(topic.pk, 0))}) for topic in Topic.objects.order_by("name")]
    rows.append((_("Any topic (they chose none)"), {"count": people(active.filter(topics__isnull=True).count())}))
    return Table(
        "people-bank-by-topic",
        _("People in our People Bank, by what they want to help with"),
        _("Topic"),
        [("count", _("People"))],
        rows,
    )


SECTIONS = [participation, channels, feedback_scores, stories, actions, people_bank]


def dashboard(today=None):
    """Every table of the dashboard, in the page's order."""
    today = today or timezone.localdate()
    return [section(today) for section in SECTIONS]


def period(today=None):
    months = months_back(today or timezone.localdate())
    return months[0], months[-1]
