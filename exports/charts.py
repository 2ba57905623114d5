"""The client summary's charts, drawn onto a given matplotlib Figure.

Each ``draw_*`` function draws on the Figure it is handed and returns the axes,
so the report (PNG through :func:`figure_png`) and the window (a
``FigureCanvasQTAgg`` around the same Figure) show the very same drawing. No
pyplot and no GUI backend here: a Figure made with :func:`new_figure` renders
with Agg. Text uses matplotlib's bundled DejaVu Sans, which has every Finnish
letter. Labels are in ``language`` (the project's reporting language).
"""

from __future__ import annotations

import io
import math
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from coding.journey import StageFigures
from workbench.i18n import N_, translator
from workbench.model import Emotion

FONT = "DejaVu Sans"
DPI = 200
#: width that fits a portrait A4 page inside 2 cm margins, in inches
WIDTH = 6.3
GRID = "#d9d9d9"
TEXT = "#333333"


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    color: str


def new_figure(width: float = WIDTH, height: float = 3.6) -> Figure:
    """A Figure laid out by matplotlib's constrained layout, in the report's font."""
    fig = Figure(figsize=(width, height), layout="constrained")
    fig.set_facecolor("white")
    return fig


def figure_png(fig: Figure, dpi: int = DPI) -> bytes:
    """The Figure as PNG bytes (Agg), at ``dpi``."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    # Opaque RGB: Word and LibreOffice blend an alpha channel with their own
    # background, which greys a picture that is white to the eye.
    from PIL import Image

    buffer.seek(0)
    opaque = io.BytesIO()
    Image.open(buffer).convert("RGB").save(opaque, format="PNG", optimize=True)
    return opaque.getvalue()


def _style(ax: Axes) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color("#999999")
    ax.tick_params(colors=TEXT, labelsize=8, length=3)
    ax.set_axisbelow(True)


def _signed(value: float, language: str) -> str:
    """+0,25 / −1,20 in Finnish, +0.25 / −1.20 in English (a real minus sign)."""
    text = f"{value:+.2f}".replace("-", "−")
    return text.replace(".", ",") if language == "fi" else text


def _wrap(label: str, width: int) -> str:
    return "\n".join(textwrap.wrap(label, width)) or label


def draw_code_frequencies(fig: Figure, rows: Sequence[Bar], language: str) -> Axes:
    """Horizontal bars, one per code in the order given (first on top), each in
    its code's colour with its count at the bar's end."""
    t = translator(language).gettext
    ax = fig.add_subplot()
    _style(ax)
    positions = list(range(len(rows)))
    ax.barh(positions, [r.value for r in rows], color=[r.color for r in rows], height=0.7)
    ax.set_yticks(positions, [_wrap(r.label, 34) for r in rows], fontfamily=FONT)
    ax.invert_yaxis()
    top = max((r.value for r in rows), default=0)
    for y, row in zip(positions, rows, strict=True):
        ax.text(row.value + top * 0.01, y, str(row.value), va="center", fontsize=7.5, color=TEXT)
    ax.set_xlim(0, top * 1.1 or 1)
    ax.xaxis.grid(True, color=GRID, linewidth=0.6)
    ax.set_xlabel(t(N_("Coded segments")), fontsize=8.5, color=TEXT)
    return ax


def family_labels(emotions: Sequence[Emotion], language: str) -> dict[str, str]:
    """Plutchik family -> its name in ``language`` (the middle intensity's label)."""
    names: dict[str, str] = {}
    for emotion in sorted(emotions, key=lambda e: abs(e.intensity - 2)):
        names.setdefault(emotion.family, emotion.label(language))
    return {e.family: names[e.family] for e in emotions}


def family_colours(emotions: Sequence[Emotion]) -> dict[str, str]:
    """Plutchik family -> its colour (the first emotion of the family's)."""
    colours: dict[str, str] = {}
    for emotion in emotions:
        colours.setdefault(emotion.family, emotion.color)
    return colours


def draw_emotions(
    fig: Figure, counts: Mapping[str, int], emotions: Sequence[Emotion], language: str
) -> Axes:
    """One vertical bar per Plutchik family in wheel order (families of
    ``emotions``), in the family's colour, with its count on top."""
    t = translator(language).gettext
    names = family_labels(emotions, language)
    colours = family_colours(emotions)
    families = list(names)
    values = [counts.get(f, 0) for f in families]
    ax = fig.add_subplot()
    _style(ax)
    positions = list(range(len(families)))
    ax.bar(positions, values, color=[colours[f] for f in families], width=0.7)
    ax.set_xticks(positions, [names[f] for f in families], fontfamily=FONT, rotation=0)
    top = max(values, default=0)
    for x, value in zip(positions, values, strict=True):
        ax.text(x, value + top * 0.015, str(value), ha="center", va="bottom", fontsize=7.5,
                color=TEXT)  # fmt: skip
    ax.set_ylim(0, top * 1.12 or 1)
    ax.yaxis.grid(True, color=GRID, linewidth=0.6)
    ax.set_ylabel(t(N_("Coded segments")), fontsize=8.5, color=TEXT)
    return ax


def draw_emotion_journey(fig: Figure, stages: Sequence[StageFigures], language: str) -> Axes:
    """Mean valence per journey stage (in the order given) with ±1 SD as error
    bars and a band, a zero line and n under each point. A stage with n = 0 is
    a gap in the line, not a point at zero."""
    t = translator(language).gettext
    ax = fig.add_subplot()
    _style(ax)
    xs = list(range(len(stages)))
    means = [s.mean_valence if s.mean_valence is not None else math.nan for s in stages]
    sds = [s.sd if s.sd is not None else 0.0 for s in stages]
    lows = [m - d for m, d in zip(means, sds, strict=True)]
    highs = [m + d for m, d in zip(means, sds, strict=True)]
    ax.axhline(0, color="#888888", linewidth=0.8, zorder=1)
    ax.fill_between(xs, lows, highs, color="#4e79a7", alpha=0.12, linewidth=0, zorder=1)
    ax.errorbar(xs, means, yerr=sds, fmt="none", ecolor="#4e79a7", elinewidth=0.9, capsize=3,
                alpha=0.7, zorder=2)  # fmt: skip
    ax.plot(xs, means, color="#4e79a7", marker="o", markersize=5, linewidth=2, zorder=3,
            label=t(N_("Mean valence")))  # fmt: skip
    for x, stage, mean in zip(xs, stages, means, strict=True):
        if stage.n:
            ax.annotate(_signed(mean, language), (x, mean), textcoords="offset points",
                        xytext=(0, 7), ha="center", fontsize=7, color=TEXT, zorder=4,
                        bbox={"boxstyle": "round,pad=0.15", "facecolor": "white",
                              "edgecolor": "none", "alpha": 0.85})  # fmt: skip
        ax.text(x, -2.35, f"n = {stage.n}", ha="center", va="top", fontsize=7,
                color=TEXT if stage.n else "#999999")  # fmt: skip
    ax.set_xticks(xs, [_wrap(s.label, 14) for s in stages], fontfamily=FONT)
    ax.tick_params(axis="x", pad=16)
    ax.set_xlim(-0.5, len(stages) - 0.5)
    ax.set_ylim(-2.2, 2.2)
    ax.set_yticks([-2, -1, 0, 1, 2], ["−2", "−1", "0", "+1", "+2"])
    ax.yaxis.grid(True, color=GRID, linewidth=0.6)
    ax.set_ylabel(t(N_("Mean valence (−2…+2)")), fontsize=8.5, color=TEXT)
    return ax
