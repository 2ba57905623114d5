"""Where coded segments lie in the shown text, arranged for drawing (no Qt here).

Two structures, both built in O(n log n) from the segments of one document and
both updated in place when a few segments change, so coding one more passage
on a 2 MB transcript with thousands of segments never recomputes everything:

* :class:`Pieces` — the text cut at every segment boundary into maximal runs
  covered by the same segments (a boundary sweep). The highlighter colours a
  run by the codes of its segments; hover and clicks look up a run by bisect.
* :class:`Lanes` — the coding stripes beside the text: every (segment, code)
  pair gets the lowest lane free along its span (greedy colouring of an
  interval graph, which uses as few lanes as the deepest overlap needs).

Positions are whatever unit the caller uses consistently; the view uses
Qt's UTF-16 units.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Cover = tuple[int, ...]  # ids of the segments covering a run, ascending


@dataclass(frozen=True, slots=True)
class Mark:
    """One segment as the view draws it."""

    segment_id: int
    start: int
    end: int
    code_ids: tuple[int, ...]


def sweep(
    marks: Iterable[Mark], lo: int = 0, hi: int | None = None
) -> list[tuple[int, int, Cover]]:
    """The runs of ``[lo, hi)`` covered by at least one mark, each with the ids of the
    marks covering it; touching runs always differ in cover."""
    events: list[tuple[int, int, int]] = []
    for m in marks:
        start = max(m.start, lo)
        end = m.end if hi is None else min(m.end, hi)
        if start < end:
            events.append((start, 1, m.segment_id))
            events.append((end, 0, m.segment_id))
    events.sort()  # at one position, ends (0) come before starts (1)
    active: dict[int, None] = {}
    runs: list[tuple[int, int, Cover]] = []
    previous = 0
    for position, is_start, segment_id in events:
        if active and position > previous:
            runs.append((previous, position, tuple(sorted(active))))
        if is_start:
            active[segment_id] = None
        else:
            del active[segment_id]
        previous = position
    return runs


class Pieces:
    """Sorted, disjoint runs of coded text (parallel lists, for bisect)."""

    __slots__ = ("covers", "ends", "starts")

    def __init__(self, runs: Iterable[tuple[int, int, Cover]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.covers: list[Cover] = []
        for start, end, cover in runs:
            self.starts.append(start)
            self.ends.append(end)
            self.covers.append(cover)

    @classmethod
    def build(cls, marks: Iterable[Mark]) -> Pieces:
        return cls(sweep(marks))

    def __len__(self) -> int:
        return len(self.starts)

    def runs(self) -> list[tuple[int, int, Cover]]:
        return list(zip(self.starts, self.ends, self.covers, strict=True))

    def between(self, lo: int, hi: int) -> range:
        """Indices of the runs overlapping ``[lo, hi)``."""
        first = bisect_right(self.ends, lo)
        return range(first, max(first, bisect_left(self.starts, hi)))

    def at(self, position: int) -> Cover:
        """Ids of the segments covering the character at ``position``."""
        i = bisect_right(self.starts, position) - 1
        if i >= 0 and position < self.ends[i]:
            return self.covers[i]
        return ()

    def rebuild(self, lo: int, hi: int, marks: Iterable[Mark]) -> None:
        """Recompute the runs inside ``[lo, hi)`` from ``marks`` (all marks, or at least
        every mark overlapping the span); the runs outside stay as they are."""
        if lo >= hi:
            return
        span = self.between(lo, hi)
        first, last = span.start, span.stop
        new = sweep((m for m in marks if m.start < hi and m.end > lo), lo, hi)
        if first < last and self.starts[first] < lo:  # a run straddling lo keeps its left part
            new.insert(0, (self.starts[first], lo, self.covers[first]))
        if first < last and self.ends[last - 1] > hi:  # ... and one straddling hi its right part
            new.append((hi, self.ends[last - 1], self.covers[last - 1]))
        # Re-join runs that the cut at lo or hi split but that still share a cover.
        if first > 0 and new and (self.ends[first - 1], self.covers[first - 1]) == new[0][::2]:
            first -= 1
            new[0] = (self.starts[first], new[0][1], new[0][2])
        if (
            last < len(self.starts)
            and new
            and (self.starts[last], self.covers[last]) == new[-1][1:]
        ):
            new[-1] = (new[-1][0], self.ends[last], new[-1][2])
            last += 1
        merged: list[tuple[int, int, Cover]] = []
        for run in new:
            if merged and merged[-1][1] == run[0] and merged[-1][2] == run[2]:
                merged[-1] = (merged[-1][0], run[1], run[2])
            else:
                merged.append(run)
        self.starts[first:last] = [r[0] for r in merged]
        self.ends[first:last] = [r[1] for r in merged]
        self.covers[first:last] = [r[2] for r in merged]


Stripe = tuple[int, int, int, int]  # (start, end, segment id, code id)


class Lanes:
    """Which lane each (segment, code) stripe takes; overlapping stripes never share one."""

    __slots__ = ("_longest", "count", "lane", "stripes")

    def __init__(self) -> None:
        self.stripes: list[Stripe] = []  # sorted
        self.lane: dict[tuple[int, int], int] = {}
        self.count = 0
        self._longest = 0

    @classmethod
    def build(cls, marks: Iterable[Mark]) -> Lanes:
        """Greedy colouring in start order: optimal for intervals, O(n log n)."""
        lanes = cls()
        lanes.stripes = sorted((m.start, m.end, m.segment_id, c) for m in marks for c in m.code_ids)
        busy: list[tuple[int, int]] = []  # (end, lane)
        free: list[int] = []
        for start, end, segment_id, code_id in lanes.stripes:
            while busy and busy[0][0] <= start:
                heapq.heappush(free, heapq.heappop(busy)[1])
            if free:
                lane = heapq.heappop(free)
            else:
                lane = lanes.count
                lanes.count += 1
            heapq.heappush(busy, (end, lane))
            lanes.lane[(segment_id, code_id)] = lane
            lanes._longest = max(lanes._longest, end - start)
        return lanes

    def overlapping(self, lo: int, hi: int) -> list[tuple[Stripe, int]]:
        """The stripes overlapping ``[lo, hi)`` with their lanes."""
        first = bisect_left(self.stripes, (lo - self._longest,))
        last = bisect_left(self.stripes, (hi,))
        return [(s, self.lane[(s[2], s[3])]) for s in self.stripes[first:last] if s[1] > lo]

    def add(self, mark: Mark) -> None:
        """Give the mark's stripes the lowest lanes free along it; others keep theirs,
        so stripes never jump while one is coding."""
        taken = {lane for _, lane in self.overlapping(mark.start, mark.end)}
        for code_id in mark.code_ids:
            lane = 0
            while lane in taken:
                lane += 1
            taken.add(lane)
            self.lane[(mark.segment_id, code_id)] = lane
            insort(self.stripes, (mark.start, mark.end, mark.segment_id, code_id))
            self.count = max(self.count, lane + 1)
        self._longest = max(self._longest, mark.end - mark.start)

    def remove(self, mark: Mark) -> None:
        for code_id in mark.code_ids:
            stripe = (mark.start, mark.end, mark.segment_id, code_id)
            i = bisect_left(self.stripes, stripe)
            if i < len(self.stripes) and self.stripes[i] == stripe:
                del self.stripes[i]
            self.lane.pop((mark.segment_id, code_id), None)
        self.count = max(self.lane.values(), default=-1) + 1


def is_valid_lanes(lanes: Lanes) -> bool:
    """True when no two overlapping stripes share a lane (for tests and assertions)."""
    last_end: dict[int, int] = {}
    for start, end, segment_id, code_id in lanes.stripes:
        lane = lanes.lane[(segment_id, code_id)]
        if last_end.get(lane, start) > start:
            return False
        last_end[lane] = max(last_end.get(lane, end), end)
    return True


def shortest(cover: Sequence[int], marks: dict[int, Mark]) -> int | None:
    """The innermost (shortest) of the covering segments: what a click means."""
    return min(cover, key=lambda s: (marks[s].end - marks[s].start, s), default=None)
