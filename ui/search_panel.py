"""Search over all documents, with hits as keyword-in-context lines.

The mode is plain text, a regular expression or words by their lemmas and
compound parts (``palvelu`` finds *asiakaspalvelussa*; see
:mod:`coding.nlp.lemma_search`). Word search covers the documents processed so
far and says how many are still waiting; it runs again when processing ends.
"Code all hits…" reviews the hits in a dialog and codes the ticked ones as one
undoable action. Enter searches; Alt+X toggles regular expressions, Alt+M matching case; Enter
or a double-click on a hit opens its document at the hit, and F3 / Shift+F3 open
the next and previous hit. A broken regular expression is explained under the
box, never raised. Positions are code points throughout: the document view
converts them for Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coding.nlp.lemma_search import unprocessed_count
from coding.search import SearchHit, search
from ui.search_hits import AFTER, BEFORE, DOCUMENT, MATCH, ElideLeftDelegate, SearchHitsModel
from ui.session import Session
from workbench.errors import ValidationError

__all__ = ["MATCH", "SearchHitsModel", "SearchPanel"]
#: Hits listed at most; more are counted as "more than".
LIMIT = 5000
#: Edits after which the hits may have moved (or, for word search, appeared).
TEXT_TABLES = frozenset({"documents", "document_texts", "cache_nlp_documents"})


class SearchPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._last: tuple[str, bool, bool, str, str] | None = None
        self.query_edit = QLineEdit(self)
        self.query_edit.setPlaceholderText(self.tr("Search all documents (Enter)"))
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.returnPressed.connect(lambda: self.search(self.query_edit.text()))
        self.regex_box = QCheckBox(self.tr("Regular e&xpression"), self)
        self.case_box = QCheckBox(self.tr("&Match case"), self)
        self.mode_combo = QComboBox(self)
        self.mode_combo.addItem(self.tr("Plain text"), "plain")
        self.mode_combo.addItem(self.tr("Regular expression"), "regex")
        self.mode_combo.addItem(self.tr("Words (lemmas)"), "lemma")
        self.mode_combo.setToolTip(
            self.tr('Words: "palvelu" also finds asiakaspalvelussa; "a phrase"; NEAR(a b, 5)')
        )
        self.mode_combo.currentIndexChanged.connect(self._mode_chosen)
        self.regex_box.toggled.connect(self._regex_toggled)
        self.code_button = QPushButton(self.tr("Code all hits…"), self)
        self.code_button.clicked.connect(self.code_all_hits)
        self.code_button.setEnabled(False)
        self.scope_combo = QComboBox(self)
        self.scope_combo.addItem(self.tr("All documents"), "all")
        self.scope_combo.addItem(self.tr("Current document"), "current")
        for toggle in (self.regex_box, self.case_box):
            toggle.toggled.connect(self._rerun)
        self.scope_combo.currentIndexChanged.connect(self._rerun)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_icon = QLabel(self)
        size = self.fontMetrics().height()
        self.error_icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        self.error_icon.setVisible(False)
        self.has_error = False

        self.model = SearchHitsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(BEFORE, ElideLeftDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.activated.connect(self._open)
        header = self.table.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        header.setSectionResizeMode(DOCUMENT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(BEFORE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MATCH, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AFTER, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(DOCUMENT, char * 24)

        options = QHBoxLayout()
        options.addWidget(self.mode_combo)
        options.addWidget(self.regex_box)
        options.addWidget(self.case_box)
        options.addStretch(1)
        options.addWidget(self.scope_combo)
        options.addWidget(self.code_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query_edit)
        layout.addLayout(options)
        status = QHBoxLayout()
        status.addWidget(self.error_icon, 0, Qt.AlignmentFlag.AlignTop)
        status.addWidget(self.status, 1)
        layout.addLayout(status)
        layout.addWidget(self.table, 1)

        for keys, step in (
            (QKeySequence.StandardKey.FindNext, 1),
            (QKeySequence.StandardKey.FindPrevious, -1),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.open_next(step))
        session.changed.connect(self._on_changed)
        session.document_shown.connect(self._on_document_shown)
        self._set_status("")

    # -- public ------------------------------------------------------------------------

    def search(self, text: str) -> list[SearchHit]:
        """Search for ``text`` with the panel's options; shows and returns the hits
        (an invalid regular expression shows its message and returns none)."""
        if self.query_edit.text() != text:
            self.query_edit.setText(text)
        regex, case = self.regex_box.isChecked(), self.case_box.isChecked()
        scope = self.scope_combo.currentData()
        mode = self.mode_combo.currentData()
        self._last = (text, regex, case, scope, mode)
        documents = None
        if scope == "current":
            current = self.session.document_id
            documents = [current] if current is not None else []
        try:
            hits = search(
                self.session.project,
                text,
                regex=regex,
                case_sensitive=case,
                document_ids=documents,
                limit=LIMIT + 1,
                mode="lemma" if mode == "lemma" else "text",
                unprocessed="skip",
            )
        except ValidationError as exc:
            self.model.set_hits([])
            self._set_status(str(exc), error=True)
            return []
        more = len(hits) > LIMIT
        hits = hits[:LIMIT]
        self.model.set_hits(hits)
        self.code_button.setEnabled(bool(hits))
        if not text:
            self._set_status("")
        elif more:
            self._set_status(
                self.tr(
                    "The first {count} hits are shown; narrow the search to see the rest."
                ).format(count=LIMIT)
            )
        else:
            self._set_status(
                self.tr("{hits} in {documents}").format(
                    hits=self.tr("%n hit(s)", "", len(hits)),
                    documents=self.tr("%n document(s)", "", len({h.document_id for h in hits})),
                )
            )
        waiting = unprocessed_count(self.session.project) if mode == "lemma" and text else 0
        if waiting:
            self.status.setText(
                self.status.text()
                + " "
                + self.tr("(%n document(s) still being processed)", "", waiting)
            )
        if hits:
            self.table.setCurrentIndex(self.model.index(0, MATCH))
        return hits

    def code_all_hits(self) -> None:
        """Review the hits in a dialog; code the ticked ones (one undoable action)."""
        from ui.autocode_dialog import AutocodeDialog

        if self.model.hits():
            AutocodeDialog(self.session, self.model.hits(), self).exec()

    def open_next(self, step: int = 1) -> None:
        """Open the next (``step`` 1) or previous (-1) hit in its document."""
        n = self.model.rowCount()
        if not n:
            return
        current = self.table.currentIndex()
        row = (current.row() + step) % n if current.isValid() else (0 if step > 0 else n - 1)
        index = self.model.index(row, MATCH)
        self.table.setCurrentIndex(index)
        self._open(index)

    def focus_search(self) -> None:
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()

    # -- helpers ------------------------------------------------------------------------

    def _set_status(self, text: str, *, error: bool = False) -> None:
        """A count, or (with a warning sign, not a colour the theme may not carry) why
        the search could not run."""
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.error_icon.setVisible(error)
        self.has_error = error

    def _mode_chosen(self) -> None:
        regex = self.mode_combo.currentData() == "regex"
        if self.regex_box.isChecked() != regex:
            self.regex_box.setChecked(regex)  # re-runs the search
        else:
            self._rerun()
        self.case_box.setEnabled(self.mode_combo.currentData() != "lemma")

    def _regex_toggled(self, checked: bool) -> None:
        mode = self.mode_combo.currentData()
        if checked != (mode == "regex"):
            self.mode_combo.blockSignals(True)  # the box's own toggle re-runs the search
            self.mode_combo.setCurrentIndex(
                self.mode_combo.findData("regex" if checked else "plain")
            )
            self.mode_combo.blockSignals(False)
            self.case_box.setEnabled(True)

    def _rerun(self) -> None:
        if self._last is not None and self._last[0]:
            self.search(self._last[0])

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & TEXT_TABLES:
            self._rerun()

    def _on_document_shown(self, _document_id: int) -> None:
        if self.scope_combo.currentData() == "current":
            self._rerun()

    def _open(self, index: QModelIndex) -> None:
        hit = self.model.hit_at(index)
        if hit is not None:
            self.session.open_document(hit.document_id, hit.start, hit.end)
