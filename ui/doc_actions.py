"""What one can do to the segments of the shown document, by key and by menu:
unmark, remove one code, resize to the selection, edit the memo, step through
segments, zoom. Every change is one undoable action through the session.

The actions live on the document view with widget-with-children shortcuts, so
Delete unmarks only while the text has focus and never fights other panels;
the main window may also put them in its menus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaMethod, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu

if TYPE_CHECKING:
    from ui.document_view import DocumentView


class DocumentActions(QObject):
    """The document view's QActions and the menus built from them."""

    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self._view = view

        def action(text: str, keys: list[QKeySequence], slot: object) -> QAction:
            act = QAction(text, view)
            act.setShortcuts(keys)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            view.addAction(act)
            return act

        key = QKeySequence
        self.unmark = action(
            self.tr("Unmark"),
            [key(Qt.Key.Key_Delete), key(Qt.Key.Key_Backspace)],
            self.unmark_selected,
        )
        self.deselect = action(
            self.tr("Deselect segment"), [key(Qt.Key.Key_Escape)], self.deselect_segment
        )
        self.next_segment = action(self.tr("Next segment"), [key("Alt+Down")], lambda: self.step(1))
        self.previous_segment = action(
            self.tr("Previous segment"), [key("Alt+Up")], lambda: self.step(-1)
        )
        self.resize_to_selection = action(
            self.tr("Resize segment to selection"), [key("Ctrl+Shift+R")], self.resize_selected
        )
        self.edit_memo = action(
            self.tr("Edit segment memo…"), [key("Ctrl+Shift+M")], self.edit_selected_memo
        )
        self.select_text = action(self.tr("Select segment text"), [], self.select_selected_text)
        self.open_memos = action(self.tr("Open memos of segment"), [], self.open_selected_memos)
        self.zoom_in = action(
            self.tr("Larger text"),
            [key(QKeySequence.StandardKey.ZoomIn), key("Ctrl+=")],
            lambda: self.zoom(1),
        )
        self.zoom_out = action(
            self.tr("Smaller text"), [key(QKeySequence.StandardKey.ZoomOut)], lambda: self.zoom(-1)
        )
        self.zoom_reset = action(self.tr("Normal text size"), [key("Ctrl+0")], lambda: self.zoom(0))
        self._zoom = 0
        self.update_enabled()

    # -- state ------------------------------------------------------------------------

    def update_enabled(self) -> None:
        view = self._view
        chosen = view.editor.selected is not None
        for act in (self.unmark, self.deselect, self.edit_memo, self.select_text, self.open_memos):
            act.setEnabled(chosen)
        selection = view.editor.textCursor().hasSelection()
        self.resize_to_selection.setEnabled(chosen and selection)
        shown = view.doc is not None
        self.next_segment.setEnabled(shown)
        self.previous_segment.setEnabled(shown)

    # -- segment actions -------------------------------------------------------------

    def unmark_selected(self) -> None:
        view = self._view
        segment_id = view.editor.selected
        if segment_id is None:
            return
        project = view.session.project
        view.apply(self.tr("Unmark"), lambda: project.segments.delete(segment_id))

    def remove_code(self, segment_id: int, code_id: int) -> None:
        project = self._view.session.project
        self._view.apply(
            self.tr("Remove code from segment"),
            lambda: project.segments.remove_code(segment_id, code_id),
        )

    def resize_selected(self) -> None:
        view = self._view
        segment_id, doc = view.editor.selected, view.doc
        cursor = view.editor.textCursor()
        if segment_id is None or doc is None or not cursor.hasSelection():
            return
        start, end = doc.from16(cursor.selectionStart()), doc.from16(cursor.selectionEnd())
        view.resize_segment(segment_id, start, end)

    def edit_selected_memo(self) -> None:
        view = self._view
        segment_id, doc = view.editor.selected, view.doc
        if segment_id is None or doc is None:
            return
        current = doc.segments[segment_id].memo
        text, accepted = QInputDialog.getMultiLineText(
            view, self.tr("Segment memo"), self.tr("Memo for this passage:"), current
        )
        if accepted and text != current:
            project = view.session.project
            view.apply(
                self.tr("Edit segment memo"),
                lambda: project.segments.update(segment_id, memo=text),
            )

    def open_selected_memos(self) -> None:
        if self._view.editor.selected is not None:
            self._view.memo_requested.emit(self._view.editor.selected)

    def select_selected_text(self) -> None:
        if self._view.editor.selected is not None:
            self._view.select_segment(self._view.editor.selected, centre=False)

    def deselect_segment(self) -> None:
        if self._view.editor.resizer.active():
            self._view.editor.resizer.cancel()
        elif self._view.editor.selected is not None:
            self._view.session.segment_selected.emit(-1)

    def step(self, direction: int) -> None:
        """Select the next (1) or previous (-1) segment from the selected one or the cursor."""
        view = self._view
        doc = view.doc
        if doc is None or not doc.marks:
            return
        marks = doc.in_order()
        keys = [(m.start, m.end, m.segment_id) for m in marks]
        if view.editor.selected is not None:
            here = doc.marks[view.editor.selected]
            current = (here.start, here.end, here.segment_id)
        else:
            position = view.editor.textCursor().selectionStart()
            current = (position, -1, -1) if direction > 0 else (position, 0, 0)
        if direction > 0:
            following = [m for k, m in zip(keys, marks, strict=True) if k > current]
            target = following[0] if following else None
        else:
            preceding = [m for k, m in zip(keys, marks, strict=True) if k < current]
            target = preceding[-1] if preceding else None
        if target is not None:
            view.select_segment(target.segment_id, centre=True)

    def zoom(self, steps: int) -> None:
        editor = self._view.editor
        if steps == 0:
            editor.zoomOut(self._zoom)
            self._zoom = 0
        else:
            editor.zoomIn(steps)
            self._zoom += steps

    # -- menus ---------------------------------------------------------------------------

    def segment_menu(self, segment_id: int) -> QMenu:
        view = self._view
        doc = view.doc
        assert doc is not None
        menu = QMenu(view)
        menu.addAction(self.select_text)
        menu.addAction(self.unmark)
        codes = [c for c in doc.segments[segment_id].code_ids if c in view.codes]
        if codes:
            remove = menu.addMenu(self.tr("Remove code"))
            for code_id in codes:
                act = remove.addAction(
                    self.tr("Remove “{name}”").format(name=view.codes[code_id].name)
                )
                act.triggered.connect(lambda _=False, c=code_id: self.remove_code(segment_id, c))
        menu.addAction(self.resize_to_selection)
        menu.addSeparator()
        menu.addAction(self.edit_memo)
        if view.isSignalConnected(QMetaMethod.fromSignal(view.memo_requested)):
            menu.addAction(self.open_memos)
        return menu

    def text_menu(self, at: QPoint) -> QMenu:
        """The standard menu (copy, select all) with coding of the selection on top."""
        view = self._view
        menu = view.editor.createStandardContextMenu(view.editor.viewport().mapFromGlobal(at))
        selection = view.editor.textCursor().hasSelection()
        first = menu.actions()[0]  # the standard menu always has Copy and Select All
        recent = [c for c in view.session.recent_codes if c in view.codes]
        code_with = QMenu(self.tr("Code with"), menu)
        for code_id in recent:
            act = code_with.addAction(view.codes[code_id].name)
            act.triggered.connect(lambda _=False, c=code_id: view.code_selection(c))
        code_with.setEnabled(selection and bool(recent))
        menu.insertMenu(first, code_with)
        in_vivo = QAction(self.tr("Code in vivo"), menu)
        in_vivo.setEnabled(selection)
        in_vivo.triggered.connect(view.code_in_vivo)
        menu.insertAction(first, in_vivo)
        menu.insertSeparator(first)
        return menu
