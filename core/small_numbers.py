"""Counts of people as we publish them: a small count can point at someone.

"1 person answered" beside "Thursday 100%" tells a neighbour how that person answered. So a
count from 1 up to `settings.RESULTS_MIN_COUNT` is shown as "fewer than 5". Consultation
results, the engagement report and the equality reach report all follow this rule."""

from django.conf import settings
from django.utils.formats import number_format
from django.utils.translation import gettext as _


def too_few(count):
    """True for a count of people small enough to point at someone. Nobody points at nobody."""
    return 0 < count < settings.RESULTS_MIN_COUNT


def published_count(count):
    """A count of people as we publish it: "1,134", or "fewer than 5"."""
    if too_few(count):
        return _("fewer than %(threshold)s") % {"threshold": number_format(settings.RESULTS_MIN_COUNT)}
    return number_format(count, force_grouping=True)


def withhold(counts, sums, also=()):
    """The keys of the counts to hide, so that none of them can be worked out from the rest.

    `counts` maps each cell of a table to its count of people. `sums` says how the cells add
    up, as (total, parts) pairs; a total of None stands for the table's published total, which
    is never hidden. A cell is hidden when it is too few, or is named in `also`. Then wherever
    exactly one cell of a sum is hidden, subtraction would give it away, so the smallest other
    part that is not nought is hidden as well (or, with no such part, the sum itself), until
    no sum has a lone hidden cell. This protects one table; a table that adds up others must
    also hide what one of them alone hides (pass those in `also`)."""
    hidden = {key for key, count in counts.items() if too_few(count)} | set(also)
    changed = True
    while changed:
        changed = False
        for total, parts in sums:
            cells = [*parts] if total is None else [*parts, total]
            if sum(cell in hidden for cell in cells) != 1:
                continue
            others = [part for part in parts if part not in hidden and counts[part]]
            if others:
                hidden.add(min(others, key=lambda part: counts[part]))
                changed = True
            elif total is not None:
                hidden.add(total)
                changed = True
    return hidden
