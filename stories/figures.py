"""The figure the stories page and the insight dashboard publish: how many stories were
answered and how many led to a change. Counts of stories are counts of people, so small ones
are withheld (core/small_numbers.py), together with whatever would give them away."""

from dataclasses import dataclass

from django.db.models import Count, Q

from core.small_numbers import too_few, withhold

from .models import Change, Story


@dataclass(frozen=True)
class ChangeShare:
    total: int
    answered: int | None  # None: withheld
    made: int | None
    planned: int | None
    percent_made: int | None
    counts: dict  # every count as it is, for saying why one is withheld; never published

    @property
    def too_few_stories(self):
        return too_few(self.total)


def change_share():
    """Of the published stories, how many were answered, how many led to a change made, and how
    many to one planned. The share is of all published stories, answered or not: a story
    nobody answered changed nothing yet."""
    counts = Story.objects.published().aggregate(
        total=Count("pk"),
        answered=Count("response"),
        made=Count("pk", filter=Q(response__change=Change.MADE)),
        planned=Count("pk", filter=Q(response__change=Change.PLANNED)),
    )
    total, answered = counts["total"], counts["answered"]
    # The published parts add up to the answered and the total, so each sum is checked.
    cells = {
        "answered": answered,
        "made": counts["made"],
        "planned": counts["planned"],
        "unchanged": answered - counts["made"] - counts["planned"],
        "unanswered": total - answered,
    }
    sums = [(None, ["answered", "unanswered"]), ("answered", ["made", "planned", "unchanged"])]
    hidden = set(cells) if too_few(total) else withhold(cells, sums)
    made = None if "made" in hidden else cells["made"]
    return ChangeShare(
        total=total,
        answered=None if "answered" in hidden else answered,
        made=made,
        planned=None if "planned" in hidden else cells["planned"],
        percent_made=round(100 * made / total) if made is not None and total else None,
        counts=counts,
    )
