"""The drag-and-drop format for a text selection, shared by the document view
(which starts the drag) and any panel that accepts it (the codebook codes it).

Positions are code points, like everything stored; the receiver needs no Qt
text to understand them.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QMimeData

#: Mime type of a dragged passage: JSON {"document_id", "start", "end"} (code points).
SELECTION_MIME = "application/x-teema-selection"


def put_selection(mime: QMimeData, document_id: int, start: int, end: int) -> None:
    payload = json.dumps({"document_id": document_id, "start": start, "end": end})
    mime.setData(SELECTION_MIME, QByteArray(payload.encode("utf-8")))


def read_selection(mime: QMimeData) -> tuple[int, int, int] | None:
    """(document id, start, end) from dropped data, or None when it holds no
    well-formed passage."""
    if not mime.hasFormat(SELECTION_MIME):
        return None
    try:
        data = json.loads(bytes(mime.data(SELECTION_MIME).data()).decode("utf-8"))
        values = (data["document_id"], data["start"], data["end"])
    except (ValueError, KeyError, TypeError):
        return None
    if not all(isinstance(v, int) for v in values) or not 0 <= values[1] < values[2]:
        return None
    return values
