"""A matrix (:class:`coding.crosstab.Crosstab`) drawn as a heat-shaded table onto
a given matplotlib Figure, and saved as PNG.

The window wraps the same Figure in a Qt canvas; reports and the PNG export use
Agg. No pyplot, no GUI backend. Cells are shaded by the same scale as the .xlsx
export (white for 0, :data:`exports.crosstab_export.HEAT` at the matrix's peak;
the co-occurrence diagonal, a code's own total, is outlined rather than scaled)
and carry their count when the matrix is small enough to read them.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from matplotlib.axes import Axes
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from coding.crosstab import AXIS_TITLES, Crosstab
from exports.charts import figure_png
from exports.crosstab_export import heat_colour
from exports.files import write_bytes
from workbench.i18n import N_, translator

FONT = "DejaVu Sans"
DPI = 200
#: cells are labelled with their counts up to this many rows × columns
LABELLED = 1_600
TEXT = "#333333"


def _short(label: str, width: int = 28) -> str:
    return textwrap.shorten(label, width, placeholder="…") if len(label) > width else label


def figure_size(table: Crosstab) -> tuple[float, float]:
    """Inches that give every row and column room for its label (within limits)."""
    width = 2.6 + 0.42 * len(table.column_keys)
    height = 1.6 + 0.28 * len(table.row_keys)
    return min(max(width, 4.0), 40.0), min(max(height, 2.5), 60.0)


def draw_heatmap(fig: Figure, table: Crosstab) -> Axes:
    """Draw ``table`` onto ``fig`` (one axes, returned): rows top to bottom, columns
    left to right, counts in the cells, axis titles in the matrix's language."""
    t = translator(table.language).gettext
    ax = fig.add_subplot()
    n_rows, n_cols = len(table.row_keys), len(table.column_keys)
    peak = table.peak
    image = [
        [
            to_rgb("#" + heat_colour(0 if table.columns == "codes" and i == j else n, peak))
            for j, n in enumerate(row)
        ]
        for i, row in enumerate(table.counts)
    ]
    if not (n_rows and n_cols):
        ax.axis("off")
        ax.text(0.5, 0.5, t(N_("Nothing to count: no coded segments pass the filters.")),
                ha="center", va="center", transform=ax.transAxes)  # fmt: skip
        return ax
    ax.imshow(image, aspect="auto", interpolation="nearest")
    ax.set_xlim(-0.5, n_cols - 0.5)
    ax.set_ylim(n_rows - 0.5, -0.5)
    ax.set_xticks(range(n_cols), [_short(c) for c in table.column_labels], fontfamily=FONT)
    ax.set_yticks(range(n_rows), [_short(r, 36) for r in table.row_labels], fontfamily=FONT)
    ax.tick_params(axis="x", labelrotation=60, labelsize=7, length=0, colors=TEXT)
    ax.tick_params(axis="y", labelsize=7, length=0, colors=TEXT)
    for label in ax.get_xticklabels():
        label.set_horizontalalignment("right")
        label.set_rotation_mode("anchor")
    for side in ax.spines.values():
        side.set_visible(False)
    ax.set_xticks([x - 0.5 for x in range(1, n_cols)], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, n_rows)], minor=True)
    ax.grid(which="minor", color="#e6e6e6", linewidth=0.5)
    ax.tick_params(which="minor", length=0)
    if n_rows * n_cols <= LABELLED:
        for i, row in enumerate(table.counts):
            for j, n in enumerate(row):
                if not n:
                    continue
                diagonal = table.columns == "codes" and i == j
                dark = not diagonal and heat_colour(n, peak)[:2] < "90"
                ax.text(
                    j, i, str(n), ha="center", va="center", fontsize=6.5,
                    color="white" if dark else TEXT,
                    fontweight="bold" if diagonal else "normal",
                )  # fmt: skip
    if table.columns == "codes":
        for i in range(min(n_rows, n_cols)):
            ax.add_patch(
                Rectangle((i - 0.5, i - 0.5), 1, 1, fill=False, edgecolor="#999999", lw=0.6)
            )
    column_title = table.attribute if table.columns == "attribute" else None
    ax.set_xlabel(column_title or t(AXIS_TITLES[table.columns]), fontsize=8, color=TEXT)
    ax.set_ylabel(t(AXIS_TITLES[table.rows]), fontsize=8, color=TEXT)
    ax.xaxis.set_label_position("bottom")
    ax.set_title(table.title(), fontsize=9, color=TEXT, loc="left")
    return ax


def heatmap_figure(table: Crosstab) -> Figure:
    """A new Figure (sized to the matrix) with ``table`` drawn on it."""
    fig = Figure(figsize=figure_size(table), layout="constrained")
    fig.set_facecolor("white")
    draw_heatmap(fig, table)
    return fig


def export_heatmap(table: Crosstab, path: str | Path, *, dpi: int = DPI) -> Path:
    """Save ``table`` as a PNG heat map at ``path``; returns the path written."""
    data = figure_png(heatmap_figure(table), dpi)
    return write_bytes(Path(path), data)
