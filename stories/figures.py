"""The figure the stories page publishes: how many stories led to a change. Counts of stories
are counts of people, so small ones are withheld (core/small_numbers.py)."""

from dataclasses import dataclass

from django.db.models import Count, Q

from core.small_numbers import too_few, withhold

from .models import Change, Story


@dataclass(frozen=True)
class ChangeShare:
    total: int
    made: int | None  # None: withheld
    planned: int | None
    percent_made: int | None

    @property
    def too_few_stories(self):
        return too_few(self.total)


def change_share():
    """Of the published stories, how many led to a change made, and how many to one planned.
    The share is of all published stories, answered or not: a story nobody answered changed
    nothing yet."""
    counts = Story.objects.published().aggregate(
        total=Count("pk"),
        made=Count("pk", filter=Q(response__change=Change.MADE)),
        planned=Count("pk", filter=Q(response__change=Change.PLANNED)),
    )
    total = counts["total"]
    cells = {"made": counts["made"], "planned": counts["planned"], "other": total - counts["made"] - counts["planned"]}
    hidden = set(cells) if too_few(total) else withhold(cells, [(None, list(cells))])
    made = None if "made" in hidden else cells["made"]
    return ChangeShare(
        total=total,
        made=made,
        planned=None if "planned" in hidden else cells["planned"],
        percent_made=round(100 * made / total) if made is not None and total else None,
    )
