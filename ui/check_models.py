"""Checkable item models for filters: a flat list of keys, and the codebook tree.

They hold keys (code ids, emotion families, stage ids, kind keys, attribute values)
and which are ticked; labels come from a callback or the codebook read at load.
Space or a click on the box ticks, as in any Qt view.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon

from ui.colors import swatch_icon
from workbench.model import Code

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
KeyRole = Qt.ItemDataRole.UserRole + 1
_CHECKED = Qt.CheckState.Checked.value


def _is_checked(value: Any) -> bool:
    return value in (Qt.CheckState.Checked, _CHECKED)


#: Rows of both check models: selectable, and ticked by the user.
_CHECKABLE = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
)


class CheckListModel(QAbstractListModel):
    """A flat list of keys with a tick each."""

    checks_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys: list[Hashable] = []
        self._checked: set[Hashable] = set()
        self._label: Callable[[Any], str] = str
        self._icon: Callable[[Any], QIcon | None] = lambda _key: None

    def set_items(
        self,
        keys: Iterable[Hashable],
        label: Callable[[Any], str],
        icon: Callable[[Any], QIcon | None] | None = None,
    ) -> None:
        """Replace the keys (ticks on keys that remain are kept)."""
        self.beginResetModel()
        self._keys = list(keys)
        self._checked &= set(self._keys)
        self._label = label
        self._icon = icon or (lambda _key: None)
        self.endResetModel()

    def checked(self) -> list[Any]:
        return [k for k in self._keys if k in self._checked]

    def set_checked(self, keys: Iterable[Hashable]) -> None:
        wanted = set(keys) & set(self._keys)
        if wanted != self._checked:
            self._checked = wanted
            if self._keys:
                self.dataChanged.emit(self.index(0), self.index(len(self._keys) - 1))
            self.checks_changed.emit()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _CHECKABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self._keys[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(key)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if key in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(key)
        if role == KeyRole:
            return key
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        key = self._keys[index.row()]
        if _is_checked(value):
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.dataChanged.emit(index, index, [role])
        self.checks_changed.emit()
        return True


class CodeCheckModel(QAbstractItemModel):
    """The codebook tree with a tick per code; internal id = code id (ids start at 1)."""

    checks_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._codes: dict[int, Code] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._counts: dict[int, int] = {}
        self._checked: set[int] = set()

    def load(self, codes: list[Code], counts: dict[int, tuple[int, int]]) -> None:
        self.beginResetModel()
        self._codes = {c.id: c for c in codes}
        self._children = {None: []}
        for code in codes:  # tree order: parents first
            self._children.setdefault(code.parent_id, []).append(code.id)
        self._counts = {cid: n for cid, (n, _docs) in counts.items()}
        self._checked &= set(self._codes)
        self.endResetModel()

    def checked(self) -> list[int]:
        return [c for c in self._codes if c in self._checked]

    def set_checked(self, code_ids: Iterable[int]) -> None:
        self.beginResetModel()
        self._checked = set(code_ids) & set(self._codes)
        self.endResetModel()
        self.checks_changed.emit()

    def index_of(self, code_id: int) -> QModelIndex:
        code = self._codes[code_id]
        return self.createIndex(self._children[code.parent_id].index(code_id), 0, code_id)

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        parent_id = parent.internalId() if parent.isValid() else None
        return self.createIndex(row, column, self._children[parent_id][row])

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent_id = self._codes[index.internalId()].parent_id
        return self.index_of(parent_id) if parent_id is not None else QModelIndex()

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(parent.internalId() if parent.isValid() else None, ()))

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _CHECKABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        code = self._codes[index.internalId()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{name} ({count})").format(
                name=code.name, count=self._counts.get(code.id, 0)
            )
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if code.id in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch_icon(code.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return code.description or None
        if role == KeyRole:
            return code.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if _is_checked(value):
            self._checked.add(index.internalId())
        else:
            self._checked.discard(index.internalId())
        self.dataChanged.emit(index, index, [role])
        self.checks_changed.emit()
        return True
