"""Language processing in the background: on opening a project and after imports.

:func:`start_processing` is the one hook the main window needs. The controller
collects the documents to process on the GUI thread (quick), runs the pipelines
on a worker thread (:func:`coding.nlp.processing.process_documents`; it loads
spaCy there, so start-up never waits for it), and stores the results on the GUI
thread in one transaction. Progress and a cancel button sit in the status bar.
Whenever documents change (an import, a language override, an undo), it runs
again for what is new; a run that is going on finishes first.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QProgressBar, QToolButton

from coding.nlp.processing import (
    PendingDocument,
    ProcessingResult,
    collect_pending,
    process_documents,
    store_results,
    warm,
)
from ui.jobs import Job
from ui.session import Session

# Edits after which documents may need processing.
WATCHED = frozenset({"documents", "document_texts"})


class ProcessingController(QObject):
    # how many documents were stored after a run
    processed = Signal(int)

    def __init__(self, session: Session, window: QMainWindow) -> None:
        super().__init__(window)
        self.session = session
        self._window = window
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.job: Job | None = None
        self._again = False
        self._closed = False
        self._warmed = False
        self.progress = QProgressBar(window)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.cancel_button = QToolButton(window)
        self.cancel_button.setText(self.tr("Stop"))
        self.cancel_button.setToolTip(
            self.tr("Stop processing texts (search by words stays partial)")
        )
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.progress, self.cancel_button):
            window.statusBar().addPermanentWidget(widget)
            widget.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)  # a burst of edits starts one run
        self._timer.timeout.connect(self.start)
        session.changed.connect(self._on_changed)

    def start(self) -> Job | None:
        """Process what needs it; None when nothing does (or a run is going on,
        in which case another follows it)."""
        if self._closed:
            return None
        if self.job is not None:
            self._again = True
            return None
        pending = collect_pending(self.session.project)
        if not pending:
            # Nothing to process: still load the pipelines here, off the GUI
            # thread, so the first word search does not wait for spaCy.
            languages = tuple(self.session.project.nlp.languages())
            if languages and not self._warmed:
                self._warmed = True
                Job(lambda _progress, _cancelled: warm(languages), self).start(self._pool)
            return None
        self.job = job = Job(
            lambda progress, cancelled: process_documents(pending, progress, cancelled), self
        )
        job.progress.connect(self._on_progress)
        job.finished.connect(lambda result: self._store(pending, result))
        job.failed.connect(self._on_failed)
        self.progress.setRange(0, len(pending))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        job.start(self._pool)
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def shutdown(self) -> None:
        """Before the project closes: stop, and wait for the worker."""
        self._closed = True
        self._timer.stop()
        self.cancel()
        self._pool.waitForDone(10_000)

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & WATCHED and not self._closed:
            self._timer.start()

    def _on_progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setToolTip(label)

    def _finish(self) -> None:
        self.job = None
        self.progress.hide()
        self.cancel_button.hide()
        if self._again and not self._closed:
            self._again = False
            self._timer.start()

    def _store(self, _pending: list[PendingDocument], result: ProcessingResult) -> None:
        stored = 0
        if not self._closed and result.done:
            stored = store_results(self.session.project, result)
            self.session.changed.emit(frozenset({"cache_nlp_documents"}))
        for message in result.messages:
            self.session.message.emit(message)
        self._finish()
        self.processed.emit(stored)

    def _on_failed(self, message: str) -> None:
        self.session.message.emit(message)
        self._finish()


#: How long after the window opens processing starts (ms).
START_DELAY_MS = 2500


def start_processing(session: Session, window: QMainWindow) -> ProcessingController:
    """Process the project's new and changed documents now and after every change;
    call ``shutdown()`` on the result before the project closes."""
    controller = ProcessingController(session, window)
    # Start once the window is up and painted: importing spaCy on the worker still
    # competes for the GIL, so it must not overlap the first paint.
    QTimer.singleShot(START_DELAY_MS, controller.start)
    return controller
