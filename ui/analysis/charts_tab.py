"""Charts of the filtered coding: code frequencies, emotions and coverage per
document — drawn by the same functions as the Word summary's images."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from matplotlib.figure import Figure
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coding.coverage import Coverage, coverage
from coding.retrieval import RetrievalFilter
from exports.charts import Bar, draw_code_frequencies, draw_emotions, figure_png
from exports.coverage_chart import coverage_height, draw_coverage
from ui.analysis.canvas import ChartCanvas, PngExport
from ui.analysis.plan import Plan, Rows
from ui.session import Session
from workbench.project import Project

CHARTS = ("codes", "emotions", "coverage")


class ChartsTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = QComboBox(self)
        for key, label in zip(
            CHARTS,
            (self.tr("Code frequencies"), self.tr("Emotions"), self.tr("Coverage per document")),
            strict=True,
        ):
            self.kind.addItem(label, key)
        self.kind.currentIndexChanged.connect(self._redraw)
        self.note = QLabel(self)
        self.export_button = QPushButton(self.tr("Export as &PNG…"), self)
        self.export_button.clicked.connect(lambda: self.export_png())
        self.canvas = ChartCanvas(self, constrained=True)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("C&hart:"), self))
        top.itemAt(0).widget().setBuddy(self.kind)  # type: ignore[union-attr]
        top.addWidget(self.kind)
        top.addWidget(self.note, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)
        self._flt = RetrievalFilter()
        self._rows: Rows = []
        self._coverage: list[Coverage] = []

    def plan(self) -> Plan:
        """Coverage is read on the worker (the other charts count the rows)."""

        def compute(project: Project, flt: RetrievalFilter, _rows: Rows) -> list[Coverage]:
            found = [c for c in coverage(project, code_ids=flt.code_ids or None) if c.length]
            return [c for c in found if not flt.kinds or c.kind in flt.kinds]

        return compute

    def show_result(self, flt: RetrievalFilter, rows: Rows, result: object) -> None:
        assert isinstance(result, list)
        self._flt, self._rows, self._coverage = flt, rows, result
        self._redraw()

    def chart(self) -> str:
        return str(self.kind.currentData())

    def draw(self, fig: Figure) -> None:
        """Draw the chosen chart of the current rows onto ``fig``."""
        project = self.session.project
        language = project.language
        fig.clear()
        fig.set_facecolor("white")
        chart = self.chart()
        if chart == "codes":
            counts: Counter[int] = Counter()
            for row in self._rows:
                counts.update(set(row.segment.code_ids))
            codes = [c for c in project.codes.list() if counts.get(c.id)]
            codes.sort(key=lambda c: -counts[c.id])
            draw_code_frequencies(fig, [Bar(c.name, counts[c.id], c.color) for c in codes],
                                  language)  # fmt: skip
            self.note.setText(self.tr("%n code(s)", "", len(codes)))
        elif chart == "emotions":
            family = {e.id: e.family for e in project.schemes.emotions()}
            by_family = Counter(
                family[r.segment.emotion_id] for r in self._rows
                if r.segment.emotion_id in family
            )  # fmt: skip
            draw_emotions(fig, by_family, project.schemes.emotions(), language)
            self.note.setText(self.tr("%n passage(s) with an emotion", "",
                                      sum(by_family.values())))  # fmt: skip
        else:
            draw_coverage(fig, self._coverage, language)
            self.note.setText(self.tr("%n document(s)", "", len(self._coverage)))

    def _redraw(self) -> None:
        if self.chart() == "coverage":
            height = int(coverage_height(len(self._coverage)) * self.canvas.figure_.dpi)
            self.canvas.setMinimumHeight(height)
        else:
            self.canvas.setMinimumHeight(320)
        self.canvas.draw_with(lambda fig, _dark: self.draw(fig))

    def export_png(self, path: str | None = None) -> Path | None:
        def png() -> bytes:
            size = self.canvas.figure_.get_size_inches()
            fig = Figure(figsize=(float(size[0]), float(size[1])), layout="constrained")
            self.draw(fig)
            return figure_png(fig, dpi=150)

        return PngExport(self).save(
            self, self.session, path, self.tr("Export the chart"), f"{self.chart()}.png", png
        )
