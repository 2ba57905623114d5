"""Fixtures of the document-view tests: a view on the demo project, and a document
with emoji before its coded words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.ui.docview.helpers import EMOJI_TEXT
from ui.document_view import DocumentView


@pytest.fixture
def view(session, qtbot) -> Iterator[DocumentView]:  # type: ignore[no-untyped-def]
    widget = DocumentView(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 720)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


@pytest.fixture
def emoji_doc(session) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """A document with emoji before its coded passage: (document id, segment id, code id)."""
    project = session.project
    code = project.codes.list()[0].id
    doc = project.documents.add("Emoji", EMOJI_TEXT, kind="interview", language="fi").id
    start = EMOJI_TEXT.index("jono oli tosi pitkä")
    segment = project.segments.add(doc, start, start + len("jono oli tosi pitkä"), code_ids=[code])
    return doc, segment.id, code
