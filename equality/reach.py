"""The reach report: who filled in the equality form, question by question, beside the local
population, with the groups we under-represent marked.

Only counts come out, protected as every count of people on this site is (core/small_numbers.py):
a count under 5 is shown as "fewer than 5", and enough other counts are hidden with it that it
cannot be worked out by subtraction, within a question and between a broad ethnic group and the
groups in it.

Engagement leads can see each occasion's table (a consultation, signing up) and the table of all
of them together, for a year or for any time, so the tables of one period are protected
together: an occasion with too few forms to show is counted with another, and a count that one
occasion's table hides alone is hidden in a second one too. Otherwise the overall table, less
the other occasions' tables, would give it away. Tables of different periods are not protected
against each other (a year's against "any time"): the report is for staff with the permission,
never published, and its CSV should be shared only as a whole.

Shares are of everyone who filled in the form for the selection, counting those who chose
"Prefer not to say" or left a question out, because that count too may be hidden. So when many
people do not answer a question, every group looks smaller: the report says so.
"""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db.models import Count, Min
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.small_numbers import published_count, too_few, withhold

from .models import AnswerSet, LocalPopulation, Occasion
from .questions import PREFER_NOT_TO_SAY, QUESTIONS

DID_NOT_SAY = "did_not_say"
DID_NOT_SAY_LABEL = gettext_lazy("Prefer not to say, or left out")

# What the report says of a group, by how many took part against its share of the population.
UNDER_REPRESENTED, REACHED, TOO_FEW_TO_TELL = "under", "reached", "too_few"
REACH_LABELS = {
    UNDER_REPRESENTED: gettext_lazy("Under-represented"),
    REACHED: gettext_lazy("Reached"),
    TOO_FEW_TO_TELL: gettext_lazy("Too few to tell"),
}


def percent(part, whole):
    """A share to one decimal place, as the population figures are entered."""
    return (Decimal(100) * part / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass
class Row:
    key: str  # "question:answer"; the same key as the group's population share
    label: str
    count: int
    total: int  # everyone who filled in the form for the selection
    depth: int = 0  # 1 for a group inside a broad ethnic group
    heading: bool = False  # a broad ethnic group, whose own groups follow it
    population: Decimal | None = None
    threshold: int = 80  # under-represented below this percentage of the population share
    withheld: bool = False

    @property
    def shown(self):
        if self.withheld and not too_few(self.count):
            return _("not shown")
        return published_count(self.count)

    @property
    def share(self):
        return None if self.withheld else percent(self.count, self.total)

    @property
    def reach(self):
        """Whether the group took part in line with its share of the population. A count shown
        as "fewer than 5" is judged only where anything from 1 to 4 gives the same answer, so the
        verdict tells nothing the table does not; a count hidden to protect another is not
        judged at all."""
        if self.population is None:
            return ""
        bar = self.population * self.threshold / 100
        if not self.withheld:
            return UNDER_REPRESENTED if self.share < bar else REACHED
        if too_few(self.count):
            if percent(settings.RESULTS_MIN_COUNT - 1, self.total) < bar:
                return UNDER_REPRESENTED
            if percent(1, self.total) >= bar:
                return REACHED
        return TOO_FEW_TO_TELL

    @property
    def reach_label(self):
        return str(REACH_LABELS.get(self.reach, ""))


@dataclass
class Table:
    question: object  # questions.Question
    rows: list


@dataclass
class ReachReport:
    total: int
    tables: list
    population: LocalPopulation
    counted_with: list = field(default_factory=list)  # occasions counted with the one chosen
    as_of: datetime.datetime = field(default_factory=timezone.now)

    @property
    def hidden(self):
        """Too few forms to show anything about the people who sent them."""
        return self.total < settings.RESULTS_MIN_COUNT

    @property
    def total_shown(self):
        return published_count(self.total)

    @property
    def under_represented(self):
        return [
            (table.question.topic, row) for table in self.tables for row in table.rows if row.reach == UNDER_REPRESENTED
        ]


def _cells(question, answers):
    """The counts of one question's table in the report's order, from a Counter of stored
    answers, with the sums they make: [(key, label, depth, count)], [(total, parts)]."""

    def key(value):
        return f"{question.name}:{value}"

    grouped = {member for group in question.groups for member in group.members}
    labels = dict(question.answers)
    cells, top, sums = [], [], []
    for group in question.groups:
        cells.append((key(group.code), group.label, 0, sum(answers[member] for member in group.members)))
        cells += [(key(member), labels[member], 1, answers[member]) for member in group.members]
        sums.append((key(group.code), [key(member) for member in group.members]))
        top.append(key(group.code))
    for value, label in question.answers:
        if value not in grouped:
            cells.append((key(value), label, 0, answers[value]))
            top.append(key(value))
    # One row for everyone who did not say: two small rows would hide more than one.
    cells.append((key(DID_NOT_SAY), DID_NOT_SAY_LABEL, 0, answers[PREFER_NOT_TO_SAY] + answers[""]))
    sums.insert(0, (None, [*top, key(DID_NOT_SAY)]))
    return cells, sums


def _is_heading(question, key):
    return key in {f"{question.name}:{group.code}" for group in question.groups}


class _PartTable:
    """The counts for a question of one part of the period's forms (an occasion, or occasions
    counted together), and the cells its table hides."""

    def __init__(self, question, answers, total):
        self.cells, self.sums = _cells(question, answers)
        self.counts = {key: count for key, _label, _depth, count in self.cells}
        self.shown = not too_few(total) and total > 0
        self.hidden = self.protect()

    def protect(self, also=()):
        """Hidden cells; every cell while the table is too small to show at all (even a nought,
        which the reader cannot know is one)."""
        if not self.shown:
            return set(self.counts)
        return withhold(self.counts, self.sums, also)


def _parts(totals):
    """The occasions, each on its own if it has enough forms to show; those that have too few
    are counted together, with the next smallest if need be, so that every part can be shown.
    (A part too small to show would be given away by the overall table less the others.)"""
    by_size = sorted(totals, key=lambda pk: (totals[pk], pk))
    parts = [[pk] for pk in by_size if not too_few(totals[pk])]
    few = [pk for pk in by_size if too_few(totals[pk])]
    if few:
        while too_few(sum(totals[pk] for pk in few)) and parts:
            few += parts.pop(0)
        parts.append(few)
    return parts


def _protect_together(tables):
    """Hide counts in the parts' tables until none hides a count that no other hides too.
    Otherwise the table for every occasion together, less the others' shown counts, would give
    that count away. The extra count is hidden in the table with the smallest one (so the
    overall table keeps its figures), and that table then protects it in turn."""
    while True:
        hiders = defaultdict(list)
        for table in tables:
            for key in table.hidden:
                hiders[key].append(table)
        alone = [key for key, hiding in hiders.items() if len(hiding) == 1]
        if not alone:
            return
        key = alone[0]
        others = [table for table in tables if table.shown and key not in table.hidden]
        if not others:
            return  # no other table shows it: nothing to subtract from the overall one
        helper = min(others, key=lambda table: (table.counts[key] == 0, table.counts[key]))
        helper.hidden = helper.protect(helper.hidden | {key})


def financial_year_bounds(year):
    """The first months of the financial year starting in April of `year` and of the next."""
    return datetime.date(year, 4, 1), datetime.date(year + 1, 4, 1)


def answer_sets_for(year=None):
    answer_sets = AnswerSet.objects.all()
    if year is not None:
        first, after = financial_year_bounds(year)
        answer_sets = answer_sets.filter(month__gte=first, month__lt=after)
    return answer_sets


def financial_years():
    """Every financial year with answers in it, newest first, by the year it starts in."""
    first = AnswerSet.objects.aggregate(first=Min("month"))["first"]
    if first is None:
        return []
    today = timezone.localdate()
    start = first.year if first.month >= 4 else first.year - 1
    end = today.year if today.month >= 4 else today.year - 1
    return list(range(end, start - 1, -1))


def _added(by_occasion, pks):
    return sum((by_occasion[pk] for pk in pks), Counter())


def build_reach_report(occasion=None, year=None):
    """The report for one occasion or all of them, in a financial year or at any time, in one
    query per question however many forms came back. The tables of every part of the period's
    forms are protected together, whichever is shown."""
    answer_sets = answer_sets_for(year)
    totals = Counter(dict(answer_sets.order_by().values_list("occasion").annotate(n=Count("pk"))))
    parts = _parts(totals)
    part = next((part for part in parts if occasion.pk in part), [occasion.pk]) if occasion else None
    total = sum(totals[pk] for pk in part) if part else sum(totals.values())
    population = LocalPopulation.load()
    shares = {share.group: share.percent for share in population.shares.all()}

    tables = []
    for question in QUESTIONS:
        by_occasion = defaultdict(Counter)
        for occasion_id, value, count in (
            answer_sets.order_by().values_list("occasion", question.name).annotate(n=Count("pk"))
        ):
            by_occasion[occasion_id][value] = count
        part_tables = [_PartTable(question, _added(by_occasion, pks), sum(totals[pk] for pk in pks)) for pks in parts]
        _protect_together(part_tables)
        if part is not None:
            table = part_tables[parts.index(part)] if part in parts else _PartTable(question, Counter(), 0)
            hidden = table.hidden
        else:
            table = _PartTable(question, _added(by_occasion, totals), total)
            hidden = table.protect({key for key in table.counts if sum(key in t.hidden for t in part_tables) == 1})
        rows = [
            Row(
                key=key,
                label=label,
                count=count,
                total=total,
                depth=depth,
                heading=_is_heading(question, key),
                population=shares.get(key),
                threshold=population.under_represented_below,
                withheld=key in hidden,
            )
            for key, label, depth, count in table.cells
        ]
        tables.append(Table(question=question, rows=rows))
    counted_with = list(Occasion.objects.filter(pk__in=part).exclude(pk=occasion.pk)) if part else []
    return ReachReport(total=total, tables=tables, population=population, counted_with=counted_with)


def csv_rows(report, described):
    """The report as rows for a spreadsheet: the same counts, hidden the same way."""
    yield [
        _("Question"),
        _("Group"),
        _("People"),
        _("Share of the people who took part (%)"),
        _("Share of the local population (%)"),
        _("Reach"),
    ]
    yield [_("Everyone"), described, report.total_shown, "", "", ""]
    if report.hidden:
        return
    for table in report.tables:
        for row in table.rows:
            share = "" if row.share is None else str(row.share)
            population = "" if row.population is None else str(row.population)
            yield [str(table.question.topic), str(row.label), row.shown, share, population, row.reach_label]
