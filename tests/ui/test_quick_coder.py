"""The quick coder popup driven by the keyboard: fuzzy search, Enter codes, and the
'create' row or Ctrl+Enter make a new code and code the passage in one undoable step."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.quick_coder import CREATE, QuickCoder
from ui.session import Session


@pytest.fixture
def popup(session: Session, qtbot: Any) -> Iterator[QuickCoder]:
    host = QWidget()  # the main window stand-in; held here, qtbot only keeps a weak reference
    qtbot.addWidget(host)
    host.resize(900, 600)
    host.show()
    coder = QuickCoder(session, host)
    coder.open_for_selection()
    qtbot.waitExposed(coder)
    yield coder
    host.close()


def select_text(session: Session, needle: str) -> tuple[int, int, int]:
    doc = session.project.documents.list()[0].id
    start = session.project.documents.text(doc).index(needle)
    session.document_shown.emit(doc)
    session.text_selection_changed.emit(doc, start, start + len(needle))
    return doc, start, start + len(needle)


def shown(popup: QuickCoder) -> list[int]:
    return [popup.choices.code_id(r) or 0 for r in range(popup.choices.rowCount())]


def test_choices_pass_qtmodeltester(session: Session, qtmodeltester: Any) -> None:
    from ui.quick_coder import CodeChoices

    choices = CodeChoices(session)
    choices.load()
    qtmodeltester.check(choices)
    choices.set_query("kassa")
    qtmodeltester.check(choices)
    assert choices.code_id(choices.rowCount() - 1) == CREATE


def test_recent_codes_first_when_nothing_is_typed(session: Session, qtbot: Any) -> None:
    codes = session.project.codes.list()
    session.use_code(codes[7].id)
    session.use_code(codes[4].id)
    popup = QuickCoder(session)
    qtbot.addWidget(popup)
    assert shown(popup)[:3] == [codes[4].id, codes[7].id, codes[0].id]
    assert popup.choices.index(0).data().endswith("1")  # its key
    assert CREATE not in shown(popup)


def test_fuzzy_letters_and_enter_code_the_selection(
    popup: QuickCoder, session: Session, qtbot: Any
) -> None:
    doc, start, end = select_text(session, "kassajonot")
    qtbot.keyClicks(popup.edit, "mobsov")
    target = session.project.codes.find("Mobiilisovellus")
    assert target is not None and shown(popup)[0] == target.id
    assert shown(popup)[-1] == CREATE
    with qtbot.waitSignal(popup.finished):
        qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    segment = session.project.segments.find(doc, start, end)
    assert segment is not None and segment.code_ids == (target.id,)
    assert session.recent_codes[0] == target.id
    session.undo_stack.undo()
    assert session.project.segments.find(doc, start, end) is None
    session.undo_stack.redo()
    assert session.project.segments.find(doc, start, end) is not None


def test_arrow_keys_choose_another_row(popup: QuickCoder, session: Session, qtbot: Any) -> None:
    doc, start, end = select_text(session, "kassajonot")
    qtbot.keyClicks(popup.edit, "asiak")
    second = shown(popup)[1]
    qtbot.keyClick(popup.edit, Qt.Key.Key_Down)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    segment = session.project.segments.find(doc, start, end)
    assert segment is not None and segment.code_ids == (second,)


def test_finnish_letters_typed_plain_and_case_insensitive(
    popup: QuickCoder, session: Session, qtbot: Any
) -> None:
    qtbot.keyClicks(popup.edit, "HENKILOK")
    staff = session.project.codes.find("Henkilökunnan osaaminen")
    assert staff is not None and shown(popup)[0] == staff.id
    popup.edit.setText("henkilö")  # QTest types ASCII only; an input method gives 'ö'
    assert shown(popup)[0] == staff.id


def test_create_row_makes_a_code_and_codes_in_one_undo_step(
    popup: QuickCoder, session: Session, qtbot: Any
) -> None:
    doc, start, end = select_text(session, "itsepalvelukassat")
    qtbot.keyClicks(popup.edit, "Itsepalvelun valvonta")
    rows = shown(popup)
    for _ in range(len(rows) - 1):
        qtbot.keyClick(popup.edit, Qt.Key.Key_Down)
    assert popup.list.currentIndex().row() == len(rows) - 1
    assert "Create code “Itsepalvelun valvonta”" in popup.list.currentIndex().data()
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    code = session.project.codes.find("Itsepalvelun valvonta")
    assert code is not None
    segment = session.project.segments.find(doc, start, end)
    assert segment is not None and segment.code_ids == (code.id,)
    assert session.segment_id == segment.id
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()  # one step takes both away
    assert session.project.codes.find("Itsepalvelun valvonta") is None
    assert session.project.segments.find(doc, start, end) is None
    session.undo_stack.redo()
    assert session.project.segments.find(doc, start, end) is not None


def test_ctrl_enter_creates_a_sub_code_from_a_path(
    popup: QuickCoder, session: Session, qtbot: Any
) -> None:
    doc, start, end = select_text(session, "kaks lasta")
    qtbot.keyClicks(popup.edit, "Jonot ja kassa / Lapsiperheet")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    parent = session.project.codes.find("Jonot ja kassa")
    assert parent is not None
    child = session.project.codes.find("Lapsiperheet", parent.id)
    assert child is not None
    segment = session.project.segments.find(doc, start, end)
    assert segment is not None and segment.code_ids == (child.id,)


def test_no_create_row_for_an_existing_code(popup: QuickCoder, qtbot: Any) -> None:
    qtbot.keyClicks(popup.edit, "palautukset")
    assert CREATE not in shown(popup)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert popup.isVisible()  # nothing to create


def test_without_text_selection_the_selected_segment_gets_the_code(
    popup: QuickCoder, session: Session, qtbot: Any
) -> None:
    segment = session.project.segments.for_code(session.project.codes.list()[0].id)[0]
    session.segment_selected.emit(segment.id)
    qtbot.keyClicks(popup.edit, "palaut")
    target = session.project.codes.find("Palautukset")
    assert target is not None
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    assert target.id in session.project.segments.get(segment.id).code_ids
    session.undo_stack.undo()
    assert target.id not in session.project.segments.get(segment.id).code_ids


def test_errors_are_shown(
    popup: QuickCoder, session: Session, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    select_text(session, "kassajonot")
    monkeypatch.setattr(session.project.codes, "create", _refuse)
    qtbot.keyClicks(popup.edit, "Uusi koodi")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert warnings == ["no"]
    assert session.undo_stack.count() == 0 and popup.isVisible()


def test_escape_closes(popup: QuickCoder, qtbot: Any) -> None:
    with qtbot.waitSignal(popup.rejected):
        qtbot.keyClick(popup.edit, Qt.Key.Key_Escape)


def _refuse(*_a: object, **_k: object) -> None:
    from workbench.errors import ValidationError

    raise ValidationError("no")
