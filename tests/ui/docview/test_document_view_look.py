"""What the document view tells and how it looks: tooltips in the project's language,
copy and drag carrying the passage, speaker turns and checklist lines, and
readable highlights in light and dark palettes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QDrag,
    QGuiApplication,
    QHelpEvent,
    QMouseEvent,
    QPalette,
)
from PySide6.QtWidgets import QApplication, QToolTip

from tests.ui.docview.helpers import (
    EMOJI_TEXT,
    LEFT,
    NO_MOD,
    _highlights,
    _open,
    _paint,
    _point,
    _stripe,
)
from ui.document_view import SELECTION_MIME, read_selection
from ui.highlighter import blend, contrast, layered


def test_hovering_coded_text_tells_codes_emotion_stage_in_project_language(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    project = view.session.project
    segment = next(s for s in project.segments.for_document(1) if s.emotion_id and s.stage_id)
    _open(view, qtbot, 1, segment.start, segment.start)
    point = _point(view, view.doc.to16(segment.start + 3))
    vp = view.editor.viewport()
    QApplication.sendEvent(vp, QHelpEvent(QEvent.Type.ToolTip, point, vp.mapToGlobal(point)))
    tip = QToolTip.text()
    emotion = project.schemes.get_emotion(segment.emotion_id)
    stage = next(s for s in project.schemes.stages() if s.id == segment.stage_id)
    assert project.language == "fi"
    assert project.codes.get(segment.code_ids[0]).name in tip
    assert emotion.label_fi in tip and f"intensity {emotion.intensity}/3" in tip
    assert stage.label_fi in tip and "Valence" in tip
    # the stripe says the same
    rect = _stripe(view, segment.id)
    margin = view.editor.margin
    QToolTip.hideText()
    QApplication.sendEvent(
        margin,
        QHelpEvent(
            QEvent.Type.ToolTip,
            rect.center().toPoint(),
            margin.mapToGlobal(rect.center().toPoint()),
        ),
    )
    assert emotion.label_fi in QToolTip.text()


def test_copy_and_drag_carry_the_passage_in_code_points(view, qtbot, emoji_doc) -> None:  # type: ignore[no-untyped-def]
    doc_id, _, _ = emoji_doc
    word = EMOJI_TEXT.index("Muuten")
    _open(view, qtbot, doc_id, word, word + 6)
    view.editor.setFocus()
    qtbot.keyClick(view.editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    assert SELECTION_MIME == "application/x-teema-selection"
    assert mime.hasFormat(SELECTION_MIME) and mime.text() == "Muuten"
    assert read_selection(mime) == (doc_id, word, word + 6)
    assert read_selection(view.editor.createMimeDataFromSelection()) == (doc_id, word, word + 6)


def test_dragging_the_selection_starts_a_drag_carrying_the_passage(view, qtbot, emoji_doc) -> None:  # type: ignore[no-untyped-def]
    """Offscreen Qt ends every drag at once, so the drag object is read back; a
    drop target (the codebook) gets exactly this mime data."""
    doc_id, _, _ = emoji_doc
    word = EMOJI_TEXT.index("Muuten kaikki")
    _open(view, qtbot, doc_id, word, word + len("Muuten kaikki"))
    vp = view.editor.viewport()
    press = _point(view, view.doc.to16(word + 3))
    qtbot.mousePress(vp, LEFT, NO_MOD, press)
    for dx in (4, 12, 40):  # QTest moves carry no buttons; a drag needs the left one held
        at = QPointF(press + QPoint(dx, 0))
        QApplication.sendEvent(
            vp,
            QMouseEvent(
                QEvent.Type.MouseMove, at, vp.mapToGlobal(at), Qt.MouseButton.NoButton, LEFT, NO_MOD
            ),
        )
    drags = vp.findChildren(QDrag)
    assert drags
    assert read_selection(drags[0].mimeData()) == (doc_id, word, word + len("Muuten kaikki"))
    assert drags[0].mimeData().text() == "Muuten kaikki"
    assert view.session.selection == (word, word + len("Muuten kaikki"))  # not changed by the drag


def test_turns_and_checklist_lines_are_styled(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    project = view.session.project
    _open(view, qtbot, 1)
    _paint(view)
    decorator = view.editor.decorator
    text = project.documents.text(1)
    turns = project.documents.turns(1)
    asking = next(t for t in turns if t.role == "interviewer")
    answering = next(t for t in turns if t.role == "participant")
    block = view.editor.document().findBlock(asking.start)
    ranges = decorator.ranges_for(block)  # keeps the formats alive
    formats = {(block.position() + r.start, r.length): r.format for r in ranges}
    label = text.rfind("Haastattelija", 0, asking.start)
    assert any(f.fontWeight() > 500 and s <= label < s + n for (s, n), f in formats.items())
    body = [f for (s, n), f in formats.items() if s <= asking.start < s + n]
    text_colour = view.editor.palette().color(QPalette.ColorRole.Text)
    assert body and body[0].foreground().color() != text_colour
    block = view.editor.document().findBlock(answering.start)
    plain = [
        f
        for r in decorator.ranges_for(block)
        for f in [r.format]
        if block.position() + r.start <= answering.start < block.position() + r.start + r.length
    ]
    assert all(f.foreground().style() == Qt.BrushStyle.NoBrush for f in plain)
    _open(view, qtbot, 9)
    item = project.documents.checklist(9)[0]
    block = view.editor.document().findBlock(item.start)
    base = view.editor.palette().color(QPalette.ColorRole.Base)
    ranges = decorator.ranges_for(block)
    marked = [
        r
        for r in ranges
        if block.position() + r.start <= item.start < block.position() + r.start + r.length
    ]
    assert marked and marked[0].format.background().color() not in (base, QColor())
    assert contrast(marked[0].format.background().color(), text_colour) >= 4.5


@pytest.mark.parametrize("dark", [False, True])
def test_highlights_keep_text_readable_in_light_and_dark_palettes(view, qtbot, dark: bool) -> None:  # type: ignore[no-untyped-def]
    palette = QPalette(view.palette())
    if dark:
        for role, colour in (
            ("Base", "#1e1e1e"),
            ("Text", "#e6e6e6"),
            ("Window", "#2b2b2b"),
            ("WindowText", "#e6e6e6"),
            ("AlternateBase", "#262626"),
        ):
            palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    view.setPalette(palette)
    _open(view, qtbot, 1)
    painted = _highlights(view)
    text = view.editor.palette().color(QPalette.ColorRole.Text)
    assert painted
    for *_, colour in painted:
        assert contrast(colour, text) >= 4.5
    codes = [QColor(c.color) for c in view.session.project.codes.list()]
    base = view.editor.palette().color(QPalette.ColorRole.Base)
    for i in range(len(codes)):
        mixed = layered(
            base, [codes[i], codes[(i + 1) % len(codes)], codes[(i + 3) % len(codes)]], dark, text
        )
        assert contrast(mixed, text) >= 4.5
    view.grab().save(f"/tmp/document_view_{'dark' if dark else 'light'}.png")
    assert blend(base, base, 0.5) == base
