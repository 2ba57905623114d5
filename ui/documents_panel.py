"""The documents panel: every document of the study grouped by kind, with filters
(name, case, case attribute, coder, coded or not), and the document edits
(rename, kind, language, delete) as undoable actions.

Enter or a double-click opens a document; F2 renames it in place; Delete deletes
it after saying how many coded segments go with it; the context-menu key (or a
right-click) offers every edit.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QModelIndex, QPoint, QRectF, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.colors import readable_on
from ui.documents_filters import DocumentsFilterBar
from ui.documents_model import (
    CODED,
    NAME,
    CountRole,
    DocumentsFilter,
    DocumentsModel,
    Index,
    kind_name,
    language_name,
)
from ui.session import Session
from workbench.errors import TeemaError
from workbench.model import DOCUMENT_KINDS, LANGUAGES

#: Tables whose changes the list shows.
WATCHED = frozenset(
    {"documents", "segments", "cases", "document_cases", "case_attribute_values", "attributes"}
    | {"turns", "coders"}
)


class BadgeDelegate(QStyledItemDelegate):
    """The coded-segment count as a small rounded badge (none for zero); sized by the
    font and coloured by palette roles, so it scales and suits light and dark."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        count = index.data(CountRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not count:
            return
        text = str(count)
        metrics = QFontMetrics(opt.font)
        pad = metrics.height() // 3
        width = metrics.horizontalAdvance(text) + 2 * pad
        height = metrics.height()
        rect = QRectF(
            opt.rect.right() - width - pad,
            opt.rect.center().y() - height / 2 + 0.5,
            width,
            height,
        )
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        if selected:  # inverted on the selection colour
            fill = palette.color(QPalette.ColorRole.HighlightedText)
            ink = palette.color(QPalette.ColorRole.Highlight)
        elif index.parent().isValid():  # a document
            fill = palette.color(QPalette.ColorRole.Highlight)
            ink = palette.color(QPalette.ColorRole.HighlightedText)
        else:  # a kind heading's total, quieter
            fill = palette.color(QPalette.ColorRole.Mid)
            ink = readable_on(fill, palette)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(ink)
        painter.setFont(opt.font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class DocumentsPanel(QWidget):
    """The documents dock. Follows ``session.document_shown``; opens documents with
    ``session.open_document``."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = DocumentsModel(session.project, self)
        # Queued: the rename (and the list's refresh) runs after the editor has closed,
        # never inside the view's own commit.
        self.model.rename_requested.connect(
            self.rename_document, Qt.ConnectionType.QueuedConnection
        )

        self.filter_bar = DocumentsFilterBar(session, self)
        self.filter_bar.changed.connect(self._filter_changed)
        self.filter_bar.name_edit.returnPressed.connect(self._to_first_match)

        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setItemDelegateForColumn(CODED, BadgeDelegate(self.view))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.activated.connect(self._activated)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # Widths from the font, not ResizeToContents, which would ask every row of a
        # thousand-document study for its size on each refresh.
        char = self.fontMetrics().averageCharWidth()
        for column, chars in ((1, 9), (CODED, 7)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, char * chars)
        self.model.modelReset.connect(self._after_reset)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view, 1)

        delete = QShortcut(QKeySequence.StandardKey.Delete, self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._delete_current)

        self._filter_changed()
        self._after_reset()
        session.changed.connect(self._on_changed)
        session.document_shown.connect(self._on_document_shown)

    # -- public -------------------------------------------------------------------------

    def current_document(self) -> int | None:
        return self.model.document_id(self.view.currentIndex())

    def set_filter(self, flt: DocumentsFilter) -> None:
        """Show ``flt`` in the filter controls and apply it."""
        self.filter_bar.set_current(flt)

    def focus_filter(self) -> None:
        self.filter_bar.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.name_edit.selectAll()

    def build_menu(self, document_id: int) -> QMenu:
        """The context menu of one document (separate from showing it, for tests)."""
        summary = self.model.summary(document_id)
        menu = QMenu(self)
        menu.addAction(self.tr("&Open"), partial(self.session.open_document, document_id))
        rename = menu.addAction(self.tr("&Rename"), partial(self._edit_name, document_id))
        rename.setShortcut(QKeySequence(Qt.Key.Key_F2))
        kinds = menu.addMenu(self.tr("Document &kind"))
        for kind in DOCUMENT_KINDS:
            action = kinds.addAction(kind_name(kind), partial(self.set_kind, document_id, kind))
            action.setCheckable(True)
            action.setChecked(kind == summary.kind)
        languages = menu.addMenu(self.tr("&Language"))
        for language in LANGUAGES:
            action = languages.addAction(
                language_name(language), partial(self.set_language, document_id, language)
            )
            action.setCheckable(True)
            action.setChecked(language == summary.language)
        menu.addSeparator()
        delete = menu.addAction(self.tr("&Delete…"), partial(self.delete_document, document_id))
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        return menu

    # -- edits (each one undoable action) ------------------------------------------------

    def rename_document(self, document_id: int, name: str) -> None:
        project = self.session.project
        self._apply(self.tr("Rename document"), lambda: project.documents.rename(document_id, name))

    def set_kind(self, document_id: int, kind: str) -> None:
        project = self.session.project
        if project.documents.get(document_id).kind == kind:
            return  # choosing the current kind is no edit (and no undo step)
        self._apply(
            self.tr("Change document kind"), lambda: project.documents.set_kind(document_id, kind)
        )

    def set_language(self, document_id: int, language: str) -> None:
        project = self.session.project
        if project.documents.get(document_id).language == language:
            return
        self._apply(
            self.tr("Change document language"),
            lambda: project.documents.set_language(document_id, language),
        )

    def delete_document(self, document_id: int) -> bool:
        """Delete after confirming (naming the coded segments that go with it)."""
        project = self.session.project
        name = self.model.summary(document_id).name
        segments = project.queries.segment_count(document_id)
        question = self.tr("Delete the document '{name}'?").format(name=name)
        if segments:
            question += "\n\n" + self.tr(
                "Its %n coded segment(s) will be deleted with it.", "", segments
            )
        question += "\n\n" + self.tr("You can undo this with Edit ▸ Undo.")
        answer = QMessageBox.question(
            self,
            self.tr("Delete document"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._apply(
            self.tr("Delete document"), lambda: project.documents.delete(document_id)
        )

    def _apply(self, label: str, action: Callable[[], object]) -> bool:
        try:
            self.session.apply(label, action)
        except TeemaError as exc:
            QMessageBox.warning(self, label, str(exc))
            return False
        return True

    # -- reactions ------------------------------------------------------------------------

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & {"cases", "attributes", "case_attribute_values", "coders"}:
            self.filter_bar.reload()
        if tables & WATCHED:
            scroll = self.view.verticalScrollBar().value()
            self.model.refresh()
            self.view.verticalScrollBar().setValue(scroll)

    def _on_document_shown(self, document_id: int) -> None:
        self.model.set_current(document_id if document_id >= 0 else None)
        index = self.model.index_of(document_id) if document_id >= 0 else QModelIndex()
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _after_reset(self) -> None:
        self.view.expandAll()
        current = self.session.document_id
        if current is not None:
            index = self.model.index_of(current)
            if index.isValid():
                self.view.setCurrentIndex(index)

    def _activated(self, index: QModelIndex) -> None:
        document_id = self.model.document_id(index)
        if document_id is not None:
            self.session.open_document(document_id)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():  # the keyboard's menu key: the current row
            index = self.view.currentIndex()
            pos = self.view.visualRect(index).center()
        document_id = self.model.document_id(index)
        if document_id is not None:
            menu = self.build_menu(document_id)
            menu.exec(self.view.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def _edit_name(self, document_id: int) -> None:
        index = self.model.index_of(document_id)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.edit(index)

    def _to_first_match(self) -> None:
        """Enter in the filter box: on to the first document shown, ready for Enter."""
        ids = self.model.visible_ids()
        if ids:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.view.setCurrentIndex(self.model.index_of(ids[0]))

    def _delete_current(self) -> None:
        document_id = self.current_document()
        if document_id is not None:
            self.delete_document(document_id)

    def _filter_changed(self) -> None:
        self.model.set_filter(self.filter_bar.current())
