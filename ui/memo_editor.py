"""The memo editor: the researcher's notes on the project, the open document, the
selected code or the selected segment.

Pick what the memos belong to, pick or add a memo, and write. A memo is saved
when its fields lose focus or after a short pause in typing — each save one
undoable "Edit memo" — never per keystroke. Typing into an empty editor starts a
new memo on the chosen object.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.session import Session
from workbench.errors import NotFoundError, TeemaError

#: Pause in typing after which a memo is saved.
IDLE_MS = 1500
_TABLES = frozenset({"memos", "documents", "codes", "segments"})
AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a default argument


class MemoList(QAbstractListModel):
    """Memo ids of one target; titles (or first lines) are read on refresh."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ids: list[int] = []
        self._labels: dict[int, tuple[str, str]] = {}

    def load(self, target_type: str, target_id: int | None) -> None:
        memos = self.session.project.memos.list(target_type, target_id)
        self.beginResetModel()
        self.ids = [m.id for m in memos]
        self._labels = {
            m.id: (m.title.strip() or _first_line(m.body) or self.tr("(empty memo)"), m.modified)
            for m in memos
        }
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        title, modified = self._labels[self.ids[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Last changed {when}").format(when=modified[:16].replace("T", " "))
        return None


class MemoEditor(QWidget):
    """Memos of the project / current document / selected code / selected segment."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.code_id: int | None = None
        self.memo_id: int | None = None
        self._dirty = False
        self.target = QComboBox(self)
        self.target.setToolTip(self.tr("What these memos belong to"))
        self.target.activated.connect(lambda _i: self._target_changed())
        self.memos = MemoList(session, self)
        self.list = QListView(self)
        self.list.setModel(self.memos)
        self.list.selectionModel().currentChanged.connect(self._memo_chosen)
        self.new_button = QPushButton(self.tr("New memo"), self)
        self.new_button.clicked.connect(self.new_memo)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_memo)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Title"))
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(self.tr("Write a memo… it is saved as you go."))
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_MS)
        self.idle.timeout.connect(self.save)
        for field in (self.title, self.body):
            field.installEventFilter(self)
        self.title.textEdited.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self._add_list_keys()
        self._layout()
        session.document_shown.connect(lambda _id: self._follow())
        session.segment_selected.connect(lambda _id: self._follow())
        session.changed.connect(self._on_changed)
        self._fill_targets("project")
        self._load_list()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.target)
        top_layout.addWidget(self.list)
        top_layout.addLayout(buttons)
        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.title)
        editor_layout.addWidget(self.body)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)

    def _add_list_keys(self) -> None:
        for key, slot in (("Ins", self.new_memo), ("Del", self.delete_memo)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _c=False, s=slot: s())
            self.list.addAction(action)
        self.new_button.setToolTip(self.tr("New memo (Ins in the list)"))
        self.delete_button.setToolTip(self.tr("Delete the memo (Del in the list)"))

    # -- what the memos belong to ------------------------------------------------------------

    def set_code(self, code_id: int) -> None:
        """Slot for the codebook's ``current_code_changed`` (-1: none)."""
        self.code_id = code_id if code_id >= 0 else None
        self._follow()

    def target_of(self) -> tuple[str, int | None]:
        kind = self.target.currentData() or "project"
        ids = {
            "project": None,
            "document": self.session.document_id,
            "code": self.code_id,
            "segment": self.session.segment_id,
        }
        return kind, ids.get(kind)

    def _fill_targets(self, keep: str) -> None:
        project, s = self.session.project, self.session
        entries: list[tuple[str, str]] = [("project", self.tr("Project: {name}"))]
        names: dict[str, str] = {"project": project.name}
        try:
            if s.document_id is not None:
                names["document"] = project.documents.get(s.document_id).name
                entries.append(("document", self.tr("Document: {name}")))
            if self.code_id is not None:
                names["code"] = project.codes.path(self.code_id)
                entries.append(("code", self.tr("Code: {name}")))
            if s.segment_id is not None:
                words = " ".join(project.segments.get(s.segment_id).text.split())
                names["segment"] = f"“{words[:40]}{'…' if len(words) > 40 else ''}”"
                entries.append(("segment", self.tr("Segment: {name}")))
        except NotFoundError:
            pass  # the object went away in this very edit; its entry is simply left out
        self.target.clear()
        for kind, label in entries:
            self.target.addItem(label.format(name=names[kind]), kind)
        self.target.setCurrentIndex(max(0, self.target.findData(keep)))

    def _follow(self) -> None:
        """The document, code or segment changed: keep the chosen kind, show its memos."""
        self.save()
        self._fill_targets(self.target.currentData() or "project")
        self._load_list()

    def _target_changed(self) -> None:
        self.save()
        self._load_list()

    # -- the memos ----------------------------------------------------------------------------

    def _load_list(self, keep: int | None = None) -> None:
        kind, target_id = self.target_of()
        self.memos.load(kind, target_id)
        wanted = keep if keep in self.memos.ids else (self.memos.ids[0] if self.memos.ids else None)
        if wanted is not None:
            self.list.setCurrentIndex(self.memos.index(self.memos.ids.index(wanted)))
        self._show(wanted)
        self.delete_button.setEnabled(wanted is not None)

    def _memo_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        memo_id = self.memos.ids[current.row()] if current.isValid() else None
        if memo_id != self.memo_id:
            self.save()
            self._show(memo_id)

    def _show(self, memo_id: int | None) -> None:
        """Put memo ``memo_id`` (None: an empty page) in the fields, unless it is the one
        being edited: never overwrite what the user is typing."""
        if memo_id == self.memo_id and self._dirty:
            return
        self.memo_id = memo_id
        title, body = "", ""
        if memo_id is not None:
            memo = self.session.project.memos.get(memo_id)
            title, body = memo.title, memo.body
        for field, text in ((self.title, title), (self.body, body)):
            current = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
            if current != text:
                field.blockSignals(True)
                if isinstance(field, QLineEdit):
                    field.setText(text)
                else:
                    field.setPlainText(text)
                field.blockSignals(False)
        self._dirty = False

    def _edited(self, *_args: object) -> None:
        self._dirty = True
        self.idle.start()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if not tables & _TABLES:
            return
        if tables & {"documents", "codes", "segments"}:
            self._fill_targets(self.target.currentData() or "project")
        self._load_list(keep=self.memo_id)

    def _apply(self, label: str, action: Callable[[], Any]) -> Any:
        try:
            return self.session.apply(label, action)
        except TeemaError as exc:
            QMessageBox.warning(self, self.tr("Memos"), str(exc))
            return None

    def save(self) -> None:
        """Save what was typed (one undoable action); a no-op when nothing changed."""
        self.idle.stop()
        if not self._dirty:
            return
        self._dirty = False
        memos, title, body = self.session.project.memos, self.title.text(), self.body.toPlainText()
        if self.memo_id is None:
            if not (title.strip() or body.strip()):
                return
            kind, target_id = self.target_of()
            memo = self._apply(
                self.tr("Add memo"),
                lambda: memos.add(body, title=title, target_type=kind, target_id=target_id),
            )
            if memo is not None:
                self.memo_id = memo.id
                self._load_list(keep=memo.id)
            return
        memo_id = self.memo_id
        try:
            old = memos.get(memo_id)
        except NotFoundError:
            return
        if (old.title, old.body) != (title, body):
            self._apply(self.tr("Edit memo"), lambda: memos.update(memo_id, title=title, body=body))

    def new_memo(self) -> None:
        """Start a new, empty memo on the chosen object and put the cursor in its title."""
        self.save()
        kind, target_id = self.target_of()
        memos = self.session.project.memos
        memo = self._apply(
            self.tr("Add memo"),
            lambda: memos.add("", title=self.tr("New memo"), target_type=kind, target_id=target_id),
        )
        if memo is not None:
            self._load_list(keep=memo.id)
            self.title.setFocus()
            self.title.selectAll()

    def delete_memo(self) -> None:
        if self.memo_id is None:
            return
        self.idle.stop()
        self._dirty = False
        memo_id, memos = self.memo_id, self.session.project.memos
        self._apply(self.tr("Delete memo"), lambda: memos.delete(memo_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.title, self.body) and event.type() == QEvent.Type.FocusOut:
            self.save()
        return super().eventFilter(watched, event)


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= 60 else line[:59] + "…"
