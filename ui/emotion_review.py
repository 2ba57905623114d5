"""Batch review of emotion suggestions for segments that have no emotion yet.

"Suggest" reads the segments (of one document or all) on the GUI thread, then
scores them in the background; the list shows each passage with its most
likely family and confidence (the other two in the tooltip). The researcher
ticks the rows to accept (the confident ones come ticked, none is applied yet),
skips rows, and "Accept checked" writes all ticked rows as ONE undoable edit.
The model holds segment ids and the computed hints, not project rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coding.emotions import EmotionHint, apply_suggestions, review_candidates, suggest_work
from ui.jobs import Job
from ui.session import Session
from workbench.errors import NotFoundError, TeemaError

PASSAGE, SUGGESTION, CONFIDENCE = range(3)
# Rows at or above this confidence start ticked (a default, not an application).
PRESELECT = 0.5
_Index = QModelIndex | QPersistentModelIndex


@dataclass
class ReviewRow:
    segment_id: int
    text: str
    hints: list[EmotionHint]
    checked: bool


class EmotionReviewModel(QAbstractTableModel):
    """One row per segment with a suggestion; column 0 carries the accept tick."""

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[ReviewRow] = []

    def set_rows(self, rows: list[ReviewRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def remove(self, segment_ids: set[int]) -> None:
        for i in reversed(range(len(self.rows))):
            if self.rows[i].segment_id in segment_ids:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self.rows[i]
                self.endRemoveRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Passage"), self.tr("Suggestion"), self.tr("Confidence"))[section]
        return None

    def _label(self, hint: EmotionHint) -> str:
        emotion = self.session.project.schemes.emotion(hint.family)
        return emotion.label(self.session.project.language)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == PASSAGE:
            return Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PASSAGE:
                return " ".join(row.text.split())
            if column == SUGGESTION:
                return self._label(row.hints[0])
            return f"{round(row.hints[0].confidence * 100)} %"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == PASSAGE:
                return row.text
            return ", ".join(f"{self._label(h)} {round(h.confidence * 100)} %" for h in row.hints)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == PASSAGE else base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column():
            return False
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        self.rows[index.row()].checked = state == Qt.CheckState.Checked.value
        self.dataChanged.emit(index, index, [role])
        return True


class EmotionReview(QWidget):
    """Suggest for all emotion-less segments; accept the ticked ones in one edit."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.job: Job | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.model = EmotionReviewModel(session, self)
        self.document_combo = QComboBox(self)
        self.suggest_button = QPushButton(self.tr("Suggest"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.skip_button = QPushButton(self.tr("Skip selected"), self)
        self.accept_button = QPushButton(self.tr("Accept checked"), self)
        self.progress = QProgressBar(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(PASSAGE, QHeaderView.ResizeMode.Stretch)
        for column in (SUGGESTION, CONFIDENCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(self._open)
        self.suggest_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.skip_button.clicked.connect(self.skip_selected)
        self.accept_button.clicked.connect(self.accept_checked)
        top = QHBoxLayout()
        top.addWidget(self.document_combo, 1)
        top.addWidget(self.suggest_button)
        top.addWidget(self.cancel_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.skip_button)
        bottom.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        session.changed.connect(self._on_changed)
        self._load_documents()
        self._set_running(False)
        self.status.setText(self.tr("Suggest emotions for segments that have none."))

    def _load_documents(self) -> None:
        current = self.document_combo.currentData()
        self.document_combo.clear()
        self.document_combo.addItem(self.tr("All documents"), None)
        for document in self.session.project.documents.list():
            self.document_combo.addItem(document.name, document.id)
        self.document_combo.setCurrentIndex(max(0, self.document_combo.findData(current)))

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.suggest_button.setEnabled(not running)
        self.accept_button.setEnabled(not running and bool(self.model.rows))
        self.skip_button.setEnabled(not running and bool(self.model.rows))

    # -- suggesting ----------------------------------------------------------------------

    def start(self) -> Job:
        """Read the emotion-less segments here, score them in the background."""
        candidates = review_candidates(self.session.project, self.document_combo.currentData())
        texts = {c.segment_id: c.text for c in candidates}
        job = Job(suggest_work(candidates), self)
        job.progress.connect(self._on_progress)
        job.finished.connect(lambda result: self._finished(texts, result))
        job.failed.connect(self._failed)
        self.model.set_rows([])
        self.progress.setRange(0, max(1, len(candidates)))
        self.progress.setValue(0)
        self._set_running(True)
        self.job = job
        job.start(self._pool)
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _on_progress(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _finished(self, texts: dict[int, str], result: dict[int, list[EmotionHint]]) -> None:
        rows = [
            ReviewRow(sid, texts[sid], hints, hints[0].confidence >= PRESELECT)
            for sid, hints in result.items()
            if hints
        ]
        self.model.set_rows(rows)
        self._set_running(False)
        self.status.setText(
            self.tr(
                "%n segment(s) with a suggestion; ticked rows are applied together.", "", len(rows)
            )
        )

    def _failed(self, message: str) -> None:
        self._set_running(False)
        self.status.setText(message)

    # -- reviewing -----------------------------------------------------------------------

    def skip_selected(self) -> None:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        self.model.remove({self.model.rows[r].segment_id for r in rows})
        self._set_running(False)

    def accept_checked(self) -> int:
        """Apply every ticked row's top suggestion as one undoable edit."""
        choices = [(r.segment_id, r.hints[0].family) for r in self.model.rows if r.checked]
        if not choices:
            return 0
        project = self.session.project
        try:
            changed: int = self.session.apply(
                self.tr("Accept %n emotion suggestion(s)", "", len(choices)),
                lambda: apply_suggestions(project, choices),
            )
        except TeemaError as exc:
            self.status.setText(str(exc))
            return 0
        self.model.remove({sid for sid, _family in choices})
        self._set_running(False)
        self.status.setText(self.tr("%n emotion(s) applied.", "", changed))
        return changed

    def _open(self, index: QModelIndex) -> None:
        segment_id = self.model.rows[index.row()].segment_id
        try:
            segment = self.session.project.segments.get(segment_id)
        except NotFoundError:
            return
        self.session.open_document(segment.document_id, segment.start, segment.end)
        self.session.segment_selected.emit(segment_id)

    def _on_changed(self, tables: frozenset[str]) -> None:
        if "documents" in tables:
            self._load_documents()
        if "segments" in tables and self.model.rows:
            segments = self.session.project.segments
            gone: set[int] = set()
            for row in self.model.rows:
                try:
                    if segments.get(row.segment_id).emotion_id is not None:
                        gone.add(row.segment_id)
                except NotFoundError:
                    gone.add(row.segment_id)
            self.model.remove(gone)
            self._set_running(False)

    def shutdown(self) -> None:
        """Stop a running batch (the window calls this on close)."""
        self.cancel()
        self._pool.waitForDone(5000)
