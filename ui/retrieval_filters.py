"""The retrieval view's filter controls: words, interviewees only, coder, and
pages of ticks for codes, emotions, journey stages, document kinds and case
attribute values. :class:`RetrievalFilterPanel` turns them into a
:class:`coding.retrieval.RetrievalFilter`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QToolBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coding.retrieval import RetrievalFilter, attribute_sort_key, attribute_text
from ui.check_models import CheckListModel, CodeCheckModel
from ui.colors import swatch_icon
from ui.documents_model import kind_name
from ui.session import Session
from workbench.model import DOCUMENT_KINDS


def _list_view(model: QAbstractItemModel, parent: QWidget) -> QListView:
    view = QListView(parent)
    view.setModel(model)
    view.setUniformItemSizes(True)
    return view


class RetrievalFilterPanel(QWidget):
    """Codes, emotions, stages, kinds, case attributes, speakers, coder and words."""

    #: any control changed (the view re-runs retrieval)
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._attribute_checks: dict[str, set[str]] = {}
        self._attribute_values: dict[str, set[str]] = {}
        # Typing re-runs retrieval after a pause; Enter at once.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(400)
        self._typing.timeout.connect(self.changed)
        self.text_edit = QLineEdit(self)
        self.text_edit.setPlaceholderText(self.tr("Quote contains…"))
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.textChanged.connect(self._typing.start)
        self.text_edit.returnPressed.connect(self._text_entered)
        self.participants_box = QCheckBox(self.tr("&Interviewees only"), self)
        self.participants_box.setToolTip(
            self.tr("Only what participants said; texts without speaker turns drop out")
        )
        self.participants_box.toggled.connect(self.changed)
        self.coder_combo = QComboBox(self)
        self.coder_combo.currentIndexChanged.connect(self.changed)

        self.codes = CodeCheckModel(self)
        self.codes_view = QTreeView(self)
        self.codes_view.setModel(self.codes)
        self.codes_view.setHeaderHidden(True)
        self.codes_view.setUniformRowHeights(True)
        self.subcodes_box = QCheckBox(self.tr("Include s&ub-codes"), self)
        self.subcodes_box.setChecked(True)
        self.subcodes_box.toggled.connect(self.changed)
        self.emotions = CheckListModel(self)
        self.stages = CheckListModel(self)
        self.kinds = CheckListModel(self)
        self.speakers = CheckListModel(self)
        self.attribute_values = CheckListModel(self)
        self.attribute_combo = QComboBox(self)
        self.attribute_combo.currentIndexChanged.connect(self._show_attribute)
        self.attribute_values.checks_changed.connect(self._attribute_ticked)
        for model in (self.codes, self.emotions, self.stages, self.kinds, self.speakers):
            model.checks_changed.connect(self.changed)
            model.checks_changed.connect(self._update_titles)

        codes_page = QWidget(self)
        codes_layout = QVBoxLayout(codes_page)
        codes_layout.setContentsMargins(0, 0, 0, 0)
        codes_layout.addWidget(self.codes_view, 1)
        codes_layout.addWidget(self.subcodes_box)
        attributes_page = QWidget(self)
        attributes_layout = QVBoxLayout(attributes_page)
        attributes_layout.setContentsMargins(0, 0, 0, 0)
        attributes_layout.addWidget(self.attribute_combo)
        attributes_layout.addWidget(_list_view(self.attribute_values, attributes_page), 1)
        self.toolbox = QToolBox(self)
        self._pages = [
            (codes_page, self.tr("Codes")),
            (_list_view(self.emotions, self), self.tr("Emotions")),
            (_list_view(self.stages, self), self.tr("Journey stages")),
            (_list_view(self.kinds, self), self.tr("Document kinds")),
            (attributes_page, self.tr("Case attributes")),
            (_list_view(self.speakers, self), self.tr("Speakers")),
        ]
        for page, title in self._pages:
            self.toolbox.addItem(page, title)

        self.clear_button = QPushButton(self.tr("C&lear filters"), self)
        self.clear_button.clicked.connect(self.clear)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("C&oder:"), self.coder_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text_edit)
        layout.addWidget(self.participants_box)
        layout.addLayout(form)
        layout.addWidget(self.toolbox, 1)
        layout.addWidget(self.clear_button)
        self.reload()

    # -- public ------------------------------------------------------------------------

    def filter(self) -> RetrievalFilter:
        coder = self.coder_combo.currentData()
        return RetrievalFilter(
            code_ids=frozenset(self.codes.checked()),
            include_subcodes=self.subcodes_box.isChecked(),
            emotion_families=frozenset(self.emotions.checked()),
            stage_ids=frozenset(self.stages.checked()),
            kinds=frozenset(self.kinds.checked()),
            case_attributes={k: frozenset(v) for k, v in self._attribute_checks.items() if v},
            speakers=frozenset(self.speakers.checked()),
            speaker_roles=frozenset({"participant"})
            if self.participants_box.isChecked()
            else frozenset(),
            coder_ids=frozenset({coder}) if coder is not None else frozenset(),
            text=self.text_edit.text().strip(),
        )

    def set_attribute_values(self, name: str, values: Iterable[str]) -> None:
        """Tick ``values`` of the case attribute ``name`` (and show that attribute)."""
        self.attribute_combo.setCurrentIndex(max(0, self.attribute_combo.findData(name)))
        self.attribute_values.set_checked(values)

    def clear(self) -> None:
        blockers = [self.blockSignals(True)]
        self.text_edit.clear()
        self._typing.stop()
        self.participants_box.setChecked(False)
        self.coder_combo.setCurrentIndex(0)
        self.subcodes_box.setChecked(True)
        for model in (
            self.codes, self.emotions, self.stages, self.kinds, self.speakers,
            self.attribute_values,
        ):  # fmt: skip
            model.set_checked(())
        self._attribute_checks.clear()
        self.blockSignals(blockers[0])
        self._update_titles()
        self.changed.emit()

    def reload(self) -> None:
        """Re-read the choices (codebook, scheme, attributes, coders); ticks on what
        still exists are kept."""
        project = self.session.project
        language = project.language
        self.codes.load(project.codes.list(), project.codes.counts())
        self.codes_view.expandAll()
        families: dict[str, tuple[str, str]] = {}
        for emotion in project.schemes.emotions():
            if emotion.intensity == 2 or emotion.family not in families:
                families[emotion.family] = (emotion.label(language), emotion.color)
        self.emotions.set_items(
            families, lambda f: families[f][0], lambda f: swatch_icon(families[f][1])
        )
        stages = {s.id: s.label(language) for s in project.schemes.stages()}
        self.stages.set_items(stages, stages.__getitem__)
        self.kinds.set_items(DOCUMENT_KINDS, kind_name)
        roles = {
            "interviewer": self.tr("interviewer"),
            "participant": self.tr("participant"),
            "other": self.tr("other"),
        }
        speakers: dict[str, str] = {}
        for name, role, documents in project.queries.speakers():
            label = self.tr("%1 (%2, %n document(s))", "", documents)
            speakers.setdefault(name, label.replace("%1", name).replace("%2", roles[role]))
        self.speakers.set_items(speakers, speakers.__getitem__)
        self._attribute_values.clear()
        for case_values in project.attributes.table("case").values():
            for name, value in case_values.items():
                self._attribute_values.setdefault(name, set()).add(attribute_text(value))
        self._refill(
            self.attribute_combo,
            [(a.name, a.name) for a in project.attributes.list("case")],
        )
        self._show_attribute()
        self._refill(
            self.coder_combo,
            [(self.tr("Any coder"), None)] + [(c.name, c.id) for c in project.coders.list()],
        )
        self._update_titles()

    # -- helpers ------------------------------------------------------------------------

    def _text_entered(self) -> None:
        self._typing.stop()
        self.changed.emit()

    def _refill(self, combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for label, data in items:
            combo.addItem(label, data)
        combo.setCurrentIndex(max(0, combo.findData(kept)))
        combo.blockSignals(False)

    def _show_attribute(self) -> None:
        name = self.attribute_combo.currentData()
        values = (
            sorted(self._attribute_values.get(name, ()), key=attribute_sort_key) if name else []
        )
        self.attribute_values.blockSignals(True)
        self.attribute_values.set_items(values, str)
        self.attribute_values.set_checked(self._attribute_checks.get(name, ()))
        self.attribute_values.blockSignals(False)

    def _attribute_ticked(self) -> None:
        name = self.attribute_combo.currentData()
        if name:
            self._attribute_checks[name] = set(self.attribute_values.checked())
            self._update_titles()
            self.changed.emit()

    def _update_titles(self) -> None:
        counts = [
            len(self.codes.checked()),
            len(self.emotions.checked()),
            len(self.stages.checked()),
            len(self.kinds.checked()),
            sum(len(v) for v in self._attribute_checks.values()),
            len(self.speakers.checked()),
        ]
        for i, ((_page, title), n) in enumerate(zip(self._pages, counts, strict=True)):
            self.toolbox.setItemText(
                i, self.tr("{title} ({n})").format(title=title, n=n) if n else title
            )
