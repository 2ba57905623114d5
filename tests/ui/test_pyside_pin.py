"""Regression guard for PySide6 6.12.0 on CPython < 3.12: each call of a
void-returning Qt method dropped one reference to None, and after a few thousand
calls Python aborted (``Fatal Python error: none_dealloc``). pyproject pins
PySide6 < 6.12 there; this test fails (or crashes) if a bad build comes back."""

from __future__ import annotations

import sys

import pytest

QtWidgets = pytest.importorskip("PySide6.QtWidgets")
QtGui = pytest.importorskip("PySide6.QtGui")


def test_void_qt_calls_keep_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QtWidgets.QWidget()
    qtbot.addWidget(widget)
    fmt = QtGui.QTextCharFormat()
    doc = QtGui.QTextDocument("Kassajonot 😤 ovat pitkiä")
    cursor = QtGui.QTextCursor(doc)
    before = sys.getrefcount(None)
    for i in range(100_000):
        widget.setWindowTitle("Teema")
        fmt.setFontWeight(700)
        cursor.setPosition(i % 10)
    after = sys.getrefcount(None)
    # Python >= 3.12 makes None immortal (a constant huge count); below that the
    # count must not fall by ~300,000 as it did with the bad build.
    assert after - before > -1000
