"""One document as the document view holds it: its text, segments, turns and
checklist lines in Qt's UTF-16 positions, kept in step with the project.

Storage counts code points and Qt counts UTF-16 units; every conversion goes
through the document's one :class:`~workbench.textpos.Utf16Map`.

Keeping in step cheaply: re-reading every segment of a 2 MB transcript with
4,000 codings costs about 30 ms, more than coding one passage may take. The
project's change log says which segments each action touched, so after an edit
made only of segment actions (code, add/remove a code, resize, memo, unmark)
just those segments are read again. Anything else — undo and redo, merging or
deleting codes, more changes than one look at the log covers, a change that
logged nothing — re-reads the whole document and compares, so the result is
always what a fresh load gives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ui.doc_marks import Lanes, Mark, Pieces
from ui.doc_turns import TurnStyling
from workbench.errors import NotFoundError
from workbench.model import Code, Document, Segment
from workbench.project import Project
from workbench.textpos import Utf16Map

#: Change-log actions that touch exactly the segment they name.
SEGMENT_ACTIONS = frozenset(
    {"add_segment", "add_segment_code", "remove_segment_code", "update_segment", "delete_segment"}
)
#: How far back one look at the change log reaches before a full re-read is cheaper.
LOG_WINDOW = 64
#: With more changed segments than this, rebuild runs and lanes from scratch.
REBUILD_OVER = 200


def newest_change(project: Project) -> int:
    latest = project.changes(limit=1)
    return latest[0].id if latest else 0


class LoadedDocument:
    """What the view shows of one document."""

    def __init__(self, project: Project, document_id: int) -> None:
        self.document: Document = project.documents.get(document_id)
        self.text = project.documents.text(document_id)
        self.map = Utf16Map(self.text)
        self.last_change = newest_change(project)
        self.segments: dict[int, Segment] = {
            s.id: s for s in project.segments.for_document(document_id)
        }
        to16 = self.converter()
        self.marks: dict[int, Mark] = {s.id: self._mark(s, to16) for s in self.segments.values()}
        self.pieces = Pieces.build(self.marks.values())
        self.lanes = Lanes.build(self.marks.values())
        self.turns = project.documents.turns(document_id)
        self.checklist = project.documents.checklist(document_id)
        self.styling = TurnStyling(self.text, to16, self.turns, self.checklist)

    @property
    def id(self) -> int:
        return self.document.id

    def to16(self, position: int) -> int:
        return self.map.to_utf16(position)

    def converter(self) -> Callable[[int], int]:
        """``to16`` for many positions: the identity when the text has no character
        outside the BMP (the map's two lengths agree), which is most texts."""
        if self.map.length == self.map.length_utf16:
            return int
        return self.map.to_utf16

    def from16(self, offset: int) -> int:
        return self.map.from_utf16(offset)

    def _mark(self, segment: Segment, to16: Callable[[int], int] | None = None) -> Mark:
        to16 = to16 or self.to16
        return Mark(segment.id, to16(segment.start), to16(segment.end), segment.code_ids)

    def in_order(self) -> list[Mark]:
        """Marks in text order (for next/previous)."""
        return sorted(self.marks.values(), key=lambda m: (m.start, m.end, m.segment_id))

    # -- keeping in step ----------------------------------------------------------------

    def refresh(self, project: Project) -> list[tuple[int, int]] | None:
        """Catch up with the project's segments. Returns the UTF-16 spans whose look
        changed, or None when everything may have (all runs and lanes were rebuilt)."""
        rows = [c for c in project.changes(limit=LOG_WINDOW) if c.id > self.last_change]
        self.last_change = max((c.id for c in rows), default=self.last_change)
        targeted = 0 < len(rows) < LOG_WINDOW and all(
            c.entity == "segment" and c.entity_id is not None and c.action in SEGMENT_ACTIONS
            for c in rows
        )
        if targeted:
            fresh: dict[int, Segment | None] = {}
            for change in rows:
                assert change.entity_id is not None
                fresh[change.entity_id] = self._read(project, change.entity_id)
            return self._apply(fresh)
        current = {s.id: s for s in project.segments.for_document(self.id)}
        fresh = {i: current.get(i) for i in self.segments.keys() | current.keys()}
        fresh = {i: s for i, s in fresh.items() if s != self.segments.get(i)}
        return self._apply(fresh)

    def content_changed(self, project: Project, document: Document) -> bool:
        """Whether the text, turns or checklist differ from what is shown (adding or
        renaming other documents touches the same tables but not this one)."""
        if document.modified == self.document.modified and document.length == self.document.length:
            return False
        return (
            project.documents.text(self.id) != self.text
            or project.documents.turns(self.id) != self.turns
            or project.documents.checklist(self.id) != self.checklist
        )

    def skip_to_now(self, project: Project) -> None:
        """The last edit touched no segments: later refreshes need not look at it."""
        self.last_change = newest_change(project)

    def _read(self, project: Project, segment_id: int) -> Segment | None:
        try:
            segment = project.segments.get(segment_id)
        except NotFoundError:
            return None
        return segment if segment.document_id == self.id else None

    def _apply(self, fresh: dict[int, Segment | None]) -> list[tuple[int, int]] | None:
        spans: list[tuple[int, int]] = []
        old_marks: list[Mark] = []
        new_marks: list[Mark] = []
        for segment_id, segment in fresh.items():
            old = self.marks.get(segment_id)
            new = None
            if segment is None:
                self.segments.pop(segment_id, None)
                self.marks.pop(segment_id, None)
            else:
                new = self.marks[segment_id] = self._mark(segment)
                self.segments[segment_id] = segment
            if old == new:
                continue  # memo, emotion, stage: only tooltips change
            for mark in (old, new):
                if mark is not None:
                    spans.append((mark.start, mark.end))
            if old is not None:
                old_marks.append(old)
            if new is not None:
                new_marks.append(new)
        if len(old_marks) + len(new_marks) > REBUILD_OVER:
            self.pieces = Pieces.build(self.marks.values())
            self.lanes = Lanes.build(self.marks.values())
            return None
        merged = merge_spans(spans)
        for lo, hi in merged:
            self.pieces.rebuild(lo, hi, self.marks.values())
        for mark in old_marks:
            self.lanes.remove(mark)
        for mark in new_marks:
            self.lanes.add(mark)
        return merged


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def code_table(project: Project) -> dict[int, Code]:
    return {c.id: c for c in project.codes.list()}
