"""A :class:`coding.crosstab.Crosstab` as a Qt table: counts with heat shading,
a totals row and column, and the segment ids behind each cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication

from coding.crosstab import Crosstab
from ui.theme import is_dark

Index = QModelIndex | QPersistentModelIndex
#: the heat colour at the peak count (light and dark palettes)
HEAT = {False: QColor("#d95f02"), True: QColor("#fdae6b")}


class MatrixModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.crosstab: Crosstab | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_crosstab(self, crosstab: Crosstab | None) -> None:
        self.beginResetModel()
        self.crosstab = crosstab
        self.endResetModel()

    # -- shape -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.crosstab is None:
            return 0
        return len(self.crosstab.row_keys) + 1  # + totals

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.crosstab is None:
            return 0
        return len(self.crosstab.column_keys) + 1

    def is_total(self, row: int, column: int) -> bool:
        assert self.crosstab is not None
        return row == len(self.crosstab.row_keys) or column == len(self.crosstab.column_keys)

    def count(self, row: int, column: int) -> int:
        c = self.crosstab
        assert c is not None
        rows, cols = len(c.row_keys), len(c.column_keys)
        if row == rows and column == cols:
            return c.total
        if row == rows:
            return c.column_totals[column]
        if column == cols:
            return c.row_totals[row]
        return c.counts[row][column]

    def segment_ids(self, row: int, column: int) -> tuple[int, ...]:
        """The segments behind a cell, a row total, a column total or the grand total."""
        c = self.crosstab
        if c is None:
            return ()
        rows, cols = len(c.row_keys), len(c.column_keys)
        if row == rows and column == cols:
            return tuple(sorted({i for ids in c.cells.values() for i in ids}))
        if row == rows:
            return c.column_segment_ids(column)
        if column == cols:
            return c.row_segment_ids(row)
        return c.segment_ids(row, column)

    # -- content -------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        c = self.crosstab
        if c is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        n = self.count(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(n) if n else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_total(row, column):
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and n and not self.is_total(row, column):
            if c.columns == "codes" and row == column:
                return None  # the diagonal is the code's own total, not a co-occurrence
            peak = c.peak or 1
            heat = QColor(HEAT[is_dark(QGuiApplication.palette())])
            heat.setAlphaF(0.12 + 0.78 * min(1.0, n / peak))
            return heat
        if role == Qt.ItemDataRole.ToolTipRole:
            what = c.row_labels[row] if row < len(c.row_keys) else self.tr("Total")
            where = c.column_labels[column] if column < len(c.column_keys) else self.tr("Total")
            return f"{what} × {where}: {n}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        c = self.crosstab
        if c is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        labels = c.row_labels if orientation == Qt.Orientation.Vertical else c.column_labels
        if section == len(labels):
            return self.tr("Total")
        label = labels[section]
        if role == Qt.ItemDataRole.DisplayRole and len(label) > 28:
            return label[:27] + "…"
        return label
