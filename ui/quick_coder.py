"""The quick coder: a keyboard popup that codes the selected passage with a code found
by typing a few letters of it, or with a new code named by what was typed.

Typing filters the codebook fuzzily (:mod:`coding.fuzzy`); with nothing typed the
recently used codes come first. Up/Down choose, Enter codes, Escape closes. The
last row, "Create code '…'", or Ctrl+Enter creates the code and codes the passage
in one undoable action. Without a text selection the code goes onto the selected
segment instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coding.fuzzy import rank
from ui.colors import swatch_icon, swatch_size
from ui.session import Session
from workbench.errors import TeemaError
from workbench.model import Code

#: The row kind that creates a new code.
CREATE = -1
_MAX_ROWS = 50

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a default argument


class CodeChoices(QAbstractListModel):
    """Rows: matching code ids, best first, and last the 'create' row (id CREATE)."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.query = ""
        self._rows: list[int] = []
        self._codes: dict[int, Code] = {}
        self._paths: dict[int, str] = {}

    def load(self) -> None:
        """Re-read the codebook (once per popup, not per keystroke)."""
        codes = self.session.project.codes.list()
        self._codes = {c.id: c for c in codes}
        self._paths = {}
        for code in codes:  # parents come first
            parent = self._paths.get(code.parent_id) if code.parent_id else None
            self._paths[code.id] = f"{parent} / {code.name}" if parent else code.name
        self.set_query(self.query)

    def set_query(self, query: str) -> None:
        self.beginResetModel()
        self.query = query
        if query.strip():
            rows = rank(query, self._paths.items(), limit=_MAX_ROWS)
        else:
            recent = [c for c in self.session.recent_codes if c in self._codes]
            rows = recent + [c for c in self._paths if c not in recent]
        if self.can_create():
            rows.append(CREATE)
        self._rows = rows
        self.endResetModel()

    def can_create(self) -> bool:
        """A name is typed and no code has exactly that path yet."""
        name = " / ".join(p.strip() for p in self.query.split(" / "))
        if not name.strip():
            return False
        return all(path.casefold() != name.casefold() for path in self._paths.values())

    def code_id(self, row: int) -> int | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def path(self, code_id: int) -> str:
        return self._paths[code_id]

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        code_id = self._rows[index.row()]
        if code_id == CREATE:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Create code “{name}”").format(name=self.query.strip())
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Ctrl+Enter; 'Parent / Name' makes a sub-code")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        code = self._codes[code_id]
        if role == Qt.ItemDataRole.DisplayRole:
            recent = self.session.recent_codes
            key = recent.index(code_id) + 1 if code_id in recent else None
            if key is not None and not self.query.strip():
                return f"{self._paths[code_id]}   {key}"
            return self._paths[code_id]
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch_icon(code.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return code.description or None
        return None


class QuickCoder(QDialog):
    """The popup. ``open_for_selection()`` shows it over its parent window."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.session = session
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Quick code"))
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Type a code… (Enter codes, Ctrl+Enter creates)"))
        self.edit.installEventFilter(self)
        self.choices = CodeChoices(session, self)
        self.list = QListView(self)
        self.list.setModel(self.choices)
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(1)
        side = swatch_size(self)
        self.list.setIconSize(QSize(side, side))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the line edit
        self.list.clicked.connect(lambda index: self.choose(index.row()))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        self.edit.textChanged.connect(self._typed)
        self.choices.load()
        self._select(0)
        self._update_hint()

    def open_for_selection(self) -> None:
        """Show the popup near the top of the parent window, ready for typing."""
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 60, metrics.height() * 20)
        owner = self.parentWidget()
        if owner is not None:
            top = owner.mapToGlobal(QPoint(0, 0))
            self.move(top.x() + (owner.width() - self.width()) // 2, top.y() + owner.height() // 8)
        self.show()
        self.edit.setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A popup has no window frame: draw a thin border so it stands off the window."""
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def _typed(self, text: str) -> None:
        self.choices.set_query(text)
        self._select(0)

    def _select(self, row: int) -> None:
        count = self.choices.rowCount()
        if count:
            self.list.setCurrentIndex(self.choices.index(max(0, min(row, count - 1))))

    def _update_hint(self) -> None:
        start, end = self.session.selection
        if self.session.document_id is not None and start < end:
            self.hint.setText(self.tr("Codes the selected passage."))
        elif self.session.segment_id is not None:
            self.hint.setText(self.tr("Adds the code to the selected segment."))
        else:
            self.hint.setText(self.tr("Nothing is selected: only a new code is created."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, row = Qt.Key(event.key()), self.list.currentIndex().row()
            steps = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 10,
                Qt.Key.Key_PageUp: -10,
            }
            if key in steps:
                self._select(row + steps[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self.create_code()
                else:
                    self.choose(row)
                return True
            if key == Qt.Key.Key_Escape:
                self.reject()
                return True
        return super().eventFilter(watched, event)

    # -- coding -------------------------------------------------------------------------

    def choose(self, row: int) -> None:
        code_id = self.choices.code_id(row)
        if code_id == CREATE:
            self.create_code()
        elif code_id is not None:
            self._run(lambda: self._code_existing(code_id))
            self.accept()

    def _code_existing(self, code_id: int) -> None:
        """Code the text selection, or else the selected segment, with ``code_id``."""
        session, project = self.session, self.session.project
        start, end = session.selection
        segment_id = session.segment_id
        if session.document_id is not None and start < end:
            session.code_selection(code_id)
        elif segment_id is not None:
            add = self.tr("Add code")
            session.apply(add, lambda: project.segments.add_code(segment_id, code_id))
            session.use_code(code_id)
        else:
            session.message.emit(self.tr("Select a passage first."))

    def create_code(self) -> None:
        """Create a code named by the typed text (and its parents, for 'A / B') and code
        the selection (or the selected segment) with it, as one undoable action."""
        if not self.choices.can_create():
            return
        parts = [p.strip() for p in self.edit.text().split(" / ") if p.strip()]
        session, project = self.session, self.session.project
        start, end = session.selection
        doc, segment_id = session.document_id, session.segment_id

        def action() -> tuple[int, int | None]:
            parent: int | None = None
            for name in parts:
                found = project.codes.find(name, parent)
                parent = found.id if found else project.codes.create(name, parent_id=parent).id
            assert parent is not None
            if doc is not None and start < end:
                return parent, project.segments.code(doc, start, end, parent).id
            if segment_id is not None:
                project.segments.add_code(segment_id, parent)
            return parent, None

        label = self.tr("Create code and code passage")
        done = self._run(lambda: session.apply(label, action))
        if done is None:
            return
        code_id, coded = done
        session.use_code(code_id)
        if coded is not None:
            session.segment_selected.emit(coded)
        self.accept()

    def _run(self, action: Any) -> Any:
        try:
            return action()
        except TeemaError as exc:
            QMessageBox.warning(self, self.tr("Quick code"), str(exc))
            return None
