"""The Hypotheses dock: what the qualitative phase hands the quantitative one.

The list (H1, H2 ... in the researcher's order, with status, priority, how much
evidence each cites and the workshop's dots) is on the left; the selected
hypothesis is edited on the right (``ui.hypothesis_editor``). Add, delete and
move are one undoable action each. The dock follows every change of the
project, keeping the selected hypothesis; while hidden it only notes that it is
stale and catches up when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui.hypotheses_model import LIST_TABLES, PRIORITY, STATEMENT, STATUS, HypothesesModel, number
from ui.hypothesis_editor import HypothesisEditor
from ui.hypothesis_edits import apply_or_warn
from ui.session import Session

#: Tables whose changes the dock shows (the list, and the evidence's labels).
PANEL_TABLES = LIST_TABLES | {
    "segment_codes",
    "documents",
    "document_cases",
    "cases",
    "turns",
    "emotions",
    "journey_stages",
}


class HypothesesPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stale = False
        self.model = HypothesesModel(session.project, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATEMENT, QHeaderView.ResizeMode.Stretch)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in ((STATUS, 12), (PRIORITY, 12)):
            # Long labels ("valmis testattavaksi") elide; the statement keeps the room.
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, char * chars)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, tip, slot in (
            ("new", self.tr("New"), self.tr("New hypothesis"), lambda: self.new_hypothesis()),
            ("delete", self.tr("Delete"), self.tr("Delete hypothesis"), lambda: self.delete()),
            ("up", self.tr("Move up"), self.tr("Move up in the list"), lambda: self.move_by(-1)),
            (
                "down",
                self.tr("Move down"),
                self.tr("Move down in the list"),
                lambda: self.move_by(1),
            ),
        ):
            action = self.toolbar.addAction(text)
            action.setToolTip(tip)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.actions_by_name[name] = action

        self.editor = HypothesisEditor(session, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.toolbar)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([char * 70, char * 170])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        session.changed.connect(self._on_changed)
        self.refresh()
        if self.model.rowCount():
            self.select_hypothesis(self.model.ids()[0])

    # -- state ------------------------------------------------------------------------

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        h = self.model.hypothesis_at(rows[0].row()) if rows else None
        return h.id if h is not None else None

    def select_hypothesis(self, hypothesis_id: int | None) -> None:
        row = self.model.row_of(hypothesis_id) if hypothesis_id is not None else -1
        selection = self.table.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        index = self.model.index(row, STATEMENT)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def refresh(self) -> None:
        """Re-read the list, keeping the selected hypothesis (or, when it is gone,
        the one now in its row)."""
        self._stale = False
        current, row = self.current_id(), self.table.currentIndex().row()
        self.table.selectionModel().blockSignals(True)
        self.model.refresh()
        self.table.selectionModel().blockSignals(False)
        ids = self.model.ids()
        if current not in ids:
            current = ids[min(row, len(ids) - 1)] if ids and row >= 0 else None
        self.table.selectionModel().blockSignals(True)
        self.select_hypothesis(current)
        self.table.selectionModel().blockSignals(False)
        self._show_current()

    def _show_current(self) -> None:
        current = self.current_id()
        row = self.model.row_of(current) if current is not None else -1
        self.editor.set_hypothesis(self.model.hypothesis_at(row))
        has, rows = current is not None, self.model.rowCount()
        self.actions_by_name["delete"].setEnabled(has)
        self.actions_by_name["up"].setEnabled(has and row > 0)
        self.actions_by_name["down"].setEnabled(has and 0 <= row < rows - 1)

    def _on_selection(self, *_args: object) -> None:
        shown = self.editor.hypothesis
        if shown is not None and shown.id != self.current_id():
            # Save what is still being typed for the hypothesis being left.
            self.table.selectionModel().blockSignals(True)
            self.editor.commit()
            self.table.selectionModel().blockSignals(False)
        self._show_current()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & PANEL_TABLES:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- edits ------------------------------------------------------------------------

    def new_hypothesis(self, statement: str | None = None) -> int | None:
        """Ask for a statement and add a hypothesis at the end; returns its id."""
        if statement is None:
            statement, ok = QInputDialog.getMultiLineText(
                self, self.tr("New hypothesis"), self.tr("Statement (one testable claim):")
            )
            if not ok or not statement.strip():
                return None
        text, hypotheses = statement, self.session.project.hypotheses
        created = apply_or_warn(
            self.session,
            self,
            self.tr("New hypothesis"),
            lambda: hypotheses.create(text),
        )
        if created is None:
            return None
        self.refresh()
        self.select_hypothesis(created.id)
        return created.id

    def delete(self, confirm: bool = True) -> bool:
        current = self.current_id()
        if current is None:
            return False
        h = self.session.project.hypotheses.get(current)
        label = number(self.model.row_of(current))
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete hypothesis"),
                self.tr(
                    "Delete {label} “{statement}” with its evidence list and survey items?\n\n"
                    "You can undo this."
                ).format(label=label, statement=h.statement),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        hypotheses = self.session.project.hypotheses
        done = apply_or_warn(
            self.session,
            self,
            self.tr("Delete hypothesis"),
            lambda: hypotheses.delete(current) or True,
        )
        return bool(done)

    def move_by(self, step: int) -> None:
        current = self.current_id()
        if current is None:
            return
        row = self.model.row_of(current) + step
        if not 0 <= row < self.model.rowCount():
            return
        hypotheses = self.session.project.hypotheses
        apply_or_warn(
            self.session,
            self,
            self.tr("Move hypothesis"),
            lambda: hypotheses.move(current, row),
        )
        self.select_hypothesis(current)
