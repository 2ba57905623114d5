"""The emotion journey drawn as a customer-journey map (matplotlib, no Qt).

One column per journey stage. Top: the mean valence of the stage's coded
segments with a band of ± one standard deviation, n under each point and a
gap where a stage has no data. Middle: the emotion mix per stage as stacked
bars in Plutchik's colours. Bottom: each stage's strongest pain point and
moment of delight, quoted. The journey view embeds this very drawing, and the
PNG export and the Word summary use it too.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

from exports.charts import family_colours, family_labels, figure_png
from workbench.i18n import N_, translator

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from coding.journey import StageFigures
    from workbench.model import Emotion

NEGATIVE = "#c0392b"
POSITIVE = "#1e8449"
NEUTRAL = "#7f8c8d"
#: characters per line of a quote under a stage, and lines at most
QUOTE_WIDTH = 23
QUOTE_LINES = 5
#: point size of the quotes
QUOTE_SIZE = 6.5


def _colour(value: float) -> str:
    return POSITIVE if value > 0.25 else NEGATIVE if value < -0.25 else NEUTRAL


def _quote(text: str, width: int = QUOTE_WIDTH) -> str:
    lines = textwrap.wrap(" ".join(text.split()), width)
    if len(lines) > QUOTE_LINES:
        lines = lines[:QUOTE_LINES]
        lines[-1] = lines[-1][: width - 1].rstrip() + "…"
    return "\n".join(lines)


def draw_journey_map(
    fig: Figure,
    stages: Sequence[StageFigures],
    emotions: Sequence[Emotion],
    language: str,
    *,
    title: str | None = None,
    quotes: bool = True,
    dark: bool = False,
) -> None:
    """Draw the journey of ``stages`` onto ``fig`` (cleared first)."""
    t = translator(language).gettext
    fig.clear()
    # a page-wide figure (the Word summary) gets smaller type than a screen-wide one
    small = fig.get_figwidth() < 9
    label_size = 7 if small else 10
    ink = "#eeeeee" if dark else "#222222"
    grid = "#555555" if dark else "#dddddd"
    heights = [3.0, 2.0, 2.6] if quotes else [3.0, 2.0]
    axes = fig.subplots(len(heights), 1, gridspec_kw={"height_ratios": heights}, sharex=False)
    curve, mix = axes[0], axes[1]
    xs = list(range(len(stages)))
    labels = [s.label for s in stages]
    for ax in axes:
        ax.set_facecolor("none")
        ax.tick_params(colors=ink, labelsize=label_size)
        for spine in ax.spines.values():
            spine.set_color(grid)
    # -- valence curve -------------------------------------------------------------
    means = [s.mean_valence if s.mean_valence is not None else float("nan") for s in stages]
    sds = [s.sd or 0.0 for s in stages]
    curve.axhline(0, color=grid, linewidth=1)
    curve.fill_between(
        xs,
        [m - d for m, d in zip(means, sds, strict=True)],
        [m + d for m, d in zip(means, sds, strict=True)],
        color="#5dade2",
        alpha=0.2,
        linewidth=0,
        label=t(N_("± 1 standard deviation")),
    )
    curve.plot(xs, means, color="#2e86c1", linewidth=2.5, marker="o", markersize=0, zorder=2)
    for x, stage in zip(xs, stages, strict=True):
        if stage.mean_valence is None:
            curve.text(x, 0, t(N_("no data")), ha="center", va="center", color=ink, fontsize=8,
                       style="italic")  # fmt: skip
            continue
        curve.scatter([x], [stage.mean_valence], s=90, color=_colour(stage.mean_valence),
                      zorder=3, edgecolor="white", linewidth=1.5)  # fmt: skip
        curve.annotate(
            f"{stage.mean_valence:+.2f}\nn = {stage.n}",
            (x, stage.mean_valence),
            textcoords="offset points",
            xytext=(0, 12 if stage.mean_valence >= 0 else -26),
            ha="center",
            fontsize=label_size - 2 if small else 8,
            color=ink,
        )
    curve.set_ylim(-2.3, 2.3)
    curve.set_yticks([-2, -1, 0, 1, 2])
    curve.set_ylabel(t(N_("Mean valence")), color=ink, fontsize=label_size)
    curve.set_xticks(xs, labels)
    curve.set_xlim(-0.5, len(stages) - 0.5)
    curve.grid(axis="y", color=grid, linewidth=0.5)
    curve.legend(loc="upper left", fontsize=7, frameon=False, labelcolor=ink)
    if title:
        curve.set_title(title, color=ink, fontsize=12, loc="left")
    # -- emotion mix ------------------------------------------------------------------
    names, colours = family_labels(emotions, language), family_colours(emotions)
    families = [f for f in names if any(s.emotions.get(f) for s in stages)]
    bottoms = [0.0] * len(stages)
    for family in families:
        values = [
            100.0 * s.emotions.get(family, 0) / max(1, sum(s.emotions.values())) for s in stages
        ]
        mix.bar(xs, values, bottom=bottoms, color=colours[family], width=0.6,
                label=names[family], edgecolor="white", linewidth=0.5)  # fmt: skip
        bottoms = [b + v for b, v in zip(bottoms, values, strict=True)]
    mix.set_ylim(0, 100)
    mix.set_ylabel(t(N_("Emotions, %")), color=ink, fontsize=label_size)
    mix.set_xticks(xs, labels)
    mix.set_xlim(-0.5, len(stages) - 0.5)
    if families:
        mix.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=6 if small else 7,
                   frameon=False,
                   labelcolor=ink)  # fmt: skip
    # -- pain points and delights ----------------------------------------------------
    if quotes:
        moments = axes[2]
        moments.axis("off")
        moments.set_xlim(-0.5, len(stages) - 0.5)
        moments.set_ylim(0, 1)
        moments.text(-0.5, 1.0, t(N_("Strongest pain point (−) and moment of delight (+)")),
                     fontsize=8, color=ink, va="bottom")  # fmt: skip
        # as many characters per line as a stage's column holds at this size
        quote_size = QUOTE_SIZE - 1 if small else QUOTE_SIZE
        column_pt = fig.get_figwidth() * 72 * 0.75 / max(1, len(stages))
        width = max(10, min(QUOTE_WIDTH, int(column_pt / (quote_size * 0.55))))
        for x, stage in zip(xs, stages, strict=True):
            if stage.pain_points:
                moments.text(x, 0.97, "− " + _quote(stage.pain_points[0].text, width), ha="center",
                             va="top", fontsize=quote_size, color=NEGATIVE, wrap=False)  # fmt: skip
            if stage.delights:
                moments.text(x, 0.45, "+ " + _quote(stage.delights[0].text, width), ha="center",
                             va="top", fontsize=quote_size, color=POSITIVE)  # fmt: skip
    fig.subplots_adjust(left=0.1 if small else 0.07, right=0.84 if small else 0.86, top=0.95,
                        bottom=0.03 if quotes else 0.07,
                        hspace=0.35)  # fmt: skip


def journey_png(
    stages: Sequence[StageFigures],
    emotions: Sequence[Emotion],
    language: str,
    *,
    title: str | None = None,
    size: tuple[float, float] = (12.0, 8.0),
    dpi: int = 150,
) -> bytes:
    """The journey map as PNG bytes (for files and the Word summary)."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, dpi=dpi)
    draw_journey_map(fig, stages, emotions, language, title=title)
    return figure_png(fig, dpi)
