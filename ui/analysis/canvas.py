"""A matplotlib canvas inside Qt that follows the window's light or dark palette.

The drawing functions live in ``exports/`` (no Qt), so the picture on screen is
the one the PNG export and the Word summary contain.
"""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.theme import is_dark

Draw = Callable[[Figure, bool], None]


class ChartCanvas(FigureCanvasQTAgg):
    """Holds one figure; :meth:`draw_with` redraws it with a drawing function
    ``draw(figure, dark)``."""

    def __init__(self, parent: QWidget | None = None, *, constrained: bool = False) -> None:
        self._draw: Draw | None = None
        self.figure_ = Figure(figsize=(9, 6), dpi=100,
                              layout="constrained" if constrained else None)  # fmt: skip
        super().__init__(self.figure_)
        self.setParent(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(480, 320)

    @staticmethod
    def dark() -> bool:
        # matplotlib gives the canvas its own white palette: follow the application's
        return is_dark(QGuiApplication.palette())

    def draw_with(self, draw: Draw) -> None:
        self._draw = draw
        self._redraw()

    def _redraw(self) -> None:
        if self._draw is None:
            return
        dark = self.dark()
        window = QGuiApplication.palette().color(QPalette.ColorRole.Window).name()
        self.figure_.set_facecolor(window)
        self._draw(self.figure_, dark)
        self.draw_idle()

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        if event.type() in (event.Type.PaletteChange, event.Type.ApplicationPaletteChange):
            self._redraw()
