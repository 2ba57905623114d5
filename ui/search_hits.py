"""Search hits as a table model: document, context before, the match, context after."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem

from coding.search import SearchHit

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
DOCUMENT, BEFORE, MATCH, AFTER = range(4)


class SearchHitsModel(QAbstractTableModel):
    """Hits as rows: document, text before (right-aligned), the match, text after."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = hits
        self.endResetModel()

    def hits(self) -> list[SearchHit]:
        return self._hits

    def hit_at(self, index: Index) -> SearchHit | None:
        return self._hits[index.row()] if index.isValid() else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Document"), self.tr("Before"), self.tr("Match"), self.tr("After"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (hit.document_name, hit.before, " ".join(hit.text.split()), hit.after)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.document_name}\n{hit.before}{hit.text}{hit.after}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column == BEFORE else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == MATCH:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and column == MATCH:
            # A tint of the selection colour marks the match in light and dark themes.
            palette = QApplication.palette()
            tint = palette.color(QPalette.ColorRole.Highlight)
            tint.setAlpha(60)
            return tint
        if role == Qt.ItemDataRole.ForegroundRole and column in (BEFORE, AFTER):
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None


class ElideLeftDelegate(QStyledItemDelegate):
    """The context before a match keeps its end (next to the match) in view."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft
