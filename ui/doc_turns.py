"""Styling that comes from a document's structure, under the coding highlights:
speaker labels bold, interviewer turns muted, mystery-shopping checklist lines
on a faint band.

Where a speaker label starts is found in the text only when its block is
about to be painted, so a transcript of thousands of turns opens without
looking at each of them. Positions are UTF-16, converted by the document's map.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from workbench.model import ChecklistItem, Turn

# Kinds of styling.
SPEAKER, SPEAKER_ASKING, TIMESTAMP, ASKING, CHECKLIST = range(5)

_LABEL_MAX = 80  # a speaker label is short ("[00:01:23] Haastattelija: ")
_TIMESTAMP = re.compile(r"\s*\[[^\]\n]{1,24}\]\s*|\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s+")

Range = tuple[int, int, int]  # start, end (UTF-16), kind


class TurnStyling:
    """Turn and checklist ranges of one document, looked up per block."""

    def __init__(
        self,
        text: str,
        to16: Callable[[int], int],
        turns: list[Turn],
        checklist: list[ChecklistItem],
    ) -> None:
        self._text = text
        self._to16 = to16
        self._turns = sorted(turns, key=lambda t: t.start)
        self._starts = [to16(t.start) for t in self._turns]
        self._ranges: dict[int, list[Range]] = {}  # turn index -> its ranges, once seen
        items = sorted(
            (c for c in checklist if c.start is not None and c.end is not None),
            key=lambda c: c.start or 0,
        )
        self.checklist = [(to16(c.start or 0), to16(c.end or 0), c) for c in items]
        self._checklist_starts = [c[0] for c in self.checklist]

    def ranges(self, lo: int, hi: int) -> list[Range]:
        """Styling ranges overlapping ``[lo, hi)``, in order."""
        found: list[Range] = []
        # a label precedes its turn's start on the same line, so look a little further
        first = max(0, bisect_right(self._starts, lo) - 1)
        last = bisect_left(self._starts, hi + _LABEL_MAX)
        for i in range(first, last):
            found += [r for r in self._turn_ranges(i) if r[0] < hi and r[1] > lo]
        i = max(0, bisect_right(self._checklist_starts, lo) - 1)
        while i < len(self.checklist) and self.checklist[i][0] < hi:
            start, end, _ = self.checklist[i]
            if end > lo:
                found.append((start, end, CHECKLIST))
            i += 1
        return found

    def checklist_at(self, position: int) -> ChecklistItem | None:
        """The checklist line holding UTF-16 ``position``, if any."""
        i = bisect_right(self._checklist_starts, position) - 1
        if i >= 0 and position < self.checklist[i][1]:
            return self.checklist[i][2]
        return None

    def _turn_ranges(self, i: int) -> list[Range]:
        cached = self._ranges.get(i)
        if cached is not None:
            return cached
        turn, text, to16 = self._turns[i], self._text, self._to16
        asking = turn.role == "interviewer"
        ranges: list[Range] = []
        line_start = text.rfind("\n", 0, turn.start) + 1
        label = text[line_start : turn.start]
        if 0 < len(label) <= _LABEL_MAX and label.rstrip().endswith(":"):
            stamp = _TIMESTAMP.match(label)
            speaker = line_start + (stamp.end() if stamp else 0)
            if speaker > line_start:
                ranges.append((to16(line_start), to16(speaker), TIMESTAMP))
            ranges.append((to16(speaker), to16(turn.start), SPEAKER_ASKING if asking else SPEAKER))
        if asking and turn.start < turn.end:
            ranges.append((to16(turn.start), to16(min(turn.end, len(text))), ASKING))
        self._ranges[i] = ranges
        return ranges
