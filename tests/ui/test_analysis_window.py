"""The analysis window: the emotion journey and charts follow the filters and the project."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.analysis.analysis_window import AnalysisWindow


@pytest.fixture
def window(session, qtbot):  # type: ignore[no-untyped-def]
    w = AnalysisWindow(session)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def test_journey_follows_the_case_attribute_filter(window, session) -> None:  # type: ignore[no-untyped-def]
    project = session.project
    everyone = {s.key: s for s in window.journey.stages}
    assert sum(s.segments for s in everyone.values()) == 312
    window.filters.set_attribute_values("persona", ["eläkeläinen"])
    window.refresh()
    retired = {s.key: s for s in window.journey.stages}
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


def test_moments_open_the_passage(window, session, qtbot) -> None:  # type: ignore[no-untyped-def]
    table = window.journey.moments
    column = next(c for c in range(table.columnCount()) if table.item(0, c) is not None)
    with qtbot.waitSignal(session.document_requested) as blocker:
        table.cellDoubleClicked.emit(0, column)
    stage = window.journey.stages[column]
    pain = stage.pain_points[0].segment
    assert blocker.args == [pain.document_id, pain.start, pain.end]
    assert pain.valence is not None and pain.valence < 0


def test_journey_redraws_after_an_undoable_edit(window, session, qtbot) -> None:  # type: ignore[no-untyped-def]
    project = session.project
    before = {s.key: s.n for s in window.journey.stages}
    segment = next(s for s in project.queries.segments() if s.stage_id is not None)
    stage_key = next(s.key for s in project.schemes.stages() if s.id == segment.stage_id)
    session.apply("Delete", lambda: project.segments.delete(segment.id))
    qtbot.waitUntil(lambda: {s.key: s.n for s in window.journey.stages} != before)
    assert {s.key: s.n for s in window.journey.stages}[stage_key] == before[stage_key] - 1
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: {s.key: s.n for s in window.journey.stages} == before)


def test_charts_count_codes_and_export_png(window, session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.charts)
    window.refresh()
    ax = window.charts.canvas.figure_.axes[0]
    counts = sorted((round(p.get_width()) for p in ax.patches), reverse=True)
    project = session.project
    expected = sorted((len(project.segments.for_code(c.id)) for c in project.codes.list()),
                      reverse=True)  # fmt: skip
    assert counts == expected
    written = window.charts.export_png(str(tmp_path / "codes"))
    assert written is not None and written.read_bytes()[:4] == b"\x89PNG"
    window.charts.kind.setCurrentIndex(2)
    ax = window.charts.canvas.figure_.axes[0]
    assert len([t for t in ax.get_yticklabels() if t.get_text()]) == 73


def test_journey_png_export(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    written = window.journey.export_png(str(tmp_path / "journey.png"))
    assert written is not None and written.stat().st_size > 10_000
