"""The assembled main window on the demo project, driven as a researcher drives it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.conftest import CORPUS, ROOT, needs_shared
from ui.main_window import MainWindow, recent_projects
from workbench.project import Project


def open_window(path: Path, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(Project.open(path, coder="tester"))
    qtbot.addWidget(window)
    window.show()
    return window


def test_window_assembles_every_panel(demo_copy: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_window(demo_copy, qtbot)
    assert window.windowTitle().startswith("Kuurakulma")
    assert set(window.docks) == {
        "documents",
        "codebook",
        "emotions",
        "emotion_hints",
        "emotion_review",
        "themes",
        "inspector",
        "memos",
        "retrieval",
        "hypotheses",
        "search",
    }
    assert "Documents: 73" in window.counts_label.text()
    assert "coded segments: 312" in window.counts_label.text()
    assert window.session.document_id is not None  # the first document is open
    assert recent_projects()[0] == demo_copy.resolve()
    window.close()


def test_number_keys_code_with_recent_codes_and_undo_action(demo_copy: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_window(demo_copy, qtbot)
    session, project = window.session, window.session.project
    doc = session.document_id
    codes = project.codes.list()
    session.use_code(codes[2].id)
    session.use_code(codes[5].id)  # now recent = [5, 2]
    text = project.documents.text(doc)
    start = text.index("kaks lasta")
    session.text_selection_changed.emit(doc, start, start + len("kaks lasta"))
    window.document_view.setFocus()
    qtbot.keyClick(window.document_view, Qt.Key.Key_2)
    segment = project.segments.find(doc, start, start + len("kaks lasta"))
    assert segment is not None and segment.code_ids == (codes[2].id,)
    window.actions_by_name["undo"].trigger()
    assert project.segments.find(doc, start, start + len("kaks lasta")) is None
    window.actions_by_name["redo"].trigger()
    assert project.segments.find(doc, start, start + len("kaks lasta")) is not None
    window.close()


def test_dropping_files_on_the_window_imports_them(demo_copy: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    corpus = needs_shared(CORPUS)
    window = open_window(demo_copy, qtbot)
    window.importer.show_report = False
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(corpus / "haastattelu_H3.docx"))])
    event = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.importer.imported, timeout=20000) as done:
        window.dropEvent(event)  # the handler a real drop reaches
    assert [r.status for r in done.args[0]] == ["imported"]
    names = [d.name for d in window.session.project.documents.list()]
    assert "haastattelu_H3" in names and names.count("haastattelu_H3") == 2  # txt + docx
    window.close()


def test_layout_is_restored_between_runs(demo_copy: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_window(demo_copy, qtbot)
    window.docks["memos"].setFloating(True)
    window.docks["search"].close()
    window.close()
    again = open_window(demo_copy, qtbot)
    assert again.docks["memos"].isFloating()
    assert again.docks["search"].isHidden()
    assert not again.docks["codebook"].isHidden()
    again.close()


def test_killed_app_loses_nothing_already_done(demo_copy: Path) -> None:
    """Coding in a real window process that is then killed: the work is in the file."""
    script = textwrap.dedent(f"""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from ui.main_window import MainWindow
        from workbench.project import Project
        w = MainWindow(Project.open({str(demo_copy)!r}, coder="tester"))
        s = w.session
        doc = s.document_id
        s.text_selection_changed.emit(doc, 5, 25)
        s.code_selection(s.project.codes.list()[0].id)
        s.apply("Rename", lambda: s.project.codes.rename(s.project.codes.list()[1].id, "Uusi nimi"))
        os.kill(os.getpid(), 9)
    """)
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, check=False, capture_output=True, text=True
    )
    assert result.returncode == -9, result.stderr
    with Project.open(demo_copy) as p:
        doc = p.documents.list()[0]
        assert p.segments.find(doc.id, 5, 25) is not None
        assert p.codes.find("Uusi nimi") is not None
