"""What the board draws: cards, group frames and sticky notes.

Each item keeps the board row it shows (``model``: ids and the saved position)
and lays its text out once when its content or the look changes; painting only
draws prepared static text, and cards are cached as device pixmaps, so panning
a 200-card board repaints from the cache.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from coding.board_cards import CardFacts
from ui.workshop.board_style import (
    COUNTS_PX,
    GROUP_PX,
    NOTE_PX,
    QUOTE_PX,
    SOURCE_PX,
    TITLE_PX,
    BoardLook,
    font,
    participant_colour,
    readable_on,
)
from ui.workshop.text_block import TextBlock, fitted, fitted_line
from workbench.domain.board import CARD_H, CARD_W, NOTE_H, NOTE_W, BoardItem

PAD = 28.0
BAND = 42.0
DOT = 28.0
RADIUS = 14.0
OUTLINE = 8.0
# below this zoom a card is drawn as its colour, band and title only
DETAIL_ZOOM = 0.3


class BoardGraphic(QGraphicsItem):
    """An item with a board row behind it."""

    def __init__(self, model: BoardItem, look: BoardLook) -> None:
        super().__init__()
        self.model = model
        self.look = look
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        )
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def item_id(self) -> int:
        return self.model.id

    def saved_scene_pos(self) -> QPointF:
        return QPointF(self.model.x, self.model.y)

    def rect(self) -> QRectF:
        return QRectF(0, 0, self.model.w, self.model.h)

    def boundingRect(self) -> QRectF:
        return self.rect().adjusted(-OUTLINE, -OUTLINE, OUTLINE, OUTLINE)

    def set_look(self, look: BoardLook) -> None:
        self.look = look
        self.relayout()
        self.update()

    def set_model(self, model: BoardItem) -> bool:
        """Take a fresh row; True when what is drawn changed."""
        changed = (model.name, model.text, model.w, model.h) != (
            self.model.name,
            self.model.text,
            self.model.w,
            self.model.h,
        )
        if model.w != self.model.w or model.h != self.model.h:
            self.prepareGeometryChange()
        self.model = model
        if changed:
            self.relayout()
            self.update()
        return changed

    def relayout(self) -> None:
        """Lay the text out again (content or look changed)."""

    def outline(self, painter: QPainter, selected_width: float = 6.0) -> None:
        if self.isSelected():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.look.selected, selected_width))
            painter.drawRoundedRect(self.rect().adjusted(-4, -4, 4, 4), RADIUS + 4, RADIUS + 4)


class CardItem(BoardGraphic):
    def __init__(
        self, model: BoardItem, look: BoardLook, facts: CardFacts, colours: dict[int, int]
    ) -> None:
        super().__init__(model, look)
        self.facts = facts
        # participant id -> colour index
        self.colours = colours
        self.drop_target = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.relayout()

    def set_facts(self, facts: CardFacts, colours: dict[int, int]) -> None:
        if facts != self.facts or colours != self.colours:
            self.facts, self.colours = facts, colours
            self.relayout()
            self.update()

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    def relayout(self) -> None:
        f = self.facts
        inner = CARD_W - 2 * PAD
        self.band_colour = QColor(f.emotion_color) if f.emotion_color else self.look.muted
        self.band_text = TextBlock(f.emotion_label, font(22, bold=True), inner, 1)
        title_font = fitted(f.name, font(TITLE_PX, bold=True), inner, TITLE_PX - 2)
        self.title = TextBlock(f.name, title_font, inner, 2, 1.0)
        counts = QCoreApplication.translate(
            "BoardCard", "{segments} segments · {documents} docs · {participants} people"
        ).format(segments=f.segments, documents=f.documents, participants=f.participants)
        self.counts = TextBlock(counts, fitted_line(counts, font(COUNTS_PX), inner, 18), inner, 1)
        self.source = TextBlock(f.quote_source, font(SOURCE_PX), inner * 0.55, 1)
        y = BAND + 12 + self.title.height + 8 + self.counts.height + 12
        bottom = CARD_H - PAD - DOT - 10
        probe = TextBlock("Ag", font(QUOTE_PX, italic=True), inner, 1, 1.0)
        lines = max(0, int((bottom - y) // probe.line_height))
        quote = f"“{f.quote}”" if f.quote else ""
        self.quote = TextBlock(quote, font(QUOTE_PX, italic=True), inner, lines, 1.0)
        self.quote_y = y

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        look, rect = self.look, self.rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(rect, RADIUS, RADIUS)
        painter.fillPath(path, look.card)
        painter.save()
        painter.setClipPath(path)
        painter.fillRect(QRectF(0, 0, CARD_W, BAND), self.band_colour)
        painter.fillRect(QRectF(0, BAND, 14, CARD_H - BAND), QColor(self.facts.color))
        painter.restore()
        self.band_text.draw(painter, PAD, (BAND - self.band_text.height) / 2,
                            readable_on(self.band_colour))  # fmt: skip
        self.title.draw(painter, PAD, BAND + 12, look.text)
        detail = option.levelOfDetailFromTransform(painter.worldTransform()) >= DETAIL_ZOOM
        if detail:
            y = BAND + 12 + self.title.height + 8
            self.counts.draw(painter, PAD, y, look.muted)
            self.quote.draw(painter, PAD, self.quote_y, look.text)
            self._dots(painter)
        border = look.drop_target if self.drop_target else look.border
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(border, 6 if self.drop_target else 2.5))
        painter.drawPath(path)
        self.outline(painter)

    def _dots(self, painter: QPainter) -> None:
        y = CARD_H - PAD - DOT
        right = CARD_W - PAD - self.source.width()
        self.source.draw(painter, right, y + (DOT - self.source.height) / 2, self.look.muted)
        x, room = PAD, right - PAD - 12
        fits = max(1, int(room // (DOT + 6)))
        dots = [pid for pid, n in self.facts.dots for _i in range(n)]
        painter.setPen(QPen(self.look.border, 2))
        for pid in dots[: fits if len(dots) <= fits else fits - 1]:
            painter.setBrush(QBrush(participant_colour(self.colours.get(pid, 0))))
            painter.drawEllipse(QRectF(x, y, DOT, DOT))
            x += DOT + 6
        if len(dots) > fits:
            more = TextBlock(f"+{len(dots) - fits + 1}", font(int(DOT) - 4, bold=True), 80, 1)
            more.draw(painter, x, y, self.look.text)


class GroupItem(BoardGraphic):
    def __init__(self, model: BoardItem, look: BoardLook) -> None:
        super().__init__(model, look)
        self.setZValue(-10)
        self.relayout()

    def relayout(self) -> None:
        self.title = TextBlock(self.model.name, font(GROUP_PX, bold=True), self.model.w - 48, 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(self.look.group_fill)
        painter.setPen(QPen(self.look.group_border, 3, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(self.rect(), 22, 22)
        self.title.draw(painter, 24, 16, self.look.text)
        self.outline(painter)


class NoteItem(BoardGraphic):
    def __init__(self, model: BoardItem, look: BoardLook) -> None:
        super().__init__(model, look)
        self.setZValue(10)
        self.relayout()

    def relayout(self) -> None:
        self.text = TextBlock(self.model.text, font(NOTE_PX), NOTE_W - 32, 5, 1.0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = QRectF(0, 0, NOTE_W, NOTE_H)
        painter.fillRect(rect.translated(5, 6), QColor(0, 0, 0, 90))
        painter.fillRect(rect, self.look.note)
        painter.setPen(QPen(QColor("#8a7400"), 1.5))
        painter.drawRect(rect)
        self.text.draw(painter, 16, 14, self.look.note_text)
        if self.isSelected():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.look.selected, 6))
            painter.drawRect(rect.adjusted(-4, -4, 4, 4))
