"""File ▸ Export and File ▸ Import from the window, on the demo study: exports run
in the background from their own read-only connection and write real files;
REFI-QDA imports are one undoable action each."""

from __future__ import annotations

import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from exports.refi_codebook import read_codebook
from exports.refi_import import import_project
from ui.export_actions import ExportActions
from ui.jobs import Job
from ui.session import Session
from workbench.project import Project


@pytest.fixture
def actions(session: Session, qtbot: Any) -> ExportActions:
    parent = QWidget()
    qtbot.addWidget(parent)
    exporter = ExportActions(session, parent)
    exporter.show_reports = False
    return exporter


def _finish(job: Job, qtbot: Any) -> None:
    qtbot.waitUntil(job.done.is_set, timeout=120_000)
    qtbot.wait(0)  # let the finished/failed signal reach the GUI thread


def _run(actions: ExportActions, qtbot: Any, start: Any) -> list[Path]:
    with qtbot.waitSignal(actions.exported, timeout=120_000) as blocker:
        job = start()
        assert isinstance(job, Job)
    _finish(job, qtbot)
    written: list[Path] = blocker.args[0]
    return written


def test_codebook_export(actions: ExportActions, qtbot: Any, tmp_path: Path) -> None:
    project = actions.session.project
    out = tmp_path / "koodikirja.qdc"
    assert _run(actions, qtbot, lambda: actions.export_qdc(out)) == [out]
    names = []
    stack = read_codebook(out.read_bytes())
    while stack:
        entry = stack.pop()
        names.append(entry.name)
        stack.extend(entry.children)
    assert sorted(names) == sorted(c.name for c in project.codes.list())
    assert not project.readonly  # the window's own connection is untouched


def test_refi_project_export_round_trips(
    actions: ExportActions, qtbot: Any, tmp_path: Path
) -> None:
    project = actions.session.project
    out = tmp_path / "tutkimus.qdpx"
    assert _run(actions, qtbot, lambda: actions.export_qdpx(out)) == [out]
    with zipfile.ZipFile(out) as archive:
        assert "project.qde" in archive.namelist()
    with Project.create(tmp_path / "copy.teema") as copy:
        result = import_project(copy, out)
        assert result.sources == len(project.documents.list()) == 73
        assert result.segments == project.info().segments == 312
        assert {c.name for c in copy.codes.list()} == {c.name for c in project.codes.list()}


def test_code_matrices_export(actions: ExportActions, qtbot: Any, tmp_path: Path) -> None:
    project = actions.session.project
    out = tmp_path / "matriisit.xlsx"
    assert _run(actions, qtbot, lambda: actions.export_matrices(out)) == [out]
    sheet = openpyxl.load_workbook(out, read_only=True)["documents"]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 1 + 73
    # Each code's column adds up to its coded segments in the project.
    codes = project.codes.list()
    first_code_column = len(rows[0]) - len(codes)
    totals = Counter(
        {c.id: sum(r[first_code_column + i] for r in rows[1:]) for i, c in enumerate(codes)}
    )
    for code in codes:
        assert totals[code.id] == len(project.segments.for_code(code.id, include_subcodes=False))


def test_hypothesis_sheet_export(actions: ExportActions, qtbot: Any, tmp_path: Path) -> None:
    pytest.importorskip("exports.hypothesis_sheet")
    project = actions.session.project
    out = tmp_path / "hypoteesit.xlsx"
    assert _run(actions, qtbot, lambda: actions.export_hypothesis_sheet(out)) == [out]
    book = openpyxl.load_workbook(out, read_only=True)
    cells = {v for row in book.worksheets[0].iter_rows(values_only=True) for v in row}
    assert {h.statement for h in project.hypotheses.list()} <= cells


def test_client_report_export(actions: ExportActions, qtbot: Any, tmp_path: Path) -> None:
    pytest.importorskip("exports.report")
    docx = pytest.importorskip("docx")
    project = actions.session.project
    out = tmp_path / "yhteenveto.docx"
    assert _run(actions, qtbot, lambda: actions.export_report(out, "fi")) == [out]
    document = docx.Document(str(out))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    text = "\n".join([*(p.text for p in document.paragraphs), *cells])
    assert project.name in text
    assert project.hypotheses.list()[0].statement in text


def test_a_failed_export_says_why(
    actions: ExportActions, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    job = actions.export_matrices(tmp_path / "matriisit.pdf")
    _finish(job, qtbot)
    qtbot.waitUntil(lambda: bool(shown))
    assert "one of .xlsx, .csv" in shown[0]
    assert not (tmp_path / "matriisit.pdf").exists()


def test_codebook_import_is_undoable(actions: ExportActions, qtbot: Any, tmp_path: Path) -> None:
    from exports.refi_codebook import export_codebook

    source = tmp_path / "other.teema"
    with Project.create(source) as other:
        top = other.codes.create("Hinnoittelu")
        other.codes.create("Tarjoukset", parent_id=top.id)
        export_codebook(other, tmp_path / "other.qdc")
    project, stack = actions.session.project, actions.session.undo_stack
    before = {c.name for c in project.codes.list()}
    messages: list[str] = []
    actions.session.message.connect(messages.append)
    assert actions.import_qdc(tmp_path / "other.qdc")
    after = {c.name for c in project.codes.list()}
    assert after - before == {"Hinnoittelu", "Tarjoukset"}
    found = project.codes.find("Tarjoukset", project.codes.find("Hinnoittelu").id)  # type: ignore[union-attr]
    assert found is not None
    assert messages and "2 codes created" in messages[-1]
    stack.undo()
    assert {c.name for c in project.codes.list()} == before


def test_qdpx_import_is_undoable(actions: ExportActions, qtbot: Any, tmp_path: Path) -> None:
    source = tmp_path / "other.teema"
    with Project.create(source) as other:
        doc = other.documents.add("haastattelu_X", "Jono oli pitkä, mutta kassa palveli nopeasti.")
        code = other.codes.create("Palvelun nopeus")
        other.segments.code(doc.id, 0, 14, code.id)
        from exports.refi_project import export_project

        export_project(other, tmp_path / "other.qdpx")
    project, stack = actions.session.project, actions.session.undo_stack
    info = project.info()
    assert actions.import_qdpx(tmp_path / "other.qdpx")
    assert project.info().documents == info.documents + 1
    assert project.info().segments == info.segments + 1
    assert project.codes.find("Palvelun nopeus") is not None
    stack.undo()
    assert project.info().documents == info.documents
    assert project.codes.find("Palvelun nopeus") is None


def test_the_file_menu_offers_exports_and_imports(demo_copy: Path, qtbot: Any) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(Project.open(demo_copy, coder="tester"))
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    titles = {a.text().replace("&", ""): a for a in file_menu.actions()}  # type: ignore[union-attr]
    exports = [a.text().replace("&", "") for a in titles["Export"].menu().actions()]
    assert [t for t in exports if t] == [
        "Hypothesis sheet…",
        "Client summary (Word)…",
        "REFI-QDA project (.qdpx)…",
        "Codebook (.qdc)…",
        "Code matrices…",
    ]
    imports = [a.text() for a in titles["Import from"].menu().actions()]
    assert imports == ["REFI-QDA project (.qdpx)…", "Codebook (.qdc)…"]
    assert "hypotheses" in window.docks
    window.close()


@pytest.fixture
def cancelled_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every job is cancelled before its worker starts (Cancel pressed at once)."""
    start = Job.start

    def cancel_then_start(self: Job, pool: Any = None) -> None:
        self.cancel()
        start(self, pool)

    monkeypatch.setattr(Job, "start", cancel_then_start)


def test_cancelling_the_client_summary_leaves_no_file(
    actions: ExportActions, qtbot: Any, tmp_path: Path, cancelled_at_once: None
) -> None:
    messages: list[str] = []
    actions.session.message.connect(messages.append)
    out = tmp_path / "raportti.docx"
    job = actions.export_report(out, "fi")
    _finish(job, qtbot)
    qtbot.waitUntil(lambda: bool(messages))
    assert messages == ["Export cancelled."]
    assert [p.name for p in tmp_path.iterdir() if "raportti" in p.name] == []


def test_a_quick_export_that_finished_says_so_despite_cancel(
    actions: ExportActions, qtbot: Any, tmp_path: Path, cancelled_at_once: None
) -> None:
    messages: list[str] = []
    actions.session.message.connect(messages.append)
    out = tmp_path / "koodikirja.qdc"
    written = _run(actions, qtbot, lambda: actions.export_qdc(out))
    assert written == [out] and out.exists()
    assert messages == ["The export had already finished: koodikirja.qdc"]
