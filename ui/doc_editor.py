"""The text part of the document view: read-only, lazily highlighted, with the
selected segment's drag handles, hover tooltips and a drag source for coding.

It only shows and reports; the document view turns its signals into edits.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QToolTip, QWidget

from ui.doc_mime import put_selection
from ui.doc_model import LoadedDocument
from ui.doc_resize import SegmentResizer
from ui.doc_tooltip import tooltip_html
from ui.highlighter import BlockDecorator
from ui.session import Session
from ui.stripes import StripeMargin
from workbench.model import Code


class DocumentEditor(QPlainTextEdit):
    """The read-only text of one document with its coding drawn in and beside it."""

    #: a plain click on text: the innermost segment there, or -1 on uncoded text
    segment_clicked = Signal(int)
    #: a context menu is wanted: segment id (-1 for plain text) and global position
    menu_requested = Signal(int, QPoint)
    #: a segment's edge was dragged: segment id, new start, new end (UTF-16)
    resize_finished = Signal(int, int, int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.doc: LoadedDocument | None = None
        self.codes: dict[int, Code] = {}
        self.selected: int | None = None
        self._press: QPoint | None = None
        self.decorator = BlockDecorator(self)
        self.resizer = SegmentResizer(self)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setUndoRedoEnabled(False)
        self.viewport().setMouseTracking(True)
        self.setPlaceholderText(self.tr("Open a document from the list to read and code it."))
        self.margin = StripeMargin(self)
        self.updateRequest.connect(self._on_update_request)

    # -- content ------------------------------------------------------------------

    def load(self, doc: LoadedDocument | None, codes: dict[int, Code]) -> None:
        self.doc, self.codes, self.selected = doc, codes, None
        self.resizer.reset()
        self.decorator.load(doc, codes)
        self.setPlainText(doc.text if doc is not None else "")
        self.setExtraSelections([])
        self.margin.relayout()

    def changed(self, spans: list[tuple[int, int]] | None) -> None:
        """Segments changed inside ``spans`` (UTF-16; None: anywhere)."""
        self.decorator.invalidate(spans)
        if self.selected is not None and self.doc and self.selected not in self.doc.marks:
            self.selected = None
        self.resizer.reset()
        self.refresh_marks()
        self.margin.relayout()

    def restyle(self, codes: dict[int, Code] | None = None) -> None:
        if codes is not None:
            self.codes = codes
        self.decorator.restyle(codes)
        self.refresh_marks()

    def set_selected(self, segment_id: int | None) -> None:
        if self.doc is None or segment_id not in self.doc.marks:
            segment_id = None
        if segment_id != self.selected:
            self.selected = segment_id
            self.resizer.reset()
            self.refresh_marks()

    # -- geometry -----------------------------------------------------------------

    def visible_range(self) -> tuple[int, int]:
        """UTF-16 span of the blocks on screen."""
        block = self.firstVisibleBlock()
        lo, last = block.position(), block
        top = self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
        while block.isValid() and top <= self.viewport().height():
            last = block
            top += self.blockBoundingRect(block).height()
            block = block.next()
        return lo, last.position() + last.length()

    def line_y(self, position: int, bottom: bool) -> float:
        """Viewport y of the top (or bottom) of the line showing ``position``, which
        must lie in :meth:`visible_range`."""
        block = self.document().findBlock(position)
        geometry = self.blockBoundingGeometry(block).translated(self.contentOffset())
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return geometry.bottom() if bottom else geometry.top()
        line = layout.lineForTextPosition(position - block.position())
        if not line.isValid():
            line = layout.lineAt(layout.lineCount() - 1)
        return geometry.top() + line.y() + (line.height() if bottom else 0.0)

    def char_at(self, point: QPoint) -> int | None:
        """UTF-16 position of the character under ``point`` (viewport), if any."""
        cursor = self.cursorForPosition(point)
        block = cursor.block()
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return None
        geometry = self.blockBoundingGeometry(block).translated(self.contentOffset())
        offset = cursor.position() - block.position()
        line = layout.lineForTextPosition(offset)
        y = point.y() - geometry.top()
        if not line.isValid() or not line.y() <= y < line.y() + line.height():
            return None
        x = point.x() - geometry.left()
        first, last = line.textStart(), line.textStart() + line.textLength()
        for char in (offset - 1, offset):  # a boundary has a character on each side
            if first <= char < last:
                left, right = _x(line.cursorToX(char)), _x(line.cursorToX(char + 1))
                if min(left, right) <= x < max(left, right):
                    return block.position() + char
        return None

    def segments_at(self, point: QPoint) -> list[int]:
        """Segments under ``point``, innermost first."""
        char = self.char_at(point)
        if char is None or self.doc is None:
            return []
        marks = self.doc.marks
        return sorted(self.doc.pieces.at(char), key=lambda s: marks[s].end - marks[s].start)

    def select16(
        self, start: int, end: int, *, centre: bool = False, keep_scroll: bool = False
    ) -> None:
        """Select ``[start, end)`` (UTF-16); optionally scroll the passage to the middle."""
        bar = self.verticalScrollBar()
        value = bar.value()
        cursor = QTextCursor(self.document())
        if centre:
            cursor.setPosition(start)
            self.setTextCursor(cursor)
            self.centerCursor()
            top = self.cursorRect(cursor).top()
            cursor.setPosition(end)
            if end <= self.visible_range()[1]:  # a passage shorter than the screen
                bottom = self.cursorRect(cursor).bottom()
                lines = ((top + bottom) / 2 - self.viewport().height() / 2) / max(
                    1, self.fontMetrics().lineSpacing()
                )
                bar.setValue(bar.value() + max(0, round(lines)))
            value = bar.value()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if centre or keep_scroll:
            bar.setValue(value)

    def refresh_marks(self) -> None:
        """Redraw what marks the selected segment (underline, handles, stripe)."""
        self.setExtraSelections(self.resizer.extra_selections())
        self.margin.update()
        self.viewport().update()

    # -- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self.decorator.decorate_visible()
        super().paintEvent(event)
        if self.resizer.span() is not None:
            painter = QPainter(self.viewport())
            self.resizer.paint(painter)
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.margin.place()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.restyle()
        elif event.type() == QEvent.Type.FontChange:
            self.margin.relayout()

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        self.margin.update()

    # -- mouse and keys ------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton:
            edge = self.resizer.at(point)
            if edge is not None and self.resizer.begin(edge):
                event.accept()
                return
        self._press = point if event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self.resizer.active():
            bar = self.verticalScrollBar()
            if point.y() < 0:
                bar.triggerAction(bar.SliderAction.SliderSingleStepSub)
            elif point.y() > self.viewport().height():
                bar.triggerAction(bar.SliderAction.SliderSingleStepAdd)
            self.resizer.move(self.cursorForPosition(point).position())
            return
        if event.buttons() == Qt.MouseButton.NoButton:
            over = self.resizer.at(point) is not None
            self.viewport().setCursor(
                Qt.CursorShape.SizeHorCursor if over else Qt.CursorShape.IBeamCursor
            )
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.resizer.active():
            self.resizer.finish()
            return
        press, self._press = self._press, None
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        if (
            press is not None
            and (point - press).manhattanLength() < QApplication.startDragDistance()
            and not self.textCursor().hasSelection()
        ):
            under = self.segments_at(point)
            if under or self.selected is not None:
                self.segment_clicked.emit(under[0] if under else -1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.resizer.active() and event.key() == Qt.Key.Key_Escape:
            self.resizer.cancel()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            segment = self.selected
            where = self.viewport().mapToGlobal(self.cursorRect().center())
        else:
            under = self.segments_at(event.pos())
            segment = under[0] if under else None
            where = event.globalPos()
        self.menu_requested.emit(-1 if segment is None else segment, where)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, point: QPoint) -> str:
        if self.doc is None:
            return ""
        segments = [self.doc.segments[s] for s in self.segments_at(point)]
        char = self.char_at(point)
        item = self.doc.styling.checklist_at(char) if char is not None else None
        return tooltip_html(self.session.project, segments, self.codes, item)

    def segment_tooltip(self, segment_id: int) -> str:
        if self.doc is None or segment_id not in self.doc.segments:
            return ""
        return tooltip_html(self.session.project, [self.doc.segments[segment_id]], self.codes)

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy and drag carry the passage's place too, so a drop on a code codes it.
        (Qt's own mime object lists a fixed set of formats, so the text is copied over
        into a plain one.)"""
        mime = QMimeData()
        mime.setText(super().createMimeDataFromSelection().text())
        cursor = self.textCursor()
        if self.doc is not None and cursor.hasSelection():
            put_selection(
                mime,
                self.doc.id,
                self.doc.from16(cursor.selectionStart()),
                self.doc.from16(cursor.selectionEnd()),
            )
        return mime


def _x(result: object) -> float:
    """PySide returns (x, adjusted position) from QTextLine.cursorToX."""
    assert isinstance(result, tuple)
    return float(result[0])
