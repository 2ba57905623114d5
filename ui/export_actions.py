"""File ▸ Export and File ▸ Import: deliverables and REFI-QDA exchange.

Exports run on the thread pool (``ui.jobs.Job``) with a progress dialog and
Cancel; the worker opens its own read-only connection to the project file and
closes it, so the window's connection is never shared. Imports write, so they
run on the GUI thread as one undoable action, and say what they could not take
over.

The export modules are imported when used, which keeps python-docx, openpyxl
and matplotlib out of the window's start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog, QWidget

from ui.jobs import Job
from ui.session import Session
from workbench.errors import TeemaError
from workbench.project import Project

Progress = Callable[[int, int, str], None]
#: An export: (read-only project, target, progress, cancelled) -> files written.
Export = Callable[[Project, Path, Progress, Callable[[], bool]], list[Path]]
#: QSettings key of the folder the last export went to.
FOLDER_KEY = "export/folder"


def _hypothesis_sheet(language: str | None) -> Export:
    def run(project: Project, out: Path, _p: Progress, _c: Callable[[], bool]) -> list[Path]:
        from exports.hypothesis_sheet import export_hypotheses

        return [export_hypotheses(project, out, language=language)]

    return run


def _report(language: str, template: Path | None) -> Export:
    def run(project: Project, out: Path, progress: Progress, cancelled: Callable[[], bool]) -> Any:
        from exports.report import write_report

        written = write_report(
            project, out, template=template, language=language,
            progress=progress, cancelled=cancelled,
        )  # fmt: skip
        return [Path(written) if isinstance(written, str | Path) else out]

    return run


def _qdpx(project: Project, out: Path, _p: Progress, _c: Callable[[], bool]) -> list[Path]:
    from exports.refi_project import export_project

    return [export_project(project, out)]


def _qdc(project: Project, out: Path, _p: Progress, _c: Callable[[], bool]) -> list[Path]:
    from exports.refi_codebook import export_codebook

    export_codebook(project, out)
    return [out]


def _matrices(project: Project, out: Path, _p: Progress, _c: Callable[[], bool]) -> list[Path]:
    from exports.matrices import export_matrices

    return export_matrices(project, out)


class ExportActions(QObject):
    """The export and import commands of one window."""

    #: the files a finished export wrote (list[Path])
    exported = Signal(list)

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self._parent = parent
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.job: Job | None = None
        self.dialog: QProgressDialog | None = None
        #: show a box after an import (tests turn it off)
        self.show_reports = True

    # -- menus ------------------------------------------------------------------------

    def build_menus(self, file_menu: QMenu) -> tuple[QMenu, QMenu]:
        """Add File ▸ Import from and File ▸ Export; returns the two submenus."""
        imports = file_menu.addMenu(self.tr("Import &from"))
        imports.addAction(self.tr("REFI-QDA project (.qdpx)…"), self.import_qdpx_dialog)
        imports.addAction(self.tr("Codebook (.qdc)…"), self.import_qdc_dialog)
        exports = file_menu.addMenu(self.tr("&Export"))
        exports.addAction(self.tr("&Hypothesis sheet…"), self.hypothesis_sheet_dialog)
        exports.addAction(self.tr("&Client summary (Word)…"), self.report_dialog)
        exports.addSeparator()
        exports.addAction(self.tr("REFI-QDA &project (.qdpx)…"), self.qdpx_dialog)
        exports.addAction(self.tr("Code&book (.qdc)…"), self.qdc_dialog)
        exports.addAction(self.tr("Code &matrices…"), self.matrices_dialog)
        return imports, exports

    # -- dialogs ----------------------------------------------------------------------

    def _save_path(self, title: str, stem: str, filters: str) -> Path | None:
        folder = Path(str(QSettings().value(FOLDER_KEY, "") or self.session.project.path.parent))
        first_suffix = filters.split("*", 1)[1].split(")", 1)[0].split()[0]
        path, chosen = QFileDialog.getSaveFileName(
            self._parent, title, str(folder / f"{stem}{first_suffix}"), filters
        )
        if not path:
            return None
        out = Path(path)
        if not out.suffix and "*" in chosen:
            out = out.with_name(out.name + chosen.split("*", 1)[1].split(")", 1)[0].split()[0])
        return out

    def _stem(self, what: str) -> str:
        return f"{self.session.project.path.stem}_{what}"

    def hypothesis_sheet_dialog(self) -> None:
        out = self._save_path(
            self.tr("Export hypothesis sheet"),
            self._stem(self.tr("hypotheses")),
            self.tr("Excel workbook (*.xlsx);;Word document (*.docx);;CSV, UTF-8 (*.csv)"),
        )
        if out is not None:
            self.export_hypothesis_sheet(out)

    def report_dialog(self) -> None:
        from ui.report_dialog import ReportDialog

        project = self.session.project
        folder = Path(str(QSettings().value(FOLDER_KEY, "") or project.path.parent))
        dialog = ReportDialog(
            folder / f"{self._stem(self.tr('summary'))}.docx", project.language, self._parent
        )
        if dialog.exec():
            out, language, template = dialog.values()
            self.export_report(out, language, template)

    def qdpx_dialog(self) -> None:
        out = self._save_path(
            self.tr("Export REFI-QDA project"),
            self.session.project.path.stem,
            self.tr("REFI-QDA project (*.qdpx)"),
        )
        if out is not None:
            self.export_qdpx(out)

    def qdc_dialog(self) -> None:
        out = self._save_path(
            self.tr("Export codebook"),
            self._stem(self.tr("codebook")),
            self.tr("REFI-QDA codebook (*.qdc)"),
        )
        if out is not None:
            self.export_qdc(out)

    def matrices_dialog(self) -> None:
        out = self._save_path(
            self.tr("Export code matrices"),
            self._stem(self.tr("matrices")),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if out is not None:
            self.export_matrices(out)

    # -- exports (background) ---------------------------------------------------------------

    def export_hypothesis_sheet(self, out: Path, language: str | None = None) -> Job:
        return self.run(self.tr("Hypothesis sheet"), _hypothesis_sheet(language), out)

    def export_report(self, out: Path, language: str, template: Path | None = None) -> Job:
        return self.run(self.tr("Client summary"), _report(language, template), out)

    def export_qdpx(self, out: Path) -> Job:
        return self.run(self.tr("REFI-QDA project"), _qdpx, out)

    def export_qdc(self, out: Path) -> Job:
        return self.run(self.tr("Codebook"), _qdc, out)

    def export_matrices(self, out: Path) -> Job:
        return self.run(self.tr("Code matrices"), _matrices, out)

    def run(self, title: str, export: Export, out: Path) -> Job:
        """Write ``out`` on a worker thread from a read-only connection of its own."""
        source = self.session.project.path

        def work(progress: Progress, cancelled: Callable[[], bool]) -> list[Path]:
            with Project.open(source, readonly=True) as project:
                return export(project, out, progress, cancelled)

        job = Job(work, self)
        dialog = QProgressDialog(
            self.tr("Writing {name}…").format(name=out.name), self.tr("Cancel"), 0, 0, self._parent
        )
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.canceled.connect(job.cancel)

        def on_progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            if text:
                dialog.setLabelText(text)

        def finished(written: list[Path]) -> None:
            cancelled = job.cancelled
            dialog.canceled.disconnect(job.cancel)  # closing a progress dialog cancels
            dialog.close()
            QSettings().setValue(FOLDER_KEY, str(out.parent))
            names = ", ".join(p.name for p in written)
            # Only the client summary stops part-way; the other exports take a moment
            # and were complete before Cancel reached them: say so, honestly.
            message = (
                self.tr("The export had already finished: {names}")
                if cancelled
                else self.tr("Exported to {names}")
            )
            self.session.message.emit(message.format(names=names))
            self.exported.emit(written)

        def failed(message: str) -> None:
            cancelled = job.cancelled
            dialog.canceled.disconnect(job.cancel)
            dialog.close()
            if cancelled:
                self.session.message.emit(self.tr("Export cancelled."))
                return
            QMessageBox.warning(self._parent, title, message)

        job.progress.connect(on_progress)
        job.finished.connect(finished)
        job.failed.connect(failed)
        self.job, self.dialog = job, dialog
        job.start(self._pool)
        return job

    def shutdown(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self._pool.waitForDone(10_000)

    # -- imports (GUI thread, undoable) ---------------------------------------------------------

    def _open_path(self, title: str, filters: str) -> Path | None:
        path, _chosen = QFileDialog.getOpenFileName(
            self._parent, title, str(self.session.project.path.parent), filters
        )
        return Path(path) if path else None

    def import_qdpx_dialog(self) -> None:
        path = self._open_path(
            self.tr("Import REFI-QDA project"), self.tr("REFI-QDA project (*.qdpx)")
        )
        if path is not None:
            self.import_qdpx(path)

    def import_qdc_dialog(self) -> None:
        path = self._open_path(self.tr("Import codebook"), self.tr("REFI-QDA codebook (*.qdc)"))
        if path is not None:
            self.import_qdc(path)

    def import_qdpx(self, path: Path) -> bool:
        from exports.refi_import import import_project

        project = self.session.project
        result = self._import(
            self.tr("Import {name}").format(name=path.name),
            lambda: import_project(project, path),
        )
        if result is None:
            return False
        self._report(self.tr("Import REFI-QDA project"), result.line(), result.warnings)
        return True

    def import_qdc(self, path: Path) -> bool:
        from exports.refi_codebook import import_codebook

        project = self.session.project
        result = self._import(
            self.tr("Import codebook {name}").format(name=path.name),
            lambda: import_codebook(project, path),
        )
        if result is None:
            return False
        summary = self.tr("{created} codes created, {existing} already in the project.").format(
            created=result.created, existing=result.existing
        )
        self._report(self.tr("Import codebook"), summary, result.warnings)
        return True

    def _import(self, label: str, action: Callable[[], Any]) -> Any:
        try:
            return self.session.apply(label, action)
        except TeemaError as exc:
            QMessageBox.warning(self._parent, self.tr("Import"), str(exc))
            return None

    def _report(self, title: str, summary: str, warnings: list[str]) -> None:
        self.session.message.emit(summary)
        if not self.show_reports:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning if warnings else QMessageBox.Icon.Information,
            title,
            summary,
            parent=self._parent,
        )
        if warnings:
            box.setInformativeText(
                self.tr("%n item(s) could not be taken over:", "", len(warnings))
            )
            box.setDetailedText("\n".join(warnings))
        box.open()
