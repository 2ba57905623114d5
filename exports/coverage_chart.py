"""Coverage per document drawn onto a matplotlib Figure: the share of each
document's text that is coded, one bar per document, coloured by kind."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure

from coding.coverage import Coverage
from workbench.i18n import N_, translator
from workbench.labels import kind_label

#: one colour per document kind (colour-blind safe, Okabe–Ito)
KIND_COLOURS = {
    "interview": "#0072b2",
    "mystery_shopping": "#e69f00",
    "observation": "#009e73",
    "probe_diary": "#cc79a7",
    "survey_answer": "#56b4e9",
    "web_analytics_note": "#d55e00",
    "other": "#999999",
}
#: inches per bar, so a long list stays readable (the window scrolls)
BAR_HEIGHT = 0.2


def coverage_height(documents: int) -> float:
    return max(3.0, 0.8 + BAR_HEIGHT * documents)


def draw_coverage(fig: Figure, rows: Sequence[Coverage], language: str) -> None:
    """Bars of coded share (%) per document in the order given, with the
    percentage at each bar's end and a legend of the document kinds present."""
    t = translator(language).gettext
    ax = fig.add_subplot()
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    positions = list(range(len(rows)))
    shares = [100.0 * r.share for r in rows]
    ax.barh(positions, shares, color=[KIND_COLOURS.get(r.kind, "#999999") for r in rows],
            height=0.75)  # fmt: skip
    ax.set_yticks(positions, [r.name for r in rows], fontsize=7)
    ax.invert_yaxis()
    for y, share in zip(positions, shares, strict=True):
        ax.text(share + 1, y, f"{share:.0f} %", va="center", fontsize=6.5, color="#333333")
    ax.set_xlim(0, 110)
    ax.set_xlabel(t(N_("Share of the text coded, %")), fontsize=8.5)
    ax.xaxis.grid(True, color="#d9d9d9", linewidth=0.6)
    ax.set_axisbelow(True)
    kinds = list(dict.fromkeys(r.kind for r in rows))
    for kind in kinds:
        ax.bar([0], [0], color=KIND_COLOURS.get(kind, "#999999"),
               label=kind_label(kind, language))  # fmt: skip
    if kinds:
        ax.legend(loc="lower right", fontsize=7, frameon=True)
