"""Colour helpers shared by the coding panels: code swatches, emotion shades and
readable text on coloured backgrounds.

Code and emotion colours come from the project (the codebook, the emotion
scheme); everything else uses palette roles, so light and dark themes both work.
Sizes follow the font, so swatches scale with the screen's scaling factor.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPalette, QPixmap, QPixmapCache
from PySide6.QtWidgets import QWidget


def swatch_size(widget: QWidget) -> int:
    """A swatch as tall as a capital letter plus a little: scales with font and DPI."""
    return max(8, round(QFontMetrics(widget.font()).height() * 0.75))


def swatch_icon(color: str, size: int = 12, outline: str = "#808080") -> QIcon:
    """A rounded square of ``color`` with a thin outline that shows on any background.

    The pixmap is kept in QPixmapCache, which Qt empties with the application; a
    Python-level cache of pixmaps would outlive QApplication and crash at exit."""
    key = f"teema-swatch-{color}-{size}-{outline}"
    pixmap = QPixmap()
    if not QPixmapCache.find(key, pixmap):
        pixmap = _draw_swatch(color, size, outline)
        QPixmapCache.insert(key, pixmap)
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)  # no tint: the colour is the information
    return icon


def _draw_swatch(color: str, size: int, outline: str) -> QPixmap:
    ratio = 2.0  # drawn at twice the size so it stays sharp at 200 % scaling
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(outline))
    painter.setBrush(QColor(color))
    inset = max(1.0, size / 8)  # a little air between the swatches of adjacent rows
    radius = size / 5
    side = size - 2 * inset
    painter.drawRoundedRect(QRectF(inset, inset, side, side), radius, radius)
    painter.end()
    return pixmap


def luminance(color: QColor) -> float:
    """WCAG relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_on(background: QColor, palette: QPalette) -> QColor:
    """Of the palette's own text and base colours, the one that reads better on
    ``background`` (a code or emotion colour)."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    return text if contrast(text, background) >= contrast(base, background) else base


def emotion_shade(color: str, intensity: int) -> QColor:
    """The family colour lighter for mild (1) and darker for intense (3) emotions, as on
    Plutchik's wheel."""
    base = QColor(color)
    if intensity <= 1:
        return base.lighter(150)
    if intensity >= 3:
        return base.darker(135)
    return base


def outline_for(palette: QPalette) -> str:
    return palette.color(QPalette.ColorRole.Mid).name()
