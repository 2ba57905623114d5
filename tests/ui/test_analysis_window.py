"""The analysis window: the emotion journey and charts follow the filters and the project."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui.analysis.analysis_window import AnalysisWindow


@pytest.fixture
def window(session, qtbot):  # type: ignore[no-untyped-def]
    """The window once its first count (on the worker) is on screen; ``recount()``
    counts again and waits for the result."""
    w = AnalysisWindow(session)
    qtbot.addWidget(w)

    def recount() -> None:
        with qtbot.waitSignal(w.computed, timeout=60_000):
            w.refresh()

    w.recount = recount
    w.show()
    qtbot.waitUntil(lambda: w.matrices.model.crosstab is not None, timeout=60_000)
    yield w
    w.close()


@pytest.fixture
def journey(window):  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.journey)
    window.recount()
    return window


def test_journey_follows_the_case_attribute_filter(journey, session) -> None:  # type: ignore[no-untyped-def]
    project = session.project
    everyone = {s.key: s for s in journey.journey.stages}
    assert sum(s.segments for s in everyone.values()) == 312
    journey.filters.set_attribute_values("persona", ["eläkeläinen"])
    journey.recount()
    retired = {s.key: s for s in journey.journey.stages}
    # hand count: segments of documents whose case is a pensioner, by stage
    cases = {
        c.id
        for c in project.cases.list()
        if project.attributes.table("case").get(c.id, {}).get("persona") == "eläkeläinen"
    }
    expected = 0
    for segment in project.queries.segments():
        if set(project.documents.case_ids(segment.document_id)) & cases and segment.stage_id:
            expected += 1
    assert sum(s.segments for s in retired.values()) == expected > 0
    assert sum(s.segments for s in retired.values()) < 312


def test_moments_open_the_passage(journey, session, qtbot) -> None:  # type: ignore[no-untyped-def]
    table = journey.journey.moments
    column = next(c for c in range(table.columnCount()) if table.item(0, c) is not None)
    with qtbot.waitSignal(session.document_requested) as blocker:
        table.cellDoubleClicked.emit(0, column)
    stage = journey.journey.stages[column]
    pain = stage.pain_points[0].segment
    assert blocker.args == [pain.document_id, pain.start, pain.end]
    assert pain.valence is not None and pain.valence < 0


def test_journey_redraws_after_an_undoable_edit(journey, session, qtbot) -> None:  # type: ignore[no-untyped-def]
    project = session.project
    before = {s.key: s.n for s in journey.journey.stages}
    segment = next(s for s in project.queries.segments() if s.stage_id is not None)
    stage_key = next(s.key for s in project.schemes.stages() if s.id == segment.stage_id)
    session.apply("Delete", lambda: project.segments.delete(segment.id))
    qtbot.waitUntil(lambda: {s.key: s.n for s in journey.journey.stages} != before)
    assert {s.key: s.n for s in journey.journey.stages}[stage_key] == before[stage_key] - 1
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: {s.key: s.n for s in journey.journey.stages} == before)


def test_charts_count_codes_and_export_png(window, session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.charts)
    window.recount()
    ax = window.charts.canvas.figure_.axes[0]
    counts = sorted((round(p.get_width()) for p in ax.patches), reverse=True)
    project = session.project
    expected = sorted((len(project.segments.for_code(c.id)) for c in project.codes.list()),
                      reverse=True)  # fmt: skip
    assert counts == expected
    written = window.charts.export_png(str(tmp_path / "codes"))
    assert written is not None and written.read_bytes()[:4] == b"\x89PNG"
    window.charts.kind.setCurrentIndex(2)
    window.recount()
    ax = window.charts.canvas.figure_.axes[0]
    assert len([t for t in ax.get_yticklabels() if t.get_text()]) == 73


def test_journey_png_export(journey, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    written = journey.journey.export_png(str(tmp_path / "journey.png"))
    assert written is not None and written.stat().st_size > 10_000


def test_matrix_cell_lists_the_passages_behind_it(window, session) -> None:  # type: ignore[no-untyped-def]
    tab = window.matrices
    assert window.tabs.currentWidget() is tab
    tab.columns.setCurrentIndex(tab.columns.findData("attribute:persona"))
    window.recount()
    model = tab.model
    matrix = model.crosstab
    assert matrix is not None and matrix.columns == "attribute"
    row, column = next(
        (r, c)
        for r in range(len(matrix.row_keys))
        for c in range(len(matrix.column_keys))
        if matrix.counts[r][c] >= 2
    )
    assert model.data(model.index(row, column)) == str(matrix.counts[row][column])
    tab.table.setCurrentIndex(model.index(row, column))
    shown = [r.segment.id for r in tab.passages.rows()]
    assert shown == list(matrix.segment_ids(row, column))
    # the totals row lists every passage of its column
    tab.table.setCurrentIndex(model.index(len(matrix.row_keys), column))
    assert len(tab.passages.rows()) == len(matrix.column_segment_ids(column))


def test_matrix_counts_follow_the_count_mode(window) -> None:  # type: ignore[no-untyped-def]
    tab = window.matrices
    tab.columns.setCurrentIndex(tab.columns.findData("documents"))
    window.recount()
    segments = tab.model.crosstab.total
    tab.count.setCurrentIndex(tab.count.findData("documents"))
    window.recount()
    assert tab.model.crosstab.count == "documents"
    coded = {s.document_id for s in window.session.project.queries.segments()}
    assert tab.model.crosstab.total == len(coded) < segments


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".png"])
def test_matrix_export(window, tmp_path: Path, suffix: str) -> None:  # type: ignore[no-untyped-def]
    written = window.matrices.export(str(tmp_path / f"matrix{suffix}"))
    assert written is not None and written.stat().st_size > 100
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(written).worksheets[0]
        total = window.matrices.model.crosstab.total
        values = [c.value for row in sheet.iter_rows() for c in row]
        assert total in values


def test_main_window_opens_one_analysis_window(demo_copy, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow
    from workbench.project import Project

    main = MainWindow(Project.open(demo_copy, coder="tester"))
    qtbot.addWidget(main)
    main.actions_by_name["analysis"].trigger()
    first = main.analysis_window
    assert first is not None and first.isVisible()
    main.actions_by_name["analysis"].trigger()
    assert main.analysis_window is first
    main.close()
    assert not first.isVisible()


def test_the_chosen_cell_survives_a_recount(window, session) -> None:  # type: ignore[no-untyped-def]
    tab = window.matrices
    tab.table.setCurrentIndex(tab.model.index(1, 0))
    before = [r.segment.id for r in tab.passages.rows()]
    assert before
    window.tabs.setCurrentWidget(window.journey)
    window.tabs.setCurrentWidget(tab)
    window.recount()
    assert tab.table.currentIndex().row() == 1
    assert [r.segment.id for r in tab.passages.rows()] == before


def test_a_speaker_filter_narrows_the_matrix(window, session) -> None:  # type: ignore[no-untyped-def]
    from coding.retrieval import RetrievalFilter, retrieve

    labels = window.filters.speakers
    keys = [labels.index(i).data(Qt.ItemDataRole.DisplayRole) for i in range(labels.rowCount())]
    assert keys[0].startswith("H1 (") and any(k.startswith("Haastattelija (") for k in keys)
    labels.set_checked(["H1"])
    window.recount()
    matrix = window.matrices.model.crosstab
    expected = retrieve(session.project, RetrievalFilter(speakers=frozenset({"H1"})))
    assert expected and all(r.speaker == "H1" for r in expected)
    assert matrix.total == len(expected)


def test_counting_runs_off_the_gui_thread(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    on_gui_thread: list[bool] = []
    plan = window.matrices.plan

    def spying_plan():  # type: ignore[no-untyped-def]
        compute = plan()

        def spy(project, flt, rows):  # type: ignore[no-untyped-def]
            on_gui_thread.append(threading.current_thread() is threading.main_thread())
            assert project is not window.session.project  # a connection of its own
            return compute(project, flt, rows)

        return spy

    monkeypatch.setattr(window.matrices, "plan", spying_plan)
    window.recount()
    assert on_gui_thread == [False]
