"""The codebook panel and its model on the demo project, driven with real events:
coding by click, Enter, drop and keys 1-9, and every codebook edit with undo/redo."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QColorDialog,
    QInputDialog,
    QMessageBox,
)

from ui.codebook_model import CODE_ID_ROLE, SELECTION_MIME, CodebookModel
from ui.codebook_panel import CodebookPanel
from ui.session import Session


@pytest.fixture
def panel(session: Session, qtbot: Any) -> CodebookPanel:
    widget = CodebookPanel(session)
    qtbot.addWidget(widget)
    widget.resize(420, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def select_text(session: Session, needle: str) -> tuple[int, int, int]:
    """Simulate the document view: show the first document, select ``needle`` in it."""
    doc = session.project.documents.list()[0].id
    start = session.project.documents.text(doc).index(needle)
    session.document_shown.emit(doc)
    session.text_selection_changed.emit(doc, start, start + len(needle))
    return doc, start, start + len(needle)


def proxy_index(panel: CodebookPanel, code_id: int, column: int = 0) -> Any:
    return panel.proxy.mapFromSource(panel.model.index_of(code_id, column))


def click(panel: CodebookPanel, code_id: int, qtbot: Any) -> None:
    rect = panel.tree.visualRect(proxy_index(panel, code_id))
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def undo_redo(session: Session, check_before: Any, check_after: Any) -> None:
    check_after()
    session.undo_stack.undo()
    check_before()
    session.undo_stack.redo()
    check_after()


# -- the model ---------------------------------------------------------------------------


def test_model_passes_qtmodeltester(session: Session, qtmodeltester: Any) -> None:
    codes = session.project.codes
    parent = codes.list()[0].id
    child = session.apply("x", lambda: codes.create("Itsepalvelu", parent_id=parent))
    session.apply("x", lambda: codes.create("Vaa'at", parent_id=child.id))
    model = CodebookModel(session)
    qtmodeltester.check(model)
    assert model.rowCount() == 10 and model.rowCount(model.index_of(parent)) == 1


def test_counts_come_from_the_project_and_parents_show_the_sum(session: Session) -> None:
    codes = session.project.codes
    first = codes.list()[0]
    child = session.apply("x", lambda: codes.create("Itsepalvelu", parent_id=first.id))
    model = CodebookModel(session)
    segments, documents = codes.counts()[first.id]
    assert model.index_of(first.id, 2).data() == str(documents)
    assert model.index_of(first.id, 1).data() == f"{segments} ({segments})"
    doc = session.project.documents.list()[0].id
    session.apply("c", lambda: session.project.segments.code(doc, 0, 10, child.id))
    assert model.index_of(child.id, 1).data() == "1"
    assert model.index_of(first.id, 1).data() == f"{segments} ({segments + 1})"
    assert f"{segments + 1} with sub-codes" in model.index_of(first.id).data(
        Qt.ItemDataRole.ToolTipRole
    )


# -- coding ------------------------------------------------------------------------------


def test_clicking_a_code_codes_the_selection(
    panel: CodebookPanel, session: Session, qtbot: Any
) -> None:
    code = session.project.codes.list()[3]
    doc, start, end = select_text(session, "kaks lasta")
    before = panel.model.counts(code.id)[0]
    with qtbot.waitSignal(session.segment_selected):
        click(panel, code.id, qtbot)

    def coded() -> None:
        segment = session.project.segments.find(doc, start, end)
        assert segment is not None and segment.code_ids == (code.id,)
        assert segment.text == "kaks lasta"
        assert panel.model.counts(code.id)[0] == before + 1

    def not_coded() -> None:
        assert session.project.segments.find(doc, start, end) is None
        assert panel.model.counts(code.id)[0] == before

    undo_redo(session, not_coded, coded)
    assert session.recent_codes[0] == code.id


def test_clicking_without_a_selection_only_selects(
    panel: CodebookPanel, session: Session, qtbot: Any
) -> None:
    code = session.project.codes.list()[1]
    with qtbot.waitSignal(panel.current_code_changed) as changed:
        click(panel, code.id, qtbot)
    assert changed.args == [code.id]
    assert session.undo_stack.count() == 0


def test_enter_on_a_code_codes_the_selection(
    panel: CodebookPanel, session: Session, qtbot: Any
) -> None:
    code = session.project.codes.list()[2]
    doc, start, end = select_text(session, "kassajonot")
    panel.tree.setFocus()
    panel.tree.setCurrentIndex(proxy_index(panel, code.id))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    segment = session.project.segments.find(doc, start, end)
    assert segment is not None and code.id in segment.code_ids
    session.undo_stack.undo()
    assert session.project.segments.find(doc, start, end) is None


def test_dropping_a_passage_on_a_code_codes_it(panel: CodebookPanel, session: Session) -> None:
    code = session.project.codes.list()[4]
    doc = session.project.documents.list()[0].id
    mime = QMimeData()
    mime.setData(SELECTION_MIME, json.dumps({"document_id": doc, "start": 40, "end": 90}).encode())
    model = panel.model
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, model.index_of(code.id))
    assert not model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, model.index(-1, 0))
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, model.index_of(code.id))

    def coded() -> None:
        segment = session.project.segments.find(doc, 40, 90)
        assert segment is not None and segment.code_ids == (code.id,)

    def not_coded() -> None:
        assert session.project.segments.find(doc, 40, 90) is None

    undo_redo(session, not_coded, coded)
    assert session.project.segments.find(doc, 40, 90) is not None
    assert session.recent_codes == [code.id]


def test_recent_codes_on_keys_1_to_9(panel: CodebookPanel, session: Session) -> None:
    codes = session.project.codes.list()
    session.use_code(codes[6].id)
    session.use_code(codes[1].id)  # recent: [1, 6]
    assert "<b>1</b>" in panel.recent.text() and "<b>2</b>" in panel.recent.text()
    assert f"1 {codes[1].name}" in panel.recent.toolTip()
    messages: list[str] = []
    session.message.connect(messages.append)
    assert panel.code_with_recent(1) is None  # nothing selected yet
    assert messages[-1] == "Select a passage first."
    doc, start, end = select_text(session, "itsepalvelukassat")
    segment_id = panel.code_with_recent(1)  # key 2
    assert segment_id is not None
    assert session.project.segments.get(segment_id).code_ids == (codes[6].id,)
    assert panel.code_with_recent(8) is None and "9" in messages[-1]
    session.undo_stack.undo()
    assert session.project.segments.find(doc, start, end) is None
    session.undo_stack.redo()
    assert session.project.segments.find(doc, start, end) is not None


# -- codebook edits ----------------------------------------------------------------------


def test_rename_in_place_with_f2(panel: CodebookPanel, session: Session, qtbot: Any) -> None:
    code = session.project.codes.list()[0]
    panel.tree.setFocus()
    panel.tree.setCurrentIndex(proxy_index(panel, code.id))
    qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    editor = panel.tree.focusWidget()
    assert editor is not panel.tree
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Kassajonot ja maksaminen")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on a queued call
    qtbot.waitUntil(lambda: panel.tree.state() != QAbstractItemView.State.EditingState)
    get = session.project.codes.get
    undo_redo(
        session,
        lambda: get(code.id).name == code.name or pytest.fail("not undone"),
        lambda: get(code.id).name == "Kassajonot ja maksaminen" or pytest.fail("not renamed"),
    )
    assert proxy_index(panel, code.id).data() == "Kassajonot ja maksaminen"
    assert panel.current_code() == code.id  # the selection survived the refresh


def test_rename_to_a_taken_name_is_shown(
    panel: CodebookPanel, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    first, second = session.project.codes.list()[:2]
    assert not panel.model.setData(panel.model.index_of(first.id), second.name)
    assert warnings and second.name in warnings[0]
    assert session.project.codes.get(first.id).name == first.name


def test_recolour(panel: CodebookPanel, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    code = session.project.codes.list()[1]
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#123456"))
    panel.select_code(code.id)
    panel.actions_by_name["color"].trigger()
    get = session.project.codes.get
    undo_redo(
        session,
        lambda: get(code.id).color == code.color or pytest.fail("not undone"),
        lambda: get(code.id).color == "#123456" or pytest.fail("not recoloured"),
    )
    assert panel.model.index_of(code.id).data(Qt.ItemDataRole.UserRole + 2) == "#123456"


def test_describe_and_tooltip(
    panel: CodebookPanel, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = session.project.codes.list()[2]
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("Haku ei löydä tuotteita.", True)
    )
    panel.select_code(code.id)
    panel.actions_by_name["describe"].trigger()
    assert session.project.codes.get(code.id).description == "Haku ei löydä tuotteita."
    assert "Haku ei löydä" in proxy_index(panel, code.id).data(Qt.ItemDataRole.ToolTipRole)
    session.undo_stack.undo()
    assert session.project.codes.get(code.id).description == code.description
    session.undo_stack.redo()
    assert session.project.codes.get(code.id).description == "Haku ei löydä tuotteita."


def test_new_code_and_sub_code_with_keys(
    panel: CodebookPanel, session: Session, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = iter(["Saavutettavuus", "Pyörätuoli"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(names), True))
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Insert)
    top = session.project.codes.find("Saavutettavuus")
    assert top is not None and top.parent_id is None
    assert panel.current_code() == top.id
    qtbot.keyClick(panel.tree, Qt.Key.Key_Insert, Qt.KeyboardModifier.ShiftModifier)
    child = session.project.codes.find("Pyörätuoli", top.id)
    assert child is not None and panel.current_code() == child.id
    assert panel.tree.isExpanded(proxy_index(panel, top.id))
    session.undo_stack.undo()
    assert session.project.codes.find("Pyörätuoli", top.id) is None
    session.undo_stack.undo()
    assert session.project.codes.find("Saavutettavuus") is None
    session.undo_stack.redo()
    assert session.project.codes.find("Saavutettavuus") is not None


def test_nest_and_reorder_by_drag(panel: CodebookPanel, session: Session) -> None:
    codes = session.project.codes
    a, b, c = codes.list()[:3]
    model = panel.model
    panel.tree.expandAll()
    panel.select_code(c.id)
    # drag c onto a: nest it
    mime = model.mimeData([model.index_of(c.id)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index_of(a.id))

    def nested() -> None:
        assert codes.get(c.id).parent_id == a.id
        assert model.index_of(c.id).parent().data(CODE_ID_ROLE) == a.id

    undo_redo(session, lambda: codes.get(c.id).parent_id is None or pytest.fail(), nested)
    assert panel.current_code() == c.id and panel.tree.isExpanded(proxy_index(panel, a.id))
    # a cannot go under its own child
    back = model.mimeData([model.index_of(a.id)])
    assert not model.canDropMimeData(back, Qt.DropAction.MoveAction, -1, -1, model.index_of(c.id))
    assert not model.dropMimeData(back, Qt.DropAction.MoveAction, -1, -1, model.index_of(c.id))
    # drag b before a at the top level: reorder
    mime = model.mimeData([model.index_of(b.id)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))
    assert [x.id for x in codes.children(None)][:2] == [b.id, a.id]
    session.undo_stack.undo()
    assert [x.id for x in codes.children(None)][:2] == [a.id, b.id]


def test_merge_into_another_code(
    panel: CodebookPanel, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    codes, segments = session.project.codes, session.project.segments
    source, target = codes.list()[8], codes.list()[9]
    source_segments = {s.id for s in segments.for_code(source.id)}
    offered: list[list[str]] = []

    def pick(
        _parent: Any, _title: str, _label: str, items: list[str], *_a: Any
    ) -> tuple[str, bool]:
        offered.append(items)
        return target.name, True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    panel.select_code(source.id)
    panel.actions_by_name["merge"].trigger()
    assert source.name not in offered[0]

    def merged() -> None:
        assert codes.find(source.name) is None
        assert source_segments <= {s.id for s in segments.for_code(target.id)}

    def separate() -> None:
        assert codes.get(source.id).name == source.name
        assert {s.id for s in segments.for_code(source.id)} == source_segments

    undo_redo(session, separate, merged)


def test_delete_asks_with_the_counts_then_deletes(
    panel: CodebookPanel, session: Session, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    codes = session.project.codes
    code = codes.list()[5]
    session.apply("x", lambda: codes.create("Kuitti puuttuu", parent_id=code.id))
    own = codes.counts()[code.id][0]
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def question(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    panel.select_code(code.id)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert "Sub-codes deleted with it: 1" in asked[0]
    assert f"Codings removed from segments: {own}" in asked[0]
    assert codes.find(code.name) is not None  # cancelled
    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)

    def gone() -> None:
        assert codes.find(code.name) is None
        assert panel.model.index_of(code.id).isValid() is False

    def back() -> None:
        assert codes.find(code.name) is not None
        assert codes.find("Kuitti puuttuu", code.id) is not None
        assert codes.counts()[code.id][0] == own

    undo_redo(session, back, gone)


def test_filter_box_is_fuzzy_and_keeps_parents(
    panel: CodebookPanel, session: Session, qtbot: Any
) -> None:
    codes = session.project.codes
    parent = codes.list()[0]
    session.apply("x", lambda: codes.create("Vaa'at", parent_id=parent.id))
    qtbot.keyClicks(panel.filter, "vaa'a")
    assert panel.proxy.rowCount() == 1
    top = panel.proxy.index(0, 0)
    assert top.data(CODE_ID_ROLE) == parent.id
    assert panel.proxy.index(0, 0, top).data() == "Vaa'at"
    qtbot.keyClick(panel.filter, Qt.Key.Key_Down)
    assert panel.tree.hasFocus()
    panel.filter.clear()
    assert panel.proxy.rowCount() == 10


def test_a_passage_dropped_on_the_tree_codes_the_code_under_the_mouse(
    panel: CodebookPanel, session: Session
) -> None:
    code = session.project.codes.list()[6]
    doc = session.project.documents.list()[0].id
    mime = QMimeData()
    mime.setData(SELECTION_MIME, json.dumps({"document_id": doc, "start": 5, "end": 25}).encode())
    viewport = panel.tree.viewport()
    pos = QPointF(panel.tree.visualRect(proxy_index(panel, code.id)).center())
    copy, none = Qt.DropAction.CopyAction, Qt.MouseButton.NoButton
    mods = Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(pos.toPoint(), copy, mime, none, mods),
        QDragMoveEvent(pos.toPoint(), copy, mime, none, mods),
        QDropEvent(pos, copy, mime, none, mods),
    ):
        QApplication.sendEvent(viewport, event)
        assert event.isAccepted()
    segment = session.project.segments.find(doc, 5, 25)
    assert segment is not None and segment.code_ids == (code.id,)
    session.undo_stack.undo()
    assert session.project.segments.find(doc, 5, 25) is None


def test_refresh_keeps_expansion_and_selection(panel: CodebookPanel, session: Session) -> None:
    codes = session.project.codes
    first, second = codes.list()[:2]
    for parent in (first, second):
        session.apply("x", lambda p=parent: codes.create("Ala", parent_id=p.id))
    panel.tree.setExpanded(proxy_index(panel, first.id), True)
    panel.tree.setExpanded(proxy_index(panel, second.id), False)
    child = codes.find("Ala", first.id)
    assert child is not None
    panel.select_code(child.id)
    session.apply("x", lambda: codes.create("Uusi pääkoodi"))  # the tree's shape changes
    assert panel.tree.isExpanded(proxy_index(panel, first.id))
    assert not panel.tree.isExpanded(proxy_index(panel, second.id))
    assert panel.current_code() == child.id
    session.undo_stack.undo()
    assert panel.current_code() == child.id and panel.model.rowCount() == 10
