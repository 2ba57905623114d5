"""The Themes dock's top bar: which units to group and how, and the background run.

Units, and the processing cache's token tables of their documents, are read on
the GUI thread (they come from the store); tokenising what is not processed yet
and clustering run on the thread pool through :class:`ui.jobs.Job`, with progress
and cancel. The finished clustering is handed on by ``finished`` for the dock
to store (on the GUI thread, as one undoable action).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coding.retrieval import RetrievalFilter, attribute_text
from coding.themes.engine import ThemeModel, run_themes
from coding.themes.units import cached_tables, collect_units
from ui.jobs import Job
from ui.session import Session
from workbench.labels import kind_label
from workbench.model import DOCUMENT_KINDS


class ThemesRunBar(QWidget):
    #: (ThemeModel, unit kind, RetrievalFilter) of a finished run
    finished = Signal(object, str, object)
    #: a line for the dock's status
    message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.job: Job | None = None
        self.units_combo = QComboBox(self)
        for key, text in (
            ("segments", self.tr("Coded segments")),
            ("turns", self.tr("Interviewees' turns")),
            ("paragraphs", self.tr("Paragraphs")),
            ("answers", self.tr("Survey answers")),
        ):
            self.units_combo.addItem(text, key)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("All document kinds"), None)
        for kind in DOCUMENT_KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.code_combo = QComboBox(self)
        self.case_combo = QComboBox(self)
        self.method_combo = QComboBox(self)
        self.method_combo.addItem(self.tr("Ward (kept tree)"), "auto")
        self.method_combo.addItem(self.tr("k-means"), "kmeans")
        self.method_combo.setToolTip(
            self.tr(
                "Ward is reproducible and its tree is cut by the slider; k-means often "
                "separates topics better. Above 10,000 units k-means is always used."
            )
        )
        self.run_button = QPushButton(self.tr("Run"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        # Two rows, and combos that do not grow with their longest item, so the
        # dock fits beside the others on an ordinary screen.
        for combo in (self.units_combo, self.kind_combo, self.code_combo, self.case_combo,
                      self.method_combo):  # fmt: skip
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        filters, actions = QHBoxLayout(), QHBoxLayout()
        for widget in (self.units_combo, self.kind_combo, self.code_combo, self.case_combo):
            filters.addWidget(widget, 1)
        for widget in (self.method_combo, self.run_button, self.cancel_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.fill_filters()

    def fill_filters(self) -> None:
        """The codes and case attribute values to filter by (refreshed when they change)."""
        project = self.session.project
        self.code_combo.clear()
        self.code_combo.addItem(self.tr("Any code"), None)
        for code in project.codes.list():
            self.code_combo.addItem(code.name, code.id)
        self.case_combo.clear()
        self.case_combo.addItem(self.tr("Any case"), None)
        pairs = sorted(
            {
                (name, attribute_text(value))
                for values in project.attributes.table("case").values()
                for name, value in values.items()
            }
        )
        for name, value in pairs:
            self.case_combo.addItem(f"{name} = {value}", (name, value))

    def unit_filter(self) -> RetrievalFilter:
        kind = self.kind_combo.currentData()
        code = self.code_combo.currentData()
        case = self.case_combo.currentData()
        return RetrievalFilter(
            kinds=frozenset({kind}) if kind else frozenset(),
            code_ids=frozenset({code}) if code is not None else frozenset(),
            case_attributes={case[0]: frozenset({case[1]})} if case else {},
        )

    def run(self) -> Job | None:
        """Read the chosen units here, cluster them in the background (returns the job)."""
        kind = self.units_combo.currentData()
        flt = self.unit_filter()
        units = collect_units(self.session.project, kind, flt)
        if len(units) < 2:
            self.message.emit(self.tr("There are too few units of that kind to group."))
            return None
        method = self.method_combo.currentData()
        tables = cached_tables(self.session.project, units)

        def work(progress, cancelled) -> ThemeModel:  # type: ignore[no-untyped-def]
            return run_themes(
                units, method=method, progress=progress, cancelled=cancelled, tables=tables
            )

        job = Job(work)
        job.progress.connect(self._on_progress)
        job.finished.connect(lambda model: self._on_finished(model, kind, flt))
        job.failed.connect(self._on_failed)
        self.job = job
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, len(units))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.message.emit(self.tr("Grouping %n unit(s)…", "", len(units)))
        job.start()
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def shutdown(self) -> None:
        """Before the window closes: stop a running clustering and let it end."""
        job = self.job
        if job is not None:
            job.cancel()
            job.done.wait(10)

    def _over(self) -> None:
        self.job = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)

    def _on_progress(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _on_failed(self, message: str) -> None:
        cancelled = self.job is not None and self.job.cancelled
        self._over()
        self.message.emit(self.tr("Cancelled.") if cancelled else message)

    def _on_finished(self, model: ThemeModel, kind: str, flt: RetrievalFilter) -> None:
        self._over()
        self.finished.emit(model, kind, flt)
