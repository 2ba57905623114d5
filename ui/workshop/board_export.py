"""The board as a picture (PNG) or a one-page PDF, drawn from the scene."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from ui.workshop.board_scene import BoardScene

# the longest side of an exported picture, in pixels
MAX_PIXELS = 6000


def _source(scene: BoardScene) -> QRectF:
    return scene.board_rect().adjusted(-60, -60, 60, 60)


def export_png(scene: BoardScene, path: Path, scale: float = 1.0) -> Path:
    source = _source(scene)
    scale = min(scale, MAX_PIXELS / max(source.width(), source.height(), 1.0))
    image = QImage(
        int(source.width() * scale), int(source.height() * scale), QImage.Format.Format_RGB32
    )
    image.fill(scene.look.background)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise OSError(str(path))
    return path


def export_pdf(scene: BoardScene, path: Path) -> Path:
    """One page the board's shape (landscape A3 width), vector text."""
    source = _source(scene)
    width_mm = 420.0
    height_mm = width_mm * source.height() / max(source.width(), 1.0)
    writer = QPdfWriter(str(path))
    writer.setResolution(150)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter(writer)
    target = QRectF(0, 0, writer.width(), writer.height())
    painter.fillRect(target, scene.look.background)
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    return path
