"""Placing REFI-QDA selection ranges on the text Teema stores.

The spec counts positions in code points, but NVivo counts UTF-16 units (an
emoji is two) and NVivo for Windows writes a BOM (not counted) and CRLF line
ends (counted as two). Teema stores text without the BOM and with LF, so a
range from another tool goes through two steps: interpret it on the raw text
(code points or UTF-16, decided per source by which reading keeps every range
inside the text and puts most of them on word boundaries), then move it onto
the normalised text by discounting the CR of every CRLF before it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from workbench.textpos import Utf16Map

BOM = "\ufeff"


def normalise(raw: str) -> str:
    """What Teema stores for a source text: no BOM, LF line ends, no NUL."""
    return raw.removeprefix(BOM).replace("\r\n", "\n").replace("\x00", "")


def _plausible(text: str, position: int) -> bool:
    """A range boundary a human would choose: not in the middle of a word."""
    if position <= 0 or position >= len(text):
        return True
    return not (text[position - 1].isalnum() and text[position].isalnum())


class SourcePositions:
    """Converts one source's selection ranges onto its normalised text."""

    def __init__(self, raw: str, ranges: Sequence[tuple[int, int]], origin: str = "") -> None:
        self.raw = raw.removeprefix(BOM).replace("\x00", "")
        self.text = normalise(raw)
        self._crs = [i for i in range(len(self.raw) - 1) if self.raw.startswith("\r\n", i)]
        u16 = Utf16Map(self.raw)
        readings: dict[str, Callable[[int], int]] = {"code points": self._cp}
        if u16.length_utf16 != u16.length:
            readings["UTF-16"] = u16.from_utf16
        prefer = "UTF-16" if "nvivo" in origin.lower() else "code points"
        self.unit, self._read = max(
            readings.items(), key=lambda item: (*self._score(item[1], ranges), item[0] == prefer)
        )

    def _cp(self, position: int) -> int:
        if not 0 <= position <= len(self.raw):
            raise IndexError(position)
        return position

    def _score(
        self, read: Callable[[int], int], ranges: Sequence[tuple[int, int]]
    ) -> tuple[int, int]:
        outside = plausible = 0
        for start, end in ranges:
            try:
                a, b = read(start), read(end)
            except IndexError:
                outside += 1
                continue
            plausible += _plausible(self.raw, a) + _plausible(self.raw, b)
        return -outside, plausible

    def convert(self, start: int, end: int) -> tuple[int, int] | None:
        """The range on the normalised text, or None when it does not fit the text."""
        try:
            a, b = self._read(start), self._read(end)
        except IndexError:
            return None
        if a > b:
            return None
        return a - bisect_left(self._crs, a), b - bisect_left(self._crs, b)
