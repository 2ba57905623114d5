"""The documents panel on the demo study: grouping, filters, opening, following the
document view, and the document edits (each undoable) driven by keys and menus."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from ui.documents_model import CODED, DocumentsFilter, DocumentsModel
from ui.documents_panel import DocumentsPanel
from ui.session import Session
from workbench.project import Project


@pytest.fixture
def panel(session: Session, qtbot: Any) -> DocumentsPanel:
    widget = DocumentsPanel(session)
    qtbot.addWidget(widget)
    widget.resize(420, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def visible(panel: DocumentsPanel) -> list[int]:
    """Document ids the tree shows, read through the view's model like a user would."""
    model = panel.view.model()
    out = []
    for g in range(model.rowCount()):
        heading = model.index(g, 0)
        for r in range(model.rowCount(heading)):
            out.append(model.index(r, 0, heading).data(Qt.ItemDataRole.UserRole + 1))
    return out


def headings(panel: DocumentsPanel) -> list[str]:
    model = panel.view.model()
    return [model.index(g, 0).data() for g in range(model.rowCount())]


def row_of(panel: DocumentsPanel, document_id: int) -> QModelIndex:
    index = panel.model.index_of(document_id)
    assert index.isValid()
    return index


def test_models_pass_the_model_tester(session: Session, qtmodeltester: Any) -> None:
    model = DocumentsModel(session.project)
    qtmodeltester.check(model)
    model.set_filter(DocumentsFilter(text="haastattelu"))
    qtmodeltester.check(model)
    model.set_filter(DocumentsFilter(coded="uncoded"))
    qtmodeltester.check(model)


def test_documents_grouped_by_kind_with_counts(panel: DocumentsPanel, session: Session) -> None:
    info = session.project.info()
    assert headings(panel) == [
        f"Interviews ({info.documents_by_kind['interview']})",
        f"Mystery shopping reports ({info.documents_by_kind['mystery_shopping']})",
        f"Observations ({info.documents_by_kind['observation']})",
        f"Survey answers ({info.documents_by_kind['survey_answer']})",
    ]
    assert visible(panel) == [d.id for d in session.project.documents.list()]
    h1 = session.project.documents.list()[0]
    row = row_of(panel, h1.id)
    assert row.siblingAtColumn(1).data() == "H1"
    assert row.siblingAtColumn(CODED).data() == str(
        len(session.project.segments.for_document(h1.id))
    )


def test_name_filter_typed(panel: DocumentsPanel, session: Session, qtbot: Any) -> None:
    qtbot.keyClicks(panel.filter_bar.name_edit, "MS0")
    expected = [d.id for d in session.project.documents.list() if "ms0" in d.name.lower()]
    assert visible(panel) == expected and len(expected) == 4
    assert headings(panel) == ["Mystery shopping reports (4)"]
    # Enter goes on to the first match; Enter again opens it.
    qtbot.keyClick(panel.filter_bar.name_edit, Qt.Key.Key_Return)
    with qtbot.waitSignal(session.document_requested) as opened:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert opened.args == [expected[0], -1, -1]
    qtbot.keyClicks(panel.filter_bar.name_edit, "9")
    assert visible(panel) == [] and headings(panel) == []


def test_case_attribute_coder_and_coding_filters(panel: DocumentsPanel, session: Session) -> None:
    project = session.project
    qtbot_click = panel.filter_bar.toggle
    qtbot_click.click()
    assert panel.filter_bar.more.isVisible()
    h3 = project.cases.find("H3")
    assert h3 is not None
    panel.filter_bar.case_combo.setCurrentIndex(panel.filter_bar.case_combo.findText("H3"))
    assert visible(panel) == project.cases.documents(h3.id)
    panel.filter_bar.case_combo.setCurrentIndex(0)

    panel.filter_bar.attribute_combo.setCurrentIndex(
        panel.filter_bar.attribute_combo.findText("segment = kanta-asiakas")
    )
    loyal = {
        c.id for c in project.cases.list()
        if project.attributes.values("case", c.id).get("segment") == "kanta-asiakas"
    }  # fmt: skip
    expected = [
        d.id for d in project.documents.list() if loyal & set(project.documents.case_ids(d.id))
    ]
    assert visible(panel) == expected and len(expected) > 8
    assert "of" in headings(panel)[0]  # "Interviews (6 of 8)"
    panel.filter_bar.attribute_combo.setCurrentIndex(0)

    panel.filter_bar.coded_combo.setCurrentIndex(panel.filter_bar.coded_combo.findData("uncoded"))
    uncoded = [d.id for d in project.documents.list() if not project.segments.for_document(d.id)]
    assert visible(panel) == uncoded and uncoded
    panel.filter_bar.coded_combo.setCurrentIndex(panel.filter_bar.coded_combo.findData("coded"))
    assert len(visible(panel)) == project.info().documents - len(uncoded)
    panel.filter_bar.coded_combo.setCurrentIndex(0)

    # The same filters set from code show in the controls.
    panel.filter_bar.toggle.setChecked(False)
    panel.set_filter(DocumentsFilter(text="kysely", coded="uncoded"))
    assert panel.filter_bar.more.isVisible()
    assert panel.filter_bar.coded_combo.currentData() == "uncoded"
    assert visible(panel) == [d for d in uncoded if "kysely" in project.documents.get(d).name]
    panel.set_filter(DocumentsFilter())

    newcomer = project.coders.ensure("MK").id  # no coding yet
    panel.filter_bar.reload()
    panel.filter_bar.coder_combo.setCurrentIndex(panel.filter_bar.coder_combo.findData(newcomer))
    assert visible(panel) == []


def test_double_click_and_enter_open_the_document(
    panel: DocumentsPanel, session: Session, qtbot: Any
) -> None:
    doc = session.project.documents.list()[2].id
    rect = panel.view.visualRect(row_of(panel, doc))
    with qtbot.waitSignal(session.document_requested) as opened:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [doc, -1, -1]
    other = session.project.documents.list()[9].id
    panel.view.setFocus()
    panel.view.setCurrentIndex(row_of(panel, other))
    with qtbot.waitSignal(session.document_requested) as opened:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert opened.args == [other, -1, -1]
    # A kind heading opens nothing.
    with qtbot.assertNotEmitted(session.document_requested):
        panel.view.setCurrentIndex(panel.model.index(0, 0))
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)


def test_follows_the_document_shown(panel: DocumentsPanel, session: Session) -> None:
    doc = session.project.documents.list()[5].id
    session.document_shown.emit(doc)
    assert panel.current_document() == doc
    assert row_of(panel, doc).data(Qt.ItemDataRole.FontRole).bold()
    session.document_shown.emit(-1)
    assert not row_of(panel, doc).data(Qt.ItemDataRole.FontRole)


def test_rename_in_place_with_f2_then_undo_and_redo(
    panel: DocumentsPanel, session: Session, qtbot: Any
) -> None:
    project = session.project
    doc = project.documents.list()[0].id
    panel.view.setFocus()
    panel.view.setCurrentIndex(row_of(panel, doc))
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "haastattelu_H1"
    editor.selectAll()
    qtbot.keyClicks(editor, "Haastattelu H1 - Tammiharju")
    with qtbot.waitSignal(session.changed):  # the view commits on the next event loop turn
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert project.documents.get(doc).name == "Haastattelu H1 - Tammiharju"
    assert row_of(panel, doc).data() == "Haastattelu H1 - Tammiharju"
    assert session.undo_stack.undoText() == "Rename document"
    session.undo_stack.undo()
    assert project.documents.get(doc).name == "haastattelu_H1"
    assert row_of(panel, doc).data() == "haastattelu_H1"
    session.undo_stack.redo()
    assert project.documents.get(doc).name == "Haastattelu H1 - Tammiharju"


def test_refused_rename_is_shown_not_swallowed(
    panel: DocumentsPanel, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    doc = session.project.documents.list()[0].id
    panel.rename_document(doc, "   ")
    assert shown == ["A document needs a name."]
    assert session.undo_stack.count() == 0


def _action(menu: Any, *path: str) -> Any:
    for text in path[:-1]:
        menu = next(a.menu() for a in menu.actions() if a.text().replace("&", "") == text)
    return next(a for a in menu.actions() if a.text().replace("&", "") == path[-1])


def test_context_menu_changes_kind_and_language(panel: DocumentsPanel, session: Session) -> None:
    project = session.project
    doc = project.documents.list()[0].id
    menu = panel.build_menu(doc)
    kind = _action(menu, "Document kind", "Interview")
    assert kind.isChecked()
    kind.trigger()  # the current kind again: no edit, no undo step
    assert session.undo_stack.count() == 0
    _action(menu, "Document kind", "Observation").trigger()
    assert project.documents.get(doc).kind == "observation"
    assert doc in [i for i in visible(panel)]
    assert headings(panel)[0] == "Interviews (7)" and headings(panel)[2] == "Observations (4)"
    _action(panel.build_menu(doc), "Language", "English").trigger()
    assert project.documents.get(doc).language == "en"
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert (project.documents.get(doc).kind, project.documents.get(doc).language) == (
        "interview",
        "fi",
    )
    assert headings(panel)[0] == "Interviews (8)"


@pytest.mark.parametrize(
    "answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel]
)
def test_delete_key_asks_then_deletes_with_segments(
    panel: DocumentsPanel,
    session: Session,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
) -> None:
    project: Project = session.project
    doc = project.documents.list()[1]
    segments = len(project.segments.for_document(doc.id))
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    panel.view.setFocus()
    panel.view.setCurrentIndex(row_of(panel, doc.id))
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert f"'{doc.name}'" in asked[0]
    assert f"Its {segments} coded segment" in asked[0]
    if answer == QMessageBox.StandardButton.Cancel:
        assert project.documents.get(doc.id).name == doc.name
        return
    assert doc.id not in [d.id for d in project.documents.list()]
    assert doc.id not in visible(panel)
    assert project.segments.count() == 312 - segments
    session.undo_stack.undo()
    assert project.documents.get(doc.id).name == doc.name
    assert len(project.segments.for_document(doc.id)) == segments
    assert doc.id in visible(panel)
    session.undo_stack.redo()
    assert doc.id not in visible(panel)


def test_badges_follow_coding(panel: DocumentsPanel, session: Session) -> None:
    project = session.project
    survey = next(d for d in project.documents.list() if d.kind == "survey_answer")
    before = len(project.segments.for_document(survey.id))
    code = project.codes.list()[0].id
    session.apply("Code", lambda: project.segments.code(survey.id, 0, 5, code))
    assert row_of(panel, survey.id).siblingAtColumn(CODED).data() == str(before + 1)
    session.undo_stack.undo()
    assert row_of(panel, survey.id).siblingAtColumn(CODED).data() == str(before)
