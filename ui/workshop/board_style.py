"""The board's two high-contrast looks, its fonts and the participants' dot colours.

Sizes are scene units (pixels at 100 % zoom). The board fits a 1080p screen at
about 85-100 %, so card titles stay above 24 pt and quotes above 16 pt there.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont

TITLE_PX, COUNTS_PX, QUOTE_PX, SOURCE_PX = 44, 23, 28, 21
GROUP_PX, NOTE_PX = 36, 25

# Okabe-Ito colours (told apart with colour-vision deficiencies), then a few more.
PARTICIPANT_COLOURS = (
    "#e69f00", "#0072b2", "#009e73", "#cc79a7", "#d55e00",
    "#56b4e9", "#f0e442", "#6a3d9a", "#8c564b", "#17becf",
)  # fmt: skip


@dataclass(frozen=True)
class BoardLook:
    key: str
    background: QColor
    card: QColor
    text: QColor
    muted: QColor
    border: QColor
    selected: QColor
    group_fill: QColor
    group_border: QColor
    note: QColor
    note_text: QColor
    drop_target: QColor


LIGHT = BoardLook(
    key="light",
    background=QColor("#e9ebee"),
    card=QColor("#ffffff"),
    text=QColor("#000000"),
    muted=QColor("#33363b"),
    border=QColor("#1f2328"),
    selected=QColor("#0050d0"),
    group_fill=QColor(0, 60, 160, 22),
    group_border=QColor("#30343a"),
    note=QColor("#ffe94d"),
    note_text=QColor("#000000"),
    drop_target=QColor("#d00000"),
)
DARK = BoardLook(
    key="dark",
    background=QColor("#000000"),
    card=QColor("#17191c"),
    text=QColor("#ffffff"),
    muted=QColor("#d8dbe0"),
    border=QColor("#c8ccd2"),
    selected=QColor("#4da3ff"),
    group_fill=QColor(120, 170, 255, 30),
    group_border=QColor("#aab1bb"),
    note=QColor("#ffe94d"),
    note_text=QColor("#000000"),
    drop_target=QColor("#ff5050"),
)
LOOKS = {"light": LIGHT, "dark": DARK}


def participant_colour(index: int) -> QColor:
    return QColor(PARTICIPANT_COLOURS[index % len(PARTICIPANT_COLOURS)])


def font(pixels: int, *, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(pixels)
    f.setBold(bold)
    f.setItalic(italic)
    return f


def readable_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on ``colour``."""
    r, g, b = colour.redF(), colour.greenF(), colour.blueF()
    return QColor("#000000") if 0.299 * r + 0.587 * g + 0.114 * b > 0.55 else QColor("#ffffff")
