"""Suggested emotions for the selected segment (or the selected text), as buttons.

The top three Plutchik families from :mod:`coding.emotions`, each with its
confidence. Nothing is written until the researcher clicks one: the click sets
that emotion on the selected segment (or codes the selected text as a new
segment with it) as one undoable edit. Suggestions are computed off the GUI
thread (the first one loads the model); a stale answer — the selection moved on
meanwhile — is dropped.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coding.emotions import EmotionHint, apply_suggestions, suggest, supported
from ui.jobs import Job
from ui.session import Session
from workbench.errors import NotFoundError, TeemaError

# Selection changes arrive while the mouse drags; wait this long (ms) for it to settle.
SETTLE_MS = 250


class EmotionHints(QWidget):
    """Three suggestion buttons for ``session``'s selected segment or text."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.hints: list[EmotionHint] = []
        self.target: tuple[int, int, int, int | None] | None = None  # doc, start, end, segment
        self.job: Job | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._request = 0
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for _i in range(3):
            button = QPushButton(self)
            button.setVisible(False)
            button.clicked.connect(partial(self._clicked, len(self.buttons)))
            self.buttons.append(button)
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.setToolTip(
            self.tr(
                "Suggested by a model trained on the XED subtitle dataset (CC BY 4.0). "
                "Nothing is applied until you click a suggestion."
            )
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        session.segment_selected.connect(lambda _id: self.refresh())
        session.text_selection_changed.connect(lambda *_a: self._timer.start(SETTLE_MS))
        session.document_shown.connect(lambda _id: self.refresh())
        session.changed.connect(self._on_changed)
        self.refresh()

    # -- what to suggest for --------------------------------------------------------------

    def _current(self) -> tuple[tuple[int, int, int, int | None], str] | None:
        project = self.session.project
        if self.session.segment_id is not None:
            try:
                segment = project.segments.get(self.session.segment_id)
            except NotFoundError:
                return None
            return (segment.document_id, segment.start, segment.end, segment.id), segment.text
        start, end = self.session.selection
        if self.session.document_id is None or start >= end:
            return None
        text = project.documents.text(self.session.document_id)[start:end]
        return (self.session.document_id, start, end, None), text

    def _language(self, document_id: int) -> str | None:
        """The document's language, else the project's, if a model ships for it."""
        language = self.session.project.documents.get(document_id).language
        for choice in (language, self.session.project.language):
            if supported(choice):
                return choice
        return None

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & {"segments", "documents", "emotions"}:
            self.refresh()

    def refresh(self) -> None:
        """Ask for suggestions for the current target (in the background)."""
        self._timer.stop()
        self._request += 1
        current = self._current()
        target = current[0] if current else None
        if current is None or target is None or not current[1].strip():
            self.target = None
            self._show([], self.tr("Select a segment or some text to see suggested emotions."))
            return
        language = self._language(target[0])
        if language is None:
            self.target = None
            self._show([], self.tr("No emotion suggestions for this document's language."))
            return
        if target == self.target and self.hints:
            self._show(self.hints, self._headline())
            return
        self.target = target
        self._show([], self.tr("Suggesting…"))
        request, text = self._request, current[1]
        job = Job(lambda _progress, _cancelled: suggest(text, language), self)
        job.finished.connect(partial(self._finished, request))
        job.failed.connect(partial(self._failed, request))
        self.job = job
        job.start(self._pool)

    def _finished(self, request: int, hints: list[EmotionHint]) -> None:
        if request != self._request:
            return
        self._show(hints, self._headline() if hints else self.tr("No suggestion for this text."))

    def _failed(self, request: int, message: str) -> None:
        if request == self._request:
            self._show([], message)

    def _headline(self) -> str:
        if self.target is not None and self.target[3] is not None:
            return self.tr("Suggested emotions (click to apply):")
        return self.tr("Suggested emotions (click to code the selection):")

    def _show(self, hints: list[EmotionHint], message: str) -> None:
        self.hints = hints
        self.status.setText(message)
        schemes = self.session.project.schemes
        language = self.session.project.language
        for i, button in enumerate(self.buttons):
            if i < len(hints):
                emotion = schemes.emotion(hints[i].family)
                percent = round(hints[i].confidence * 100)
                button.setText(f"{emotion.label(language)}  {percent} %")
                button.setToolTip(
                    self.tr("Apply “{emotion}” (confidence {percent} %)").format(
                        emotion=emotion.label(language), percent=percent
                    )
                )
            button.setVisible(i < len(hints))

    # -- applying ------------------------------------------------------------------------------

    def _clicked(self, index: int) -> None:
        if index >= len(self.hints) or self.target is None:
            return
        family = self.hints[index].family
        document_id, start, end, segment_id = self.target
        project = self.session.project
        try:
            if segment_id is not None:
                self.session.apply(
                    self.tr("Apply suggested emotion"),
                    lambda: apply_suggestions(project, [(segment_id, family)]),
                )
            else:
                emotion_id = project.schemes.emotion(family).id
                segment = self.session.apply(
                    self.tr("Code passage with suggested emotion"),
                    lambda: project.segments.add(document_id, start, end, emotion_id=emotion_id),
                )
                self.session.segment_selected.emit(segment.id)
        except TeemaError as exc:
            self.status.setText(str(exc))

    def shutdown(self) -> None:
        """Wait for a running suggestion (the window calls this on close)."""
        self._request += 1
        self._pool.waitForDone(5000)
