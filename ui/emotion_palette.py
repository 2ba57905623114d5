"""The emotion and journey palette: set the selected segment's emotion (Plutchik's
8 families at 3 intensities), valence, journey stage and touchpoint.

The emotions form a grid: families as columns when the dock is wide enough, as
rows when it is narrow, intensity always shown by lightness (mild light, intense
dark). Labels follow the project's language. Each choice is one undoable edit of
the selected segment; choosing the current value again clears it. Arrow keys move
in the grid, Space or Enter choose.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from itertools import pairwise
from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.colors import emotion_shade, readable_on
from ui.session import Session
from workbench.errors import NotFoundError, TeemaError
from workbench.model import Emotion, Segment

_SCHEME = frozenset({"emotions", "journey_stages", "touchpoints"})
_ARROWS = {
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
}


def _sign(value: int) -> str:
    return f"+{value}" if value > 0 else ("−" + str(-value) if value < 0 else "0")


class EmotionPalette(QScrollArea):
    """Emotion grid, valence, stage, touchpoint and clear, for ``session.segment_id``.
    It scrolls, so a small dock never forces the window to grow."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.page = QWidget(self)
        self.segment: Segment | None = None
        self.hint = QLabel(self.tr("Select a coded segment to set its emotion and journey stage."))
        self.hint.setWordWrap(True)
        self.quote = QLabel(self.page)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.body = QWidget(self.page)
        self.grid = QGridLayout()
        self.grid.setSpacing(2)
        self.emotion_buttons: dict[int, QToolButton] = {}
        self._emotions: dict[int, Emotion] = {}
        self._by_families_as_columns: bool | None = None
        self.valence_buttons: dict[int, QToolButton] = {}
        self.default_valence = QLabel(self.body)
        self.stage = QComboBox(self.body)
        self.touchpoint = QComboBox(self.body)
        self.clear_button = QPushButton(self.tr("Clear"), self.body)
        self.clear_button.setToolTip(self.tr("Remove emotion, valence, stage and touchpoint"))
        self._build()
        session.segment_selected.connect(lambda _id: self.refresh())
        session.changed.connect(self._on_changed)
        self.refresh()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        valence_row = QHBoxLayout()
        valence_row.setSpacing(2)
        tips = (
            self.tr("very negative"),
            self.tr("negative"),
            self.tr("neutral"),
            self.tr("positive"),
            self.tr("very positive"),
        )
        for value, tip in zip(range(-2, 3), tips, strict=True):
            button = self._toggle(_sign(value), tip, partial(self.set_valence, value))
            button.setStyleSheet(
                "QToolButton:checked { background: palette(highlight);"
                " color: palette(highlighted-text); font-weight: bold; }"
            )
            self.valence_buttons[value] = button
            valence_row.addWidget(button)
        valence_row.addWidget(self.default_valence, 1)
        self.stage.activated.connect(lambda _i: self._set_field("stage_id", self.stage))
        self.touchpoint.activated.connect(
            lambda _i: self._set_field("touchpoint_id", self.touchpoint)
        )
        self.clear_button.clicked.connect(self.clear)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Valence"), valence_row)
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Touchpoint"), self.touchpoint)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(self.grid)
        body.addLayout(form)
        body.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self.page)
        layout.addWidget(self.hint)
        layout.addWidget(self.quote)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self._load_scheme()
        self.setWidget(self.page)  # last: the scroll area starts filtering its events

    def _toggle(self, text: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self.body)
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # the check state is the segment's, set by refresh(); a click only asks for a change
        button.clicked.connect(lambda _checked=False: slot())
        button.installEventFilter(self)
        return button

    def _load_scheme(self) -> None:
        """(Re)build the emotion buttons and the stage/touchpoint lists from the project."""
        project = self.session.project
        language = project.language
        for button in self.emotion_buttons.values():
            button.deleteLater()
        self.emotion_buttons.clear()
        self._emotions = {e.id: e for e in project.schemes.emotions()}
        for emotion in self._emotions.values():
            label = emotion.label(language)
            tip = self.tr("{label} (intensity {i}/3, default valence {v})").format(
                label=label, i=emotion.intensity, v=_sign(emotion.valence)
            )
            button = self._toggle(label, tip, partial(self.set_emotion, emotion.id))
            self.emotion_buttons[emotion.id] = button
        self._style_emotions()
        self._by_families_as_columns = None
        self._arrange()
        for combo, items, none in (
            (self.stage, project.schemes.stages(), self.tr("No stage")),
            (self.touchpoint, project.schemes.touchpoints(), self.tr("No touchpoint")),
        ):
            combo.clear()
            combo.addItem(none, None)
            for item in items:
                combo.addItem(item.label(language), item.id)

    def _style_emotions(self) -> None:
        for emotion_id, button in self.emotion_buttons.items():
            emotion = self._emotions[emotion_id]
            shade = emotion_shade(emotion.color, emotion.intensity)
            text = readable_on(shade, self.palette())
            button.setStyleSheet(
                f"QToolButton {{ background: {shade.name()}; color: {text.name()};"
                f" border: 1px solid {shade.darker(130).name()}; border-radius: 3px;"
                " padding: 0.2em 0.35em; }"
                " QToolButton:checked { border: 3px solid palette(window-text);"
                " font-weight: bold; }"
                " QToolButton:focus { border: 2px dashed palette(highlight); }"
                " QToolButton:checked:focus { border: 3px dashed palette(highlight); }"
                " QToolButton:disabled { background: palette(window); color: palette(mid);"
                " border: 1px solid palette(mid); }"
            )

    def _arrange(self) -> None:
        """Families as columns if they fit side by side, else as rows."""
        if not self.emotion_buttons:
            return
        widest = max(b.sizeHint().width() for b in self.emotion_buttons.values())
        columns = self.viewport().width() >= 8 * (widest + self.grid.spacing()) + 24
        if columns == self._by_families_as_columns:
            return
        self._by_families_as_columns = columns
        families = list(dict.fromkeys(e.family for e in self._emotions.values()))
        for emotion_id, button in self.emotion_buttons.items():
            emotion = self._emotions[emotion_id]
            family, level = families.index(emotion.family), emotion.intensity - 1
            self.grid.removeWidget(button)
            if columns:
                self.grid.addWidget(button, level, family)
            else:
                self.grid.addWidget(button, family, level)
        order = sorted(self.emotion_buttons.values(), key=self._grid_position)
        chain: list[QWidget] = [*order, *self.valence_buttons.values(), self.stage]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _grid_position(self, button: QWidget) -> tuple[int, int]:
        position = cast(
            tuple[int, int, int, int], self.grid.getItemPosition(self.grid.indexOf(button))
        )
        return position[0], position[1]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()
        self._elide_quote()

    def _elide_quote(self) -> None:
        """One line of the segment's text, so the user sees what is being tagged."""
        width = max(self.viewport().width() - 24, self.fontMetrics().averageCharWidth() * 20)
        text = f"“{self.quote.toolTip()}”" if self.quote.toolTip() else ""
        self.quote.setText(self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.emotion_buttons:
            self._style_emotions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QToolButton):
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                watched.click()
                return True
            step = _ARROWS.get(Qt.Key(event.key()))
            if step is not None and watched in self.emotion_buttons.values():
                row, column = self._grid_position(watched)
                item = self.grid.itemAtPosition(row + step[0], column + step[1])
                neighbour = item.widget() if item is not None else None
                if neighbour is not None:
                    neighbour.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    # -- showing the segment -------------------------------------------------------------------

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & _SCHEME:
            self._load_scheme()
        if tables & (_SCHEME | {"segments"}):
            self.refresh()

    def refresh(self) -> None:
        """Show the selected segment's values, or the hint when none is selected."""
        self.segment = None
        if self.session.segment_id is not None:
            try:
                self.segment = self.session.project.segments.get(self.session.segment_id)
            except NotFoundError:
                self.segment = None
        segment = self.segment
        self.hint.setVisible(segment is None)
        self.body.setEnabled(segment is not None)
        self.quote.setVisible(segment is not None)
        self.quote.setToolTip(" ".join(segment.text.split()) if segment else "")
        self._elide_quote()
        emotion_id = segment.emotion_id if segment else None
        for eid, button in self.emotion_buttons.items():
            button.setChecked(eid == emotion_id)
        valence = segment.valence if segment else None
        for value, button in self.valence_buttons.items():
            button.setChecked(value == valence)
        emotion = self._emotions.get(emotion_id) if emotion_id is not None else None
        self.default_valence.setText(
            self.tr("default {v}").format(v=_sign(emotion.valence)) if emotion else ""
        )
        for combo, current in (
            (self.stage, segment.stage_id if segment else None),
            (self.touchpoint, segment.touchpoint_id if segment else None),
        ):
            combo.setCurrentIndex(max(0, combo.findData(current)))

    # -- editing -------------------------------------------------------------------------------

    def _update(self, label: str, **fields: Any) -> None:
        segment_id = self.session.segment_id
        if segment_id is None:
            return
        segments = self.session.project.segments
        try:
            self.session.apply(label, lambda: segments.update(segment_id, **fields))
        except TeemaError as exc:
            QMessageBox.warning(self, self.tr("Emotion and journey"), str(exc))
        self.refresh()

    def set_emotion(self, emotion_id: int | None) -> None:
        """Set the emotion (its default valence comes with it); the current one clears it."""
        if self.segment is not None and emotion_id == self.segment.emotion_id:
            emotion_id = None
        self._update(self.tr("Set emotion"), emotion_id=emotion_id)

    def set_valence(self, valence: int | None) -> None:
        if self.segment is not None and valence == self.segment.valence:
            valence = None
        self._update(self.tr("Set valence"), valence=valence)

    def _set_field(self, field: str, combo: QComboBox) -> None:
        label = self.tr("Set journey stage") if field == "stage_id" else self.tr("Set touchpoint")
        self._update(label, **{field: combo.currentData()})

    def clear(self) -> None:
        self._update(
            self.tr("Clear emotion and journey"),
            emotion_id=None,
            valence=None,
            stage_id=None,
            touchpoint_id=None,
        )
