"""The analysis window: one set of filters on the left (the retrieval view's),
and tabs that read the same filtered segments — the emotion journey, charts and
matrices. It follows the project: any change to coding redraws it (after a
short pause, so a burst of edits redraws once).

The counting runs on a worker thread with a read-only connection of its own
(a 50,000-segment study takes about a second); a newer request supersedes an
older one, whose result is dropped. ``computed`` says a result is on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QWidget

from coding.retrieval import RetrievalFilter, retrieve
from ui.analysis.journey_tab import JourneyTab
from ui.analysis.plan import Plan, Rows
from ui.jobs import Job
from ui.retrieval_filters import RetrievalFilterPanel
from ui.session import Session
from workbench.project import Project

#: tables whose change redraws the analysis
WATCHED = frozenset({"segments", "segment_codes", "codes", "documents", "journey_stages",
                     "emotions", "cases", "document_cases", "case_attribute_values",
                     "attributes", "turns"})  # fmt: skip


class AnalysisWindow(QMainWindow):
    #: a computed result is on screen
    computed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: Job | None = None
        self._generation = 0
        self.setObjectName("AnalysisWindow")
        self.setWindowTitle(self.tr("Analysis – %1").replace("%1", session.project.name))
        self.filters = RetrievalFilterPanel(session, self)
        self.tabs = QTabWidget(self)
        self.journey = JourneyTab(session, self)
        self.tabs.addTab(self.journey, self.tr("Emotion &journey"))
        self._extra_tabs()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.filters)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 1000])
        self.setCentralWidget(splitter)
        self.resize(1280, 860)
        self.busy = QLabel(self.tr("Counting…"), self)
        self.statusBar().addWidget(self.busy)
        self.busy.hide()
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(150)
        self._pending.timeout.connect(self.refresh)
        self.filters.changed.connect(self._pending.start)
        self.tabs.currentChanged.connect(self._pending.start)
        self.matrices.settings_changed.connect(self._pending.start)
        self.charts.kind.currentIndexChanged.connect(self._pending.start)
        session.changed.connect(self._project_changed)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        self.refresh()

    def _extra_tabs(self) -> None:
        """Charts and matrices (kept apart so each tab stays its own module)."""
        from ui.analysis.charts_tab import ChartsTab

        self.charts = ChartsTab(self.session, self)
        self.tabs.addTab(self.charts, self.tr("&Charts"))
        from ui.analysis.matrix_tab import MatrixTab

        self.matrices = MatrixTab(self.session, self)
        self.tabs.insertTab(0, self.matrices, self.tr("&Matrices"))
        self.tabs.setCurrentIndex(0)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._pending.stop()
        self._generation += 1  # a result still on its way is not shown
        if self._job is not None:
            self._job.cancel()
        self._pool.waitForDone(10_000)
        super().closeEvent(event)

    def _project_changed(self, tables: object) -> None:
        if WATCHED & set(tables):  # type: ignore[call-overload]
            self.filters.reload()
            self.matrices.reload_choices()  # a new case attribute is a new column choice
            self._pending.start()

    def refresh(self) -> None:
        """Recount for the tab on show with the current filters, on the worker (the
        other tabs recount when shown)."""
        if self.session.project.conn is None:  # the project was closed under us
            return
        tab = self.tabs.currentWidget()
        flt = self.filters.filter()
        plan: Plan = tab.plan()  # type: ignore[attr-defined]
        path = self.session.project.path
        self._generation += 1
        generation = self._generation
        if self._job is not None:
            self._job.cancel()

        def work(
            _progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]
        ) -> object:
            with Project.open(path, readonly=True, check="quick_check") as project:
                rows = retrieve(project, flt, context=0)
                return None if cancelled() else (rows, plan(project, flt, rows))

        job = Job(work, self)
        job.finished.connect(lambda result: self._show(generation, tab, flt, result))
        job.failed.connect(lambda message: self._failed(generation, message))
        self._job = job
        self.busy.show()
        job.start(self._pool)

    def _show(self, generation: int, tab: QWidget, flt: RetrievalFilter, result: object) -> None:
        if generation != self._generation or result is None:
            return  # superseded by a newer request
        self.busy.hide()
        assert isinstance(result, tuple)
        rows: Rows = result[0]
        tab.show_result(flt, rows, result[1])  # type: ignore[attr-defined]
        self.computed.emit()

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.busy.hide()
            self.statusBar().showMessage(message)
