"""The workshop's session timer: start, pause and reset, shown as minutes:seconds."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class SessionTimer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = QElapsedTimer()
        self._banked = 0  # milliseconds before the current run
        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self._show)
        self.label = QLabel("00:00", self)
        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.clicked.connect(self.toggle)
        self.reset_button = QPushButton(self.tr("Reset"), self)
        self.reset_button.clicked.connect(self.reset)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        for widget in (self.label, self.start_button, self.reset_button):
            layout.addWidget(widget)

    def running(self) -> bool:
        return self._clock.isValid()

    def elapsed_ms(self) -> int:
        return self._banked + (self._clock.elapsed() if self.running() else 0)

    def toggle(self) -> None:
        if self.running():
            self._banked += self._clock.elapsed()
            self._clock.invalidate()
            self._tick.stop()
            self.start_button.setText(self.tr("Continue"))
        else:
            self._clock.start()
            self._tick.start()
            self.start_button.setText(self.tr("Pause"))
        self._show()

    def reset(self) -> None:
        self._banked = 0
        if self.running():
            self._clock.restart()
        else:
            self.start_button.setText(self.tr("Start"))
        self._show()

    def _show(self) -> None:
        seconds = self.elapsed_ms() // 1000
        self.label.setText(f"{seconds // 60:02}:{seconds % 60:02}")
