"""Word (lemma) search in the search panel, background processing with its status
bar progress, and "Code all hits…" reviewed in a dialog and undone in one step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from coding.nlp.processing import process_project
from ui.autocode_dialog import AutocodeDialog
from ui.nlp_jobs import ProcessingController
from ui.search_panel import SearchPanel
from ui.session import Session
from workbench.project import Project

TEXT = (
    "Kassalla 😀 jono kasvoi, ja jonossa seisoi kymmenen. Jonot purkautuivat hitaasti.\n"
    "Asiakaspalvelussa luvattiin palvelua; kassajonossa ei."
)


@pytest.fixture
def session(tmp_path: Path, qtbot: Any) -> Iterator[Session]:
    project = Project.create(tmp_path / "small.teema", coder="tester")
    project.documents.add("Havainnot", TEXT, kind="observation", language="fi")
    project.codes.create("Jonot")
    process_project(project)
    s = Session(project)
    yield s
    project.close()


@pytest.fixture
def panel(session: Session, qtbot: Any) -> SearchPanel:
    widget = SearchPanel(session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose_words(panel: SearchPanel) -> None:
    panel.mode_combo.setCurrentIndex(panel.mode_combo.findData("lemma"))


def test_words_mode_finds_inflected_and_compound_forms(panel: SearchPanel) -> None:
    assert [panel.mode_combo.itemText(i) for i in range(3)] == [
        "Plain text",
        "Regular expression",
        "Words (lemmas)",
    ]
    assert [h.text for h in panel.search("jono")] == ["jono", "jono", "Jono", "jono"]  # substrings
    choose_words(panel)  # re-runs the search
    assert [h.text for h in panel.model.hits()] == ["jono", "jonossa", "Jonot", "kassajonossa"]
    assert panel.status.text() == "4 hit(s) in 1 document(s)"
    assert not panel.case_box.isEnabled() and panel.code_button.isEnabled()
    assert [h.text for h in panel.search('"kassa jono"')] == ["Kassalla 😀 jono", "kassajonossa"]
    panel.regex_box.setChecked(True)  # Alt+X still works, and the selector follows
    assert panel.mode_combo.currentData() == "regex"


def test_new_documents_are_processed_in_the_background(
    panel: SearchPanel, session: Session, qtbot: Any
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    controller = ProcessingController(session, window)
    try:
        choose_words(panel)
        panel.search("palvelu")
        with qtbot.waitSignal(controller.processed, timeout=30_000) as stored:
            session.apply(
                "add",
                lambda: session.project.documents.add(
                    "Uusi", "Palveluita ei ollut.", language="fi"
                ),
            )
            # before the run ends, the panel says a document is waiting
            assert "(1 document(s) still being processed)" in panel.status.text()
        assert stored.args == [1]
        # the panel searched again when the cache changed
        assert [h.text for h in panel.model.hits()] == [
            "Asiakaspalvelussa",
            "palvelua",
            "Palveluita",
        ]
        assert controller.start() is None  # nothing left to do
    finally:
        controller.shutdown()


def test_code_all_hits_reviews_and_undoes_in_one_step(
    panel: SearchPanel, session: Session, qtbot: Any
) -> None:
    choose_words(panel)
    hits = panel.search("jono")
    dialog = AutocodeDialog(session, hits, panel)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 4 and "4 passage(s)" in dialog.summary.text()
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData("sentence"))
    assert dialog.model.rowCount() == 3  # two hits share the first sentence
    dialog.model.setData(
        dialog.model.index(2), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    assert "2 passage(s)" in dialog.summary.text()
    dialog.accept()
    project = session.project
    code = project.codes.list()[0].id
    assert [s.text for s in project.segments.for_code(code)] == [
        "Kassalla 😀 jono kasvoi, ja jonossa seisoi kymmenen.",
        "Jonot purkautuivat hitaasti.",
    ]
    assert session.undo_stack.undoText() == "Code all hits"
    session.undo_stack.undo()
    assert project.segments.for_code(code) == []
