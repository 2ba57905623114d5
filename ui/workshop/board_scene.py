"""The board as a QGraphicsScene: one graphic per board row, kept in step with the
project on every ``session.changed``, and turning drags, drops, double-clicks and
clicks in voting mode into board edits (through :class:`BoardController`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QMessageBox,
    QWidget,
)

from coding.board_cards import BoardFacts, CardFacts
from ui.session import Session
from ui.workshop.board_items import BAND, PAD, BoardGraphic, CardItem, GroupItem, NoteItem
from ui.workshop.board_style import GROUP_PX, LIGHT, NOTE_PX, TITLE_PX, BoardLook, font
from ui.workshop.controller import BoardController
from ui.workshop.inline_editor import InlineEditor
from workbench.domain.board import CARD_W, NOTE_H, NOTE_W, BoardItem

# Tables whose change is drawn on the board.
BOARD_TABLES = frozenset(
    {"board_items", "memos", "votes", "workshop_participants", "codes", "segments",
     "segment_codes", "accepted_themes", "documents", "cases", "case_documents", "turns"}
)  # fmt: skip
# Changes that leave the evidence behind the cards as it was.
LIGHT_TABLES = frozenset({"board_items", "memos", "votes", "workshop_participants"})
MARGIN = 120.0


class BoardScene(QGraphicsScene):
    # the board was redrawn from the project
    refreshed = Signal()

    def __init__(
        self, session: Session, controller: BoardController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.controller = controller
        self.look: BoardLook = LIGHT
        self.graphics: dict[int, BoardGraphic] = {}
        self.colours: dict[int, int] = {}
        self.voting = False
        self.participant_id: int | None = None
        # asks before a drop merges two cards: (source name, target name) -> go ahead
        self.confirm: Callable[[str, str], bool] = self._ask_merge
        self._source: BoardFacts | None = None
        self._evidence: dict[int, CardFacts] = {}
        self._editor: InlineEditor | None = None
        self._drop_target: CardItem | None = None
        self.setBackgroundBrush(self.look.background)
        session.changed.connect(self.on_changed)
        self.refresh()

    # -- reading the project ---------------------------------------------------------

    def on_changed(self, tables: frozenset[str]) -> None:
        if tables & BOARD_TABLES:
            self.refresh(evidence=not tables <= LIGHT_TABLES)

    def refresh(self, evidence: bool = True) -> None:
        project = self.session.project
        items = project.board.items()
        cards = [i for i in items if i.kind == "card"]
        if evidence or self._source is None:
            self._source = BoardFacts(project)
            self._evidence = self._source.facts(cards, {})
        missing = [c for c in cards if c.id not in self._evidence]
        if missing:
            self._evidence.update(self._source.facts(missing, {}))
        dots = self._source.dots(cards)
        self.colours = {p.id: i for i, p in enumerate(project.votes.participants())}
        wanted = {i.id: i for i in items}
        for gone in [g for g in self.graphics if g not in wanted]:
            self.removeItem(self.graphics.pop(gone))
        for item in items:
            self._sync(item, dots)
        self.setSceneRect(self.board_rect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        self.refreshed.emit()

    def _sync(self, item: BoardItem, dots: dict[int, tuple[tuple[int, int], ...]]) -> None:
        graphic = self.graphics.get(item.id)
        if item.kind == "card":
            facts = replace(self._evidence[item.id], name=item.name, dots=dots.get(item.id, ()))
            if isinstance(graphic, CardItem):
                graphic.set_model(item)
                graphic.set_facts(facts, self.colours)
            else:
                graphic = CardItem(item, self.look, facts, self.colours)
        elif graphic is None:
            graphic = (
                GroupItem(item, self.look) if item.kind == "group" else NoteItem(item, self.look)
            )
        else:
            graphic.set_model(item)
        if graphic.scene() is None:
            self.addItem(graphic)
            self.graphics[item.id] = graphic
        parent = self.graphics.get(item.card_id) if item.kind == "note" and item.card_id else None
        if graphic.parentItem() is not parent:
            graphic.setParentItem(parent)
        offset = parent.saved_scene_pos() if parent is not None else QPointF(0, 0)
        graphic.setPos(QPointF(item.x, item.y) - offset)

    def board_rect(self) -> QRectF:
        rect = QRectF()
        for graphic in self.graphics.values():
            rect = rect.united(graphic.sceneBoundingRect())
        return rect

    def set_look(self, look: BoardLook) -> None:
        self.look = look
        self.setBackgroundBrush(look.background)
        for graphic in self.graphics.values():
            graphic.set_look(look)

    # -- what is where ---------------------------------------------------------------------

    def cards(self) -> list[CardItem]:
        """Cards in reading order (rows, then left to right)."""
        found = [g for g in self.graphics.values() if isinstance(g, CardItem)]
        return sorted(found, key=lambda c: (round(c.scenePos().y() / 40), c.scenePos().x()))

    def card(self, card_id: int) -> CardItem:
        graphic = self.graphics[card_id]
        assert isinstance(graphic, CardItem)
        return graphic

    def selected(self) -> list[BoardGraphic]:
        return [g for g in self.graphics.values() if g.isSelected()]

    def selected_cards(self) -> list[CardItem]:
        return [g for g in self.selected() if isinstance(g, CardItem)]

    def graphic_at(self, pos: QPointF) -> BoardGraphic | None:
        for item in self.items(pos):
            while item is not None and not isinstance(item, BoardGraphic):
                item = item.parentItem()
            if isinstance(item, BoardGraphic):
                return item
        return None

    def _card_under(self, card: CardItem) -> CardItem | None:
        centre = card.sceneBoundingRect().center()
        for item in self.items(centre):
            if isinstance(item, CardItem) and item is not card:
                return item
        return None

    # -- mouse -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        graphic = self.graphic_at(event.scenePos())
        if self.voting and isinstance(graphic, CardItem) and self.participant_id is not None:
            self.clearSelection()
            graphic.setSelected(True)
            if event.button() == Qt.MouseButton.RightButton:
                self.controller.unvote(graphic.item_id, self.participant_id)
            else:
                self.controller.vote(graphic.item_id, self.participant_id)
            event.accept()
            return
        super().mousePressEvent(event)
        if isinstance(graphic, GroupItem) and graphic.isSelected():
            for other in self.graphics.values():
                if isinstance(other, CardItem) and other.model.group_id == graphic.item_id:
                    other.setSelected(True)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        moving = [g for g in self.selected() if g.scenePos() != g.saved_scene_pos()]
        target = None
        if len(moving) == 1 and isinstance(moving[0], CardItem):
            target = self._card_under(moving[0])
        if target is not self._drop_target:
            if self._drop_target is not None:
                self._drop_target.set_drop_target(False)
            if target is not None:
                target.set_drop_target(True)
            self._drop_target = target

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._drop_target is not None:
            self._drop_target.set_drop_target(False)
            self._drop_target = None
        self.commit_moves()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        graphic = self.graphic_at(event.scenePos())
        if graphic is not None and not self.voting:
            self.edit(graphic)
            event.accept()
        else:
            super().mouseDoubleClickEvent(event)

    def commit_moves(self) -> None:
        """Save where dragged items ended up; one card dropped on another merges them."""
        moved = [g for g in self.selected() if g.scenePos() != g.saved_scene_pos()]
        if not moved:
            return
        if len(moved) == 1 and isinstance(moved[0], CardItem):
            target = self._card_under(moved[0])
            if target is not None:
                self.drop_card(moved[0].item_id, target.item_id)
                return
        self.move_items([(g.item_id, g.scenePos().x(), g.scenePos().y()) for g in moved])

    def move_items(self, moves: list[tuple[int, float, float]]) -> None:
        self.controller.move(moves)
        self.refresh(evidence=False)  # a refused move snaps back

    def drop_card(self, source_id: int, target_id: int) -> bool:
        """A card dropped on another: merge them after asking (undoable)."""
        source, target = self.card(source_id), self.card(target_id)
        if self.confirm(source.facts.name, target.facts.name) and self.controller.merge(
            source_id, target_id
        ):
            return True
        self.refresh(evidence=False)
        return False

    def _ask_merge(self, source: str, target: str) -> bool:
        views = self.views()
        question = self.tr(
            "Merge “{source}” into “{target}”? Its evidence, dots and notes move to "
            "“{target}”. You can undo this with Ctrl+Z."
        ).format(source=source, target=target)
        answer = QMessageBox.question(views[0] if views else None, self.tr("Merge cards"), question)
        return answer == QMessageBox.StandardButton.Yes

    # -- typing in place ------------------------------------------------------------------------

    def edit(self, graphic: BoardGraphic) -> InlineEditor:
        """Rename a card or group, or edit a note, in place."""
        model, look = graphic.model, self.look
        origin = graphic.scenePos()
        if isinstance(graphic, CardItem):
            editor = InlineEditor(graphic.facts.name, font(TITLE_PX, bold=True), CARD_W - 2 * PAD,
                                  background=look.card, foreground=look.text)  # fmt: skip
            at = origin + QPointF(PAD - 6, BAND + 6)
        elif isinstance(graphic, GroupItem):
            editor = InlineEditor(model.name, font(GROUP_PX, bold=True), max(300, model.w - 40),
                                  background=look.card, foreground=look.text)  # fmt: skip
            at = origin + QPointF(18, 10)
        else:
            editor = self._note_editor(model.text)
            at = origin
        old = model.text if model.kind == "note" else graphic.model.name

        def commit(text: str) -> None:
            if text and text != old:
                self.controller.rename(model.id, model.kind, text)

        editor.committed.connect(commit)
        return self._start(editor, at)

    def start_note(self, card: CardItem | None, at: QPointF) -> InlineEditor:
        """Type a new sticky note: on ``card`` or free at ``at``."""
        editor = self._note_editor("")
        if card is not None:
            at = card.scenePos() + QPointF(CARD_W - NOTE_W * 0.6, card.model.h - NOTE_H * 0.5)
        card_id = card.item_id if card is not None else None
        x, y = (None, None) if card is not None else (at.x(), at.y())

        def commit(text: str) -> None:
            if text:
                self.controller.add_note(text, card_id, x, y)

        editor.committed.connect(commit)
        return self._start(editor, at)

    def _note_editor(self, text: str) -> InlineEditor:
        editor = InlineEditor(text, font(NOTE_PX), NOTE_W, background=self.look.note,
                              foreground=self.look.note_text, multiline=True)  # fmt: skip
        return editor

    def _start(self, editor: InlineEditor, at: QPointF) -> InlineEditor:
        if self._editor is not None and self._editor.scene() is not None:
            self._editor.finish()
        self._editor = editor
        self.addItem(editor)
        editor.start(at)
        return editor

    def editing(self) -> bool:
        return self._editor is not None and self._editor.scene() is not None

    def make_movable(self, on: bool) -> None:
        for graphic in self.graphics.values():
            graphic.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, on)
