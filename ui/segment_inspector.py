"""The segment inspector: everything about the selected coded segment in one place —
its words, where they come from, its codes, emotion and journey, who coded it, and
its short memo.

Codes are removed with the × on their chip and added by typing (with completion)
— each one undoable action. The memo is saved when the field loses focus or
another segment is selected, not per keystroke.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, QStringListModel, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.colors import outline_for, swatch_icon, swatch_size
from ui.session import Session
from workbench.errors import NotFoundError, TeemaError
from workbench.model import Segment

_TABLES = frozenset({"segments", "segment_codes", "codes", "documents", "turns"})
_QUOTE_LIMIT = 1200  # characters shown; the document view has the rest


class SegmentInspector(QScrollArea):
    """Shows ``session.segment_id``; edits go through ``session.apply``."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.segment: Segment | None = None
        self._memo_for: int | None = None
        self._memo_dirty = False
        self.setWidgetResizable(True)
        page = QWidget(self)
        self.hint = QLabel(self.tr("Select a coded segment in a document to see it here."), page)
        self.hint.setWordWrap(True)
        self.source = QLabel(page)  # a link: click or Tab + Enter opens the document there
        self.source.setTextFormat(Qt.TextFormat.RichText)
        self.source.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.source.setToolTip(self.tr("Show the segment in its document"))
        self.source.linkActivated.connect(lambda _link: self._show_in_document())
        self.speaker = QLabel(page)
        self.quote = QLabel(page)
        self.quote.setWordWrap(True)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chips = QVBoxLayout()
        self.chips.setSpacing(0)
        self.add_code = QLineEdit(page)
        self.add_code.setPlaceholderText(self.tr("Add a code…"))
        self._paths = QStringListModel(self)
        completer = QCompleter(self._paths, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.add_code.setCompleter(completer)
        self.add_code.returnPressed.connect(self._add_typed_code)
        self.journey = QLabel(page)
        self.journey.setWordWrap(True)
        self.meta = QLabel(page)
        self.meta.setWordWrap(True)
        self.meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.memo = QPlainTextEdit(page)
        self.memo.setPlaceholderText(self.tr("A short note on this segment…"))
        self.memo.setTabChangesFocus(True)
        self.memo.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.memo.textChanged.connect(self._memo_edited)
        self.memo.installEventFilter(self)
        self.details = QWidget(page)
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source)
        source_row.addWidget(self.speaker, 1)
        form.addRow(source_row)
        form.addRow(self.quote)
        form.addRow(self.tr("Codes"), self.chips)
        form.addRow("", self.add_code)
        form.addRow(self.tr("Journey"), self.journey)
        form.addRow(self.tr("Memo"), self.memo)
        form.addRow(self.meta)
        layout = QVBoxLayout(page)
        layout.addWidget(self.hint)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.setWidget(page)  # after the fields exist: it starts event filtering
        session.segment_selected.connect(self._segment_selected)
        session.changed.connect(self._on_changed)
        self._load_code_paths()
        self.refresh()

    # -- showing -----------------------------------------------------------------------------

    def _segment_selected(self, _segment_id: int) -> None:
        self.save_memo()
        self.refresh()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if "codes" in tables:
            self._load_code_paths()
        if tables & _TABLES:
            self.refresh()

    def _load_code_paths(self) -> None:
        codes = self.session.project.codes
        self._code_paths = {codes.path(c.id): c.id for c in codes.list()}
        self._paths.setStringList(list(self._code_paths))

    def refresh(self) -> None:
        project, segment_id = self.session.project, self.session.segment_id
        try:
            self.segment = project.segments.get(segment_id) if segment_id is not None else None
        except NotFoundError:
            self.segment = None
        segment = self.segment
        self.hint.setVisible(segment is None)
        self.details.setVisible(segment is not None)
        if segment is None:
            self._set_memo(None, "")
            return
        name = html.escape(project.documents.get(segment.document_id).name)
        self.source.setText(f'<a href="document">{name}</a>')
        speaker = next(
            (
                t.speaker
                for t in project.documents.turns(segment.document_id)
                if t.start <= segment.start < t.end
            ),
            None,
        )
        self.speaker.setText(self.tr("Speaker: {name}").format(name=speaker) if speaker else "")
        text = segment.text if len(segment.text) <= _QUOTE_LIMIT else segment.text[:_QUOTE_LIMIT]
        self.quote.setText(f"“{text.strip()}{'…' if text != segment.text else ''}”")
        self._show_codes(segment)
        self.journey.setText(self._journey_text(segment))
        self.meta.setText(self._meta_text(segment))
        if segment.id != self._memo_for or not self._memo_dirty:
            self._set_memo(segment.id, segment.memo)

    def _show_codes(self, segment: Segment) -> None:
        while self.chips.count():
            item = self.chips.takeAt(0)
            chip = item.widget() if item is not None else None
            if chip is not None:
                chip.deleteLater()
        codes = self.session.project.codes
        size, outline = swatch_size(self), outline_for(self.palette())
        for code_id in segment.code_ids:
            code = codes.get(code_id)
            chip = QWidget(self.details)
            row = QHBoxLayout(chip)
            row.setContentsMargins(0, 0, 0, 0)
            swatch = QLabel(chip)
            swatch.setPixmap(swatch_icon(code.color, size, outline).pixmap(size, size))
            name = QLabel(codes.path(code_id), chip)
            name.setToolTip(code.description)
            remove = QToolButton(chip)
            remove.setText("×")
            remove.setAutoRaise(True)
            remove.setToolTip(self.tr("Remove “{name}” from this segment").format(name=code.name))
            remove.setAccessibleName(remove.toolTip())
            remove.clicked.connect(lambda _c=False, cid=code_id: self.remove_code(cid))
            row.addWidget(swatch)
            row.addWidget(name, 1)
            row.addWidget(remove)
            self.chips.addWidget(chip)

    def _journey_text(self, segment: Segment) -> str:
        schemes, language = self.session.project.schemes, self.session.project.language
        none = self.tr("none")
        emotion = (
            schemes.get_emotion(segment.emotion_id).label(language) if segment.emotion_id else none
        )
        valence = "" if segment.valence is None else f" ({segment.valence:+d})".replace("-", "−")
        stages = {s.id: s.label(language) for s in schemes.stages()}
        points = {t.id: t.label(language) for t in schemes.touchpoints()}
        return self.tr("{emotion}{valence} · stage: {stage} · touchpoint: {touchpoint}").format(
            emotion=emotion,
            valence=valence,
            stage=stages.get(segment.stage_id, none) if segment.stage_id else none,
            touchpoint=points.get(segment.touchpoint_id, none) if segment.touchpoint_id else none,
        )

    def _meta_text(self, segment: Segment) -> str:
        coder = "?"
        if segment.coder_id is not None:
            try:
                coder = self.session.project.coders.get(segment.coder_id).name
            except NotFoundError:
                coder = "?"
        return self.tr("Coded by {coder} on {created}; changed {modified}").format(
            coder=coder, created=_when(segment.created), modified=_when(segment.modified)
        )

    def _show_in_document(self) -> None:
        if self.segment is not None:
            s = self.segment
            self.session.open_document(s.document_id, s.start, s.end)

    # -- editing -------------------------------------------------------------------------------

    def _apply(self, label: str, action: Callable[[], object]) -> bool:
        try:
            self.session.apply(label, action)
        except TeemaError as exc:
            QMessageBox.warning(self, self.tr("Segment"), str(exc))
            return False
        return True

    def remove_code(self, code_id: int) -> None:
        """Take ``code_id`` off the segment (a segment left bare goes with it)."""
        if self.segment is None:
            return
        segment_id, segments = self.segment.id, self.session.project.segments
        self._apply(self.tr("Remove code"), lambda: segments.remove_code(segment_id, code_id))

    def _add_typed_code(self) -> None:
        text = self.add_code.text().strip()
        code_id = self._code_paths.get(text) or next(
            (cid for path, cid in self._code_paths.items() if path.casefold() == text.casefold()),
            None,
        )
        if self.segment is None or code_id is None:
            if text:
                self.session.message.emit(self.tr("No code “{name}”.").format(name=text))
            return
        segment_id, segments = self.segment.id, self.session.project.segments
        if self._apply(self.tr("Add code"), lambda: segments.add_code(segment_id, code_id)):
            self.session.use_code(code_id)
            self.add_code.clear()

    def _set_memo(self, segment_id: int | None, text: str) -> None:
        self._memo_for = segment_id
        if self.memo.toPlainText() != text:
            self.memo.blockSignals(True)
            self.memo.setPlainText(text)
            self.memo.blockSignals(False)
        self._memo_dirty = False

    def _memo_edited(self) -> None:
        self._memo_dirty = self._memo_for is not None

    def save_memo(self) -> None:
        """Save an edited memo as one undoable action."""
        if not self._memo_dirty or self._memo_for is None:
            return
        segment_id, text = self._memo_for, self.memo.toPlainText()
        self._memo_dirty = False
        segments = self.session.project.segments
        try:
            if segments.get(segment_id).memo == text:
                return
        except NotFoundError:
            return
        self._apply(self.tr("Edit segment memo"), lambda: segments.update(segment_id, memo=text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.memo and event.type() == QEvent.Type.FocusOut:
            self.save_memo()
        return super().eventFilter(watched, event)


def _when(iso: str) -> str:
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
