"""Coverage per document, and the journey map and coverage chart drawings."""

from __future__ import annotations

import io

import pytest
from matplotlib.figure import Figure
from PIL import Image

from coding.coverage import coverage, union_length
from coding.journey import emotion_journey
from exports.coverage_chart import draw_coverage
from exports.journey_map import draw_journey_map, journey_png
from workbench.project import Project


@pytest.mark.parametrize(
    ("spans", "length"),
    [
        ([], 0),
        ([(0, 5)], 5),
        ([(0, 5), (3, 8)], 8),  # overlap counted once
        ([(0, 5), (5, 8)], 8),  # touching
        ([(2, 9), (3, 4), (10, 12)], 9),  # nested
        ([(10, 12), (0, 3)], 5),  # any order
    ],
)
def test_union_length(spans: list[tuple[int, int]], length: int) -> None:
    assert union_length(spans) == length


@pytest.fixture
def coded(project: Project) -> Project:
    a = project.documents.add("A", "x" * 100, kind="interview", language="fi")
    b = project.documents.add("B", "y" * 50, kind="survey_answer", language="fi")
    project.documents.add("C", "z" * 10, kind="observation", language="fi")
    one = project.codes.create("Yksi")
    two = project.codes.create("Kaksi")
    use = project.schemes.stage("use").id
    buy = project.schemes.stage("purchase").id
    anger = project.schemes.emotion("anger").id
    joy = project.schemes.emotion("joy").id
    project.segments.add(a.id, 0, 40, code_ids=[one.id], stage_id=buy, valence=-2,
                         emotion_id=anger)  # fmt: skip
    project.segments.add(a.id, 30, 60, code_ids=[two.id], stage_id=buy, valence=1,
                         emotion_id=joy)  # fmt: skip
    project.segments.add(b.id, 0, 50, code_ids=[one.id, two.id], stage_id=use, valence=2,
                         emotion_id=joy)  # fmt: skip
    return project


def test_coverage_merges_overlaps_and_can_follow_codes(coded: Project) -> None:
    rows = {c.name: c for c in coverage(coded)}
    assert (rows["A"].coded, rows["A"].segments, rows["A"].share) == (60, 2, 0.6)
    assert rows["B"].share == 1.0 and rows["C"].share == 0.0
    one = coded.codes.find("Yksi")
    assert one is not None
    only_one = {c.name: c for c in coverage(coded, code_ids=[one.id])}
    assert only_one["A"].coded == 40 and only_one["B"].coded == 50


def test_journey_map_draws_the_figures(coded: Project) -> None:
    stages = emotion_journey(coded, language="en")
    fig = Figure()
    draw_journey_map(fig, stages, coded.schemes.emotions(), "en", title="T")
    curve, mix, moments = fig.axes[:3]
    line = curve.get_lines()[-1]
    ys = list(line.get_ydata())
    labels = [s.label for s in stages]
    assert ys[labels.index("Purchase")] == pytest.approx(-0.5)
    assert ys[labels.index("Use")] == pytest.approx(2.0)
    assert str(ys[labels.index("Awareness")]) == "nan"  # a gap, not zero
    texts = [t.get_text() for t in curve.texts]
    assert "-0.50\nn = 2" in texts and "+2.00\nn = 1" in texts
    # stacked emotion shares per stage add up to 100 % where there is data
    heights = [0.0] * len(stages)
    for bar in mix.patches:
        heights[round(bar.get_x() + bar.get_width() / 2)] += bar.get_height()
    assert heights[labels.index("Purchase")] == pytest.approx(100.0)
    assert heights[labels.index("Awareness")] == 0
    quotes = [t.get_text() for t in moments.texts]
    assert any(q.startswith("− x") for q in quotes) and any(q.startswith("+ y") for q in quotes)


def test_journey_png_is_an_image(coded: Project) -> None:
    data = journey_png(emotion_journey(coded), coded.schemes.emotions(), "fi", dpi=50)
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG" and image.size == (600, 400)


def test_coverage_chart_has_one_bar_per_document(coded: Project) -> None:
    fig = Figure()
    rows = coverage(coded)
    draw_coverage(fig, rows, "fi")
    ax = fig.axes[0]
    widths = [p.get_width() for p in ax.patches][: len(rows)]
    assert widths == pytest.approx([60.0, 100.0, 0.0])
    assert [t.get_text() for t in ax.get_yticklabels()] == ["A", "B", "C"]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["haastattelu", "kyselyvastaus", "havainnointi"]
