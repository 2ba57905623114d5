"""The report's charts: each draw function on a plain Figure, checked through the
artists it leaves (bar sizes, line data) against the figures handed in."""

from __future__ import annotations

import math

import pytest
from matplotlib.collections import PolyCollection
from matplotlib.colors import to_hex
from matplotlib.patches import Rectangle

from coding.journey import StageFigures
from exports.charts import (
    Bar,
    draw_code_frequencies,
    draw_emotion_journey,
    draw_emotions,
    family_labels,
    figure_png,
    new_figure,
)
from workbench.model import Emotion


def _bars(ax: object) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle)]  # type: ignore[attr-defined]


def _stage(i: int, label: str, n: int, mean: float | None, sd: float | None) -> StageFigures:
    return StageFigures(i, f"s{i}", label, n, n, mean, sd, {}, (), ())


EMOTIONS = [
    Emotion(1, "joy", 1, "serenity", "seesteisyys", "#f2c500", 1),
    Emotion(2, "joy", 2, "joy", "ilo", "#f2c500", 1),
    Emotion(3, "anger", 2, "anger", "viha", "#e0282e", -1),
    Emotion(4, "anger", 3, "rage", "raivo", "#e0282e", -2),
    Emotion(5, "fear", 2, "fear", "pelko", "#1a9e4a", -1),
]


def test_code_frequencies_are_horizontal_bars_in_code_colours() -> None:
    rows = [Bar("Jonot ja kassa", 33, "#4e79a7"), Bar("Hintamielikuva", 12, "#ff9da7"),
            Bar("Äänestys / Pääsy", 0, "#59a14f")]  # fmt: skip
    fig = new_figure()
    ax = draw_code_frequencies(fig, rows, "fi")
    bars = _bars(ax)
    assert [b.get_width() for b in bars] == [33, 12, 0]
    assert [to_hex(b.get_facecolor()) for b in bars] == ["#4e79a7", "#ff9da7", "#59a14f"]
    assert [t.get_text() for t in ax.get_yticklabels()] == [r.label for r in rows]
    # first row on top
    assert bars[0].get_y() < bars[1].get_y() and ax.yaxis_inverted()
    assert figure_png(fig, dpi=50).startswith(b"\x89PNG")


def test_emotions_one_bar_per_family_in_wheel_order() -> None:
    fig = new_figure()
    ax = draw_emotions(fig, {"anger": 7, "joy": 3}, EMOTIONS, "fi")
    bars = _bars(ax)
    assert [b.get_height() for b in bars] == [3, 7, 0]
    assert [to_hex(b.get_facecolor()) for b in bars] == ["#f2c500", "#e0282e", "#1a9e4a"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["ilo", "viha", "pelko"]
    assert family_labels(EMOTIONS, "en") == {"joy": "joy", "anger": "anger", "fear": "fear"}


def test_emotion_journey_curve_with_gaps_spread_and_n() -> None:
    stages = [
        _stage(1, "Tietoisuus", 10, -1.2, 0.6),
        _stage(2, "Harkinta", 0, None, None),
        _stage(3, "Ostaminen", 67, -0.5, 1.2),
        _stage(4, "Käyttö", 1, 2.0, None),
    ]
    fig = new_figure()
    ax = draw_emotion_journey(fig, stages, "fi")
    curve = next(line for line in ax.get_lines() if line.get_marker() == "o")
    xs, ys = curve.get_data()
    assert list(xs) == [0, 1, 2, 3]
    assert ys[0] == -1.2 and math.isnan(ys[1]) and ys[2] == -0.5 and ys[3] == 2.0
    zero = [line for line in ax.get_lines() if list(line.get_ydata()) == [0, 0]]
    assert zero, "no zero line"
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "Tietoisuus", "Harkinta", "Ostaminen", "Käyttö"]  # fmt: skip
    texts = {t.get_text() for t in ax.texts}
    assert {"n = 10", "n = 0", "n = 67", "n = 1"} <= texts
    assert "−1,20" in texts  # Finnish decimal comma and a real minus sign
    # the ±SD band spans mean ± sd where there is a mean
    band = next(c for c in ax.collections if isinstance(c, PolyCollection))
    ys_band = [y for path in band.get_paths() for _x, y in path.vertices]
    assert min(ys_band) == pytest.approx(-1.8) and max(ys_band) == pytest.approx(2.0)
    assert figure_png(fig, dpi=50).startswith(b"\x89PNG")


def test_english_labels() -> None:
    fig = new_figure()
    ax = draw_emotion_journey(fig, [_stage(1, "Purchase", 3, 0.5, 0.1)], "en")
    assert ax.get_ylabel() == "Mean valence (−2…+2)"
    assert "+0.50" in {t.get_text() for t in ax.texts}
