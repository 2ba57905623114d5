"""The documents list as a Qt tree model: kind headings, then documents.

The model holds ids (and the one-line summaries it filters and shows, read in
three queries per refresh); it never keeps data in item objects. Filtering is
done here rather than in a proxy so the kind headings can count what is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from workbench.domain.queries import DocumentSummary
from workbench.model import DOCUMENT_KINDS
from workbench.project import Project

Index = QModelIndex | QPersistentModelIndex
#: The id role: a document's id on document rows, -1 on kind headings.
DocumentIdRole = Qt.ItemDataRole.UserRole + 1
#: The kind key ('interview' ...) on headings and documents alike.
KindRole = Qt.ItemDataRole.UserRole + 2
#: The segment count, for the badge delegate.
CountRole = Qt.ItemDataRole.UserRole + 3

NAME, CASES, CODED = range(3)
_ROOT = QModelIndex()  # the invisible root, as a default argument


def kind_name(kind: str) -> str:
    """A kind in the window's language, singular ('interview')."""
    return {
        "interview": QCoreApplication.translate("DocumentKinds", "Interview"),
        "mystery_shopping": QCoreApplication.translate("DocumentKinds", "Mystery shopping"),
        "observation": QCoreApplication.translate("DocumentKinds", "Observation"),
        "probe_diary": QCoreApplication.translate("DocumentKinds", "Probe diary"),
        "survey_answer": QCoreApplication.translate("DocumentKinds", "Survey answer"),
        "web_analytics_note": QCoreApplication.translate("DocumentKinds", "Web analytics note"),
        "other": QCoreApplication.translate("DocumentKinds", "Other"),
    }.get(kind, kind)


def kind_heading(kind: str) -> str:
    """A kind as a group heading, plural ('Interviews')."""
    return {
        "interview": QCoreApplication.translate("DocumentKinds", "Interviews"),
        "mystery_shopping": QCoreApplication.translate("DocumentKinds", "Mystery shopping reports"),
        "observation": QCoreApplication.translate("DocumentKinds", "Observations"),
        "probe_diary": QCoreApplication.translate("DocumentKinds", "Probe diaries"),
        "survey_answer": QCoreApplication.translate("DocumentKinds", "Survey answers"),
        "web_analytics_note": QCoreApplication.translate("DocumentKinds", "Web analytics notes"),
        "other": QCoreApplication.translate("DocumentKinds", "Other documents"),
    }.get(kind, kind)


def language_name(language: str) -> str:
    return {
        "fi": QCoreApplication.translate("DocumentKinds", "Finnish"),
        "en": QCoreApplication.translate("DocumentKinds", "English"),
        "other": QCoreApplication.translate("DocumentKinds", "Other language"),
    }.get(language, language)


@dataclass(frozen=True)
class DocumentsFilter:
    """What the documents list shows; the defaults show everything."""

    text: str = ""
    case_id: int | None = None
    #: (attribute name, value as shown) of a case the document belongs to
    attribute: tuple[str, str] | None = None
    coder_id: int | None = None
    #: 'all', 'coded' or 'uncoded'
    coded: str = "all"

    def is_active(self) -> bool:
        return self != DocumentsFilter()


class DocumentsModel(QAbstractItemModel):
    """Two levels: kind headings (internal id 0) and documents (internal id = the
    heading's row + 1). Columns: name, cases, coded-segment count."""

    #: inline rename from the view: (document id, new name); the panel applies it
    rename_requested = Signal(int, str)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._filter = DocumentsFilter()
        self._groups: list[tuple[str, list[int]]] = []
        self._totals: dict[str, int] = {}
        self._rows: dict[int, DocumentSummary] = {}
        self._case_names: dict[int, str] = {}
        self._current: int | None = None
        self.refresh()

    # -- state ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the documents (after an edit) and apply the filter again."""
        from coding.retrieval import attribute_text

        self.beginResetModel()
        summaries = self._project.queries.document_summaries()
        self._rows = {s.id: s for s in summaries}
        self._case_names = {c.id: c.name for c in self._project.cases.list()}
        self._totals = {}
        for s in summaries:
            self._totals[s.kind] = self._totals.get(s.kind, 0) + 1
        flt = self._filter
        allowed_cases: set[int] | None = None
        if flt.attribute is not None:
            name, value = flt.attribute
            allowed_cases = {
                case_id
                for case_id, values in self._project.attributes.table("case").items()
                if name in values and attribute_text(values[name]) == value
            }
        needle = flt.text.casefold().strip()
        groups: dict[str, list[int]] = {}
        for s in summaries:
            if needle and needle not in s.name.casefold():
                continue
            if flt.case_id is not None and flt.case_id not in s.case_ids:
                continue
            if allowed_cases is not None and allowed_cases.isdisjoint(s.case_ids):
                continue
            if flt.coder_id is not None and flt.coder_id not in s.coder_ids:
                continue
            if (flt.coded == "coded" and not s.segments) or (flt.coded == "uncoded" and s.segments):
                continue
            groups.setdefault(s.kind, []).append(s.id)
        order = {k: i for i, k in enumerate(DOCUMENT_KINDS)}
        self._groups = sorted(groups.items(), key=lambda g: order.get(g[0], len(order)))
        self.endResetModel()

    def set_filter(self, flt: DocumentsFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.refresh()

    def current_filter(self) -> DocumentsFilter:
        return self._filter

    def set_current(self, document_id: int | None) -> None:
        """Mark the document shown in the document view (drawn bold)."""
        old, self._current = self._current, document_id
        for doc in (old, document_id):
            index = self.index_of(doc) if doc is not None else QModelIndex()
            if index.isValid():
                self.dataChanged.emit(index, index.siblingAtColumn(CODED))

    def document_id(self, index: Index) -> int | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def index_of(self, document_id: int, column: int = NAME) -> QModelIndex:
        for g, (_kind, ids) in enumerate(self._groups):
            if document_id in ids:
                return self.createIndex(ids.index(document_id), column, g + 1)
        return QModelIndex()

    def visible_ids(self) -> list[int]:
        return [doc for _kind, ids in self._groups for doc in ids]

    def summary(self, document_id: int) -> DocumentSummary:
        return self._rows[document_id]

    # -- QAbstractItemModel -------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Document"), self.tr("Case"), self.tr("Coded"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != 0 and index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._heading_data(index, role)
        doc = self._rows[self._groups[index.internalId() - 1][1][index.row()]]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NAME:
                return doc.name
            if column == CASES:
                return ", ".join(self._case_names.get(c, "?") for c in doc.case_ids)
            return doc.segments if role == Qt.ItemDataRole.EditRole else str(doc.segments)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(doc)
        if role == Qt.ItemDataRole.FontRole and doc.id == self._current:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CODED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == DocumentIdRole:
            return doc.id
        if role == KindRole:
            return doc.kind
        if role == CountRole:
            return doc.segments
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        doc = self.document_id(index)
        if role != Qt.ItemDataRole.EditRole or doc is None or index.column() != NAME:
            return False
        name = str(value).strip()
        if not name or name == self._rows[doc].name:
            return False
        self.rename_requested.emit(doc, name)
        return True

    # -- helpers -------------------------------------------------------------------------

    def _heading_data(self, index: Index, role: int) -> Any:
        kind, ids = self._groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == NAME:
            shown, total = len(ids), self._totals.get(kind, len(ids))
            if shown == total:
                return self.tr("{kind} ({count})").format(kind=kind_heading(kind), count=total)
            return self.tr("{kind} ({shown} of {count})").format(
                kind=kind_heading(kind), shown=shown, count=total
            )
        if role == CountRole:
            return sum(self._rows[d].segments for d in ids)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == DocumentIdRole:
            return -1
        if role == KindRole:
            return kind
        return None

    def _tooltip(self, doc: DocumentSummary) -> str:
        cases = ", ".join(self._case_names.get(c, "?") for c in doc.case_ids) or "–"
        return self.tr("{name}\n{kind}, {language}\nCases: {cases}\nCoded segments: {n}").format(
            name=doc.name,
            kind=kind_name(doc.kind),
            language=language_name(doc.language),
            cases=cases,
            n=doc.segments,
        )
