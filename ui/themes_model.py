"""Item models of the Themes dock: the candidate themes of a run, and the units of
one theme. They hold ids and read rows from ``project.themes`` on reset."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from workbench.domain.themes import CandidateTheme, ThemeUnit
from workbench.project import Project

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
LABEL, SIZE, KEYWORDS, STATUS = range(4)


class ThemesModel(QAbstractTableModel):
    """A run's candidate themes in review order: name, size, keywords, status."""

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.run_id: int | None = None
        self._themes: list[CandidateTheme] = []

    def set_run(self, run_id: int | None) -> None:
        self.beginResetModel()
        self.run_id = run_id
        self._themes = self.project.themes.candidates(run_id) if run_id is not None else []
        self.endResetModel()

    def refresh(self) -> None:
        self.set_run(self.run_id)

    def theme_at(self, row: int) -> CandidateTheme | None:
        return self._themes[row] if 0 <= row < len(self._themes) else None

    def row_of(self, theme_id: int) -> int:
        return next((i for i, t in enumerate(self._themes) if t.id == theme_id), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._themes)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Theme"), self.tr("Units"), self.tr("Keywords"), self.tr("Status"))[section]

    def status_text(self, status: str) -> str:
        return {
            "candidate": self.tr("to review"),
            "accepted": self.tr("accepted"),
            "rejected": self.tr("rejected"),
        }.get(status, status)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        theme = self._themes[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                theme.label,
                theme.size,
                ", ".join(theme.keywords),
                self.status_text(theme.status),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return ", ".join(theme.keywords)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and theme.status == "accepted" and column == LABEL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and theme.status == "rejected":
            from PySide6.QtGui import QPalette
            from PySide6.QtWidgets import QApplication

            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None


class UnitsModel(QAbstractListModel):
    """The units of one theme: representative quotes first (marked ★), then the rest."""

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._units: list[ThemeUnit] = []
        self._texts: list[str] = []
        self._names: dict[int, str] = {}

    def set_theme(self, theme_id: int | None) -> None:
        self.beginResetModel()
        themes = self.project.themes
        self._units = themes.units(theme_id) if theme_id is not None else []
        self._texts = [" ".join(themes.unit_text(u).split()) for u in self._units]
        self._names = {d.id: d.name for d in self.project.documents.list()}
        self.endResetModel()

    def unit_at(self, row: int) -> ThemeUnit | None:
        return self._units[row] if 0 <= row < len(self._units) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._units)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        unit, text = self._units[index.row()], self._texts[index.row()]
        name = self._names.get(unit.document_id, "")
        if role == Qt.ItemDataRole.DisplayRole:
            star = "★ " if unit.quote_rank is not None else ""
            return f"{star}{name}: {text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{name}\n{text}"
        return None
