"""Importing from the window: files are read on a worker thread (with progress and
cancel), then stored on the GUI thread as one undoable action, and a per-file
report says what happened to each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ui.jobs import Job
from ui.session import Session
from workbench.importers.base import ImportOptions
from workbench.importers.batch import FileResult, ReadResult, read_files, store_read


class ImportController(QObject):
    #: list[FileResult] once an import has been stored
    imported = Signal(list)

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self._parent = parent
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.job: Job | None = None
        self.show_report = True

    def start(self, paths: list[Path], options: ImportOptions | None = None) -> Job:
        """Read ``paths`` in the background; store and report when done."""
        opts = options or ImportOptions()
        job = Job(
            lambda progress, cancelled: read_files(
                paths, opts, progress=progress, cancelled=cancelled
            ),
            self,
        )
        dialog = QProgressDialog(self.tr("Reading files…"), self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(self.tr("Import"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.canceled.connect(job.cancel)

        def on_progress(done: int, total: int, name: str) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            if name:
                dialog.setLabelText(self.tr("Reading {name}…").format(name=name))

        job.progress.connect(on_progress)
        job.finished.connect(lambda reads: (dialog.close(), self._store(reads)))
        job.failed.connect(
            lambda message: (
                dialog.close(),
                QMessageBox.warning(self._parent, self.tr("Import"), message),
            )
        )
        self.job = job
        job.start(self._pool)
        return job

    def _store(self, reads: list[ReadResult]) -> None:
        project = self.session.project
        results: list[FileResult] = self.session.apply(
            self.tr("Import %n file(s)", "", len(reads)),
            lambda: [store_read(project, read) for read in reads],
        )
        self.imported.emit(results)
        stored = [d for r in results for d in r.documents]
        if stored:
            self.session.open_document(stored[0].id)
        if self.show_report:
            self._report(results)

    def _report(self, results: list[FileResult]) -> None:
        refused = [r for r in results if not r.ok]
        text = "\n".join(r.line() for r in results)
        box = QMessageBox(
            QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information,
            self.tr("Import"),
            self.tr("%n file(s) imported, %1 refused.", "", len(results) - len(refused)).replace(
                "%1", str(len(refused))
            ),
            parent=self._parent,
        )
        box.setDetailedText(text)
        box.setInformativeText(text if len(results) <= 8 else "")
        box.open()

    def shutdown(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self._pool.waitForDone(5000)
