"""The interval logic behind highlights and stripes (no widgets): the boundary
sweep, partial rebuilds, and lane assignment for overlapping segments."""

from __future__ import annotations

import random
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from ui.doc_marks import Lanes, Mark, Pieces, is_valid_lanes, sweep

# -- the interval logic (no widgets) ------------------------------------------------------

marks_strategy = st.lists(
    st.tuples(
        st.integers(0, 60),
        st.integers(1, 25),
        st.lists(st.integers(1, 4), min_size=1, max_size=3, unique=True),
    ),
    max_size=25,
)


def _marks(raw: list[tuple[int, int, list[int]]], first_id: int = 1) -> list[Mark]:
    return [Mark(first_id + i, s, s + n, tuple(sorted(c))) for i, (s, n, c) in enumerate(raw)]


def _cover_at(marks: list[Mark], position: int) -> tuple[int, ...]:
    return tuple(sorted(m.segment_id for m in marks if m.start <= position < m.end))


@given(marks_strategy)
def test_sweep_gives_exactly_the_covering_segments(raw: list[tuple[int, int, list[int]]]) -> None:
    marks = _marks(raw)
    pieces = Pieces.build(marks)
    for position in range(0, 90):
        assert pieces.at(position) == _cover_at(marks, position)
    for (_, end, cover), (start, _, next_cover) in pairwise(pieces.runs()):
        assert end < start or cover != next_cover  # canonical: touching runs differ


@given(marks_strategy, marks_strategy, st.data())
def test_rebuilding_a_span_equals_building_afresh(
    raw: list[tuple[int, int, list[int]]],
    added: list[tuple[int, int, list[int]]],
    data: st.DataObject,
) -> None:
    marks = _marks(raw)
    pieces = Pieces.build(marks)
    removed = data.draw(st.lists(st.sampled_from(marks), unique=True) if marks else st.just([]))
    new = _marks(added, first_id=1000)
    after = [m for m in marks if m not in removed] + new
    lo = min((m.start for m in removed + new), default=0)
    hi = max((m.end for m in removed + new), default=0)
    pieces.rebuild(lo, hi, after)
    assert pieces.runs() == Pieces.build(after).runs()


@given(marks_strategy, marks_strategy)
def test_lanes_never_overlap_and_are_as_few_as_the_deepest_overlap(
    raw: list[tuple[int, int, list[int]]], added: list[tuple[int, int, list[int]]]
) -> None:
    marks = _marks(raw)
    lanes = Lanes.build(marks)
    assert is_valid_lanes(lanes)
    depth = max(
        (sum(len(m.code_ids) for m in marks if m.start <= p < m.end) for p in range(90)), default=0
    )
    assert lanes.count == depth
    for mark in marks[::2]:
        lanes.remove(mark)
    for mark in _marks(added, first_id=1000):
        lanes.add(mark)
    assert is_valid_lanes(lanes)


def test_sweep_scales_n_log_n_on_thousands_of_overlaps() -> None:
    rng = random.Random(5)
    marks = []
    for i in range(4000):
        start = rng.randrange(0, 200_000)
        marks.append(Mark(i, start, start + rng.randrange(20, 800), (rng.randrange(50),)))
    runs = sweep(marks)
    assert len(runs) <= 2 * len(marks)
    assert is_valid_lanes(Lanes.build(marks))
