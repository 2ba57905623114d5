"""Text laid out once and drawn many times: wrapped, cut to a number of lines with
an ellipsis, each line a prepared QStaticText (no layout work when painting)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QStaticText,
    QTextLayout,
    QTextOption,
    QTransform,
)

SOFT_HYPHEN = "\u00ad"
_VOWELS = frozenset("aeiouyäöåéü")


def hyphenate(word: str, fits: Callable[[str], bool]) -> str:
    """``word`` with soft hyphens where Finnish puts syllable breaks (before a consonant
    followed by a vowel: asia-kas-pal-ve-lu-ka-na-vat), in the parts between its own
    hyphens that do not fit a line, leaving at least 3 letters before and 6 after."""
    parts = word.split("-")
    return "-".join(p if fits(p) else _syllables(p) for p in parts)


def _syllables(word: str) -> str:
    out: list[str] = []
    for i, ch in enumerate(word):
        if (
            3 <= i <= len(word) - 6
            and ch.isalpha()
            and ch.lower() not in _VOWELS
            and word[i + 1].lower() in _VOWELS
            and word[i - 1].isalpha()
        ):
            out.append(SOFT_HYPHEN)
        out.append(ch)
    return "".join(out)


def _line(text: str) -> str:
    """A laid-out line as drawn: a break at a soft hyphen shows a hyphen."""
    text = text.strip()
    if text.endswith(SOFT_HYPHEN):
        text = text[:-1] + "-"
    return text.replace(SOFT_HYPHEN, "")


def wrap(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """``text`` broken into lines of at most ``width`` (a word too long for a line is
    hyphenated); the last line kept ends in '…' when the text does not fit in
    ``max_lines``."""
    text = " ".join(text.split())
    if not text or max_lines < 1:
        return []
    metrics = QFontMetricsF(font)

    def fits(word: str) -> bool:
        return metrics.horizontalAdvance(word) <= width

    text = " ".join(w if fits(w) else hyphenate(w, fits) for w in text.split(" "))
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    if len(lines) <= max_lines:
        return [_line(line) for line in lines]
    rest = " ".join(lines[max_lines - 1 :]).replace(SOFT_HYPHEN, "").strip()
    last = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return [_line(line) for line in lines[: max_lines - 1]] + [last]


def fitted(text: str, font: QFont, width: float, smallest: int) -> QFont:
    """``font``, made smaller (down to ``smallest`` pixels) until the longest word of
    ``text`` fits in ``width`` (so no word is broken if it can be helped)."""
    words = text.split() or [""]
    fitted_font = QFont(font)
    size = font.pixelSize()
    while size > smallest:
        metrics = QFontMetricsF(fitted_font)
        if max(metrics.horizontalAdvance(w) for w in words) <= width:
            break
        size -= 1
        fitted_font.setPixelSize(size)
    return fitted_font


def fitted_line(text: str, font: QFont, width: float, smallest: int) -> QFont:
    """``font``, made smaller (down to ``smallest`` pixels) until ``text`` fits on one line."""
    fitted_font = QFont(font)
    size = font.pixelSize()
    while size > smallest and QFontMetricsF(fitted_font).horizontalAdvance(text) > width:
        size -= 1
        fitted_font.setPixelSize(size)
    return fitted_font


class TextBlock:
    def __init__(
        self,
        text: str,
        font: QFont,
        width: float,
        max_lines: int = 1,
        line_spacing: float = 1.18,
    ) -> None:
        self.font = font
        self.line_height = QFontMetricsF(font).height() * line_spacing
        metrics = QFontMetricsF(font)
        self.lines: list[QStaticText] = []
        self.widths: list[float] = []
        for line in wrap(text, font, width, max_lines):
            static = QStaticText(line)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            static.prepare(QTransform(), font)
            self.lines.append(static)
            self.widths.append(metrics.horizontalAdvance(line))

    @property
    def height(self) -> float:
        return self.line_height * len(self.lines)

    def width(self) -> float:
        return max(self.widths, default=0.0)

    def draw(self, painter: QPainter, x: float, y: float, colour: QColor) -> None:
        painter.setFont(self.font)
        painter.setPen(colour)
        for i, static in enumerate(self.lines):
            painter.drawStaticText(QPointF(x, y + i * self.line_height), static)
