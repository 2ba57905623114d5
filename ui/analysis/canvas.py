"""A matplotlib canvas inside Qt that follows the window's light or dark palette.

The drawing functions live in ``exports/`` (no Qt), so the picture on screen is
the one the PNG export and the Word summary contain.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QFileDialog, QMessageBox, QSizePolicy, QWidget

from ui.session import Session
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


class PngExport(QObject):
    """Asks where to save a picture (unless told), writes the PNG bytes and says
    so in the status bar; a write error is shown, not raised. Shared by the tabs."""

    def save(
        self,
        parent: QWidget,
        session: Session,
        path: str | None,
        title: str,
        suggested: str,
        png: Callable[[], bytes],
    ) -> Path | None:
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                parent, title, suggested, self.tr("PNG images (*.png)")
            )
            if not path:
                return None
        target = Path(path).with_suffix(".png")
        try:
            target.write_bytes(png())
        except OSError as exc:
            QMessageBox.warning(
                parent, self.tr("Export failed"),
                self.tr("Could not write %1: %2").replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc)),
            )  # fmt: skip
            return None
        session.message.emit(self.tr("Wrote %1").replace("%1", str(target)))
        return target
