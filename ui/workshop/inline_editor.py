"""Typing on the board: a text item over a card's title, a group's name or a note,
committed with Enter or by clicking elsewhere, cancelled with Esc."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QKeyEvent, QPainter, QTextCursor
from PySide6.QtWidgets import QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget


class InlineEditor(QGraphicsTextItem):
    # the text typed (stripped); emitted once
    committed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        text: str,
        font: QFont,
        width: float,
        *,
        background: QColor,
        foreground: QColor,
        multiline: bool = False,
    ) -> None:
        super().__init__(text)
        self.setFont(font)
        self.setTextWidth(width)
        self.setDefaultTextColor(foreground)
        self.background = background
        self.multiline = multiline
        self._done = False
        self.setZValue(1000)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)

    def start(self, pos: QPointF) -> None:
        self.setPos(pos)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.fillRect(self.boundingRect(), self.background)
        super().paint(painter, option, widget)

    def finish(self, commit: bool = True) -> None:
        if self._done:
            return
        self._done = True
        if commit:
            self.committed.emit(self.toPlainText().strip())
        else:
            self.cancelled.emit()
        scene = self.scene()
        if scene is not None:
            scene.removeItem(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, shift = event.key(), event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if key == Qt.Key.Key_Escape:
            self.finish(commit=False)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (self.multiline and shift):
            self.finish()
        else:
            super().keyPressEvent(event)
        event.accept()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finish()
