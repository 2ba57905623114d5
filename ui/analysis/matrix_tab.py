"""Matrices with click-through: codes against documents, cases, a case
attribute's values, other codes (co-occurrence), emotions or journey stages,
counting segments, documents or participants. Selecting a cell (or a total)
lists the passages behind it; double-click opens one in the document view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coding.crosstab import Crosstab, crosstab
from coding.retrieval import RetrievalFilter, RetrievedSegment
from exports.crosstab_export import export_crosstab
from exports.heatmap import export_heatmap
from ui.analysis.matrix_model import MatrixModel
from ui.analysis.plan import Plan, Rows
from ui.retrieval_model import QUOTE, QuoteDelegate, RetrievalModel
from ui.session import Session
from workbench.errors import TeemaError
from workbench.project import Project

#: the key of a totals row or column
_TOTAL = object()


def _key(keys: tuple[object, ...], index: int) -> object:
    return keys[index] if index < len(keys) else _TOTAL


class MatrixTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.columns = QComboBox(self)
        self.count = QComboBox(self)
        for key, label in (
            ("segments", self.tr("segments")),
            ("documents", self.tr("documents")),
            ("participants", self.tr("participants")),
        ):
            self.count.addItem(label, key)
        self.hide_empty = QCheckBox(self.tr("&Hide empty rows and columns"), self)
        self.hide_empty.setChecked(True)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.clicked.connect(lambda: self.export())
        self.model = MatrixModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setDefaultSectionSize(64)
        self.table.horizontalHeader().setMinimumSectionSize(36)
        self.table.selectionModel().selectionChanged.connect(self._cell_chosen)
        self.caption = QLabel(self)
        self.passages = RetrievalModel(self)
        self.passage_view = QTableView(self)
        self.passage_view.setModel(self.passages)
        self.passage_view.setItemDelegateForColumn(QUOTE, QuoteDelegate(self.passage_view))
        self.passage_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.passage_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.passage_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(QUOTE, QHeaderView.ResizeMode.Stretch)
        self.passage_view.setWordWrap(True)
        self.passage_view.doubleClicked.connect(self._open)
        controls = QHBoxLayout()
        for label, widget in ((self.tr("Co&lumns:"), self.columns),
                              (self.tr("C&ount:"), self.count)):  # fmt: skip
            text = QLabel(label, self)
            text.setBuddy(widget)
            controls.addWidget(text)
            controls.addWidget(widget)
        controls.addWidget(self.hide_empty)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        below = QWidget(self)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.caption)
        below_layout.addWidget(self.passage_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)
        self._flt = RetrievalFilter()
        self._rows: dict[int, RetrievedSegment] = {}
        self.reload_choices()
        for widget in (self.columns, self.count):
            widget.currentIndexChanged.connect(self.settings_changed)
        self.hide_empty.toggled.connect(self.settings_changed)

    def reload_choices(self) -> None:
        """The column choices: fixed axes plus one per case attribute."""
        current = self.columns.currentData()
        self.columns.blockSignals(True)
        self.columns.clear()
        for key, label in (
            ("documents", self.tr("documents")),
            ("cases", self.tr("cases (participants)")),
            ("codes", self.tr("codes (co-occurrence)")),
            ("emotions", self.tr("emotions")),
            ("stages", self.tr("journey stages")),
        ):
            self.columns.addItem(label, key)
        for attribute in self.session.project.attributes.list("case"):
            self.columns.addItem(
                self.tr("attribute: %1").replace("%1", attribute.name),
                f"attribute:{attribute.name}",
            )
        found = self.columns.findData(current)
        self.columns.setCurrentIndex(max(0, found))
        self.columns.blockSignals(False)

    #: the window recomputes when a control changes (the work runs off the GUI thread)
    settings_changed = Signal()

    def plan(self) -> Plan:
        """What to compute for the current controls, as a function the analysis
        window runs on a worker with its own read-only project."""
        columns, _colon, attribute = str(self.columns.currentData() or "documents").partition(":")
        count = str(self.count.currentData())
        trim = self.hide_empty.isChecked()

        def compute(project: Project, flt: RetrievalFilter, _rows: Rows) -> Crosstab:
            result = crosstab(
                project, columns=columns, count=count, flt=flt,
                include_subcodes=flt.include_subcodes, attribute=attribute or None,
            )  # fmt: skip
            return result.trimmed() if trim else result

        return compute

    def show_result(self, flt: RetrievalFilter, rows: Rows, result: object) -> None:
        assert isinstance(result, Crosstab)
        self._flt = flt
        self._rows = {r.segment.id: r for r in rows}
        # the chosen cell, by its keys, is chosen again if the new matrix still has it
        chosen = self.table.currentIndex()
        old = self.model.crosstab
        keep = None
        if old is not None and chosen.isValid():
            keep = (_key(old.row_keys, chosen.row()), _key(old.column_keys, chosen.column()))
        self.model.set_crosstab(result)
        self.table.resizeColumnsToContents()
        self.caption.setText(result.title())
        self.passages.set_rows([])
        if keep is not None:
            keys = [*result.row_keys, _TOTAL]
            cols = [*result.column_keys, _TOTAL]
            if keep[0] in keys and keep[1] in cols:
                self.table.setCurrentIndex(
                    self.model.index(keys.index(keep[0]), cols.index(keep[1]))
                )

    def current(self) -> Crosstab | None:
        return self.model.crosstab

    def _cell_chosen(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        index = indexes[0]
        ids = self.model.segment_ids(index.row(), index.column())
        self.passages.set_rows([self._rows[i] for i in ids if i in self._rows])
        self.caption.setText(
            self.tr("%n passage(s) behind this cell", "", len(ids))
            + " — " + str(self.model.data(index, Qt.ItemDataRole.ToolTipRole))
        )  # fmt: skip

    def _open(self) -> None:
        row = self.passages.row_at(self.passage_view.currentIndex())
        if row is not None:
            segment = row.segment
            self.session.open_document(segment.document_id, segment.start, segment.end)
            self.session.segment_selected.emit(segment.id)

    def export(self, path: str | None = None) -> Path | None:
        result = self.current()
        if result is None:
            return None
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export the matrix"), "matrix.xlsx",
                self.tr("Excel workbook (*.xlsx);;CSV (*.csv);;PNG image (*.png)"),
            )  # fmt: skip
            if not path:
                return None
        target = Path(path)
        try:
            if target.suffix.lower() == ".png":
                export_heatmap(result, target)
            else:
                export_crosstab(result, target, project=self.session.project)
        except (OSError, TeemaError) as exc:
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return None
        self.session.message.emit(self.tr("Wrote %1").replace("%1", str(target)))
        return target
