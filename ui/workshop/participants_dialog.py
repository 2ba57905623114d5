"""Naming the workshop's participants and how many dots each gets."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from workbench.domain.votes import Participant


class ParticipantsDialog(QDialog):
    def __init__(
        self, participants: list[Participant], dots: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workshop participants"))
        self.names = QPlainTextEdit(self)
        self.names.setPlainText("\n".join(p.name for p in participants))
        self.names.setPlaceholderText(self.tr("One name per line"))
        self.dots = QSpinBox(self)
        self.dots.setRange(1, 99)
        self.dots.setValue(dots)
        note = QLabel(self.tr("A name taken off the list takes that person's dots with it."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Participants (one per line):"), self.names)
        form.addRow(self.tr("Dots per participant:"), self.dots)
        form.addRow(note)
        form.addRow(buttons)
        self.resize(520, 420)

    def participant_names(self) -> list[str]:
        return [line.strip() for line in self.names.toPlainText().splitlines() if line.strip()]
