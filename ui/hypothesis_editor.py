"""The editor of one hypothesis: what it claims and why, what it grew from, the
journey stages and customers it concerns, how to test it, its evidence and its
draft survey items.

Text is saved when its field is left (not per keystroke), a choice at once; each
save is one undoable action. When the project changes the editor re-reads the
hypothesis, leaving a field that is being typed in alone.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.colors import outline_for, swatch_icon, swatch_size
from ui.hypothesis_edits import apply_or_warn
from ui.hypothesis_evidence import EvidencePane
from ui.session import Session
from ui.survey_items_editor import SurveyItemsEditor
from workbench.domain.hypotheses import METHODS, PRIORITIES, STATUSES, Hypothesis
from workbench.labels import method_label, priority_label, status_label

#: A source in the list: ("code" | "theme", id).
SourceRole = Qt.ItemDataRole.UserRole + 1
_STAGE_COLUMNS = 3


class HypothesisEditor(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.hypothesis: Hypothesis | None = None
        self._dirty: set[str] = set()

        self.statement = self._text_box("statement", 3)
        self.rationale = self._text_box("rationale", 4)
        self.target_edit = QLineEdit(self)
        self.metric_edit = QLineEdit(self)
        for name, edit in (("target_segment", self.target_edit), ("metric", self.metric_edit)):
            edit.editingFinished.connect(partial(self._commit_line, name))
        self.target_edit.setPlaceholderText(self.tr("Whom the survey asks"))
        self.metric_edit.setPlaceholderText(self.tr("What the survey measures"))
        self.statement.setPlaceholderText(self.tr("One testable claim"))
        self.rationale.setPlaceholderText(self.tr("Why the qualitative material suggests it"))
        self.combos: dict[str, QComboBox] = {}
        for name, keys, label in (
            ("method", METHODS, method_label),
            ("priority", PRIORITIES, priority_label),
            ("status", STATUSES, status_label),
        ):
            combo = QComboBox(self)
            for key in keys:
                combo.addItem(label(key), key)
            combo.activated.connect(partial(self._commit_choice, name))
            self.combos[name] = combo
        standing = QHBoxLayout()
        standing.addWidget(self.combos["status"], 2)
        priority_label_ = QLabel(self.tr("&Priority"), self)
        priority_label_.setBuddy(self.combos["priority"])
        standing.addWidget(priority_label_)
        standing.addWidget(self.combos["priority"], 1)

        self.sources = QListWidget(self)
        self.sources.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.add_source_button = QToolButton(self)
        self.add_source_button.setText(self.tr("Add…"))
        self.add_source_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.source_menu = QMenu(self)
        self.source_menu.aboutToShow.connect(self._fill_source_menu)
        self.add_source_button.setMenu(self.source_menu)
        self.remove_source_button = QToolButton(self)
        self.remove_source_button.setText(self.tr("Remove"))
        self.remove_source_button.clicked.connect(lambda: self.remove_selected_sources())
        self.sources.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 10)
        source_buttons = QHBoxLayout()
        source_buttons.addWidget(self.add_source_button)
        source_buttons.addWidget(self.remove_source_button)
        source_buttons.addStretch(1)
        sources_row = QVBoxLayout()
        sources_row.addWidget(self.sources)
        sources_row.addLayout(source_buttons)

        self.stage_boxes: dict[int, QCheckBox] = {}
        stages = QGridLayout()
        language = session.project.language
        for n, stage in enumerate(session.project.schemes.stages()):
            box = QCheckBox(stage.label(language), self)
            box.clicked.connect(lambda _c=False: self._commit_stages())
            self.stage_boxes[stage.id] = box
            stages.addWidget(box, n // _STAGE_COLUMNS, n % _STAGE_COLUMNS)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Status"), standing)
        form.addRow(self.tr("&Statement"), self.statement)
        form.addRow(self.tr("&Rationale"), self.rationale)
        form.addRow(self.tr("Sources"), sources_row)
        form.addRow(self.tr("Journey stages"), stages)
        form.addRow(self.tr("&Target segment"), self.target_edit)
        form.addRow(self.tr("Met&hod"), self.combos["method"])
        form.addRow(self.tr("&Metric"), self.metric_edit)

        self.evidence = EvidencePane(session, self)
        self.items = SurveyItemsEditor(session, self)
        evidence_box = QGroupBox(self.tr("Evidence"), self)
        QVBoxLayout(evidence_box).addWidget(self.evidence)
        items_box = QGroupBox(self.tr("Survey items"), self)
        items_layout = QVBoxLayout(items_box)
        items_layout.addWidget(self.items)
        items_layout.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(form, 3)
        layout.addWidget(evidence_box, 5)
        layout.addWidget(items_box, 3)
        self.set_hypothesis(None)

    def _text_box(self, name: str, lines: int) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setTabChangesFocus(True)
        box.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)
        box.installEventFilter(self)
        box.textChanged.connect(partial(self._dirty.add, name))
        return box

    # -- showing ----------------------------------------------------------------------

    def set_hypothesis(self, hypothesis: Hypothesis | None) -> None:
        same = (
            hypothesis is not None
            and self.hypothesis is not None
            and hypothesis.id == self.hypothesis.id
        )
        if not same:
            self._dirty.clear()
        self.hypothesis = hypothesis
        self.setEnabled(hypothesis is not None)
        h = hypothesis
        for name, box in (("statement", self.statement), ("rationale", self.rationale)):
            if name not in self._dirty:
                text = getattr(h, name) if h else ""
                if box.toPlainText() != text:
                    box.blockSignals(True)
                    box.setPlainText(text)
                    box.blockSignals(False)
        for name, edit in (("target_segment", self.target_edit), ("metric", self.metric_edit)):
            if not (edit.hasFocus() and edit.isModified()):
                edit.setText(getattr(h, name) if h else "")
                edit.setCursorPosition(0)
                edit.setModified(False)
        for name, combo in self.combos.items():
            combo.setCurrentIndex(max(0, combo.findData(getattr(h, name)) if h else 0))
        self._show_sources(h)
        for stage_id, check in self.stage_boxes.items():
            check.setChecked(h is not None and stage_id in h.stage_ids)
        self.evidence.set_hypothesis(h)
        self.items.set_hypothesis(h)

    def _show_sources(self, h: Hypothesis | None) -> None:
        project = self.session.project
        self.sources.clear()
        if h is None:
            return
        size, outline = swatch_size(self), outline_for(self.palette())
        for code_id in h.code_ids:
            code = project.codes.get(code_id)
            item = QListWidgetItem(
                swatch_icon(code.color, size, outline), project.codes.path(code_id)
            )
            item.setData(SourceRole, ("code", code_id))
            self.sources.addItem(item)
        themes = {t.id: t for t in project.themes.accepted()}
        for theme_id in h.theme_ids:
            name = themes[theme_id].name if theme_id in themes else "?"
            item = QListWidgetItem(self.tr("Theme: {name}").format(name=name))
            item.setData(SourceRole, ("theme", theme_id))
            self.sources.addItem(item)

    # -- editing ----------------------------------------------------------------------

    def _apply(self, label: str, action: Callable[[], object]) -> object:
        return apply_or_warn(self.session, self, label, action)

    def commit(self) -> None:
        """Save whatever is still being typed (before another hypothesis is shown)."""
        for name in list(self._dirty):
            self._commit_text(name)
        for name, edit in (("target_segment", self.target_edit), ("metric", self.metric_edit)):
            if edit.isModified():
                self._commit_line(name)
        self.items.commit()

    def _commit_text(self, name: str) -> None:
        self._dirty.discard(name)
        h = self.hypothesis
        if h is None:
            return
        box = self.statement if name == "statement" else self.rationale
        text = box.toPlainText()
        if name == "statement" and not text.strip():
            box.blockSignals(True)
            box.setPlainText(h.statement)  # a hypothesis needs a statement: put it back
            box.blockSignals(False)
            return
        if text.strip() != getattr(h, name).strip():
            label = self.tr("Edit hypothesis") if name == "statement" else self.tr("Edit rationale")
            self._update(label, **{name: text})

    def _commit_line(self, name: str) -> None:
        edit = self.target_edit if name == "target_segment" else self.metric_edit
        edit.setModified(False)
        h = self.hypothesis
        if h is not None and edit.text().strip() != getattr(h, name):
            label = (
                self.tr("Edit target segment")
                if name == "target_segment"
                else self.tr("Edit metric")
            )
            self._update(label, **{name: edit.text()})

    def _commit_choice(self, name: str, _index: int = -1) -> None:
        h = self.hypothesis
        value = str(self.combos[name].currentData())
        if h is None or getattr(h, name) == value:
            return
        label = {
            "method": self.tr("Change method"),
            "priority": self.tr("Change priority"),
            "status": self.tr("Change status"),
        }[name]
        self._update(label, **{name: value})

    def _update(self, label: str, **changes: str) -> None:
        assert self.hypothesis is not None
        hypothesis_id, hypotheses = self.hypothesis.id, self.session.project.hypotheses
        self._apply(label, lambda: hypotheses.update(hypothesis_id, **changes))

    def _commit_stages(self) -> None:
        h = self.hypothesis
        if h is None:
            return
        chosen = [sid for sid, box in self.stage_boxes.items() if box.isChecked()]
        hypotheses = self.session.project.hypotheses
        self._apply(self.tr("Change journey stages"), lambda: hypotheses.set_stages(h.id, chosen))

    def add_source(self, kind: str, source_id: int) -> None:
        h = self.hypothesis
        if h is None:
            return
        codes, themes = list(h.code_ids), list(h.theme_ids)
        (codes if kind == "code" else themes).append(source_id)
        self._set_sources(codes, themes)

    def remove_selected_sources(self) -> None:
        h = self.hypothesis
        picked = {tuple(i.data(SourceRole)) for i in self.sources.selectedItems()}
        if h is None or not picked:
            return
        codes = [c for c in h.code_ids if ("code", c) not in picked]
        themes = [t for t in h.theme_ids if ("theme", t) not in picked]
        self._set_sources(codes, themes)

    def _set_sources(self, codes: list[int], themes: list[int]) -> None:
        assert self.hypothesis is not None
        hypothesis_id, hypotheses = self.hypothesis.id, self.session.project.hypotheses
        self._apply(
            self.tr("Change sources"),
            lambda: hypotheses.set_sources(hypothesis_id, codes, themes),
        )

    def _fill_source_menu(self) -> None:
        menu, h, project = self.source_menu, self.hypothesis, self.session.project
        menu.clear()
        if h is None:
            return
        codes = menu.addMenu(self.tr("Code"))
        for code in project.codes.list():
            if code.id not in h.code_ids:
                codes.addAction(
                    project.codes.path(code.id), partial(self.add_source, "code", code.id)
                )
        themes = menu.addMenu(self.tr("Accepted theme"))
        for theme in project.themes.accepted():
            if theme.id not in h.theme_ids:
                themes.addAction(theme.name, partial(self.add_source, "theme", theme.id))
        codes.setEnabled(bool(codes.actions()))
        themes.setEnabled(bool(themes.actions()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            if watched is self.statement:
                self._commit_text("statement")
            elif watched is self.rationale:
                self._commit_text("rationale")
        return super().eventFilter(watched, event)
