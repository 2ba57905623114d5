"""The session's undoable edits and the window's background import (no panels needed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from tests.conftest import CORPUS, needs_shared
from ui.import_dialog import ImportController
from ui.session import Session


def test_code_selection_is_one_undoable_saved_action(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    project = session.project
    doc = project.documents.list()[0]
    code = project.codes.list()[0]
    text = project.documents.text(doc.id)
    start = text.index("kassajonot")
    session.document_shown.emit(doc.id)
    session.text_selection_changed.emit(doc.id, start, start + 10)
    with qtbot.waitSignal(session.changed) as changed:
        segment_id = session.code_selection(code.id)
    assert "segments" in changed.args[0]
    segment = project.segments.get(segment_id)
    assert (segment.text, segment.code_ids) == ("kassajonot", (code.id,))
    assert session.recent_codes == [code.id]
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Code passage"
    session.undo_stack.undo()
    assert project.segments.find(doc.id, start, start + 10) is None
    session.undo_stack.redo()
    assert project.segments.find(doc.id, start, start + 10).code_ids == (code.id,)


def test_in_vivo_makes_a_code_from_the_words(session: Session) -> None:
    project = session.project
    doc = project.documents.list()[0]
    text = project.documents.text(doc.id)
    start = text.index("semmosta selviytymistä")
    session.document_shown.emit(doc.id)
    session.text_selection_changed.emit(doc.id, start, start + len("semmosta selviytymistä"))
    code_id = session.code_in_vivo()
    assert project.codes.get(code_id).name == "semmosta selviytymistä"
    session.undo_stack.undo()  # one action: code and coding go together
    assert project.codes.find("semmosta selviytymistä") is None


def test_window_import_reads_in_background_and_stores_once(
    session: Session,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    corpus = needs_shared(CORPUS)
    bad = tmp_path / "rikki.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = ImportController(session, parent)
    controller.show_report = False
    before = session.project.info().documents
    with qtbot.waitSignal(controller.imported, timeout=20000) as done:
        controller.start([corpus / "haastattelu_H1.docx", bad])
    results = done.args[0]
    assert [r.status for r in results] == ["imported", "refused"]
    assert "damaged" in results[1].message or "not a Word" in results[1].message
    assert session.project.info().documents == before + 1
    assert session.undo_stack.undoText() == "Import 2 file(s)"
    session.undo_stack.undo()
    assert session.project.info().documents == before


def test_cancelled_import_stores_nothing_read_after_cancel(
    session: Session,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    files = []
    for i in range(30):
        path = tmp_path / f"muistiinpano_{i}.txt"
        path.write_text(f"Havainto {i}: jono kasvoi kassalla.\n" * 50, encoding="utf-8")
        files.append(path)
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = ImportController(session, parent)
    controller.show_report = False
    job = controller.start(files)
    job.cancel()
    with qtbot.waitSignal(controller.imported, timeout=20000) as done:
        pass
    assert len(done.args[0]) < 30
