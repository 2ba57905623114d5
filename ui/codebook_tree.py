"""The pieces of the codebook panel that are views: the fuzzy filter over the code
tree, the tree itself (which also takes passages dropped from the document view),
the filter box, and the strip of recently used codes with their keys 1–9.

They read and signal; the edits they lead to are made by
:class:`ui.codebook_panel.CodebookPanel`.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QTreeView, QWidget

from coding.fuzzy import code_score
from ui.codebook_model import CodebookModel
from ui.doc_mime import SELECTION_MIME
from ui.session import Session


class FilterEdit(QLineEdit):
    """The filter box; Down or Enter moves on to the tree."""

    leave = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.leave.emit()
            return
        super().keyPressEvent(event)


class CodeFilter(QSortFilterProxyModel):
    """Fuzzy filter on the code's path; parents of matches stay visible."""

    def __init__(self, model: CodebookModel) -> None:
        super().__init__(model)
        self._query = ""
        self._model = model
        self.setSourceModel(model)
        self.setRecursiveFilteringEnabled(True)

    def set_query(self, query: str) -> None:
        if hasattr(self, "endFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self._query = query
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._query = query
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._query.strip():
            return True
        # Plain Python lookups only: Qt may filter while the source model is being
        # destroyed, when calling its overridden index() would crash.
        code_id = self._model.code_at(row, parent)
        return (
            code_id is not None and code_score(self._query, self._model.path(code_id)) is not None
        )


class CodeTree(QTreeView):
    """The tree; it also takes passages dropped from the document view, coding them
    with the code under the mouse, and codes the selection on Enter."""

    code_requested = Signal(QModelIndex)

    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasFormat(SELECTION_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not event.mimeData().hasFormat(SELECTION_MIME):
            super().dragMoveEvent(event)
            return
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            self.setCurrentIndex(index)
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasFormat(SELECTION_MIME):
            super().dropEvent(event)
            return
        index = self.indexAt(event.position().toPoint())
        model = self.model()
        if index.isValid() and model.dropMimeData(
            event.mimeData(), Qt.DropAction.CopyAction, -1, -1, index.siblingAtColumn(0)
        ):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not editing and self.currentIndex().isValid():
            self.code_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class RecentStrip(QLabel):
    """The last used codes with their number keys; a click codes the selection."""

    chosen = Signal(int)  # 0-based place in the list

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.linkActivated.connect(lambda link: self.chosen.emit(int(link)))
        session.recent_codes_changed.connect(self.refresh)
        session.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if "codes" in tables:  # a recent code was renamed, recoloured or deleted
            self.refresh()

    def refresh(self, *_args: object) -> None:
        recent = self.session.recent_codes
        if not recent:
            self.setText(
                '<span style="color:{}">{}</span>'.format(
                    self.palette().color(self.palette().ColorRole.PlaceholderText).name(),
                    html.escape(self.tr("Codes you use get keys 1–9 here.")),
                )
            )
            return
        text_colour = self.palette().color(self.palette().ColorRole.WindowText).name()
        metrics, width = self.fontMetrics(), self.fontMetrics().averageCharWidth() * 18
        codes = {c.id: c for c in self.session.project.codes.list()}
        parts, names = [], []
        for i, code_id in enumerate(recent):
            code = codes.get(code_id)
            if code is None:
                continue
            names.append(f"{i + 1} {code.name}")
            name = metrics.elidedText(code.name, Qt.TextElideMode.ElideRight, width)
            parts.append(
                f'<a href="{i}" style="text-decoration:none; color:{text_colour}">'
                f'<span style="color:{code.color}">■</span>&nbsp;<b>{i + 1}</b>&nbsp;'
                f"{html.escape(name).replace(' ', '&nbsp;')}</a>"
            )
        self.setText(" &nbsp; ".join(parts))
        hint = self.tr("Press 1–9 in the document to code the selection")
        self.setToolTip("\n".join([*names, "", hint]))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh()
