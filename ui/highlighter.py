"""Colouring the shown document: coding highlights over turn and checklist styling.

Why not a QSyntaxHighlighter: attached to a document it re-highlights, and so
re-lays out, every block at once (≈60 ms for an empty highlighter on a 2 MB
transcript, before any work of ours), and again on every rehighlight(). Here a
block gets its formats only when it is about to be painted, from precomputed
sorted runs found by bisect, so opening a document costs what one screen costs
and a new segment re-colours only the blocks it spans, and only once they are
seen. Each block remembers the generation its formats were made for; palette
or codebook changes start a new generation.

Colours: a run's background is its codes' colours laid translucently over the
base colour one after another, so overlaps read deeper and mixed; the text
keeps the palette's text colour, which stays readable in light and dark themes.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette, QTextBlock, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QPlainTextEdit

from ui.doc_model import LoadedDocument
from ui.doc_turns import ASKING, CHECKLIST, SPEAKER, SPEAKER_ASKING, TIMESTAMP
from workbench.model import Code

#: Translucency of one code's layer over a light or a dark base.
ALPHA_LIGHT = 0.30
ALPHA_DARK = 0.32
#: Beyond this many layers a run gets no deeper (text must stay readable).
MAX_LAYERS = 3
#: Contrast a highlight keeps with the text on it (WCAG AA for body text).
MIN_CONTRAST = 4.5


def blend(under: QColor, over: QColor, alpha: float) -> QColor:
    return QColor.fromRgbF(
        under.redF() * (1 - alpha) + over.redF() * alpha,
        under.greenF() * (1 - alpha) + over.greenF() * alpha,
        under.blueF() * (1 - alpha) + over.blueF() * alpha,
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def layered(base: QColor, colours: list[QColor], dark: bool, text: QColor | None = None) -> QColor:
    """The colour of ``colours`` laid translucently over ``base``, in order; with
    ``text``, drawn back towards ``base`` as far as that text needs to stay
    readable (WCAG AA, 4.5:1) whatever colours the codebook holds."""
    alpha = ALPHA_DARK if dark else ALPHA_LIGHT
    result = QColor(base)
    for colour in colours[:MAX_LAYERS]:
        result = blend(result, colour, alpha)
    if text is not None:
        for _ in range(12):
            if contrast(result, text) >= MIN_CONTRAST:
                break
            result = blend(result, base, 0.2)
    return result


class BlockDecorator:
    """Applies formats to the blocks of one editor just before they are painted."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        self._editor = editor
        self.doc: LoadedDocument | None = None
        self.codes: dict[int, Code] = {}
        self._generation = 0
        self._applied: dict[int, int] = {}  # block number -> generation of its formats
        #: how many times a block got formats (tests check that edits redo few)
        self.applied_count = 0
        self._highlight: dict[tuple[int, ...], QTextCharFormat] = {}
        self._base: dict[int, QTextCharFormat] = {}
        self.restyle()

    # -- what needs doing ------------------------------------------------------------

    def load(self, doc: LoadedDocument | None, codes: dict[int, Code]) -> None:
        """A new document is shown: no block has formats yet."""
        self.doc = doc
        self.codes = codes
        self._applied.clear()
        self._generation += 1

    def restyle(self, codes: dict[int, Code] | None = None) -> None:
        """Palette or codebook changed: rebuild formats and re-apply them as seen."""
        if codes is not None:
            self.codes = codes
        palette = self._editor.palette()
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        muted = blend(text, base, 0.38)
        speaker = QTextCharFormat()
        speaker.setFontWeight(QFont.Weight.Bold)
        speaker_asking = QTextCharFormat(speaker)
        speaker_asking.setForeground(muted)
        stamp = QTextCharFormat()
        stamp.setForeground(muted)
        asking = QTextCharFormat()
        asking.setForeground(muted)
        checklist = QTextCharFormat()  # a faint band whatever the theme's AlternateBase is
        checklist.setBackground(blend(base, text, 0.07))
        self._base = {
            SPEAKER: speaker,
            SPEAKER_ASKING: speaker_asking,
            TIMESTAMP: stamp,
            ASKING: asking,
            CHECKLIST: checklist,
        }
        self._highlight.clear()
        self._generation += 1

    def invalidate(self, spans: list[tuple[int, int]] | None) -> None:
        """The runs inside ``spans`` (UTF-16) changed; None means all of them."""
        if spans is None:
            self._generation += 1
            return
        document = self._editor.document()
        for lo, hi in spans:
            block = document.findBlock(lo)
            while block.isValid() and block.position() < hi:
                self._applied.pop(block.blockNumber(), None)
                block = block.next()

    # -- applying ----------------------------------------------------------------------

    def decorate_visible(self) -> None:
        """Give every block in the viewport its current formats."""
        editor = self._editor
        if self.doc is None:
            return
        block = editor.firstVisibleBlock()
        height = editor.viewport().height()
        offset = editor.contentOffset()
        top = editor.blockBoundingGeometry(block).translated(offset).top()
        while block.isValid() and top <= height:
            if self._applied.get(block.blockNumber()) != self._generation:
                self._applied[block.blockNumber()] = self._generation
                block.layout().setFormats(self.ranges_for(block))
                self.applied_count += 1
            top += editor.blockBoundingRect(block).height()
            block = block.next()

    def ranges_for(self, block: QTextBlock) -> list[QTextLayout.FormatRange]:
        """The block's formats: turn and checklist styling first, highlights over it."""
        doc = self.doc
        if doc is None:
            return []
        lo = block.position()
        hi = lo + max(0, block.length() - 1)  # not the paragraph separator
        ranges: list[QTextLayout.FormatRange] = []
        for start, end, kind in doc.styling.ranges(lo, hi):
            self._add(ranges, lo, start, end, hi, self._base[kind])
        pieces = doc.pieces
        for i in pieces.between(lo, hi):
            fmt = self._format(pieces.covers[i])
            self._add(ranges, lo, pieces.starts[i], pieces.ends[i], hi, fmt)
        return ranges

    @staticmethod
    def _add(
        ranges: list[QTextLayout.FormatRange],
        block_start: int,
        start: int,
        end: int,
        block_end: int,
        fmt: QTextCharFormat,
    ) -> None:
        start, end = max(start, block_start), min(end, block_end)
        if start < end:
            r = QTextLayout.FormatRange()
            r.start = start - block_start
            r.length = end - start
            r.format = fmt
            ranges.append(r)

    def _format(self, cover: tuple[int, ...]) -> QTextCharFormat:
        doc = self.doc
        assert doc is not None
        key = tuple(sorted(c for s in cover for c in doc.marks[s].code_ids))
        fmt = self._highlight.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            palette = self._editor.palette()
            colours = [QColor(self.codes[c].color) for c in key if c in self.codes]
            if not colours:  # a segment with an emotion or memo but no code
                colours = [palette.color(QPalette.ColorRole.Mid)]
            fmt.setBackground(
                layered(
                    palette.color(QPalette.ColorRole.Base),
                    colours,
                    is_dark(palette),
                    palette.color(QPalette.ColorRole.Text),
                )
            )
            self._highlight[key] = fmt
        return fmt
