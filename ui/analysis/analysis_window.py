"""The analysis window: one set of filters on the left (the retrieval view's),
and tabs that read the same filtered segments — the emotion journey, charts and
matrices. It follows the project: any change to coding redraws it (after a
short pause, so a burst of edits redraws once)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget, QWidget

from coding.retrieval import retrieve
from ui.analysis.journey_tab import JourneyTab
from ui.retrieval_filters import RetrievalFilterPanel
from ui.session import Session

#: tables whose change redraws the analysis
WATCHED = frozenset({"segments", "segment_codes", "codes", "documents", "journey_stages",
                     "emotions", "cases", "document_cases", "case_attribute_values",
                     "attributes", "turns"})  # fmt: skip


class AnalysisWindow(QMainWindow):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
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
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(150)
        self._pending.timeout.connect(self.refresh)
        self.filters.changed.connect(self._pending.start)
        self.tabs.currentChanged.connect(self._pending.start)
        session.changed.connect(self._project_changed)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        self.refresh()

    def _extra_tabs(self) -> None:
        """Charts and matrices (kept apart so each tab stays its own module)."""
        try:
            from ui.analysis.charts_tab import ChartsTab
        except ImportError:  # pragma: no cover - tab not built yet
            return
        self.charts = ChartsTab(self.session, self)
        self.tabs.addTab(self.charts, self.tr("&Charts"))
        from ui.analysis.matrix_tab import MatrixTab

        self.matrices = MatrixTab(self.session, self)
        self.tabs.insertTab(0, self.matrices, self.tr("&Matrices"))
        self.tabs.setCurrentIndex(0)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._pending.stop()
        super().closeEvent(event)

    def _project_changed(self, tables: object) -> None:
        if WATCHED & set(tables):  # type: ignore[call-overload]
            self.filters.reload()
            self._pending.start()

    def refresh(self) -> None:
        """Redraw the tab on show with the current filters (the others redraw when shown)."""
        if self.session.project.conn is None:  # the project was closed under us
            return
        flt = self.filters.filter()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            current = self.tabs.currentWidget()
            rows = retrieve(self.session.project, flt, context=0)
            if hasattr(current, "refresh"):
                current.refresh(flt, rows)
        finally:
            QGuiApplication.restoreOverrideCursor()
