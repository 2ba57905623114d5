"""Item models of the Hypotheses dock: the hypotheses in the researcher's order,
and the evidence cited for one of them. Both read from the project on reset and
answer by row; neither keeps item objects."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from coding.evidence import EvidenceIndex, EvidenceSummary
from coding.retrieval import RetrievedSegment
from workbench.domain.hypotheses import Hypothesis
from workbench.labels import kind_label, priority_label, status_label
from workbench.project import Project

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
NUMBER, STATEMENT, STATUS, PRIORITY, EVIDENCE, VOTES = range(6)
QUOTE, CASE, KIND, EMOTION = range(4)
#: Tables whose changes the list shows.
LIST_TABLES = frozenset(
    {
        "hypotheses",
        "hypothesis_sources",
        "hypothesis_evidence",
        "hypothesis_stages",
        "survey_items",
        "votes",
        "workshop_participants",
        "codes",
        "accepted_themes",
        "segments",
    }
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def number(position: int) -> str:
    """The label a hypothesis goes by: H1, H2 ... in list order."""
    return f"H{position + 1}"


class HypothesesModel(QAbstractTableModel):
    """Number, statement, status, priority, evidence count and workshop dots."""

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._rows: list[Hypothesis] = []
        self._votes: list[int] = []

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self.project.hypotheses.list()
        dots = self.project.votes.hypothesis_totals()
        self._votes = [dots.get(h.id, 0) for h in self._rows]
        self.endResetModel()

    def hypothesis_at(self, row: int) -> Hypothesis | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, hypothesis_id: int) -> int:
        return next((i for i, h in enumerate(self._rows) if h.id == hypothesis_id), -1)

    def ids(self) -> list[int]:
        return [h.id for h in self._rows]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("No."),
                self.tr("Hypothesis"),
                self.tr("Status"),
                self.tr("Priority"),
                self.tr("Evidence"),
                self.tr("Dots"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == VOTES:
            return self.tr("Workshop dots on the hypothesis's codes and themes")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        h, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                number(index.row()),
                h.statement,
                status_label(h.status),
                priority_label(h.priority),
                len(h.evidence_ids),
                self._votes[index.row()],
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (STATEMENT, STATUS, PRIORITY):
            return (h.statement, status_label(h.status), priority_label(h.priority))[column - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (EVIDENCE, VOTES):
            return _RIGHT
        return None


class EvidenceModel(QAbstractTableModel):
    """The passages one hypothesis cites, in its order: quote, case, kind, emotion."""

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._rows: list[RetrievedSegment] = []
        self.summary: EvidenceSummary | None = None

    def set_segments(self, segment_ids: tuple[int, ...]) -> None:
        self.beginResetModel()
        if segment_ids:
            index = EvidenceIndex(self.project, segment_ids)
            self._rows = index.get(list(segment_ids))
            self.summary = index.summary(segment_ids)
        else:
            self._rows, self.summary = [], None
        self.endResetModel()

    def row_at(self, row: int) -> RetrievedSegment | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def segment_ids(self) -> list[int]:
        return [r.segment.id for r in self._rows]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Quote"), self.tr("Case"), self.tr("Kind"), self.tr("Emotion"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                " ".join(row.text.split()),
                ", ".join(row.case_names),
                kind_label(row.document_kind),
                row.emotion or "",
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.document_name}\n“{row.text.strip()}”"
        return None
