"""The “Client summary (Word)” dialog: where to write it, in which language, and
an optional Word template (remembered between sessions)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

#: QSettings key of the last template used.
TEMPLATE_KEY = "export/report_template"


class ReportDialog(QDialog):
    def __init__(self, default_path: Path, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Client summary (Word)"))
        self.output = QLineEdit(str(default_path), self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._choose_output)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Finnish"), "fi")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.template = QLineEdit(str(QSettings().value(TEMPLATE_KEY, "") or ""), self)
        self.template.setPlaceholderText(self.tr("Teema's own layout"))
        self.template.setClearButtonEnabled(True)
        pick = QPushButton(self.tr("Choose…"), self)
        pick.clicked.connect(self._choose_template)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output, 1)
        output_row.addWidget(browse)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(pick)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&File"), output_row)
        form.addRow(self.tr("Report &language"), self.language)
        form.addRow(self.tr("&Template"), template_row)
        form.addRow(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())

    def values(self) -> tuple[Path, str, Path | None]:
        """(output file, report language, template or None); remembers the template."""
        out = Path(self.output.text().strip())
        if out.suffix.lower() != ".docx":
            out = out.with_name(out.name + ".docx")
        template_text = self.template.text().strip()
        QSettings().setValue(TEMPLATE_KEY, template_text)
        template = Path(template_text) if template_text else None
        return out, str(self.language.currentData()), template

    def _choose_output(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Client summary"), self.output.text(), self.tr("Word document (*.docx)")
        )
        if path:
            self.output.setText(path)

    def _choose_template(self) -> None:
        start = self.template.text() or str(Path(self.output.text()).parent)
        path, _chosen = QFileDialog.getOpenFileName(
            self,
            self.tr("Word template"),
            start,
            self.tr("Word documents and templates (*.docx *.dotx)"),
        )
        if path:
            self.template.setText(path)
