"""A published summary of a consultation's results: who answered, how, and what they chose."""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count

from .models import Channel


@dataclass
class Bar:
    label: str
    count: int
    percent: int


@dataclass
class QuestionResult:
    question: str
    answered: int
    bars: list = field(default_factory=list)
    allows_many: bool = False


@dataclass
class Results:
    total: int
    by_channel: list
    questions: list


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
        question_results.append(
            QuestionResult(
                question=question.label,
                answered=answered[name],
                bars=_bars(tallies[name], answered[name], options),
                allows_many=question.field_type == "checkboxes",
            )
        )
    return Results(total=total, by_channel=by_channel, questions=question_results)
