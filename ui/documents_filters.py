"""The documents panel's filter controls: a name box, and behind a "Filters" toggle
the case, case-attribute value, coder and coded-or-not choices.

The controls are the truth; :meth:`DocumentsFilterBar.current` reads them into a
:class:`ui.documents_model.DocumentsFilter`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from coding.retrieval import attribute_sort_key, attribute_text
from ui.documents_model import DocumentsFilter
from ui.session import Session

#: Joins an attribute's name and value in the attribute choice's item data.
_SEP = "\x1f"


class DocumentsFilterBar(QWidget):
    #: any control changed
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Filter documents by name"))
        self.name_edit.setClearButtonEnabled(True)
        self.name_edit.textChanged.connect(self.changed)
        self.toggle = QToolButton(self)
        self.toggle.setText(self.tr("Filters"))
        self.toggle.setToolTip(self.tr("Filter by case, attribute, coder or coding"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.toggled.connect(self._show_more)

        self.case_combo = QComboBox(self)
        self.attribute_combo = QComboBox(self)
        self.coder_combo = QComboBox(self)
        self.coded_combo = QComboBox(self)
        for combo in (self.case_combo, self.attribute_combo, self.coder_combo, self.coded_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(self.changed)
        self.more = QWidget(self)
        form = QFormLayout(self.more)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Case:"), self.case_combo)
        form.addRow(self.tr("&Attribute:"), self.attribute_combo)
        form.addRow(self.tr("C&oder:"), self.coder_combo)
        form.addRow(self.tr("Co&ding:"), self.coded_combo)
        self.more.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.more)
        self.reload()

    def current(self) -> DocumentsFilter:
        attribute = self.attribute_combo.currentData()
        name, _sep, value = attribute.partition(_SEP) if attribute else ("", "", "")
        return DocumentsFilter(
            text=self.name_edit.text(),
            case_id=self.case_combo.currentData(),
            attribute=(name, value) if attribute else None,
            coder_id=self.coder_combo.currentData(),
            coded=self.coded_combo.currentData() or "all",
        )

    def set_current(self, flt: DocumentsFilter) -> None:
        """Show ``flt`` in the controls (opening the extra filters if it uses them)."""
        self.blockSignals(True)
        self.name_edit.setText(flt.text)
        attribute = _SEP.join(flt.attribute) if flt.attribute else None
        for combo, value in (
            (self.case_combo, flt.case_id),
            (self.attribute_combo, attribute),
            (self.coder_combo, flt.coder_id),
            (self.coded_combo, flt.coded),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.blockSignals(False)
        if DocumentsFilter(text=flt.text) != flt:
            self.toggle.setChecked(True)
        self.changed.emit()

    def reload(self) -> None:
        """Re-read the choices (cases, attribute values, coders); choices still there
        stay chosen."""
        project = self.session.project
        choices: dict[QComboBox, list[tuple[str, object]]] = {
            self.case_combo: [(self.tr("All cases"), None)]
            + [(c.name, c.id) for c in project.cases.list()],
            self.coder_combo: [(self.tr("All coders"), None)]
            + [(c.name, c.id) for c in project.coders.list()],
            self.coded_combo: [
                (self.tr("Coded or not"), "all"),
                (self.tr("With coded segments"), "coded"),
                (self.tr("Not coded yet"), "uncoded"),
            ],
        }
        values: dict[str, set[str]] = {}
        for case_values in project.attributes.table("case").values():
            for name, value in case_values.items():
                values.setdefault(name, set()).add(attribute_text(value))
        attributes: list[tuple[str, object]] = [(self.tr("Any attribute"), None)]
        for attribute in project.attributes.list("case"):
            for value in sorted(values.get(attribute.name, ()), key=attribute_sort_key):
                attributes.append((f"{attribute.name} = {value}", attribute.name + _SEP + value))
        choices[self.attribute_combo] = attributes
        for combo, items in choices.items():
            kept = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for label, data in items:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(0, combo.findData(kept)))
            combo.blockSignals(False)
        self.changed.emit()

    def _show_more(self, shown: bool) -> None:
        self.more.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
