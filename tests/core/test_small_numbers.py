"""Hiding small counts of people, and the counts that would give them away by subtraction."""

from hypothesis import given, settings
from hypothesis import strategies as st

from core.small_numbers import published_count, too_few, withhold


def test_small_counts_are_published_as_fewer_than_5():
    assert [too_few(n) for n in (0, 1, 4, 5)] == [False, True, True, False]
    assert published_count(3) == "fewer than 5"
    assert published_count(1234) == "1,234"


def test_a_lone_small_count_takes_the_smallest_other_count_with_it():
    counts = {"a": 3, "b": 40, "c": 12, "d": 0}
    # Published total 55: with only "a" hidden, 55 - 40 - 12 - 0 would give it away.
    assert withhold(counts, [(None, ["a", "b", "c", "d"])]) == {"a", "c"}


def test_two_small_counts_protect_each_other():
    assert withhold({"a": 3, "b": 2, "c": 40}, [(None, ["a", "b", "c"])]) == {"a", "b"}


def test_a_hidden_group_inside_a_shown_subtotal_is_protected_at_both_levels():
    # Broad group "g" (subtotal 23) holds g1, g2, g3; the table's total holds g and h.
    counts = {"g": 23, "g1": 2, "g2": 6, "g3": 15, "h": 30}
    hidden = withhold(counts, [(None, ["g", "h"]), ("g", ["g1", "g2", "g3"])])
    assert hidden == {"g1", "g2"}


def test_a_subtotal_hidden_for_another_table_hides_one_of_its_parts_too():
    counts = {"g": 23, "g1": 8, "g2": 15, "h": 30, "i": 40}
    hidden = withhold(counts, [(None, ["g", "h", "i"]), ("g", ["g1", "g2"])], also={"g"})
    # "g" hidden alone at the top would be 93 - 30 - 40, so "h" goes with it; inside "g", its
    # two shown parts would add up to it, so the smaller goes too. Three unknowns, two sums.
    assert hidden == {"g", "h", "g1"}


def _table():
    """A question's counts: top-level cells, some of them broad groups with their own parts."""
    parts = st.lists(st.integers(min_value=0, max_value=30), min_size=1, max_size=5)
    return st.lists(st.one_of(st.integers(min_value=0, max_value=60), parts), min_size=2, max_size=8)


@settings(max_examples=300, deadline=None)
@given(_table(), st.data())
def test_no_sum_is_ever_left_with_a_single_hidden_count(table, data):
    counts, sums, top = {}, [], []
    for index, cell in enumerate(table):
        key = f"c{index}"
        top.append(key)
        if isinstance(cell, list):
            parts = [f"{key}.{n}" for n in range(len(cell))]
            counts.update(zip(parts, cell, strict=True))
            counts[key] = sum(cell)
            sums.append((key, parts))
        else:
            counts[key] = cell
    sums.insert(0, (None, top))
    counted = sorted(key for key, count in counts.items() if count)
    also = data.draw(st.sets(st.sampled_from(counted))) if counted else set()

    hidden = withhold(counts, sums, also)

    assert {key for key, count in counts.items() if too_few(count)} | also <= hidden
    for total, parts in sums:
        cells = parts if total is None else [*parts, total]
        alone = [cell for cell in cells if cell in hidden]
        if len(alone) == 1:
            # Only where nothing else could hide: the cell is the whole published total.
            assert total is None and not any(counts[part] for part in parts if part != alone[0])
