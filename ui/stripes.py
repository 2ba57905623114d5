"""The coding stripes beside the text, as in MAXQDA, NVivo and QualCoder.

One lane per overlapping (segment, code) — lanes come from
:class:`ui.doc_marks.Lanes` — each stripe in its code's colour with the code's
name written along it. Only the stripes beside the visible text are painted.
A click selects the segment and its text; hovering tells what the segment
holds; the ends of the selected segment's stripe can be dragged to move its
start or end to another line. Sizes follow the font, so any scaling works.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextCursor,
)
from PySide6.QtWidgets import QToolTip, QWidget

from ui.highlighter import blend

if TYPE_CHECKING:
    from ui.doc_editor import DocumentEditor

#: Lanes shown at full width; with more, lanes narrow (names go when too narrow).
WIDE_LANES = 8


class StripeMargin(QWidget):
    """Paints and handles the stripes in the editor's left viewport margin."""

    #: a stripe was clicked: segment id
    stripe_clicked = Signal(int)
    #: a context menu on a stripe: segment id, global position
    menu_requested = Signal(int, QPoint)

    def __init__(self, editor: DocumentEditor) -> None:
        super().__init__(editor)
        self._editor = editor
        self._drag: str | None = None
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # -- geometry ----------------------------------------------------------------------

    def lane_width(self) -> int:
        full = self._full_lane()
        lanes = self.lanes()
        if lanes <= WIDE_LANES:
            return full
        return max(self._grip() + 2, full * WIDE_LANES // lanes)

    def _full_lane(self) -> int:
        height = QFontMetrics(self._editor.font()).height()
        return height + max(3, height // 3)

    def _grip(self) -> int:
        return max(4, QFontMetrics(self._editor.font()).height() // 4)

    def lanes(self) -> int:
        doc = self._editor.doc
        return doc.lanes.count if doc is not None else 0

    def sizeHint(self) -> QSize:
        lanes = self.lanes()
        width = lanes * self.lane_width() + self._grip() if lanes else 0
        return QSize(width, 0)

    def relayout(self) -> None:
        """Lanes or font changed: resize the margin and repaint."""
        self.setFont(self._editor.font())  # names zoom with the text
        self._editor.setViewportMargins(self.sizeHint().width(), 0, 0, 0)
        self.place()
        self.update()

    def place(self) -> None:
        rect = self._editor.contentsRect()
        self.setGeometry(QRect(rect.left(), rect.top(), self.sizeHint().width(), rect.height()))

    def stripes(self) -> list[tuple[int, int, QRectF]]:
        """(segment id, code id, rectangle) of every stripe on screen."""
        editor, doc = self._editor, self._editor.doc
        if doc is None:
            return []
        lo, hi = editor.visible_range()
        span = editor.resizer.span() if editor.selected is not None else None
        width = self.lane_width()
        right = self.width() - self._grip() / 2
        found: list[tuple[int, int, QRectF]] = []
        for (start, end, segment_id, code_id), lane in doc.lanes.overlapping(lo, hi):
            if segment_id == editor.selected and span is not None:
                start, end = span  # follows a resize in progress
            top = editor.line_y(start, bottom=False) if start >= lo else -1.0
            bottom = (
                editor.line_y(max(start, end - 1), bottom=True)
                if end <= hi
                else self.height() + 1.0
            )
            x = right - (lane + 1) * width
            found.append((segment_id, code_id, QRectF(x + 1, top + 1, width - 2, bottom - top - 2)))
        return found

    def stripe_at(self, point: QPoint) -> tuple[int, int, QRectF] | None:
        for stripe in self.stripes():
            if stripe[2].adjusted(-1, -1, 1, 1).contains(QPointF(point)):
                return stripe
        return None

    def end_at(self, point: QPoint) -> str | None:
        """Which end of the selected segment's stripe ``point`` grabs, if any."""
        stripe = self.stripe_at(point)
        if stripe is None or stripe[0] != self._editor.selected:
            return None
        rect, grip = stripe[2], self._grip()
        if abs(point.y() - rect.top()) <= grip and rect.top() >= 0:
            return "start"
        if abs(point.y() - rect.bottom()) <= grip and rect.bottom() <= self.height():
            return "end"
        return None

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        painter.fillRect(event.rect(), window)
        editor = self._editor
        codes = editor.codes
        width = self.lane_width()
        metrics = QFontMetrics(self.font())
        show_names = width >= metrics.height()
        bar = max(3, width // 5)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        stripes = self.stripes()
        room = self._room(stripes)
        for segment_id, code_id, rect in stripes:
            code = codes.get(code_id)
            colour = (
                QColor(code.color) if code is not None else palette.color(QPalette.ColorRole.Mid)
            )
            chosen = segment_id == editor.selected
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(blend(window, colour, 0.55 if chosen else 0.25))
            painter.drawRoundedRect(rect, bar / 2, bar / 2)
            painter.setBrush(colour)
            painter.drawRect(QRectF(rect.right() - bar, rect.top(), bar, rect.height()))
            if chosen:
                painter.setPen(QPen(highlight, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect, bar / 2, bar / 2)
                grip = self._grip()
                painter.setBrush(highlight)
                for y in (rect.top(), rect.bottom()):
                    if 0 <= y <= self.height():
                        painter.drawRect(QRectF(rect.left(), y - grip / 4, rect.width(), grip / 2))
            if show_names and code is not None:
                until = room.get((segment_id, code_id), rect.bottom())
                self._paint_name(painter, rect, until, code.name, text, bar, metrics)
        painter.end()

    def _room(self, stripes: list[tuple[int, int, QRectF]]) -> dict[tuple[int, int], float]:
        """How far down each stripe's name may run: past a short stripe's end, into
        the free lane below, up to the next stripe there (names stay readable on
        passages of two or three lines)."""
        lanes: dict[int, list[tuple[float, tuple[int, int]]]] = {}
        for segment_id, code_id, rect in stripes:
            lanes.setdefault(round(rect.left()), []).append((rect.top(), (segment_id, code_id)))
        room: dict[tuple[int, int], float] = {}
        gap = QFontMetrics(self.font()).height() / 2
        for column in lanes.values():
            column.sort()
            for (_, key), (next_top, _) in pairwise(column):
                room[key] = next_top - gap
            room[column[-1][1]] = float(self.height())
        return room

    def _paint_name(
        self,
        painter: QPainter,
        rect: QRectF,
        until: float,
        name: str,
        colour: QColor,
        bar: int,
        metrics: QFontMetrics,
    ) -> None:
        """The code's name along the stripe, top to bottom, from its visible top."""
        top = max(rect.top(), 0.0) + metrics.height() / 4
        bottom = min(max(rect.bottom(), until), float(self.height())) - metrics.height() / 4
        length = int(bottom - top)
        if length < metrics.horizontalAdvance("Ab…"):
            return
        label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, length)
        painter.save()
        painter.setPen(colour)
        painter.translate(rect.right() - bar, top)
        painter.rotate(90)  # reads downwards, letters' tops towards the text
        painter.drawText(
            QRectF(0, 0, length, rect.width() - bar),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            label,
        )
        painter.restore()

    # -- mouse -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton:
            return
        end = self.end_at(point)
        if end is not None and self._editor.resizer.begin(end):
            self._drag = end
            return
        stripe = self.stripe_at(point)
        if stripe is not None:
            self.stripe_clicked.emit(stripe[0])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._drag is not None:
            cursor = self._editor.cursorForPosition(QPoint(0, point.y()))
            cursor.movePosition(
                QTextCursor.MoveOperation.StartOfLine
                if self._drag == "start"
                else QTextCursor.MoveOperation.EndOfLine
            )
            self._editor.resizer.move(cursor.position())
            return
        if self.end_at(point) is not None:
            self.setCursor(Qt.CursorShape.SizeVerCursor)
        elif self.stripe_at(point) is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            self._drag = None
            self._editor.resizer.finish()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        stripe = self.stripe_at(event.pos())
        if stripe is not None:
            self.menu_requested.emit(stripe[0], event.globalPos())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            stripe = self.stripe_at(event.pos())
            text = self._editor.segment_tooltip(stripe[0]) if stripe is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
