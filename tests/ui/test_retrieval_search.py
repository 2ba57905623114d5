"""The retrieval view and the search panel on the demo study, driven by clicks and
keys; expected answers are computed independently from the per-document API."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QWidget

from ui.check_models import CheckListModel, CodeCheckModel
from ui.retrieval_model import QUOTE, RetrievalModel
from ui.retrieval_view import RetrievalView
from ui.search_panel import MATCH, SearchHitsModel, SearchPanel
from ui.session import Session
from workbench.model import Segment
from workbench.project import Project


@pytest.fixture
def view(session: Session, qtbot: Any) -> RetrievalView:
    widget = RetrievalView(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def panel(session: Session, qtbot: Any) -> SearchPanel:
    widget = SearchPanel(session)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    widget.activateWindow()  # shortcuts (F3, Alt+X) need an active window
    qtbot.waitActive(widget)
    return widget


def all_segments(project: Project) -> list[Segment]:
    return [s for d in project.documents.list() for s in project.segments.for_document(d.id)]


def shown_ids(view: RetrievalView) -> list[int]:
    model = view.table.model()
    return [model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).segment.id
            for r in range(model.rowCount())]  # fmt: skip


def tick(qtbot: Any, item_view: QWidget, text: str) -> None:
    """Select the row showing ``text`` and press Space, as a keyboard user would."""
    assert isinstance(item_view, QAbstractItemView)
    model = item_view.model()
    matches = model.match(
        model.index(0, 0), Qt.ItemDataRole.DisplayRole, text, 1,
        Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive,
    )  # fmt: skip
    assert matches, text
    item_view.setFocus()
    item_view.setCurrentIndex(matches[0])
    qtbot.keyClick(item_view, Qt.Key.Key_Space)


def test_models_pass_the_model_tester(session: Session, qtmodeltester: Any) -> None:
    project = session.project
    codes = CodeCheckModel()
    child = project.codes.create("Alakoodi", parent_id=project.codes.list()[0].id)
    codes.load(project.codes.list(), project.codes.counts())
    codes.set_checked([child.id])
    qtmodeltester.check(codes)
    kinds = CheckListModel()
    kinds.set_items(["interview", "observation"], str)
    qtmodeltester.check(kinds)
    from coding.retrieval import retrieve
    from coding.search import search

    results = RetrievalModel()
    results.set_rows(retrieve(project)[:20])
    qtmodeltester.check(results)
    hits = SearchHitsModel()
    hits.set_hits(search(project, "jono"))
    qtmodeltester.check(hits)


def test_everything_is_listed_when_shown(view: RetrievalView, session: Session) -> None:
    assert shown_ids(view) == [s.id for s in all_segments(session.project)]
    assert view.count_label.text() == "312 segment(s) in 73 document(s)".replace("73", str(
        len({s.document_id for s in all_segments(session.project)})))  # fmt: skip


def test_filters_one_by_one_change_the_count(
    view: RetrievalView, session: Session, qtbot: Any
) -> None:
    project = session.project
    segments = all_segments(project)
    anger = {e.id for e in project.schemes.emotions() if e.family == "anger"}

    view.filters.toolbox.setCurrentIndex(1)
    tick(qtbot, view.filters.toolbox.currentWidget(), "viha")  # anger, in Finnish
    expected = [s.id for s in segments if s.emotion_id in anger]
    assert shown_ids(view) == expected
    assert view.filters.toolbox.itemText(1) == "Emotions (1)"

    view.filters.toolbox.setCurrentIndex(2)
    tick(qtbot, view.filters.toolbox.currentWidget(), "Ostaminen")
    purchase = project.schemes.stage("purchase").id
    expected = [s.id for s in segments if s.emotion_id in anger and s.stage_id == purchase]
    assert shown_ids(view) == expected

    # Case attribute: segment = kanta-asiakas
    view.filters.toolbox.setCurrentIndex(4)
    combo = view.filters.attribute_combo
    combo.setCurrentIndex(combo.findText("segment"))
    values = view.filters.attribute_values
    page = view.filters.toolbox.currentWidget()
    values_view = next(w for w in page.findChildren(QAbstractItemView) if w.model() is values)
    tick(qtbot, values_view, "kanta-asiakas")
    loyal = {
        c.id for c in project.cases.list()
        if project.attributes.values("case", c.id).get("segment") == "kanta-asiakas"
    }  # fmt: skip
    expected = [
        s.id for s in segments
        if s.emotion_id in anger and s.stage_id == purchase
        and loyal & set(project.documents.case_ids(s.document_id))
    ]  # fmt: skip
    assert shown_ids(view) == expected and 3 < len(expected) < 20
    assert view.count_label.text().startswith(f"{len(expected)} segment")

    view.filters.clear_button.click()
    assert len(shown_ids(view)) == 312


def test_codes_and_interviewees_only(view: RetrievalView, session: Session, qtbot: Any) -> None:
    project = session.project
    code = project.codes.list()[2]
    tick(qtbot, view.filters.codes_view, code.name)
    with_code = [s for s in all_segments(project) if code.id in s.code_ids]
    assert shown_ids(view) == [s.id for s in with_code]
    qtbot.mouseClick(view.filters.participants_box, Qt.MouseButton.LeftButton)
    participants = []
    for s in with_code:
        turns = project.documents.turns(s.document_id)
        if any(t.start <= s.start < t.end and t.role == "participant" for t in turns):
            participants.append(s.id)
    assert shown_ids(view) == participants and len(participants) < len(with_code)


def test_quote_text_filter_typed(view: RetrievalView, session: Session, qtbot: Any) -> None:
    qtbot.keyClicks(view.filters.text_edit, "kassajono")
    qtbot.keyClick(view.filters.text_edit, Qt.Key.Key_Return)
    expected = [s.id for s in all_segments(session.project) if "kassajono" in s.text.lower()]
    assert shown_ids(view) == expected and expected


def test_double_click_opens_the_passage(view: RetrievalView, session: Session, qtbot: Any) -> None:
    row = view.model.rows()[4]
    rect = view.table.visualRect(view.model.index(4, QUOTE))
    with qtbot.waitSignal(session.document_requested) as opened:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    seg = row.segment
    assert opened.args == [seg.document_id, seg.start, seg.end]
    assert row.text in view.detail.toPlainText()


def test_results_follow_edits_with_undo_and_redo(view: RetrievalView, session: Session) -> None:
    project = session.project
    doc = project.documents.list()[12]  # a survey answer
    text = project.documents.text(doc.id)
    rage = project.schemes.emotion("anger", 3).id
    view.filters.emotions.set_checked(["anger"])
    before = len(shown_ids(view))
    view.table.selectRow(5)
    selected = view.model.rows()[5].segment.id
    segment = session.apply(
        "Add", lambda: project.segments.add(doc.id, 0, len(text) // 2, emotion_id=rage)
    )
    assert segment.id in shown_ids(view) and len(shown_ids(view)) == before + 1
    # The passage the researcher was on stays selected.
    assert view.model.row_at(view.table.currentIndex()).segment.id == selected  # type: ignore[union-attr]
    session.undo_stack.undo()
    assert len(shown_ids(view)) == before
    session.undo_stack.redo()
    assert len(shown_ids(view)) == before + 1


def test_export_writes_what_is_listed(
    view: RetrievalView, session: Session, tmp_path: Path
) -> None:
    view.filters.emotions.set_checked(["joy"])
    rows = view.rows()
    path = view.export_to(tmp_path / "ilo.xlsx")
    assert path == tmp_path / "ilo.xlsx"
    sheet = openpyxl.load_workbook(path).active
    assert sheet.max_row == len(rows) + 1
    assert [sheet.cell(r + 2, 7).value for r in range(len(rows))] == [r.text for r in rows]
    csv_path = view.export_to(tmp_path / "ilo.csv")
    assert csv_path is not None
    with csv_path.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f, delimiter=";"))  # a Finnish study: semicolons
    assert table[0][0] == "Dokumentti" and len(table) == len(rows) + 1


def test_export_failure_is_shown(
    view: RetrievalView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    assert view.export_to(tmp_path / "nowhere" / "x.xlsx") is None
    assert shown and "Could not write x.xlsx" in shown[0]


def test_copy_puts_quotes_with_sources_on_the_clipboard(view: RetrievalView, qtbot: Any) -> None:
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    row = view.rows()[0]
    text = QApplication.clipboard().text()
    assert text.startswith("“" + " ".join(row.text.split())[:30])
    assert text.endswith(f"({', '.join([*row.case_names, row.document_name])})")


# -- search --------------------------------------------------------------------------------


def independent_hits(
    project: Project, pattern: str, flags: int = re.IGNORECASE
) -> list[tuple[int, int, int]]:
    out = []
    for doc in project.documents.list():
        for m in re.finditer(pattern, project.documents.text(doc.id), flags):
            if m.end() > m.start():
                out.append((doc.id, m.start(), m.end()))
    return out


def hit_spans(panel: SearchPanel) -> list[tuple[int, int, int]]:
    return [(h.document_id, h.start, h.end) for h in panel.model.hits()]


def test_enter_searches_and_counts(panel: SearchPanel, session: Session, qtbot: Any) -> None:
    qtbot.keyClicks(panel.query_edit, "kassa")
    assert panel.model.rowCount() == 0  # typing alone does not search
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    expected = independent_hits(session.project, "kassa")
    assert hit_spans(panel) == expected and len(expected) > 20
    documents = len({d for d, _s, _e in expected})
    assert panel.status.text() == f"{len(expected)} hit(s) in {documents} document(s)"
    first = panel.model.index(0, MATCH)
    assert first.data().lower() == "kassa"
    assert first.data(Qt.ItemDataRole.FontRole).bold()


def test_case_and_regex_toggles(panel: SearchPanel, session: Session, qtbot: Any) -> None:
    project = session.project
    panel.search("Kassa")
    assert hit_spans(panel) == independent_hits(project, "Kassa")
    qtbot.mouseClick(panel.case_box, Qt.MouseButton.LeftButton)  # re-runs the search
    assert hit_spans(panel) == independent_hits(project, "Kassa", 0)
    qtbot.mouseClick(panel.case_box, Qt.MouseButton.LeftButton)
    # Regular e&xpression: a mnemonic "clicks" the box with a short animation.
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(panel.regex_box.isChecked)
    panel.search(r"\bjono\w*")
    assert hit_spans(panel) == independent_hits(project, r"\bjono\w*") != []


def test_invalid_regex_is_explained_inline(panel: SearchPanel, qtbot: Any) -> None:
    panel.regex_box.setChecked(True)
    qtbot.keyClicks(panel.query_edit, "jono(")
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    assert panel.has_error and panel.error_icon.isVisible()
    assert "not a valid regular expression" in panel.status.text()
    assert panel.model.rowCount() == 0
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    assert not panel.has_error and panel.model.rowCount() > 0


def test_double_click_and_f3_open_hits(panel: SearchPanel, session: Session, qtbot: Any) -> None:
    hits = panel.search("pakettiautomaat")
    assert len(hits) > 2
    rect = panel.table.visualRect(panel.model.index(1, MATCH))
    with qtbot.waitSignal(session.document_requested) as opened:
        # A double-click is a click, then a second press: Qt activates on the second.
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [hits[1].document_id, hits[1].start, hits[1].end]
    panel.table.setFocus()
    with qtbot.waitSignal(session.document_requested) as opened:
        qtbot.keyClick(panel.table, Qt.Key.Key_F3)
    assert opened.args == [hits[2].document_id, hits[2].start, hits[2].end]
    with qtbot.waitSignal(session.document_requested) as opened:
        qtbot.keyClick(panel.table, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert opened.args == [hits[1].document_id, hits[1].start, hits[1].end]


def test_emoji_positions_are_code_points(panel: SearchPanel, session: Session, qtbot: Any) -> None:
    project = session.project
    text = "Palvelu 😤😤 oli hidas, mutta kassajono eteni."
    doc = session.apply("Add", lambda: project.documents.add("emoji", text, kind="other")).id
    # The panel re-runs its search when documents change; search now.
    panel.search("kassajono eteni")
    [hit] = [h for h in panel.model.hits() if h.document_id == doc]
    assert (hit.start, hit.end) == (text.index("kassajono"), text.index("kassajono") + 15)
    assert text[hit.start : hit.end] == "kassajono eteni"
    index: QModelIndex = panel.model.index(panel.model.hits().index(hit), MATCH)
    with qtbot.waitSignal(session.document_requested) as opened:
        panel.table.activated.emit(index)
    assert opened.args == [doc, hit.start, hit.end]


def test_current_document_scope(panel: SearchPanel, session: Session) -> None:
    doc = session.project.documents.list()[0].id
    session.document_shown.emit(doc)
    panel.scope_combo.setCurrentIndex(panel.scope_combo.findData("current"))
    hits = panel.search("jono")
    assert hits and {h.document_id for h in hits} == {doc}
    other = session.project.documents.list()[1].id
    session.document_shown.emit(other)  # the scope follows the shown document
    assert {h.document_id for h in panel.model.hits()} == {other}


def test_export_runs_in_the_background_and_writes_every_row(session, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    from ui.retrieval_view import RetrievalView

    view = RetrievalView(session)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    rows = view.model.rows()
    assert len(rows) == 312
    target = tmp_path / "katkelmat.xlsx"
    with qtbot.waitSignal(view.exported, timeout=30000) as done:
        view.export_in_background(target)
    assert done.args[0] == str(target)
    sheet = openpyxl.load_workbook(target).active
    assert sheet.max_row == 313  # heading + every passage
    quotes = {c.value for c in sheet["A"][1:]} | {c.value for row in sheet.iter_rows(min_row=2)
                                                 for c in row}
    assert rows[0].text in quotes
