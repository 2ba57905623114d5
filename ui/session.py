"""The window's hold on one open project: undoable edits and the signals views follow.

Every edit goes through :meth:`Session.apply`, which records it as one undoable
action (a :class:`workbench.undo.Changeset`, carried by one generic
QUndoCommand), saves it at once (each action is a committed transaction) and
emits ``changed`` with the tables it touched, so each view refreshes only when
its data changed. Widgets never touch SQL; they read through
``session.project`` and write through ``session.apply``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workbench.project import Project
from workbench.undo import Changeset

T = TypeVar("T")

#: How many recently used codes keys 1-9 reach.
RECENT_CODES = 9


class ChangesetCommand(QUndoCommand):
    """The one QUndoCommand: undo runs the recorded changeset, redo its inverse."""

    def __init__(self, session: Session, changeset: Changeset) -> None:
        super().__init__(changeset.label)
        self._session = session
        self._undo = changeset
        self._redo: Changeset | None = None
        self._done = True  # the action already ran when it was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        assert self._redo is not None
        self._undo = self._redo.apply(self._session.project, "redo")
        self._session.changed.emit(self._undo.tables)

    def undo(self) -> None:
        self._redo = self._undo.apply(self._session.project, "undo")
        self._session.changed.emit(self._redo.tables)


class Session(QObject):
    """State shared by every panel of one main window."""

    #: frozenset[str] of table names an edit, undo or redo changed
    changed = Signal(object)
    #: a view asks for a document to be shown: (document id, start, end); start/end
    #: (code points) select and scroll to a passage, or are -1
    document_requested = Signal(int, int, int)
    #: the document shown in the document view changed (id, or -1 for none)
    document_shown = Signal(int)
    #: the text selection in the document view: (document id, start, end) in code
    #: points; start == end when nothing is selected
    text_selection_changed = Signal(int, int, int)
    #: a coded segment was selected (id, or -1 for none)
    segment_selected = Signal(int)
    #: the list of recently used code ids changed (most recent first)
    recent_codes_changed = Signal(list)
    #: a message for the status bar
    message = Signal(str)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        project.undo.enable()
        self.undo_stack = QUndoStack(self)
        self.document_id: int | None = None
        self.selection: tuple[int, int] = (0, 0)
        self.segment_id: int | None = None
        self.recent_codes: list[int] = []
        self.document_shown.connect(self._on_document_shown)
        self.text_selection_changed.connect(self._on_selection)
        self.segment_selected.connect(self._on_segment)
        self.changed.connect(self._forget_deleted)

    # -- editing -------------------------------------------------------------------

    def apply(self, label: str, action: Callable[[], T]) -> T:
        """Run ``action`` (domain API calls) as one undoable, saved edit named ``label``.
        Errors (TeemaError with a user message) propagate and leave nothing behind."""
        with self.project.undo.record(label) as recording:
            result = action()
        if recording.changeset:
            self.undo_stack.push(ChangesetCommand(self, recording.changeset))
            self.changed.emit(recording.changeset.tables)
        return result

    # -- common actions (used by several panels) ----------------------------------------

    def code_selection(self, code_id: int) -> int | None:
        """Code the current text selection with ``code_id``; returns the segment id
        (None when nothing is selected)."""
        start, end = self.selection
        if self.document_id is None or start >= end:
            return None
        doc = self.document_id
        segment = self.apply(
            self.tr("Code passage"), lambda: self.project.segments.code(doc, start, end, code_id)
        )
        self.use_code(code_id)
        self.segment_selected.emit(segment.id)
        return segment.id

    def code_in_vivo(self) -> int | None:
        """Make the selected words a new code (in-vivo coding) and code the passage with
        it, as one undoable action. Returns the new code's id."""
        start, end = self.selection
        if self.document_id is None or start >= end:
            return None
        doc = self.document_id
        words = " ".join(self.project.documents.text(doc)[start:end].split())
        name = words if len(words) <= 60 else words[:59].rstrip() + "…"
        name = name.strip("\"'“”„«» ") or name
        base, n = name, 1
        while self.project.codes.find(name) is not None:
            n += 1
            name = f"{base} ({n})"

        def action() -> tuple[int, int]:
            code = self.project.codes.create(name)
            return code.id, self.project.segments.code(doc, start, end, code.id).id

        code_id, segment_id = self.apply(self.tr("In-vivo code"), action)
        self.use_code(code_id)
        self.segment_selected.emit(segment_id)
        return code_id

    def use_code(self, code_id: int) -> None:
        """Put ``code_id`` first in the recently-used list (keys 1-9)."""
        recent = [code_id, *(c for c in self.recent_codes if c != code_id)][:RECENT_CODES]
        if recent != self.recent_codes:
            self.recent_codes = recent
            self.recent_codes_changed.emit(list(recent))

    def open_document(self, document_id: int, start: int = -1, end: int = -1) -> None:
        self.document_requested.emit(document_id, start, end)

    # -- bookkeeping -------------------------------------------------------------------

    def _on_document_shown(self, document_id: int) -> None:
        self.document_id = document_id if document_id >= 0 else None
        self.selection = (0, 0)

    def _on_selection(self, document_id: int, start: int, end: int) -> None:
        if document_id == self.document_id:
            self.selection = (start, end)

    def _on_segment(self, segment_id: int) -> None:
        self.segment_id = segment_id if segment_id >= 0 else None

    def _forget_deleted(self, tables: frozenset[str]) -> None:
        """Drop references to objects an edit removed."""
        if "codes" in tables:
            existing = {c.id for c in self.project.codes.list()}
            recent = [c for c in self.recent_codes if c in existing]
            if recent != self.recent_codes:
                self.recent_codes = recent
                self.recent_codes_changed.emit(list(recent))
        if "segments" in tables and self.segment_id is not None:
            from workbench.errors import NotFoundError

            try:
                self.project.segments.get(self.segment_id)
            except NotFoundError:
                self.segment_selected.emit(-1)
        if (
            "documents" in tables
            and self.document_id is not None
            and self.document_id not in {d.id for d in self.project.documents.list()}
        ):
            self.document_shown.emit(-1)
