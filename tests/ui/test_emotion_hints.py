"""Emotion suggestions in the window: hints appear for a selected demo segment and
apply only when clicked (one undoable edit); the batch review accepts the ticked
rows as one undoable action."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from coding.emotions import DEFAULT_INTENSITY
from ui.emotion_hints import EmotionHints
from ui.emotion_review import SUGGESTION, EmotionReview
from ui.session import Session


@pytest.fixture
def hints(session: Session, qtbot: Any) -> Any:
    widget = EmotionHints(session)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.shutdown()


def shown(widget: EmotionHints) -> list[str]:
    return [b.text() for b in widget.buttons if b.isVisible()]


def test_hints_appear_for_a_selected_segment_and_apply_only_on_click(
    hints: EmotionHints, session: Session, qtbot: Any
) -> None:
    project = session.project
    document = project.documents.list()[0]
    segment = project.segments.for_document(document.id)[0]
    before = (segment.emotion_id, segment.valence)
    session.segment_selected.emit(segment.id)
    qtbot.waitUntil(lambda: len(shown(hints)) == 3, timeout=10000)
    assert session.undo_stack.count() == 0  # a suggestion is never applied by itself
    family = hints.hints[0].family
    expected = project.schemes.emotion(family, DEFAULT_INTENSITY)
    assert hints.buttons[0].text().startswith(expected.label(project.language))
    assert "%" in hints.buttons[0].text()
    qtbot.mouseClick(hints.buttons[0], Qt.MouseButton.LeftButton)
    after = project.segments.get(segment.id)
    assert (after.emotion_id, after.valence) == (expected.id, expected.valence)
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    undone = project.segments.get(segment.id)
    assert (undone.emotion_id, undone.valence) == before


def test_a_text_selection_is_coded_with_the_chosen_emotion(
    hints: EmotionHints, session: Session, qtbot: Any
) -> None:
    project = session.project
    document = next(d for d in project.documents.list() if d.language == "fi")
    session.document_shown.emit(document.id)
    session.text_selection_changed.emit(document.id, 0, 60)
    qtbot.waitUntil(lambda: len(shown(hints)) == 3, timeout=10000)
    count = project.segments.count()
    family = hints.hints[1].family
    qtbot.mouseClick(hints.buttons[1], Qt.MouseButton.LeftButton)
    assert project.segments.count() == count + 1
    segment = project.segments.find(document.id, 0, 60)
    assert segment is not None and segment.emotion_id is not None
    assert project.schemes.get_emotion(segment.emotion_id).family == family
    assert session.segment_id == segment.id  # the new segment is selected
    qtbot.waitUntil(lambda: len(shown(hints)) == 3, timeout=10000)
    session.undo_stack.undo()
    assert project.segments.count() == count


def test_nothing_selected_shows_a_hint_and_no_buttons(hints: EmotionHints) -> None:
    assert shown(hints) == []
    assert "Select a segment" in hints.status.text()


def test_batch_review_accepts_checked_rows_in_one_undoable_action(
    session: Session, qtbot: Any, qtmodeltester: Any
) -> None:
    project = session.project
    document = project.documents.list()[0]
    segments = project.segments.for_document(document.id)[:4]
    ids = [s.id for s in segments]
    session.apply(
        "clear", lambda: [project.segments.update(i, emotion_id=None, valence=None) for i in ids]
    )
    review = EmotionReview(session)
    qtbot.addWidget(review)
    review.document_combo.setCurrentIndex(review.document_combo.findData(document.id))
    with qtbot.waitSignal(review.start().finished, timeout=20000):
        pass
    qtmodeltester.check(review.model)
    rows = review.model.rows
    assert {r.segment_id for r in rows} >= set(ids)
    assert all(project.segments.get(i).emotion_id is None for i in ids)  # nothing applied yet
    for i, row in enumerate(rows):
        review.model.setData(
            review.model.index(i, 0),
            Qt.CheckState.Checked if row.segment_id in ids[:3] else Qt.CheckState.Unchecked,
            Qt.ItemDataRole.CheckStateRole,
        )
    chosen = {r.segment_id: r.hints[0].family for r in rows if r.segment_id in ids[:3]}
    label = review.model.data(review.model.index(0, SUGGESTION))
    assert isinstance(label, str) and label
    depth = session.undo_stack.count()
    qtbot.mouseClick(review.accept_button, Qt.MouseButton.LeftButton)
    assert session.undo_stack.count() == depth + 1
    for segment_id, family in chosen.items():
        emotion = project.schemes.get_emotion(project.segments.get(segment_id).emotion_id or -1)
        assert emotion.family == family
    assert project.segments.get(ids[3]).emotion_id is None
    assert ids[3] in {r.segment_id for r in review.model.rows}
    assert not set(chosen) & {r.segment_id for r in review.model.rows}
    session.undo_stack.undo()
    assert all(project.segments.get(i).emotion_id is None for i in ids)
    review.shutdown()
