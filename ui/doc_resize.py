"""Resizing the selected segment by dragging its ends.

Handles sit at the selected segment's start and end in the text (the stripe
ends in the margin work too); while one is dragged the new extent shows as a
tinted preview, and on release the editor reports the new span once, which
the document view saves as one undoable "Resize segment". Escape cancels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRect
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

if TYPE_CHECKING:
    from ui.doc_editor import DocumentEditor

START, END = "start", "end"


class SegmentResizer:
    """The drag state and handles of one editor (positions in UTF-16)."""

    def __init__(self, editor: DocumentEditor) -> None:
        self._editor = editor
        self._drag: tuple[str, int, int] | None = None  # edge, start, end

    def active(self) -> bool:
        return self._drag is not None

    def span(self) -> tuple[int, int] | None:
        """Where the handles are: the resize in progress, else the selected segment."""
        if self._drag is not None:
            return self._drag[1], self._drag[2]
        editor = self._editor
        if editor.doc is not None and editor.selected is not None:
            mark = editor.doc.marks[editor.selected]
            return mark.start, mark.end
        return None

    def begin(self, edge: str) -> bool:
        editor = self._editor
        if editor.doc is None or editor.selected is None:
            return False
        mark = editor.doc.marks[editor.selected]
        self._drag = (edge, mark.start, mark.end)
        return True

    def move(self, position: int) -> None:
        """Move the dragged end to ``position``; a segment never becomes empty."""
        if self._drag is None:
            return
        edge, start, end = self._drag
        if edge == START and position < end:
            start = position
        elif edge == END and position > start:
            end = position
        self._drag = (edge, start, end)
        self._editor.refresh_marks()

    def finish(self) -> None:
        editor = self._editor
        drag, self._drag = self._drag, None
        if drag is None or editor.doc is None or editor.selected is None:
            return
        mark = editor.doc.marks[editor.selected]
        editor.refresh_marks()
        if (drag[1], drag[2]) != (mark.start, mark.end):
            editor.resize_finished.emit(editor.selected, drag[1], drag[2])

    def cancel(self) -> None:
        self._drag = None
        self._editor.refresh_marks()

    def reset(self) -> None:
        self._drag = None

    # -- handles ---------------------------------------------------------------------

    def knob(self) -> int:
        return max(3, self._editor.fontMetrics().height() // 4)

    def rect(self, edge: str) -> QRect | None:
        """Where a handle is grabbed (viewport coordinates), if it is on screen."""
        span = self.span()
        if span is None:
            return None
        editor = self._editor
        position = span[0] if edge == START else span[1]
        lo, hi = editor.visible_range()
        if not lo <= position <= hi:
            return None  # cursorRect() far off screen would lay out everything between
        cursor = QTextCursor(editor.document())
        cursor.setPosition(position)
        line = editor.cursorRect(cursor)
        grow = self.knob() + 2
        rect = QRect(line.x() - grow, line.top() - grow, 2 * grow, line.height() + 2 * grow)
        return rect if rect.intersects(editor.viewport().rect()) else None

    def at(self, point: QPoint) -> str | None:
        for edge in (START, END):
            rect = self.rect(edge)
            if rect is not None and rect.contains(point):
                return edge
        return None

    def extra_selections(self) -> list[QTextEdit.ExtraSelection]:
        """An underline along the selected segment, a tint over a resize preview."""
        span = self.span()
        if span is None:
            return []
        highlight = self._editor.palette().color(QPalette.ColorRole.Highlight)
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(highlight)
        if self._drag is not None:
            fmt.setBackground(QColor(highlight.red(), highlight.green(), highlight.blue(), 70))
        extra = QTextEdit.ExtraSelection()
        extra.format = fmt
        cursor = QTextCursor(self._editor.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        extra.cursor = cursor
        return [extra]

    def paint(self, painter: QPainter) -> None:
        """A bar with a knob at each end: on top at the start, below at the end."""
        if self.span() is None:
            return
        colour = self._editor.palette().color(QPalette.ColorRole.Highlight)
        knob = self.knob()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, max(2, knob // 2)))
        painter.setBrush(colour)
        for edge in (START, END):
            rect = self.rect(edge)
            if rect is None:
                continue
            x = rect.center().x()
            top, bottom = rect.top() + knob + 2, rect.bottom() - knob - 1
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            painter.drawEllipse(QPointF(x, top if edge == START else bottom), knob, knob)
