"""Retrieval: every coded passage meeting the filters, quoted in context, ready to
open in its document or export to Excel.

Filters re-run the retrieval at once (text after a pause or Enter); so does any
edit of the data it shows. A hidden view only notes that it is stale and catches
up when shown, so coding in the document view never waits for it.
Enter or a double-click opens the passage in its document; Ctrl+C copies the
selected quotes with their sources.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coding.retrieval import RetrievalFilter, RetrievedSegment, retrieve
from exports.segments_table import export_segments
from ui.jobs import Job
from ui.retrieval_filters import RetrievalFilterPanel
from ui.retrieval_model import QUOTE, QuoteDelegate, RetrievalModel, quote_html
from ui.session import Session
from workbench.errors import TeemaError

#: Tables whose changes can change the results.
RESULT_TABLES = frozenset(
    {
        "segments",
        "segment_codes",
        "documents",
        "document_texts",
        "codes",
        "cases",
        "document_cases",
        "case_attribute_values",
        "attributes",
        "turns",
        "emotions",
        "journey_stages",
        "touchpoints",
        "coders",
    }
)
#: Tables whose changes change the filters' choices.
CHOICE_TABLES = frozenset(
    {"codes", "segment_codes", "emotions", "journey_stages", "attributes"}
    | {"case_attribute_values", "coders"}
)


class RetrievalView(QWidget):
    """Filters on the left, results on the right, the selected quote in full below."""

    #: the path of a finished background export
    exported = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stale = True
        self.filters = RetrievalFilterPanel(session, self)
        self.filters.changed.connect(self.refresh)

        self.model = RetrievalModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(QUOTE, QuoteDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.activated.connect(self._open)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 4 + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(QUOTE, QHeaderView.ResizeMode.Stretch)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in ((1, 22), (2, 8), (3, 10), (4, 22), (5, 11), (6, 16)):
            header.resizeSection(column, char * chars)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(self.tr("Select a passage to read it in full."))
        self.count_label = QLabel(self)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setToolTip(self.tr("Save these passages as an Excel or CSV file"))
        self.export_button.clicked.connect(self.export_dialog)

        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.export_button)
        results_splitter = QSplitter(Qt.Orientation.Vertical, self)
        results_splitter.addWidget(self.table)
        results_splitter.addWidget(self.detail)
        results_splitter.setStretchFactor(0, 3)
        results_splitter.setStretchFactor(1, 1)
        results = QWidget(self)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addLayout(top)
        results_layout.addWidget(results_splitter, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.filters)
        self.splitter.addWidget(results)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([char * 42, char * 120])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        copy = QShortcut(QKeySequence.StandardKey.Copy, self.table)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_selection)
        session.changed.connect(self._on_changed)
        self.set_rows([])
        self._stale = True  # the first retrieval runs when the view is first shown

    # -- public ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Run the retrieval with the current filters, keeping the selected passage
        and the scroll position when they are still there (coding elsewhere must
        not throw the list back to its top)."""
        current = self.model.row_at(self.table.currentIndex())
        scroll = self.table.verticalScrollBar().value()
        self.set_rows(retrieve(self.session.project, self.filters.filter()))
        self.table.verticalScrollBar().setValue(scroll)
        if current is not None:
            for i, row in enumerate(self.model.rows()):
                if row.segment.id == current.segment.id:
                    self.table.selectionModel().setCurrentIndex(
                        self.model.index(i, QUOTE),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    break

    def set_rows(self, rows: list[RetrievedSegment]) -> None:
        self._stale = False
        self.model.set_rows(rows)
        documents = len({r.segment.document_id for r in rows})
        self.count_label.setText(
            self.tr("{segments} in {documents}").format(
                segments=self.tr("%n segment(s)", "", len(rows)),
                documents=self.tr("%n document(s)", "", documents),
            )
        )
        self.export_button.setEnabled(bool(rows))
        self.detail.clear()

    def current_filter(self) -> RetrievalFilter:
        return self.filters.filter()

    def rows(self) -> list[RetrievedSegment]:
        return self.model.rows()

    def export_to(self, path: str | Path) -> Path | None:
        """Export the listed passages to ``path`` (.xlsx or .csv); shows any error."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = export_segments(
                self.model.rows(), path, language=self.session.project.language
            )
        except TeemaError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Export"), str(exc))
            return None
        QApplication.restoreOverrideCursor()
        self.session.message.emit(
            self.tr("Exported %n segment(s) to {name}", "", len(self.model.rows())).format(
                name=written.name
            )
        )
        return written

    def export_dialog(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export passages"),
            str(self.session.project.path.with_name(self.tr("passages") + ".xlsx")),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if not path:
            return
        if not Path(path).suffix:
            path += ".csv" if "csv" in chosen.lower() else ".xlsx"
        self.export_in_background(path)

    def export_in_background(self, path: str | Path) -> Job:
        """Write the export on a worker thread (50,000 rows to .xlsx take seconds); the
        rows are plain data already read from the project, so no database is touched."""
        rows = list(self.model.rows())
        language = self.session.project.language
        job = Job(
            lambda progress, cancelled: export_segments(
                rows,
                path,
                language=language,
                progress=lambda done, total: progress(done, total, ""),
            ),
            self,
        )
        dialog = QProgressDialog(self.tr("Exporting…"), "", 0, 0, self)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)

        def finished(written: Path) -> None:
            dialog.close()
            self.session.message.emit(
                self.tr("Exported %n segment(s) to {name}", "", len(rows)).format(name=written.name)
            )
            self.exported.emit(str(written))

        def failed(message: str) -> None:
            dialog.close()
            QMessageBox.warning(self, self.tr("Export"), message)

        job.finished.connect(finished)
        job.failed.connect(failed)
        self._export_job = job
        job.start()
        return job

    def copy_selection(self) -> None:
        """Copy the selected quotes, each with its source, as plain text."""
        picked = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        rows = self.model.rows()
        lines = []
        for i in picked:
            row = rows[i]
            source = ", ".join([*row.case_names, row.document_name])
            lines.append(f"“{' '.join(row.text.split())}” ({source})")
        if lines:
            QGuiApplication.clipboard().setText("\n\n".join(lines))

    def selected_segment_ids(self) -> list[int]:
        rows = self.model.rows()
        picked = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [rows[i].segment.id for i in picked]

    def _context_menu(self, pos: QPoint) -> None:
        from ui.hypothesis_edits import cite_menu

        menu = QMenu(self)
        menu.addMenu(cite_menu(self.session, self, self.selected_segment_ids()))
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # -- reactions ----------------------------------------------------------------------

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & CHOICE_TABLES:
            self.filters.blockSignals(True)
            self.filters.reload()
            self.filters.blockSignals(False)
        if tables & RESULT_TABLES:
            self._stale = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            seg = row.segment
            self.session.open_document(seg.document_id, seg.start, seg.end)

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current)
        if row is None:
            self.detail.clear()
            return
        source = " · ".join(
            part
            for part in (
                row.document_name,
                ", ".join(row.case_names),
                row.speaker or "",
                "; ".join(row.code_names),
                row.emotion or "",
                row.stage or "",
            )
            if part
        )
        palette = self.detail.palette()
        self.detail.setHtml(
            f"<p>{quote_html(row, palette, lines=True)}</p>"
            f'<p style="color:{palette.placeholderText().color().name()}">'
            f"{html.escape(source)}</p>"
        )
