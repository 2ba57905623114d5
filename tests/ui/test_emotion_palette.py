"""The emotion and journey palette on the demo project: each choice is one undoable
edit of the selected segment, driven by mouse and keyboard."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.emotion_palette import EmotionPalette
from ui.session import Session


@pytest.fixture
def palette(session: Session, qtbot: Any) -> EmotionPalette:
    widget = EmotionPalette(session)
    qtbot.addWidget(widget)
    widget.resize(380, 520)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def first_segment(session: Session) -> int:
    segment = session.project.segments.for_document(session.project.documents.list()[0].id)[0]
    session.segment_selected.emit(segment.id)
    return segment.id


def test_disabled_with_a_hint_until_a_segment_is_selected(
    palette: EmotionPalette, session: Session
) -> None:
    assert not palette.body.isEnabled() and palette.hint.isVisible()
    first_segment(session)
    assert palette.body.isEnabled() and not palette.hint.isVisible()
    session.segment_selected.emit(-1)
    assert not palette.body.isEnabled()


def test_shows_the_segments_values_in_the_project_language(
    palette: EmotionPalette, session: Session
) -> None:
    segment_id = first_segment(session)
    segment = session.project.segments.get(segment_id)
    assert session.project.language == "fi"
    assert segment.emotion_id is not None
    emotion = session.project.schemes.get_emotion(segment.emotion_id)
    button = palette.emotion_buttons[emotion.id]
    assert button.isChecked() and button.text() == emotion.label_fi
    assert sum(b.isChecked() for b in palette.emotion_buttons.values()) == 1
    assert palette.valence_buttons[segment.valence].isChecked()  # type: ignore[index]
    assert palette.stage.currentData() == segment.stage_id
    assert palette.stage.currentText() == next(
        s.label_fi for s in session.project.schemes.stages() if s.id == segment.stage_id
    )


def test_clicking_an_emotion_sets_it_with_its_default_valence(
    palette: EmotionPalette, session: Session, qtbot: Any
) -> None:
    segment_id = first_segment(session)
    before = session.project.segments.get(segment_id)
    trust = session.project.schemes.emotion("trust", 1)
    qtbot.mouseClick(palette.emotion_buttons[trust.id], Qt.MouseButton.LeftButton)
    after = session.project.segments.get(segment_id)
    assert (after.emotion_id, after.valence) == (trust.id, trust.valence)
    assert palette.emotion_buttons[trust.id].isChecked()
    assert "+1" in palette.default_valence.text()
    session.undo_stack.undo()
    undone = session.project.segments.get(segment_id)
    assert (undone.emotion_id, undone.valence) == (before.emotion_id, before.valence)
    assert not palette.emotion_buttons[trust.id].isChecked()
    session.undo_stack.redo()
    assert session.project.segments.get(segment_id).emotion_id == trust.id
    # choosing the current emotion again clears it
    qtbot.mouseClick(palette.emotion_buttons[trust.id], Qt.MouseButton.LeftButton)
    assert session.project.segments.get(segment_id).emotion_id is None


def test_valence_overrides_and_undoes(
    palette: EmotionPalette, session: Session, qtbot: Any
) -> None:
    segment_id = first_segment(session)
    before = session.project.segments.get(segment_id).valence
    qtbot.mouseClick(palette.valence_buttons[1], Qt.MouseButton.LeftButton)
    assert session.project.segments.get(segment_id).valence == 1
    assert palette.valence_buttons[1].isChecked()
    session.undo_stack.undo()
    assert session.project.segments.get(segment_id).valence == before


def test_stage_and_touchpoint_by_keyboard(
    palette: EmotionPalette, session: Session, qtbot: Any
) -> None:
    segment_id = first_segment(session)
    before = session.project.segments.get(segment_id)
    palette.stage.setFocus()
    qtbot.keyClick(palette.stage, Qt.Key.Key_Down)
    stage = palette.stage.currentData()
    assert stage is not None and stage != before.stage_id
    assert session.project.segments.get(segment_id).stage_id == stage
    palette.touchpoint.setFocus()
    qtbot.keyClick(palette.touchpoint, Qt.Key.Key_End)
    touchpoint = session.project.schemes.touchpoints()[-1]
    assert session.project.segments.get(segment_id).touchpoint_id == touchpoint.id
    session.undo_stack.undo()
    session.undo_stack.undo()
    after = session.project.segments.get(segment_id)
    assert (after.stage_id, after.touchpoint_id) == (before.stage_id, before.touchpoint_id)
    assert palette.stage.currentData() == before.stage_id


def test_clear_removes_all_in_one_step(
    palette: EmotionPalette, session: Session, qtbot: Any
) -> None:
    segment_id = first_segment(session)
    before = session.project.segments.get(segment_id)
    qtbot.mouseClick(palette.clear_button, Qt.MouseButton.LeftButton)
    cleared = session.project.segments.get(segment_id)
    assert (cleared.emotion_id, cleared.valence, cleared.stage_id, cleared.touchpoint_id) == (
        None,
        None,
        None,
        None,
    )
    assert not any(b.isChecked() for b in palette.emotion_buttons.values())
    session.undo_stack.undo()
    assert session.project.segments.get(segment_id) == before


def test_arrow_keys_move_in_the_grid_and_space_chooses(
    palette: EmotionPalette, session: Session, qtbot: Any
) -> None:
    segment_id = first_segment(session)
    schemes = session.project.schemes
    start = palette.emotion_buttons[schemes.emotion("joy", 1).id]
    palette.activateWindow()
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    # narrow dock: families are rows, intensities columns
    qtbot.keyClick(start, Qt.Key.Key_Right)
    focused = QApplication.focusWidget()
    assert focused is palette.emotion_buttons[schemes.emotion("joy", 2).id]
    qtbot.keyClick(focused, Qt.Key.Key_Down)
    focused = QApplication.focusWidget()
    assert focused is palette.emotion_buttons[schemes.emotion("trust", 2).id]
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert session.project.segments.get(segment_id).emotion_id == schemes.emotion("trust", 2).id
    qtbot.keyClick(focused, Qt.Key.Key_Return)  # Enter on the chosen one clears it
    assert session.project.segments.get(segment_id).emotion_id is None


def test_wide_dock_puts_families_in_columns(palette: EmotionPalette, session: Session) -> None:
    joy_mild = palette.emotion_buttons[session.project.schemes.emotion("joy", 1).id]
    anger = palette.emotion_buttons[session.project.schemes.emotion("anger", 3).id]
    assert palette._grid_position(anger) == (6, 2)  # narrow: family row 6, intensity 3
    palette.resize(2400, 300)
    assert palette._grid_position(joy_mild) == (0, 0)
    assert palette._grid_position(anger) == (2, 6)
