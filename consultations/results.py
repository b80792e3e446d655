"""A published summary of a consultation's results: who answered, how, and what they chose.

Small numbers can point at someone: "1 person answered" beside "Thursday 100%" tells a
neighbour how that person answered. So a count of people from 1 up to the threshold
(`settings.RESULTS_MIN_COUNT`) is published as "fewer than 5", and a breakdown of fewer answers
than that is not shown at all. The engagement report uses the same rules."""

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count
from django.utils.translation import gettext as _

from core.small_numbers import published_count, too_few, withhold

from .models import Channel


@dataclass
class Bar:
    label: str
    count: int
    percent: int
    withheld: bool = False  # set by `protect`

    @property
    def too_few(self):
        return too_few(self.count)

    @property
    def shown(self):
        """The count as a table shows it."""
        if self.withheld and not self.too_few:
            return _("not shown")
        return published_count(self.count)


def protect(bars, *, exclusive):
    """Withhold every bar with too few people, as well as any already marked. Where each person
    is in one bar only (`exclusive`), the bars add up to the published total, so a lone withheld
    bar could be worked out from the others: `withhold` hides one more."""
    counts = {index: bar.count for index, bar in enumerate(bars)}
    already = {index for index, bar in enumerate(bars) if bar.withheld}
    hidden = withhold(counts, [(None, list(counts))] if exclusive else [], also=already)
    for index, bar in enumerate(bars):
        bar.withheld = index in hidden
    return bars


@dataclass
class QuestionResult:
    question: str
    answered: int
    bars: list = field(default_factory=list)
    allows_many: bool = False

    @property
    def hidden(self):
        """Too few answers to show how they split without pointing at someone."""
        return self.answered < settings.RESULTS_MIN_COUNT

    @property
    def adds_up_to_more_than_all(self):
        """True when someone did choose more than one answer, so the figures add up to more than 100%."""
        return sum(bar.count for bar in self.bars) > self.answered


@dataclass
class Results:
    total: int
    by_channel: list
    questions: list

    @property
    def hidden(self):
        return self.total < settings.RESULTS_MIN_COUNT


def percent(part, whole):
    return round(100 * part / whole) if whole else 0


def _bars(counts, total, labels):
    return [Bar(label, counts.get(label, 0), percent(counts.get(label, 0), total)) for label in labels]


def summarise_results(page):
    """Counts and percentages for the channel of every response and for each choice question.
    Two queries, whatever the number of responses."""
    responses = page.get_submissions()
    channel_counts = dict(responses.values_list("channel").annotate(n=Count("pk")).values_list("channel", "n"))
    total = sum(channel_counts.values())
    by_channel = [
        bar
        for bar in _bars(
            {Channel(key).label: n for key, n in channel_counts.items()}, total, [label for _, label in Channel.choices]
        )
        if bar.count
    ]

    questions = [question for question in page.get_form_fields() if question.is_choice]
    tallies = {question.clean_name: Counter() for question in questions}
    answered = Counter()
    for answers in responses.values_list("form_data", flat=True):
        for name, tally in tallies.items():
            value = answers.get(name)
            chosen = value if isinstance(value, list) else [value] if value else []
            if chosen:
                answered[name] += 1
            tally.update(chosen)

    question_results = []
    for question in questions:
        options = [option.strip() for option in question.choices.replace(",", "\n").splitlines() if option.strip()]
        name = question.clean_name
        allows_many = question.field_type == "checkboxes"
        question_results.append(
            QuestionResult(
                question=question.label,
                answered=answered[name],
                bars=protect(_bars(tallies[name], answered[name], options), exclusive=not allows_many),
                allows_many=allows_many,
            )
        )
    return Results(total=total, by_channel=protect(by_channel, exclusive=True), questions=question_results)
