"""The Themes dock on the demo study: a background run stored as themes, the
slider re-cutting without clustering again, and review actions that undo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel

from coding.themes import cluster
from ui.session import Session
from ui.themes_panel import ThemesPanel


@pytest.fixture
def panel(session: Session, qtbot: Any) -> ThemesPanel:
    widget = ThemesPanel(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    return widget


def _run(panel: ThemesPanel, qtbot: Any, k: int = 6) -> None:
    bar = panel.run_bar
    bar.units_combo.setCurrentIndex(bar.units_combo.findData("answers"))
    panel.slider.setValue(k)
    with qtbot.waitSignal(bar.finished, timeout=120_000):
        job = bar.run()
        assert job is not None
    assert bar.run_button.isEnabled() and not bar.cancel_button.isEnabled()


def _select_rows(panel: ThemesPanel, rows: list[int]) -> None:
    selection = panel.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(panel.themes_model.index(row, 0), flags)


def test_run_in_the_background_stores_themes(panel: ThemesPanel, qtbot: Any) -> None:
    _run(panel, qtbot, 6)
    project = panel.session.project
    run = project.themes.latest_run()
    assert run is not None and run.unit_kind == "answers"
    assert panel.themes_model.rowCount() == 6
    assert sum(panel.themes_model.theme_at(r).size for r in range(6)) == 56  # type: ignore[union-attr]
    _select_rows(panel, [0])
    assert panel.units_model.rowCount() == panel.themes_model.theme_at(0).size  # type: ignore[union-attr]
    assert str(panel.units_model.index(0).data()).startswith("★ ")
    # Running is one undoable action.
    panel.session.undo_stack.undo()
    assert project.themes.latest_run() is None and panel.themes_model.rowCount() == 0


def test_the_slider_recuts_without_clustering_again(
    panel: ThemesPanel, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _run(panel, qtbot, 6)
    monkeypatch.setattr(cluster, "linkage", lambda *a, **k: pytest.fail("clustered again"))
    panel.slider.setValue(9)
    assert panel.themes_model.rowCount() == 9
    assert panel.k_label.text() == "9"
    panel.session.undo_stack.undo()
    assert panel.themes_model.rowCount() == 6


def test_review_actions_apply_and_undo(panel: ThemesPanel, qtbot: Any) -> None:
    _run(panel, qtbot, 6)
    project, stack = panel.session.project, panel.session.undo_stack
    _select_rows(panel, [1, 2])
    assert panel.buttons["merge"].isEnabled() and not panel.buttons["split"].isEnabled()
    panel.merge()
    assert panel.themes_model.rowCount() == 5
    stack.undo()
    assert panel.themes_model.rowCount() == 6

    _select_rows(panel, [0])
    panel.split()
    assert panel.themes_model.rowCount() == 7
    assert len(panel.selected_ids()) == 2
    stack.undo()

    _select_rows(panel, [0])
    panel.rename("Palvelun laatu")
    assert panel.themes_model.theme_at(0).label == "Palvelun laatu"  # type: ignore[union-attr]

    _select_rows(panel, [1])
    panel.units_view.selectionModel().select(
        panel.units_model.index(0), QItemSelectionModel.SelectionFlag.Select
    )
    size = panel.themes_model.theme_at(1).size  # type: ignore[union-attr]
    panel.drop_units()
    assert panel.themes_model.theme_at(1).size == size - 1  # type: ignore[union-attr]

    _select_rows(panel, [2])
    panel.reject()
    assert panel.themes_model.theme_at(2).status == "rejected"  # type: ignore[union-attr]

    _select_rows(panel, [0])
    panel.accept(True, name="Palvelun laatu")
    code = project.codes.find("Palvelun laatu")
    assert code is not None
    theme = panel.themes_model.theme_at(0)
    assert theme is not None and theme.status == "accepted"
    assert len(project.segments.for_code(code.id)) == theme.size
    assert not panel.buttons["accept"].isEnabled()
    stack.undo()
    assert project.codes.find("Palvelun laatu") is None
    assert project.themes.accepted() == []


def test_cancel_leaves_nothing(panel: ThemesPanel, qtbot: Any) -> None:
    bar = panel.run_bar
    bar.units_combo.setCurrentIndex(bar.units_combo.findData("answers"))
    with qtbot.waitSignal(
        bar.message, timeout=120_000, check_params_cb=lambda m: m == "Cancelled."
    ):
        job = bar.run()
        assert job is not None
        bar.cancel()
    assert panel.session.project.themes.latest_run() is None
    assert bar.run_button.isEnabled()


def test_filters_offer_codes_and_case_attributes(panel: ThemesPanel) -> None:
    bar = panel.run_bar
    bar.case_combo.setCurrentIndex(bar.case_combo.findText("segment = satunnainen"))
    bar.kind_combo.setCurrentIndex(bar.kind_combo.findData("survey_answer"))
    flt = bar.unit_filter()
    assert flt.case_attributes == {"segment": frozenset({"satunnainen"})}
    assert flt.kinds == frozenset({"survey_answer"})
    assert bar.code_combo.count() == 1 + len(panel.session.project.codes.list())
