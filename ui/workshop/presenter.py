"""The presenter: one card's quotes, one at a time, in large type (Left/Right to move,
Esc back to the board). The pseudonym and the kind of document are shown with each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coding.board_cards import PresenterQuote
from ui.workshop.board_style import LIGHT, BoardLook

QUOTE_PT, NAME_PT, SOURCE_PT = 34, 30, 26


class PresenterView(QWidget):
    # back to the board
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quotes: list[PresenterQuote] = []
        self.index = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.title = self._label(NAME_PT, bold=True)
        self.quote = self._label(QUOTE_PT)
        self.quote.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.source = self._label(SOURCE_PT)
        self.hint = self._label(18)
        self.hint.setText(self.tr("← → next and previous quote · Esc back to the board"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 70, 120, 50)
        layout.addWidget(self.title)
        layout.addStretch(1)
        layout.addWidget(self.quote, 6)
        layout.addSpacing(30)
        layout.addWidget(self.source)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        self.set_look(LIGHT)

    def _label(self, points: int, *, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setPointSize(points)
        font.setBold(bold)
        label.setFont(font)
        return label

    def set_look(self, look: BoardLook) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, look.background)
        palette.setColor(QPalette.ColorRole.WindowText, look.text)
        self.setPalette(palette)
        for label in (self.title, self.quote, self.source, self.hint):
            label.setPalette(palette)

    def show_quotes(self, name: str, quotes: list[PresenterQuote]) -> None:
        self.quotes, self.index = quotes, 0
        self.title.setText(name)
        self._show()

    def step(self, delta: int) -> None:
        if self.quotes:
            self.index = max(0, min(len(self.quotes) - 1, self.index + delta))
            self._show()

    def _show(self) -> None:
        if not self.quotes:
            self.quote.setText(self.tr("No coded passages on this card yet."))
            self.source.setText("")
            return
        q = self.quotes[self.index]
        self.quote.setText(f"“{q.text}”")
        who = q.case or q.document_name
        self.source.setText(
            self.tr("— {who}, {kind}   ·   {n} / {total}").format(
                who=who, kind=q.document_kind, n=self.index + 1, total=len(self.quotes)
            )
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown):
            self.step(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp):
            self.step(-1)
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_P):
            self.closed.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
