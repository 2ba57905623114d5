"""The emotion journey: mean valence per journey stage with n and spread, the
emotion mix per stage, and the pain points and moments of delight under each
stage, drawn from the coded segments the filters let through."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coding.journey import MOMENTS, StageFigures, emotion_journey
from coding.retrieval import RetrievalFilter
from exports.journey_map import NEGATIVE, POSITIVE, draw_journey_map, journey_png
from ui.analysis.canvas import ChartCanvas, PngExport
from ui.analysis.plan import Plan, Rows
from ui.session import Session
from workbench.labels import kind_label
from workbench.project import Project

SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 1


class JourneyTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.stages: list[StageFigures] = []
        self.canvas = ChartCanvas(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export as &PNG…"), self)
        self.export_button.clicked.connect(self.export_png)
        self.moments = QTableWidget(self)
        self.moments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.moments.setWordWrap(True)
        self.moments.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.moments.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.moments.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.moments.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().lineSpacing() * 4 + 8
        )
        self.moments.cellDoubleClicked.connect(self._open)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.export_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.canvas)
        splitter.addWidget(self.moments)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def plan(self) -> Plan:
        def compute(project: Project, flt: RetrievalFilter, rows: Rows) -> list[StageFigures]:
            stage_ids = sorted(flt.stage_ids) or None
            return emotion_journey(project, flt, stage_ids=stage_ids, rows=rows)

        return compute

    def show_result(self, flt: RetrievalFilter, rows: Rows, result: object) -> None:
        assert isinstance(result, list)
        project = self.session.project
        self.stages = result
        emotions = project.schemes.emotions()
        language = project.language
        stages = self.stages
        self.canvas.draw_with(
            lambda fig, dark: draw_journey_map(
                fig, stages, emotions, language, quotes=False, dark=dark
            )
        )
        with_stage = sum(s.segments for s in stages)
        self.summary.setText(
            self.tr("%n coded passage(s) with a journey stage; the curve is the mean valence "
                    "(−2…+2) per stage, the band ± one standard deviation.", "", with_stage)
        )  # fmt: skip
        self._fill_moments()

    def _fill_moments(self) -> None:
        table = self.moments
        table.clear()
        table.setColumnCount(len(self.stages))
        table.setHorizontalHeaderLabels([s.label for s in self.stages])
        labels = [self.tr("Pain point %1").replace("%1", str(i + 1)) for i in range(MOMENTS)]
        labels += [self.tr("Delight %1").replace("%1", str(i + 1)) for i in range(MOMENTS)]
        table.setRowCount(len(labels))
        table.setVerticalHeaderLabels(labels)
        language = self.session.project.language
        for column, stage in enumerate(self.stages):
            for offset, rows, colour in ((0, stage.pain_points, NEGATIVE),
                                         (MOMENTS, stage.delights, POSITIVE)):  # fmt: skip
                for i, row in enumerate(rows):
                    who = ", ".join(row.case_names) or row.document_name
                    text = " ".join(row.text.split())
                    item = QTableWidgetItem(f"{text[:160]}{'…' if len(text) > 160 else ''}")
                    item.setForeground(QColor(colour))
                    item.setToolTip(
                        f"<p>{_html(text)}</p><p><i>— {_html(who)}, "
                        f"{_html(kind_label(row.document_kind, language))}; "
                        f"{row.segment.valence:+d}</i></p>"
                    )
                    item.setData(SEGMENT_ROLE, row)
                    table.setItem(offset + i, column, item)

    def _open(self, row: int, column: int) -> None:
        item = self.moments.item(row, column)
        found = item.data(SEGMENT_ROLE) if item is not None else None
        if found is not None:
            segment = found.segment
            self.session.open_document(segment.document_id, segment.start, segment.end)
            self.session.segment_selected.emit(segment.id)

    def export_png(self, path: str | None = None) -> Path | None:
        project = self.session.project
        return PngExport(self).save(
            self, self.session, path, self.tr("Export the emotion journey"),
            self.tr("emotion-journey.png"),
            lambda: journey_png(self.stages, project.schemes.emotions(), project.language,
                                title=project.name),
        )  # fmt: skip


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
