"""The board on screen: zoom (Ctrl+wheel, + and -), pan (drag the background), fit
all (0), and the keyboard: Tab cycles cards, arrows nudge the selection, F2 renames,
N adds a note, Ctrl+G groups, Delete removes a note or a group's frame; Space and
Backspace (dots), digits (participants) and P/Enter (presenter) are passed on."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from ui.workshop.board_items import CardItem, GroupItem, NoteItem
from ui.workshop.board_scene import BoardScene

MIN_ZOOM, MAX_ZOOM = 0.05, 3.0
NUDGE, BIG_NUDGE = 20.0, 100.0


class BoardView(QGraphicsView):
    # show the presenter for a card
    present_requested = Signal(int)
    # a dot on (+1) or off (-1) a card for the active participant
    vote_requested = Signal(int, int)
    # keys 1-9 choose a participant (0-based index)
    participant_requested = Signal(int)

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.board = scene
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    # -- zoom ----------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float) -> None:
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        factor = zoom / self.zoom()
        self.scale(factor, factor)

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.zoom() * factor)

    def fit_all(self) -> None:
        rect = self.board.board_rect().adjusted(-16, -16, 16, 16)
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.25:
            self.set_zoom(1.25)
        self.centerOn(rect.center())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
        else:
            super().wheelEvent(event)

    # -- keyboard -------------------------------------------------------------------------

    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab cycles cards (keyPressEvent), not widgets

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.board.editing():
            super().keyPressEvent(event)
            return
        if not self._key(event):
            super().keyPressEvent(event)

    def _key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        selected = self.board.selected()
        cards = self.board.selected_cards()
        card = cards[0] if len(cards) == 1 else None
        k = Qt.Key
        if key in (k.Key_Plus, k.Key_Equal):
            self.zoom_by(1.2)
        elif key == k.Key_Minus:
            self.zoom_by(1 / 1.2)
        elif key == k.Key_0 and not ctrl:
            self.fit_all()
        elif key in (k.Key_Tab, k.Key_Backtab):
            self.cycle(-1 if key == k.Key_Backtab or shift else 1)
        elif key in (k.Key_Left, k.Key_Right, k.Key_Up, k.Key_Down) and selected:
            step = BIG_NUDGE if shift else NUDGE
            dx = {k.Key_Left: -step, k.Key_Right: step}.get(key, 0.0)  # type: ignore[call-overload]
            dy = {k.Key_Up: -step, k.Key_Down: step}.get(key, 0.0)  # type: ignore[call-overload]
            self.board.move_items(
                [(g.item_id, g.scenePos().x() + dx, g.scenePos().y() + dy) for g in selected]
            )
        elif key == k.Key_F2 and len(selected) == 1:
            self.board.edit(selected[0])
        elif key == k.Key_N and not ctrl:
            self.board.start_note(card, self.mapToScene(self.viewport().rect().center()))
        elif key == k.Key_G and ctrl and cards:
            self.board.controller.group([c.item_id for c in cards])
        elif key == k.Key_Delete and len(selected) == 1:
            self._delete(selected[0])
        elif key == k.Key_Space and card is not None:
            self.vote_requested.emit(card.item_id, 1)
        elif key == k.Key_Backspace and card is not None:
            self.vote_requested.emit(card.item_id, -1)
        elif key in (k.Key_P, k.Key_Return, k.Key_Enter) and card is not None:
            self.present_requested.emit(card.item_id)
        elif k.Key_1 <= key <= k.Key_9 and not ctrl:
            self.participant_requested.emit(int(key) - int(k.Key_1))
        else:
            return False
        event.accept()
        return True

    def _delete(self, graphic: object) -> None:
        if isinstance(graphic, NoteItem):
            self.board.controller.delete_note(graphic.item_id)
        elif isinstance(graphic, GroupItem):
            self.board.controller.ungroup(graphic.item_id)

    def cycle(self, step: int) -> CardItem | None:
        """Select the next (or previous) card in reading order and bring it into view."""
        cards = self.board.cards()
        if not cards:
            return None
        current = self.board.selected_cards()
        index = cards.index(current[0]) + step if current else (0 if step > 0 else -1)
        card = cards[index % len(cards)]
        self.board.clearSelection()
        card.setSelected(True)
        card.setFocus()
        self.ensureVisible(card.sceneBoundingRect(), 40, 40)
        return card

    def centre(self) -> QPointF:
        return self.mapToScene(self.viewport().rect().center())
