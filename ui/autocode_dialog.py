""" "Code all hits": review the passages a search would code, then code the ticked ones.

The candidates come from :func:`coding.autocode.preview` (the hit, its sentence
or its paragraph); passages that already carry the code start unticked. OK codes
the ticked ones through ``session.apply``, so one Ctrl+Z undoes all of them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from coding.autocode import Candidate, code_passages, preview
from coding.search import SearchHit
from ui.session import Session

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class CandidatesModel(QAbstractListModel):
    """One checkable row per candidate passage: "document: text"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Candidate] = []
        self._checked: list[bool] = []

    def set_candidates(self, rows: list[Candidate]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._checked = [not r.already_coded for r in rows]
        self.endResetModel()

    def checked(self) -> list[Candidate]:
        return [r for r, on in zip(self._rows, self._checked, strict=True) if on]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = " ".join(row.text.split())
            if row.already_coded:
                return self.tr("{document}: {text} (already coded)").format(
                    document=row.document_name, text=text
                )
            return f"{row.document_name}: {text}"
        if role == Qt.ItemDataRole.CheckStateRole:
            on = self._checked[index.row()]
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        self._checked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True


class AutocodeDialog(QDialog):
    def __init__(self, session: Session, hits: list[SearchHit], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Code all hits"))
        self.session = session
        self.hits = hits
        self.code_combo = QComboBox(self)
        for code in session.project.codes.list():
            self.code_combo.addItem(code.name, code.id)
        self.scope_combo = QComboBox(self)
        self.scope_combo.addItem(self.tr("The hit only"), "hit")
        self.scope_combo.addItem(self.tr("Its sentence"), "sentence")
        self.scope_combo.addItem(self.tr("Its paragraph"), "paragraph")
        self.summary = QLabel(self)
        self.model = CandidatesModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code_combo)
        form.addRow(self.tr("&Passage:"), self.scope_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.code_combo.currentIndexChanged.connect(self.refresh)
        self.scope_combo.currentIndexChanged.connect(self.refresh)
        self.model.dataChanged.connect(self._count)
        self.resize(640, 420)
        self.refresh()

    def refresh(self) -> None:
        code_id = self.code_combo.currentData()
        scope = self.scope_combo.currentData()
        rows = (
            []
            if code_id is None
            else preview(self.session.project, self.hits, code_id, scope=scope)
        )
        self.model.set_candidates(rows)
        self._count()

    def _count(self) -> None:
        n = len(self.model.checked())
        if self.code_combo.count() == 0:
            self.summary.setText(self.tr("Make a code first: there is nothing to code with."))
        else:
            self.summary.setText(self.tr("%n passage(s) will be coded.", "", n))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(n > 0)

    def accept(self) -> None:
        code_id = self.code_combo.currentData()
        chosen = self.model.checked()
        if code_id is not None and chosen:
            project = self.session.project
            self.session.apply(
                self.tr("Code all hits"), lambda: code_passages(project, chosen, code_id)
            )
        super().accept()
