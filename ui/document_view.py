"""The document view, the centre of the window: one document to read and code.

It follows the session — shows what ``document_requested`` asks for, reports
``document_shown`` and the selection (``text_selection_changed``, code points),
keeps the selected segment (``segment_selected``) — and refreshes from
``changed``: only the segments that changed are re-read and only the blocks they
cover are re-coloured, the scroll position untouched. Edits (unmark, remove a
code, resize, memo) go through ``session.apply`` as single undoable actions.

Dragging the selected text carries :data:`SELECTION_MIME`, so a drop on a code
in the codebook codes that passage.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QPoint, QSignalBlocker, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from ui.doc_actions import DocumentActions
from ui.doc_editor import DocumentEditor
from ui.doc_mime import SELECTION_MIME, read_selection
from ui.doc_model import LoadedDocument, code_table
from ui.highlighter import blend
from ui.session import Session
from workbench.errors import NotFoundError, TeemaError
from workbench.labels import kind_label, language_label

__all__ = ["SELECTION_MIME", "DocumentView", "read_selection"]

T = TypeVar("T")

#: Tables whose change may alter the segments shown.
SEGMENT_TABLES = frozenset({"segments", "segment_codes", "codes"})
#: Tables whose change may alter the document itself.
DOCUMENT_TABLES = frozenset({"documents", "document_texts", "turns", "checklist_items"})
TEXT_TABLES = frozenset({"document_texts", "turns", "checklist_items"})


class DocumentView(QWidget):
    """One document with its coding: highlights, coding stripes, segment editing."""

    #: the user asked for the memos of a segment (segment id); the window shows them
    memo_requested = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.doc: LoadedDocument | None = None
        self.codes = code_table(session.project)
        self._last_selection: tuple[int, int, int] | None = None

        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.info = QLabel(self)
        self.editor = DocumentEditor(session, self)
        self.editor.codes = self.codes
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        header = QVBoxLayout()
        margin = self.fontMetrics().height() // 2
        header.setContentsMargins(margin, margin // 2, margin, 0)
        header.setSpacing(0)
        header.addWidget(self.title)
        header.addWidget(self.info)
        layout.addLayout(header)
        layout.addWidget(self.editor, 1)
        self.setFocusProxy(self.editor)
        self.commands = DocumentActions(self)
        self._mute_info()
        self._update_header()

        session.document_requested.connect(self.show_document)
        session.changed.connect(self._on_changed)
        session.segment_selected.connect(self._on_segment_selected)
        self.editor.selectionChanged.connect(self._on_selection)
        self.editor.segment_clicked.connect(self._on_segment_clicked)
        self.editor.menu_requested.connect(self._show_menu)
        self.editor.resize_finished.connect(self._on_resize_finished)
        self.editor.margin.stripe_clicked.connect(
            lambda segment_id: self.select_segment(segment_id, centre=False)
        )
        self.editor.margin.menu_requested.connect(self._show_menu)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._mute_info()

    def _mute_info(self) -> None:
        """The info line in a muted text colour, readable in light and dark themes."""
        palette = QPalette(self.info.palette())
        palette.setColor(
            QPalette.ColorRole.WindowText,
            blend(
                self.palette().color(QPalette.ColorRole.WindowText),
                self.palette().color(QPalette.ColorRole.Window),
                0.35,
            ),
        )
        self.info.setPalette(palette)

    # -- showing -------------------------------------------------------------------------

    @property
    def document_id(self) -> int | None:
        return self.doc.id if self.doc is not None else None

    def show_document(self, document_id: int, start: int = -1, end: int = -1) -> None:
        """Show a document; with ``start >= 0`` select and centre ``[start, end)``
        (code points)."""
        if self.doc is None or self.doc.id != document_id:
            try:
                loaded = LoadedDocument(self.session.project, document_id)
            except TeemaError as exc:
                QMessageBox.warning(self, self.tr("Cannot open the document"), str(exc))
                return
            self._install(loaded)
            self.session.document_shown.emit(document_id)
            if self.session.segment_id is not None:
                self.editor.set_selected(self.session.segment_id)
            self.commands.update_enabled()
        if start >= 0:
            self.select_passage(start, end)

    def select_passage(self, start: int, end: int) -> None:
        """Select ``[start, end)`` (code points) and scroll it to the middle."""
        doc = self.doc
        if doc is None:
            return
        start = min(max(0, start), doc.map.length)
        end = min(max(start, end), doc.map.length)
        self.editor.select16(doc.to16(start), doc.to16(end), centre=True)

    def select_segment(self, segment_id: int, *, centre: bool) -> None:
        """Make a segment the selected one and select its text."""
        doc = self.doc
        if doc is None or segment_id not in doc.marks:
            return
        self.editor.set_selected(segment_id)
        self.session.segment_selected.emit(segment_id)
        mark = doc.marks[segment_id]
        self.editor.select16(mark.start, mark.end, centre=centre, keep_scroll=not centre)

    def _install(self, loaded: LoadedDocument | None) -> None:
        self.doc = loaded
        self._last_selection = None
        with QSignalBlocker(self.editor):
            self.editor.load(loaded, self.codes)
        self._update_header()

    def _clear(self) -> None:
        self._install(None)
        self.commands.update_enabled()
        if self.session.document_id is not None:
            self.session.document_shown.emit(-1)

    def _reload(self) -> None:
        """Read the document again, keeping the place one was reading."""
        doc = self.doc
        assert doc is not None
        bar = self.editor.verticalScrollBar()
        value = bar.value()
        loaded = LoadedDocument(self.session.project, doc.id)
        self._install(loaded)
        bar.setValue(value)
        self.editor.set_selected(self.session.segment_id)

    def _update_header(self) -> None:
        doc = self.doc
        if doc is None:
            self.title.setText(self.tr("No document open"))
            self.info.setText("")
            return
        self.title.setText(doc.document.name)
        n = len(doc.marks)
        count = self.tr("1 coded segment") if n == 1 else self.tr("{n} coded segments").format(n=n)
        self.info.setText(
            " · ".join(
                (kind_label(doc.document.kind), language_label(doc.document.language), count)
            )
        )

    # -- following the session -----------------------------------------------------------

    def _on_changed(self, tables: frozenset[str]) -> None:
        doc = self.doc
        if doc is None:
            return
        project = self.session.project
        if tables & DOCUMENT_TABLES:
            try:
                document = project.documents.get(doc.id)
            except NotFoundError:
                self._clear()
                return
            if tables & TEXT_TABLES and doc.content_changed(project, document):
                self._reload()
                return
            doc.document = document
        if "codes" in tables:
            self.codes = code_table(project)
            self.editor.restyle(self.codes)
        if tables & SEGMENT_TABLES:
            spans = doc.refresh(project)
            if spans is None or spans:
                self.editor.changed(spans)
        else:
            doc.skip_to_now(project)
        self._update_header()
        self.commands.update_enabled()

    def _on_segment_selected(self, segment_id: int) -> None:
        self.editor.set_selected(segment_id if segment_id >= 0 else None)
        self.commands.update_enabled()

    def _on_segment_clicked(self, segment_id: int) -> None:
        self.editor.set_selected(segment_id if segment_id >= 0 else None)
        self.session.segment_selected.emit(segment_id)

    def _on_selection(self) -> None:
        doc = self.doc
        if doc is None:
            return
        cursor = self.editor.textCursor()
        value = (doc.id, doc.from16(cursor.selectionStart()), doc.from16(cursor.selectionEnd()))
        if value != self._last_selection:
            self._last_selection = value
            self.session.text_selection_changed.emit(*value)
        self.commands.update_enabled()

    # -- edits -------------------------------------------------------------------------

    def apply(self, label: str, action: Callable[[], T]) -> T | None:
        """One undoable edit; a user error is shown, never swallowed."""
        try:
            return self.session.apply(label, action)
        except TeemaError as exc:
            QMessageBox.warning(self, self.tr("The change was not made"), str(exc))
            return None

    def resize_segment(self, segment_id: int, start: int, end: int) -> None:
        """Move a segment's boundaries to ``[start, end)`` (code points)."""
        project = self.session.project
        done = self.apply(
            self.tr("Resize segment"),
            lambda: project.segments.update(segment_id, start=start, end=end),
        )
        if done is not None and self.doc is not None and segment_id in self.doc.marks:
            self.editor.set_selected(segment_id)

    def _on_resize_finished(self, segment_id: int, start16: int, end16: int) -> None:
        doc = self.doc
        if doc is not None:
            self.resize_segment(segment_id, doc.from16(start16), doc.from16(end16))

    def code_selection(self, code_id: int) -> None:
        try:
            self.session.code_selection(code_id)
        except TeemaError as exc:
            QMessageBox.warning(self, self.tr("The passage was not coded"), str(exc))

    def code_in_vivo(self) -> None:
        try:
            self.session.code_in_vivo()
        except TeemaError as exc:
            QMessageBox.warning(self, self.tr("The passage was not coded"), str(exc))

    def _show_menu(self, segment_id: int, at: QPoint) -> None:
        if self.doc is None:
            return
        if segment_id >= 0 and segment_id in self.doc.marks:
            if segment_id != self.editor.selected:
                self.editor.set_selected(segment_id)
                self.session.segment_selected.emit(segment_id)
            self.commands.update_enabled()
            menu = self.commands.segment_menu(segment_id)
        else:
            menu = self.commands.text_menu(at)
        menu.exec(at)
        menu.deleteLater()
