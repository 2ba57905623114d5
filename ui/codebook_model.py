"""The codebook as a Qt item model: the code tree with segment and document counts.

The model holds ids and the tree's shape only. Each refresh reads the codes with
one ``project.codes.list()`` and the counts with one ``project.codes.counts()``,
so painting never queries per cell and a large codebook costs two queries per
edit. Edits (rename in place, drag to nest or reorder, dropping a text selection
on a code) go through ``session.apply`` so each is one undoable action.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ui.colors import swatch_icon
from ui.doc_mime import SELECTION_MIME, read_selection
from ui.session import Session
from workbench.errors import TeemaError
from workbench.model import Code

#: Mime type of codes dragged inside the codebook (JSON list of code ids).
CODES_MIME = "application/x-teema-codes"
#: The code id of a row.
CODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The code's colour ('#rrggbb').
COLOR_ROLE = Qt.ItemDataRole.UserRole + 2

NAME, SEGMENTS, DOCUMENTS = range(3)
_TABLES = frozenset({"codes", "segments", "segment_codes"})
_ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a default argument


class CodebookModel(QAbstractItemModel):
    """Code tree: column 0 the name (colour swatch, description as tooltip), column 1
    segments (a parent shows 'own (with sub-codes)'), column 2 documents."""

    #: an edit made through the model was refused; the message for the user
    failed = Signal(str)

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        self._codes: dict[int, Code] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._row: dict[int, int] = {}
        self._counts: dict[int, tuple[int, int]] = {}
        self._totals: dict[int, int] = {}
        self._load()
        session.changed.connect(self._on_changed)

    # -- reading the project -------------------------------------------------------------

    def _load(self) -> None:
        project = self.session.project
        self._codes = {c.id: c for c in project.codes.list()}
        children: dict[int | None, list[int]] = {None: []}
        for code in self._codes.values():  # list() is in tree order
            children.setdefault(code.parent_id, []).append(code.id)
        self._children = children
        self._row = {cid: row for ids in children.values() for row, cid in enumerate(ids)}
        self._load_counts()

    def _load_counts(self) -> None:
        self._counts = self.session.project.codes.counts()
        totals: dict[int, int] = {}
        for cid in reversed(list(self._codes)):  # children come after their parents
            totals[cid] = self._counts.get(cid, (0, 0))[0] + sum(
                totals[c] for c in self._children.get(cid, [])
            )
        self._totals = totals

    def _on_changed(self, tables: frozenset[str]) -> None:
        if not tables & _TABLES:
            return
        if "codes" not in tables:
            self._load_counts()
            self._all_changed(SEGMENTS, DOCUMENTS)
            return
        old_shape = self._children
        new_codes = {c.id: c for c in self.session.project.codes.list()}
        new_shape: dict[int | None, list[int]] = {None: []}
        for code in new_codes.values():
            new_shape.setdefault(code.parent_id, []).append(code.id)
        if new_shape == old_shape:  # renamed, recoloured, described: same rows
            self._codes = new_codes
            self._load_counts()
            self._all_changed(NAME, DOCUMENTS)
            return
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def _all_changed(self, first: int, last: int) -> None:
        for parent_id, ids in self._children.items():
            if not ids:
                continue
            parent = self.index_of(parent_id) if parent_id is not None else QModelIndex()
            self.dataChanged.emit(
                self.index(0, first, parent), self.index(len(ids) - 1, last, parent)
            )

    # -- lookups for views ---------------------------------------------------------------

    def code(self, code_id: int) -> Code:
        return self._codes[code_id]

    def code_ids(self) -> list[int]:
        """Every code id in tree order."""
        return list(self._codes)

    def path(self, code_id: int) -> str:
        names: list[str] = []
        current: int | None = code_id
        while current is not None:
            code = self._codes.get(current)
            if code is None:
                break
            names.append(code.name)
            current = code.parent_id
        return " / ".join(reversed(names))

    def counts(self, code_id: int) -> tuple[int, int, int]:
        """(segments, documents, segments including sub-codes) of ``code_id``."""
        segments, documents = self._counts.get(code_id, (0, 0))
        return segments, documents, self._totals.get(code_id, segments)

    def descendants(self, code_id: int) -> list[int]:
        found: list[int] = []
        stack = list(self._children.get(code_id, []))
        while stack:
            cid = stack.pop()
            found.append(cid)
            stack.extend(self._children.get(cid, []))
        return found

    def code_at(self, row: int, parent: AnyIndex) -> int | None:
        """The code id at ``row`` under ``parent``, from the model's own tables."""
        ids = self._children.get(self._id(parent), [])
        return ids[row] if 0 <= row < len(ids) else None

    def index_of(self, code_id: int, column: int = 0) -> QModelIndex:
        if code_id not in self._codes:
            return QModelIndex()
        return self.createIndex(self._row[code_id], column, code_id)

    # -- the item model ------------------------------------------------------------------

    def _id(self, index: AnyIndex) -> int | None:
        return int(index.internalId()) if index.isValid() else None

    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._children[self._id(parent)][row])

    def parent(self, index: AnyIndex | None = None) -> Any:  # type: ignore[override]
        if index is None:  # QObject.parent()
            return super().parent()
        code_id = self._id(index)
        if code_id is None or code_id not in self._codes:
            return QModelIndex()
        parent_id = self._codes[code_id].parent_id
        return QModelIndex() if parent_id is None else self.index_of(parent_id)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        if parent.column() > 0:
            return 0
        return len(self._children.get(self._id(parent), []))

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 3

    def hasChildren(self, parent: AnyIndex = _ROOT) -> bool:
        return self.rowCount(parent) > 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 3:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Code"), self.tr("Segments"), self.tr("Docs"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Codes; drag to nest or reorder, drop a passage on a code to code it"),
                self.tr("Coded segments; a parent shows its own and, in brackets, with sub-codes"),
                self.tr("Documents with at least one segment coded with the code"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section != NAME:
            return _ALIGN_RIGHT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        code_id = self._id(index)
        if code_id is None or code_id not in self._codes:
            return None
        code, column = self._codes[code_id], index.column()
        if role == CODE_ID_ROLE:
            return code_id
        if role == COLOR_ROLE:
            return code.color
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(code, column, role)
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            return swatch_icon(code.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(code)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return _ALIGN_RIGHT
        return None

    def _text(self, code: Code, column: int, role: int) -> str | None:
        if column == NAME:
            return code.name
        if role == Qt.ItemDataRole.EditRole:
            return None
        segments, documents, total = self.counts(code.id)
        locale = QLocale()
        if column == DOCUMENTS:
            return locale.toString(documents)
        if self._children.get(code.id):
            return f"{locale.toString(segments)} ({locale.toString(total)})"
        return locale.toString(segments)

    def _tooltip(self, code: Code) -> str:
        segments, documents, total = self.counts(code.id)
        lines = [self.path(code.id)]
        if code.description:
            lines.append(code.description)
        if self._children.get(code.id):
            lines.append(
                self.tr("{own} segments, {total} with sub-codes, in {docs} documents").format(
                    own=segments, total=total, docs=documents
                )
            )
        else:
            lines.append(
                self.tr("{own} segments in {docs} documents").format(own=segments, docs=documents)
            )
        return "\n\n".join(lines)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Rename in place (F2 or double-click) as one undoable action."""
        code_id = self._id(index)
        if role != Qt.ItemDataRole.EditRole or index.column() != NAME or code_id is None:
            return False
        name = str(value).strip()
        if not name or name == self._codes[code_id].name:
            return False
        project = self.session.project
        return self._try(self.tr("Rename code"), lambda: project.codes.rename(code_id, name))

    def _try(self, label: str, action: Any) -> bool:
        try:
            self.session.apply(label, action)
        except TeemaError as exc:
            self.failed.emit(str(exc))
            return False
        return True

    # -- drag and drop -------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CODES_MIME, SELECTION_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = list(dict.fromkeys(i for i in (self._id(x) for x in indexes) if i is not None))
        mime = QMimeData()
        mime.setData(CODES_MIME, json.dumps(ids).encode())
        mime.setText("\n".join(self.path(i) for i in ids))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if data.hasFormat(SELECTION_MIME):  # a passage is dropped on a code, not between
            return row == -1 and self._id(parent) is not None
        if not data.hasFormat(CODES_MIME):
            return False
        target = self._id(parent)
        dragged = _json(data, CODES_MIME)
        if not isinstance(dragged, list):
            return False
        return all(
            target is None or (target != cid and target not in self.descendants(cid))
            for cid in dragged
            if isinstance(cid, int)
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self._id(parent)
        if data.hasFormat(SELECTION_MIME) and target is not None:
            passage = read_selection(data)
            return passage is not None and self._code_passage(*passage, target)
        dragged = [c for c in _json(data, CODES_MIME) if isinstance(c, int) and c in self._codes]
        return self._move(dragged, target, row)

    def _code_passage(self, doc: int, start: int, end: int, code_id: int) -> bool:
        """A passage dragged from the document view onto a code: code it."""
        project = self.session.project
        ok = self._try(
            self.tr("Code passage"), lambda: project.segments.code(doc, start, end, code_id)
        )
        if ok:
            self.session.use_code(code_id)
            segment = project.segments.find(doc, start, end)
            if segment is not None:
                self.session.segment_selected.emit(segment.id)
        return ok

    def _move(self, dragged: list[int], parent_id: int | None, row: int) -> bool:
        """Nest (row -1: at the end of ``parent_id``) or reorder (before ``row``)."""
        if not dragged:
            return False
        siblings = self._children.get(parent_id, [])
        position = len(siblings) if row < 0 else row
        # Positions count the siblings without the codes that move.
        position -= sum(1 for cid in siblings[:position] if cid in dragged)
        project = self.session.project

        def move() -> None:
            for offset, cid in enumerate(dragged):
                project.codes.move(cid, parent_id, position + offset)

        return self._try(self.tr("Move code"), move)


def _json(data: QMimeData, mime: str) -> Any:
    try:
        return json.loads(bytes(data.data(mime).data()).decode())
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
