"""Cyclic garbage is collected on the GUI thread only.

Python's collector runs in whichever thread happens to allocate when a
threshold is crossed. If that is a worker (the client summary draws its charts
on one) and the garbage holds a Qt widget in a reference cycle — a matplotlib
canvas and its figure point at each other — the widget's C++ destructor runs
off the GUI thread and Qt aborts the process. So automatic collection is
switched off and a timer on the GUI thread collects instead, generation by
generation, whenever the allocation counts pass the usual thresholds (the
PyQt community's well-known recipe).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: how often the GUI thread looks at the allocation counts
INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.threshold[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()


_installed: GuiThreadCollector | None = None


def install(app: QObject) -> GuiThreadCollector:
    """Collect on ``app``'s (the GUI) thread from now on; idempotent."""
    global _installed
    if _installed is None:
        _installed = GuiThreadCollector(app)
    return _installed
