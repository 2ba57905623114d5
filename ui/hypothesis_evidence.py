"""The evidence of one hypothesis: the passages it cites and what they add up to.

A double-click (or Enter) opens a passage in its document and selects it there;
“Add selected passage” cites the segment selected in the window. The figures
under the list (segments, documents, participants, kinds, emotions, valence) are
derived from the cited passages each time, never stored.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coding.evidence import EvidenceSummary
from ui.hypotheses_model import CASE, EMOTION, KIND, QUOTE, EvidenceModel
from ui.hypothesis_edits import apply_or_warn
from ui.session import Session
from workbench.domain.hypotheses import Hypothesis
from workbench.labels import kind_label


class EvidencePane(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.hypothesis: Hypothesis | None = None
        self.model = EvidenceModel(session.project, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.activated.connect(self.open_passage)
        self.table.doubleClicked.connect(self.open_passage)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QUOTE, QHeaderView.ResizeMode.Stretch)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in ((CASE, 7), (KIND, 11), (EMOTION, 9)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, char * chars)
        self.add_button = QPushButton(self.tr("Add selected passage"), self)
        self.add_button.setToolTip(
            self.tr("Cite the coded segment selected in the document or a list")
        )
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Stop citing the selected passages"))
        self.add_button.clicked.connect(lambda: self.add_selected())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.figures = QLabel(self)
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.figures)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        session.segment_selected.connect(self._update_buttons)

    def set_hypothesis(self, hypothesis: Hypothesis | None) -> None:
        keep = self.selected_ids() if self.hypothesis and hypothesis else []
        if hypothesis is None or self.hypothesis is None or hypothesis.id != self.hypothesis.id:
            keep = []
        self.hypothesis = hypothesis
        self.model.set_segments(hypothesis.evidence_ids if hypothesis else ())
        for segment_id in keep:
            ids = self.model.segment_ids()
            if segment_id in ids:
                self.table.selectRow(ids.index(segment_id))
        self.figures.setText(self.figures_html(self.model.summary))
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r.segment.id for i in rows if (r := self.model.row_at(i)) is not None]

    # -- actions ----------------------------------------------------------------------

    def open_passage(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            seg = row.segment
            self.session.open_document(seg.document_id, seg.start, seg.end)
            self.session.segment_selected.emit(seg.id)

    def add_selected(self) -> int:
        """Cite the window's selected segment; returns how many were added (0 or 1)."""
        segment_id = self.session.segment_id
        if self.hypothesis is None or segment_id is None:
            return 0
        hypothesis_id, hypotheses = self.hypothesis.id, self.session.project.hypotheses
        added = apply_or_warn(
            self.session,
            self,
            self.tr("Add evidence"),
            lambda: hypotheses.add_evidence(hypothesis_id, [segment_id]),
        )
        return added or 0

    def remove_selected(self) -> int:
        ids = self.selected_ids()
        if self.hypothesis is None or not ids:
            return 0
        hypothesis_id, hypotheses = self.hypothesis.id, self.session.project.hypotheses
        removed = apply_or_warn(
            self.session,
            self,
            self.tr("Remove evidence"),
            lambda: hypotheses.remove_evidence(hypothesis_id, ids),
        )
        return removed or 0

    def _update_buttons(self, *_args: object) -> None:
        h, segment_id = self.hypothesis, self.session.segment_id
        self.add_button.setEnabled(
            h is not None and segment_id is not None and segment_id not in h.evidence_ids
        )
        self.remove_button.setEnabled(h is not None and bool(self.selected_ids()))

    # -- figures ----------------------------------------------------------------------

    def figures_html(self, summary: EvidenceSummary | None) -> str:
        if summary is None or not summary.segments:
            return self.tr("No evidence cited yet.")
        project = self.session.project
        language = project.language
        lines = [
            self.tr("{segments} · {documents} · {participants}").format(
                segments=self.tr("%n segment(s)", "", summary.segments),
                documents=self.tr("%n document(s)", "", summary.documents),
                participants=self.tr("%n participant(s)", "", summary.participants),
            )
        ]
        kinds = ", ".join(f"{kind_label(k)} {n}" for k, n in summary.segments_by_kind.items() if n)
        lines.append(self.tr("By kind: {kinds}").format(kinds=kinds))
        if summary.emotions:
            emotions = ", ".join(
                f"{project.schemes.emotion(family).label(language).lower()} {n}"
                for family, n in summary.emotions.items()
            )
            lines.append(self.tr("Emotions: {emotions}").format(emotions=emotions))
        if summary.mean_valence is not None:
            value = summary.mean_valence
            sign = "+" if value > 0 else "−" if value < 0 else ""
            point = self.tr(".", "decimal point")  # follows the window's language
            mean = sign + f"{abs(value):.2f}".replace(".", point)
            lines.append(
                self.tr("Mean valence {mean} (n = {n})").format(mean=mean, n=summary.valence_n)
            )
        return "<br>".join(html.escape(line) for line in lines)
