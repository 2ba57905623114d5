"""The segment inspector and the memo editor on the demo project: what they show, and
edits saved when editing finishes (focus leaves, a pause, another selection), each
one undoable step."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QToolButton, QVBoxLayout, QWidget

from ui.memo_editor import MemoEditor
from ui.segment_inspector import SegmentInspector
from ui.session import Session


class Host(QWidget):
    """A window holding the widget under test and a plain line edit to move focus to."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.elsewhere = QLineEdit(self)
        layout = QVBoxLayout(self)
        layout.addWidget(widget)
        layout.addWidget(self.elsewhere)
        self.resize(420, 700)


Inspected = tuple[SegmentInspector, Host]
Memos = tuple[MemoEditor, Host]


def show(widget: QWidget, qtbot: Any) -> Host:
    host = Host(widget)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    return host


def focus(widget: QWidget, qtbot: Any) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


@pytest.fixture
def inspector(session: Session, qtbot: Any) -> Iterator[Inspected]:
    widget = SegmentInspector(session)
    host = show(widget, qtbot)
    yield widget, host
    host.close()


@pytest.fixture
def memos(session: Session, qtbot: Any) -> Iterator[Memos]:
    widget = MemoEditor(session)
    host = show(widget, qtbot)
    yield widget, host
    host.close()


def first_segment(session: Session) -> int:
    doc = session.project.documents.list()[0].id
    session.document_shown.emit(doc)
    segment = session.project.segments.for_document(doc)[0]
    session.segment_selected.emit(segment.id)
    return segment.id


# -- segment inspector ---------------------------------------------------------------------


def test_inspector_shows_the_segment(inspector: Inspected, session: Session) -> None:
    widget, _host = inspector
    assert widget.hint.isVisible() and not widget.details.isVisible()
    segment = session.project.segments.get(first_segment(session))
    assert widget.details.isVisible() and not widget.hint.isVisible()
    assert segment.text[:30] in widget.quote.text()
    document = session.project.documents.get(segment.document_id)
    assert document.name in widget.source.text()
    assert widget.speaker.text() == "Speaker: H1"
    assert widget.chips.count() == len(segment.code_ids)
    emotion = session.project.schemes.get_emotion(segment.emotion_id)  # type: ignore[arg-type]
    assert emotion.label_fi in widget.journey.text()
    assert "Coded by AV" in widget.meta.text()
    requested: list[tuple[int, int, int]] = []
    session.document_requested.connect(lambda *args: requested.append(args))
    widget.source.linkActivated.emit("document")
    assert requested == [(segment.document_id, segment.start, segment.end)]


def test_remove_a_code_with_its_chip(inspector: Inspected, session: Session, qtbot: Any) -> None:
    widget, _host = inspector
    segment_id = first_segment(session)
    extra = session.project.codes.list()[5].id
    session.apply("x", lambda: session.project.segments.add_code(segment_id, extra))
    assert widget.chips.count() == 2
    item = widget.chips.itemAt(1)
    chip = item.widget() if item is not None else None
    remove = chip.findChild(QToolButton) if chip is not None else None
    assert remove is not None and "Palautukset" in remove.toolTip()
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert extra not in session.project.segments.get(segment_id).code_ids
    assert widget.chips.count() == 1
    session.undo_stack.undo()
    assert extra in session.project.segments.get(segment_id).code_ids
    assert widget.chips.count() == 2
    session.undo_stack.redo()
    assert extra not in session.project.segments.get(segment_id).code_ids


def test_add_a_code_by_typing(inspector: Inspected, session: Session, qtbot: Any) -> None:
    widget, _host = inspector
    segment_id = first_segment(session)
    focus(widget.add_code, qtbot)
    qtbot.keyClicks(widget.add_code, "hintamielikuva")
    qtbot.keyClick(widget.add_code, Qt.Key.Key_Return)
    code = session.project.codes.find("Hintamielikuva")
    assert code is not None and code.id in session.project.segments.get(segment_id).code_ids
    assert widget.add_code.text() == ""
    session.undo_stack.undo()
    assert code.id not in session.project.segments.get(segment_id).code_ids


def test_segment_memo_saved_when_focus_leaves_and_undone(
    inspector: Inspected, session: Session, qtbot: Any
) -> None:
    widget, host = inspector
    segment_id = first_segment(session)
    before = session.project.segments.get(segment_id).memo
    focus(widget.memo, qtbot)
    qtbot.keyClicks(widget.memo, "Ruuhka-aika")
    assert session.project.segments.get(segment_id).memo == before  # not per keystroke
    focus(host.elsewhere, qtbot)
    assert session.project.segments.get(segment_id).memo == before + "Ruuhka-aika"
    assert session.undo_stack.undoText() == "Edit segment memo"
    session.undo_stack.undo()
    assert session.project.segments.get(segment_id).memo == before
    assert widget.memo.toPlainText() == before
    session.undo_stack.redo()
    assert widget.memo.toPlainText() == before + "Ruuhka-aika"


def test_segment_memo_saved_when_another_segment_is_selected(
    inspector: Inspected, session: Session, qtbot: Any
) -> None:
    widget, _host = inspector
    segment_id = first_segment(session)
    focus(widget.memo, qtbot)
    widget.memo.setPlainText("ensimmäinen")
    other = session.project.segments.for_document(session.project.documents.list()[0].id)[1]
    session.segment_selected.emit(other.id)
    assert session.project.segments.get(segment_id).memo == "ensimmäinen"
    assert widget.memo.toPlainText() == other.memo


def test_memo_list_passes_qtmodeltester(session: Session, qtmodeltester: Any) -> None:
    from ui.memo_editor import MemoList

    memos = MemoList(session)
    memos.load("project", None)
    assert memos.rowCount() == 1
    qtmodeltester.check(memos)


# -- memo editor ----------------------------------------------------------------------------


def test_project_memo_edit_saved_on_focus_out_and_undone(
    memos: Memos, session: Session, qtbot: Any
) -> None:
    widget, host = memos
    memo = session.project.memos.list("project")[0]
    assert widget.target.currentText().startswith("Project: ")
    assert widget.body.toPlainText() == memo.body and widget.title.text() == memo.title
    focus(widget.body, qtbot)
    widget.body.moveCursor(widget.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(widget.body, " Lisays.")
    assert session.project.memos.get(memo.id).body == memo.body
    focus(host.elsewhere, qtbot)
    assert session.project.memos.get(memo.id).body == memo.body + " Lisays."
    assert session.undo_stack.undoText() == "Edit memo"
    session.undo_stack.undo()
    assert session.project.memos.get(memo.id).body == memo.body
    assert widget.body.toPlainText() == memo.body
    session.undo_stack.redo()
    assert widget.body.toPlainText() == memo.body + " Lisays."


def test_memo_saved_after_a_pause(memos: Memos, session: Session, qtbot: Any) -> None:
    widget, _host = memos
    memo = session.project.memos.list("project")[0]
    focus(widget.title, qtbot)
    widget.title.selectAll()
    qtbot.keyClicks(widget.title, "Tausta")
    assert widget.idle.isActive()
    widget.idle.timeout.emit()  # the pause; its length is not what is tested
    assert session.project.memos.get(memo.id).title == "Tausta"
    assert widget.title.hasFocus() and widget.title.text() == "Tausta"  # typing undisturbed


def test_typing_on_an_empty_document_starts_a_memo(
    memos: Memos, session: Session, qtbot: Any
) -> None:
    widget, host = memos
    doc = session.project.documents.list()[3].id
    session.document_shown.emit(doc)
    widget.target.setCurrentIndex(widget.target.findData("document"))
    widget.target.activated.emit(widget.target.currentIndex())
    assert session.project.memos.list("document", doc) == []
    assert widget.memo_id is None and widget.body.toPlainText() == ""
    focus(widget.body, qtbot)
    qtbot.keyClicks(widget.body, "Haastattelu keskeytyi.")
    focus(host.elsewhere, qtbot)
    [memo] = session.project.memos.list("document", doc)
    assert memo.body == "Haastattelu keskeytyi."
    assert widget.memos.ids == [memo.id]
    session.undo_stack.undo()
    assert session.project.memos.list("document", doc) == []
    assert widget.memos.ids == [] and widget.body.toPlainText() == ""


def test_new_and_delete_memos_on_a_code(memos: Memos, session: Session, qtbot: Any) -> None:
    widget, _host = memos
    code = session.project.codes.list()[2]
    widget.set_code(code.id)
    widget.target.setCurrentIndex(widget.target.findData("code"))
    widget.target.activated.emit(widget.target.currentIndex())
    assert code.name in widget.target.currentText()
    qtbot.mouseClick(widget.new_button, Qt.MouseButton.LeftButton)
    [memo] = session.project.memos.list("code", code.id)
    assert widget.title.hasFocus() and widget.title.text() == "New memo"
    widget.list.setFocus()
    qtbot.keyClick(widget.list, Qt.Key.Key_Delete)
    assert session.project.memos.list("code", code.id) == []
    session.undo_stack.undo()
    assert [m.id for m in session.project.memos.list("code", code.id)] == [memo.id]
    assert widget.memos.ids == [memo.id]


def test_segment_target_follows_the_selection(memos: Memos, session: Session) -> None:
    widget, _host = memos
    segment_id = first_segment(session)
    widget.target.setCurrentIndex(widget.target.findData("segment"))
    widget.target.activated.emit(widget.target.currentIndex())
    assert widget.target_of() == ("segment", segment_id)
    other = session.project.segments.for_document(session.project.documents.list()[0].id)[2]
    session.segment_selected.emit(other.id)
    assert widget.target_of() == ("segment", other.id)
    assert widget.target.currentText().startswith("Segment: “")
