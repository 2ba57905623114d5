"""The codebook panel: the code tree with a filter, the recent-codes strip (keys 1–9)
and the codebook edits (new, sub-code, rename, colour, describe, merge, delete).

Clicking a code, or pressing Enter on it, while text is selected in the document
view codes that passage. Every edit is one undoable action through
``session.apply``; errors a user can act on are shown, never swallowed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QHeaderView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.codebook_model import CODE_ID_ROLE, CodebookModel
from ui.codebook_tree import CodeFilter, CodeTree, FilterEdit, RecentStrip
from ui.session import Session
from workbench.errors import TeemaError


class CodebookPanel(QWidget):
    """The codebook dock."""

    #: the code selected in the tree changed (id, or -1)
    current_code_changed = Signal(int)
    #: a hypothesis was made from a code here (its id)
    hypothesis_created = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = CodebookModel(session)
        self.proxy = CodeFilter(self.model)
        self.filter = FilterEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter codes…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.filter.leave.connect(self._leave_filter)
        self.recent = RecentStrip(session, self)
        self.recent.chosen.connect(self.code_with_recent)
        self.tree = CodeTree(self)
        self._setup_tree()
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_by_name = self._make_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.toolbar, self.filter, self.recent, self.tree):
            layout.addWidget(widget)
        self.model.failed.connect(self._warn)
        self.model.modelAboutToBeReset.connect(self._remember_view)
        self.model.modelReset.connect(self._restore_view)
        self._expanded: set[int] = set()
        self._current: int | None = None
        self.tree.expandAll()
        self._update_actions()

    def _setup_tree(self) -> None:
        tree = self.tree
        tree.setModel(self.proxy)
        tree.setUniformRowHeights(True)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        tree.setDropIndicatorShown(True)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        tree.clicked.connect(self._code_at)
        tree.code_requested.connect(self._code_at)
        tree.selectionModel().currentChanged.connect(self._current_changed)

    def _make_actions(self) -> dict[str, QAction]:
        specs: list[tuple[str, str, Callable[[], object], str | None, str]] = [
            ("new", self.tr("New"), self.new_code, "Ins", self.tr("New top-level code")),
            ("sub", self.tr("Sub-code"), self.new_subcode, "Shift+Ins", self.tr("New sub-code")),
            ("rename", self.tr("Rename"), self.rename_current, "F2", self.tr("Rename in place")),
            ("color", self.tr("Colour…"), self.recolor_current, None, self.tr("Change colour")),
            ("describe", self.tr("Describe…"), self.describe_current, None, ""),
            ("merge", self.tr("Merge into…"), self.merge_current, None, ""),
            ("delete", self.tr("Delete"), self.delete_current, "Del", self.tr("Delete code")),
        ]
        actions: dict[str, QAction] = {}
        for name, text, slot, key, tip in specs:
            action = QAction(text, self)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            if key:
                action.setShortcut(QKeySequence(key))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
                tip = f"{tip or text} ({native})"
            action.setToolTip(tip or text)
            self.tree.addAction(action)
            actions[name] = action
        more = QMenu(self.tr("More"), self)
        more.addActions([actions["color"], actions["describe"], actions["merge"]])
        self.toolbar.addActions([actions[n] for n in ("new", "sub", "rename", "delete")])
        button = QToolButton(self)
        button.setText(self.tr("More"))
        button.setMenu(more)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(button)
        return actions

    # -- state ---------------------------------------------------------------------------

    def current_code(self) -> int | None:
        value = self.tree.currentIndex().data(CODE_ID_ROLE)
        return int(value) if value is not None else None

    def select_code(self, code_id: int) -> None:
        index = self.proxy.mapFromSource(self.model.index_of(code_id))
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        value = current.data(CODE_ID_ROLE)
        self.current_code_changed.emit(int(value) if value is not None else -1)

    def _update_actions(self) -> None:
        has = self.current_code() is not None
        for name in ("sub", "rename", "color", "describe", "merge", "delete"):
            self.actions_by_name[name].setEnabled(has)

    def _remember_view(self) -> None:
        self._current = self.current_code()
        self._expanded = {
            cid
            for cid in self.model.code_ids()
            if self.tree.isExpanded(self.proxy.mapFromSource(self.model.index_of(cid)))
        }

    def _restore_view(self) -> None:
        for cid in self._expanded:
            self.tree.setExpanded(self.proxy.mapFromSource(self.model.index_of(cid)), True)
        if self._current is not None:
            self.select_code(self._current)
        self._update_actions()

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        if text.strip():
            self.tree.expandAll()

    def _leave_filter(self) -> None:
        self.tree.setFocus()
        if not self.tree.currentIndex().isValid():
            self.tree.setCurrentIndex(self.proxy.index(0, 0))

    # -- coding ---------------------------------------------------------------------------

    def _code_at(self, index: QModelIndex) -> None:
        value = index.data(CODE_ID_ROLE)
        start, end = self.session.selection
        if value is not None and self.session.document_id is not None and start < end:
            self._run(lambda: self.session.code_selection(int(value)))

    def code_with_recent(self, index: int) -> int | None:
        """Code the selection with the ``index``-th recent code (0-based: key 1 is 0).
        Returns the segment id, or None (with a status message) when nothing happened."""
        recent = self.session.recent_codes
        if not 0 <= index < len(recent):
            self.session.message.emit(self.tr("No recent code on key {n}.").format(n=index + 1))
            return None
        result = self._run(lambda: self.session.code_selection(recent[index]))
        if result is None:
            self.session.message.emit(self.tr("Select a passage first."))
        return result if isinstance(result, int) else None

    # -- codebook edits -------------------------------------------------------------------

    def _run(self, action: Callable[[], Any]) -> Any:
        try:
            return action()
        except TeemaError as exc:
            self._warn(str(exc))
            return None

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Codebook"), message)

    def _apply(self, label: str, action: Callable[[], Any]) -> Any:
        return self._run(lambda: self.session.apply(label, action))

    def new_code(self, parent_id: int | None = None) -> int | None:
        """Ask for a name and create a code (under ``parent_id``); returns its id."""
        title = self.tr("New sub-code") if parent_id else self.tr("New code")
        name, ok = QInputDialog.getText(self, title, self.tr("Name:"))
        if not ok or not name.strip():
            return None
        codes = self.session.project.codes
        code = self._apply(title, lambda: codes.create(name, parent_id=parent_id))
        if code is None:
            return None
        if parent_id is not None:
            self.tree.setExpanded(self.proxy.mapFromSource(self.model.index_of(parent_id)), True)
        self.select_code(code.id)
        return int(code.id)

    def new_subcode(self) -> int | None:
        current = self.current_code()
        return self.new_code(current) if current is not None else None

    def rename_current(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index.siblingAtColumn(0))

    def recolor_current(self) -> None:
        code_id = self.current_code()
        if code_id is None:
            return
        code = self.model.code(code_id)
        color = QColorDialog.getColor(QColor(code.color), self, self.tr("Colour of the code"))
        if color.isValid() and color.name() != code.color:
            codes = self.session.project.codes
            self._apply(self.tr("Recolour code"), lambda: codes.recolor(code_id, color.name()))

    def describe_current(self) -> None:
        code_id = self.current_code()
        if code_id is None:
            return
        code = self.model.code(code_id)
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Describe code"),
            self.tr("What belongs under “{name}” (shown as its tooltip):").format(name=code.name),
            code.description,
        )
        if ok and text != code.description:
            codes = self.session.project.codes
            self._apply(self.tr("Describe code"), lambda: codes.describe(code_id, text))

    def merge_current(self) -> None:
        code_id = self.current_code()
        if code_id is None:
            return
        excluded = {code_id, *self.model.descendants(code_id)}
        targets = [cid for cid in self.model.code_ids() if cid not in excluded]
        if not targets:
            return
        name = self.model.code(code_id).name
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Merge code"),
            self.tr("Merge “{name}” into:").format(name=name),
            [self.model.path(cid) for cid in targets],
            0,
            False,
        )
        if not ok:
            return
        paths = {self.model.path(cid): cid for cid in targets}
        target = paths.get(choice)
        if target is not None:
            codes = self.session.project.codes
            self._apply(self.tr("Merge code"), lambda: codes.merge(code_id, target))
            self.select_code(target)

    def delete_current(self) -> bool:
        """Delete the current code after a confirmation that says what goes with it."""
        code_id = self.current_code()
        if code_id is None:
            return False
        subcodes = self.model.descendants(code_id)
        codings = sum(self.model.counts(cid)[0] for cid in [code_id, *subcodes])
        name = self.model.code(code_id).name
        answer = QMessageBox.question(
            self,
            self.tr("Delete code"),
            self.tr(
                "Delete the code “{name}”?\n\n"
                "Sub-codes deleted with it: {codes}\n"
                "Codings removed from segments: {codings}\n\n"
                "Segments left with no code, emotion, stage or memo are deleted too. "
                "You can undo this."
            ).format(name=name, codes=len(subcodes), codings=codings),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        codes = self.session.project.codes
        return self._apply(self.tr("Delete code"), lambda: codes.delete(code_id)) is not None

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        a = self.actions_by_name
        menu.addActions([a["new"], a["sub"]])
        menu.addSeparator()
        menu.addActions([a["rename"], a["color"], a["describe"], a["merge"]])
        menu.addSeparator()
        menu.addAction(a["delete"])
        code_id = self.current_code()
        if code_id is not None:
            menu.addSeparator()
            menu.addAction(
                self.tr("New hypothesis from this code…"),
                lambda: self.new_hypothesis_from_code(code_id),
            )
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def new_hypothesis_from_code(self, code_id: int, statement: str | None = None) -> int | None:
        from ui.hypothesis_edits import new_from_code

        hypothesis_id = new_from_code(self.session, self, code_id, statement)
        if hypothesis_id is not None:
            self.hypothesis_created.emit(hypothesis_id)
        return hypothesis_id
