"""The Hypotheses dock on the demo study: creating and editing a hypothesis, survey
items checked as they are typed, evidence from the selected segment, reordering,
and every step undone with the window's undo stack."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui.codebook_panel import CodebookPanel
from ui.hypotheses_model import NUMBER, STATEMENT
from ui.hypotheses_panel import HypothesesPanel
from ui.hypothesis_edits import cite_menu
from ui.session import Session
from workbench.domain.hypotheses import Hypothesis


@pytest.fixture
def panel(session: Session, qtbot: Any) -> HypothesesPanel:
    widget = HypothesesPanel(session)
    qtbot.addWidget(widget)
    widget.resize(1500, 700)
    widget.show()
    return widget


def _snapshot(panel: HypothesesPanel) -> list[Hypothesis]:
    return panel.session.project.hypotheses.list()


def _type(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks only knows ASCII: no ä or ö)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _leave(widget: QWidget) -> None:
    """What leaving a field does (focus moving elsewhere), without a window manager."""
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut))


def test_the_list_shows_the_demo_hypotheses(panel: HypothesesPanel) -> None:
    project = panel.session.project
    model = panel.model
    assert model.rowCount() == 5
    assert model.index(0, NUMBER).data() == "H1"
    first = project.hypotheses.list()[0]
    assert model.index(0, STATEMENT).data() == first.statement
    assert model.index(0, 2).data() == "ready to test"
    assert model.index(0, 4).data() == 12
    dots = project.votes.code_totals()
    assert model.index(0, 5).data() == sum(dots.get(c, 0) for c in first.code_ids) == 3
    # The first hypothesis is selected and shown.
    assert panel.current_id() == first.id
    editor = panel.editor
    assert editor.statement.toPlainText() == first.statement
    assert editor.combos["method"].currentData() == "exit_poll"
    assert [sid for sid, box in editor.stage_boxes.items() if box.isChecked()] == list(
        first.stage_ids
    )
    assert editor.evidence.model.rowCount() == 12
    figures = editor.evidence.figures.text()
    summary = editor.evidence.model.summary
    assert summary is not None and f"n = {summary.valence_n}" in figures
    assert editor.sources.count() == 1


def test_create_edit_and_undo_each_step(panel: HypothesesPanel, qtbot: Any) -> None:
    project, stack = panel.session.project, panel.session.undo_stack
    before = _snapshot(panel)
    hid = panel.new_hypothesis("Kassajonot karkottavat kiireiset asiakkaat.")
    assert hid is not None and panel.current_id() == hid
    assert panel.model.rowCount() == 6 and panel.model.index(5, NUMBER).data() == "H6"
    editor = panel.editor
    assert editor.hypothesis is not None and editor.hypothesis.id == hid

    # The statement is saved when the field is left, not per keystroke.
    depth = stack.count()
    editor.statement.setPlainText("Pitkä kassajono karkottaa kiireiset asiakkaat.")
    assert stack.count() == depth
    _leave(editor.statement)
    assert stack.count() == depth + 1
    assert project.hypotheses.get(hid).statement == "Pitkä kassajono karkottaa kiireiset asiakkaat."
    assert panel.model.index(5, STATEMENT).data() == project.hypotheses.get(hid).statement

    # A line edit: typing does nothing yet, Enter saves.
    qtbot.keyClicks(editor.metric_edit, "Jonotusaika minuutteina")
    assert stack.count() == depth + 1
    qtbot.keyClick(editor.metric_edit, Qt.Key.Key_Return)
    assert project.hypotheses.get(hid).metric == "Jonotusaika minuutteina"

    for name, value in (("method", "panel"), ("status", "ready")):
        combo = editor.combos[name]
        combo.setCurrentIndex(combo.findData(value))
        combo.activated.emit(combo.currentIndex())
    h = project.hypotheses.get(hid)
    assert (h.method, h.status) == ("panel", "ready")
    assert panel.model.index(5, 2).data() == "ready to test"
    assert stack.count() == depth + 4

    stack.undo()
    assert project.hypotheses.get(hid).status == "draft"
    assert editor.combos["status"].currentData() == "draft"
    stack.undo()
    assert project.hypotheses.get(hid).method == "survey"
    stack.undo()
    assert project.hypotheses.get(hid).metric == "" and editor.metric_edit.text() == ""
    stack.undo()
    assert project.hypotheses.get(hid).statement == "Kassajonot karkottavat kiireiset asiakkaat."
    assert editor.statement.toPlainText() == "Kassajonot karkottavat kiireiset asiakkaat."
    stack.undo()
    assert _snapshot(panel) == before
    assert panel.model.rowCount() == 5
    assert panel.current_id() == before[-1].id  # the selection moved to a neighbour


def test_survey_items_are_checked_while_typing(panel: HypothesesPanel, qtbot: Any) -> None:
    project, stack = panel.session.project, panel.session.undo_stack
    before = _snapshot(panel)
    items = panel.editor.items
    assert len(items.rows) == 2
    # The demo's second item of H1 joins two claims with an absolute: flagged at once.
    assert {i.kind for i in items.rows[1].sign.issues} >= {"absolute", "double_barrelled"}
    assert not items.rows[0].sign.issues

    _type(items.new_edit, "Kassajono on aina pitkä ja hidas")
    kinds = {i.kind for i in items.new_sign.issues}
    assert kinds == {"absolute", "double_barrelled"}
    assert items.new_sign.isVisibleTo(panel)
    assert "'aina'" in items.new_sign.toolTip() and "'ja'" in items.new_sign.toolTip()
    assert items.message.isVisibleTo(panel) and "'aina'" in items.message.text()
    qtbot.keyClick(items.new_edit, Qt.Key.Key_Return)
    h1 = project.hypotheses.get(before[0].id)
    assert [i.statement for i in h1.items][-1] == "Kassajono on aina pitkä ja hidas"
    assert len(items.rows) == 3 and items.new_edit.text() == ""
    row = items.rows[2]
    assert {i.kind for i in row.sign.issues} == {"absolute", "double_barrelled"}

    # Fixing the wording clears the warning as it is typed; Enter saves it.
    row.statement.selectAll()
    _type(row.statement, "Jonotin kassalla tänään pitkään")
    assert not row.sign.issues and not row.sign.isVisibleTo(panel)
    qtbot.keyClick(row.statement, Qt.Key.Key_Return)
    item_id = row.item.id
    assert project.hypotheses.item(item_id).statement == "Jonotin kassalla tänään pitkään"

    items.rows[2].scale.setCurrentIndex(items.rows[2].scale.findData("likert7"))
    items.rows[2].scale.activated.emit(items.rows[2].scale.currentIndex())
    items.rows[2].reversed.click()
    assert project.hypotheses.item(item_id).scale == "likert7"
    assert project.hypotheses.item(item_id).reversed

    items.rows[0].delete.click()
    assert len(project.hypotheses.get(h1.id).items) == 2
    for _step in range(5):  # delete, reversed, scale, statement, add
        stack.undo()
    assert _snapshot(panel) == before
    assert len(items.rows) == 2


def test_evidence_from_the_selected_segment(panel: HypothesesPanel, qtbot: Any) -> None:
    session, project, stack = panel.session, panel.session.project, panel.session.undo_stack
    before = _snapshot(panel)
    evidence = panel.editor.evidence
    cited = set(before[0].evidence_ids)
    segment = next(
        s
        for d in project.documents.list()
        for s in project.segments.for_document(d.id)
        if s.id not in cited and s.emotion_id is not None
    )
    assert not evidence.add_button.isEnabled()
    session.segment_selected.emit(segment.id)
    assert evidence.add_button.isEnabled()
    evidence.add_button.click()
    h1 = project.hypotheses.get(before[0].id)
    assert h1.evidence_ids[-1] == segment.id and len(h1.evidence_ids) == 13
    assert evidence.model.rowCount() == 13
    summary = evidence.model.summary
    assert summary is not None and summary.segments == 13
    assert panel.model.index(0, 4).data() == 13
    assert not evidence.add_button.isEnabled()  # already cited

    evidence.table.selectRow(0)
    first = h1.evidence_ids[0]
    evidence.remove_button.click()
    assert first not in project.hypotheses.get(h1.id).evidence_ids
    assert evidence.model.rowCount() == 12

    # A double-click opens the passage in its document.
    row = evidence.model.row_at(0)
    assert row is not None
    with qtbot.waitSignal(session.document_requested) as blocker:
        evidence.open_passage(evidence.model.index(0, 0))
    assert blocker.args == [row.segment.document_id, row.segment.start, row.segment.end]
    assert session.segment_id == row.segment.id

    stack.undo()
    stack.undo()
    assert _snapshot(panel) == before
    assert evidence.model.rowCount() == 12 and panel.model.index(0, 4).data() == 12


def test_sources_and_stages(panel: HypothesesPanel) -> None:
    project, stack = panel.session.project, panel.session.undo_stack
    before = _snapshot(panel)
    editor = panel.editor
    other = next(c for c in project.codes.list() if c.id not in before[0].code_ids)
    editor.add_source("code", other.id)
    assert project.hypotheses.get(before[0].id).code_ids == (*before[0].code_ids, other.id)
    assert editor.sources.count() == 2
    editor.sources.item(0).setSelected(True)
    editor.remove_selected_sources()
    assert project.hypotheses.get(before[0].id).code_ids == (other.id,)
    box = next(b for sid, b in editor.stage_boxes.items() if sid not in before[0].stage_ids)
    box.click()
    assert len(project.hypotheses.get(before[0].id).stage_ids) == len(before[0].stage_ids) + 1
    for _step in range(3):
        stack.undo()
    assert _snapshot(panel) == before


def test_reorder_and_delete_keep_the_selection(panel: HypothesesPanel) -> None:
    project, stack = panel.session.project, panel.session.undo_stack
    before = _snapshot(panel)
    first = before[0].id
    assert not panel.actions_by_name["up"].isEnabled()
    panel.actions_by_name["down"].trigger()
    assert [h.id for h in project.hypotheses.list()][:2] == [before[1].id, first]
    assert panel.current_id() == first and panel.model.index(1, NUMBER).data() == "H2"
    assert panel.actions_by_name["up"].isEnabled()
    stack.undo()
    assert [h.id for h in project.hypotheses.list()] == [h.id for h in before]
    assert panel.model.row_of(first) == 0 and panel.current_id() == first

    panel.table.selectionModel().select(
        panel.model.index(2, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    third = before[2].id
    assert panel.editor.hypothesis is not None and panel.editor.hypothesis.id == third
    assert panel.delete(confirm=False)
    assert panel.model.rowCount() == 4 and third not in panel.model.ids()
    stack.undo()
    assert _snapshot(panel) == before
    assert panel.model.rowCount() == 5


def test_new_hypothesis_from_a_code_and_citing_from_a_list(
    panel: HypothesesPanel, qtbot: Any
) -> None:
    session, project, stack = panel.session, panel.session.project, panel.session.undo_stack
    before = _snapshot(panel)
    codebook = CodebookPanel(session)
    qtbot.addWidget(codebook)
    code = project.codes.list()[1]
    with qtbot.waitSignal(codebook.hypothesis_created) as blocker:
        hid = codebook.new_hypothesis_from_code(code.id, "Osaava henkilökunta lisää luottamusta.")
    assert blocker.args == [hid] and hid is not None
    h = project.hypotheses.get(hid)
    assert h.code_ids == (code.id,) and len(h.evidence_ids) == 12
    assert panel.model.rowCount() == 6

    # Retrieval's context menu: “Cite as evidence for hypothesis ▸ H1 …”.
    extra = next(s.id for s in project.segments.for_code(code.id) if s.id not in h.evidence_ids)
    menu = cite_menu(session, panel, [extra])
    assert len(menu.actions()) == 6 and menu.actions()[5].text().startswith("H6 ")
    menu.actions()[5].trigger()
    assert project.hypotheses.get(hid).evidence_ids[-1] == extra
    stack.undo()
    stack.undo()
    assert _snapshot(panel) == before
