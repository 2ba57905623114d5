"""The retrieval results as a table model, and the delegate that shows a quote in
its context (context greyed, the quote bold).

The model keeps the rows the last retrieval returned (a query result: the
segment and its labels, with the document text shared, not copied) and answers
by row number; it never holds item objects.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from coding.retrieval import RetrievedSegment
from coding.search import context_after, context_before

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
#: The row's RetrievedSegment.
RowRole = Qt.ItemDataRole.UserRole + 1

QUOTE, DOCUMENT, CASE, SPEAKER, CODES, EMOTION, STAGE = range(7)
#: Context shown around a quote in the table (the detail pane shows the full width).
TABLE_CONTEXT = 60


def quote_html(
    row: RetrievedSegment, palette: QPalette, context: int | None = None, *, lines: bool = False
) -> str:
    """The quote in bold between its greyed context, as rich text for Qt; ``lines``
    keeps the quote's line breaks (else they read as spaces)."""
    before, after = row.before, row.after
    if context is not None and context < row.context:
        before = context_before(row.document_text, row.segment.start, context)
        after = context_after(row.document_text, row.segment.end, context)
    grey = palette.color(QPalette.ColorRole.PlaceholderText).name()
    quote = html.escape(row.text)
    quote = quote.replace("\n", "<br>") if lines else " ".join(quote.split())
    return (
        f'<span style="color:{grey}">{html.escape(before)}</span>'
        f"<b>{quote}</b>"
        f'<span style="color:{grey}">{html.escape(after)}</span>'
    )


class RetrievalModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RetrievedSegment] = []

    def set_rows(self, rows: list[RetrievedSegment]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[RetrievedSegment]:
        return self._rows

    def row_at(self, index: Index) -> RetrievedSegment | None:
        return self._rows[index.row()] if index.isValid() else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Quote"),
            self.tr("Document"),
            self.tr("Case"),
            self.tr("Speaker"),
            self.tr("Codes"),
            self.tr("Emotion"),
            self.tr("Stage"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == QUOTE:
                return row.text if len(row.text) < 2000 else row.text[:2000] + "…"
            return self._text(row, index.column()) or None
        if role == RowRole:
            return row
        return None

    @staticmethod
    def _text(row: RetrievedSegment, column: int) -> str:
        if column == QUOTE:
            return row.text
        if column == DOCUMENT:
            return row.document_name
        if column == CASE:
            return ", ".join(row.case_names)
        if column == SPEAKER:
            return row.speaker or ""
        if column == CODES:
            return "; ".join(row.code_names)
        if column == EMOTION:
            return row.emotion or ""
        return row.stage or ""


class QuoteDelegate(QStyledItemDelegate):
    """Paints the quote column as rich text: a little greyed context, the quote bold.
    Rows have a fixed height (set by the view from the font), so long quotes are
    clipped; the tooltip and the detail pane show them whole."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(RowRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if not isinstance(row, RetrievedSegment):
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(2)
        palette = QPalette(opt.palette)
        if selected:  # greyed context must still read on the selection colour
            palette.setColor(
                QPalette.ColorRole.PlaceholderText,
                palette.color(QPalette.ColorRole.HighlightedText),
            )
        doc.setHtml(quote_html(row, palette, TABLE_CONTEXT))
        doc.setTextWidth(opt.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(
            QPalette.ColorRole.Text,
            opt.palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            ),
        )
        # Clip below the last line that fits whole: no half-cut line at the bottom.
        doc.size()  # lays the text out, so the lines below exist
        height = 0.0
        block = doc.firstBlock()
        while block.isValid():
            layout = block.layout()
            top = layout.position().y()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                bottom = top + line.y() + line.height()
                if bottom > opt.rect.height():
                    break
                height = bottom
            block = block.next()
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), height))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), option.fontMetrics.averageCharWidth() * 60), hint.height())
