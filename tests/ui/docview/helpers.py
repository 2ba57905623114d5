"""Fixtures and helpers shared by the document-view tests."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import (
    QColor,
    QTextCursor,
)

from ui.document_view import DocumentView
from workbench.model import Segment

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier

# -- helpers for the widget tests ----------------------------------------------------------


def _paint(view: DocumentView) -> None:
    view.editor.viewport().repaint()
    view.editor.margin.repaint()


def _highlights(view: DocumentView) -> list[tuple[int, int, QColor]]:
    """(start, end, background) of every highlighted range painted (UTF-16)."""
    _paint(view)
    editor = view.editor
    block = editor.firstVisibleBlock()
    _, hi = editor.visible_range()
    found = []
    while block.isValid() and block.position() < hi:
        for r in block.layout().formats():
            if r.format.background().style() != Qt.BrushStyle.NoBrush:
                start = block.position() + r.start
                found.append((start, start + r.length, r.format.background().color()))
        block = block.next()
    return found


def _text16(view: DocumentView, start: int, end: int) -> str:
    cursor = QTextCursor(view.editor.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace("\u2029", "\n")


def _point(view: DocumentView, position: int, dx: int = 2) -> QPoint:
    """A viewport point ``dx`` pixels right of the boundary before UTF-16 ``position``
    (2: on that character; 0: on the boundary itself)."""
    cursor = QTextCursor(view.editor.document())
    cursor.setPosition(position)
    rect = view.editor.cursorRect(cursor)
    return QPoint(rect.x() + dx, rect.center().y())


def _coded_ranges(view: DocumentView, segment: Segment) -> list[tuple[int, int]]:
    doc = view.doc
    assert doc is not None
    lo, hi = doc.to16(segment.start), doc.to16(segment.end)
    return [(s, e) for s, e, _ in _highlights(view) if s < hi and e > lo]


def _open(view: DocumentView, qtbot, document_id: int, start: int = -1, end: int = -1) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.session.document_shown, timeout=2000) as shown:
        view.session.open_document(document_id, start, end)
    assert shown.args == [document_id]


EMOJI_TEXT = (
    "Haastattelija: Miltä kassalla tuntui?\n\n"
    "H9: No 😤😤 ihan hirveeltä, jono oli tosi pitkä. 👍🏽 Muuten kaikki hyvin, kiitos.\n"
)


# -- showing ------------------------------------------------------------------------------


def _stripe(view: DocumentView, segment_id: int):  # type: ignore[no-untyped-def]
    _paint(view)
    return next(r for s, _, r in view.editor.margin.stripes() if s == segment_id)
