"""The emotion journey against hand-computed figures (see conftest.py for the study).

Valences by stage: purchase s1 +1, s2 -1, s3 -2, s7 +2, s8 -1; delivery s5 -1, s6 +1;
use s4 (none), s10 +1; support s9 -2. s1, s5 and s8 carry two codes and s1/s2, s3/s4
and s7/s8 overlap: each still counts once.
"""

from __future__ import annotations

import math

import pytest

from coding.journey import emotion_journey
from coding.retrieval import RetrievalFilter
from tests.coding.conftest import Study


def test_journey_per_stage(study: Study) -> None:
    figures = {f.key: f for f in emotion_journey(study.project, language="en")}
    assert list(figures) == [
        "awareness", "consideration", "purchase", "delivery", "use", "support", "loyalty",
    ]  # fmt: skip
    purchase = figures["purchase"]
    assert purchase.label == "Purchase"
    assert (purchase.segments, purchase.n) == (5, 5)
    assert purchase.mean_valence == pytest.approx(-0.2)  # (1 - 1 - 2 + 2 - 1) / 5
    # deviations 1.2, -0.8, -1.8, 2.2, -0.8: squares sum to 10.8, / 5 = 2.16
    assert purchase.sd == pytest.approx(math.sqrt(2.16))
    assert purchase.emotions == {"joy": 2, "fear": 1, "anger": 2}  # wheel order
    assert list(purchase.emotions) == ["joy", "fear", "anger"]
    s = study.seg
    # strongest first; equal strength: the longer passage (s2, 20 chars) before s8 (10)
    assert [r.segment.id for r in purchase.pain_points] == [s["s3"], s["s2"], s["s8"]]
    assert [r.segment.id for r in purchase.delights] == [s["s7"], s["s1"]]

    delivery = figures["delivery"]
    assert (delivery.segments, delivery.n, delivery.mean_valence) == (2, 2, 0.0)
    assert delivery.sd == pytest.approx(1.0)
    assert delivery.emotions == {"trust": 1, "sadness": 1}
    assert [r.segment.id for r in delivery.pain_points] == [s["s5"]]
    assert [r.segment.id for r in delivery.delights] == [s["s6"]]

    use = figures["use"]  # s4 has no valence: a segment of the stage, not in the mean
    assert (use.segments, use.n, use.mean_valence, use.sd) == (2, 1, 1.0, None)
    assert use.emotions == {"joy": 1}
    assert use.pain_points == () and [r.segment.id for r in use.delights] == [s["s10"]]

    support = figures["support"]  # a valence without an emotion
    assert (support.segments, support.n, support.mean_valence, support.sd) == (1, 1, -2.0, None)
    assert support.emotions == {}
    assert [r.segment.id for r in support.pain_points] == [s["s9"]]

    for key in ("awareness", "consideration", "loyalty"):
        empty = figures[key]
        assert (empty.segments, empty.n, empty.mean_valence, empty.sd) == (0, 0, None, None)
        assert empty.emotions == {} and empty.pain_points == () and empty.delights == ()


def test_journey_filtered_by_persona_and_stages(study: Study) -> None:
    p = study.project
    saver = RetrievalFilter(case_attributes={"persona": frozenset({"säästäjä"})})
    stages = [p.schemes.stage(k).id for k in ("delivery", "purchase")]
    figures = emotion_journey(p, saver, stage_ids=stages)
    assert [f.key for f in figures] == ["purchase", "delivery"]  # journey order
    assert [f.label for f in figures] == ["Ostaminen", "Toimitus"]  # the project's language
    purchase, delivery = figures
    # Cecilia's purchase segments: s7 (+2) and s8 (-1) in D3
    assert (purchase.segments, purchase.n) == (2, 2)
    assert purchase.mean_valence == pytest.approx(0.5)
    assert purchase.sd == pytest.approx(1.5)
    assert purchase.emotions == {"joy": 1, "fear": 1}
    assert (delivery.n, delivery.mean_valence) == (2, 0.0)


def test_journey_by_kind_and_coder(study: Study) -> None:
    p = study.project
    interviews = RetrievalFilter(kinds=frozenset({"interview"}))
    purchase = next(f for f in emotion_journey(p, interviews) if f.key == "purchase")
    assert (purchase.n, purchase.mean_valence) == (3, pytest.approx(-2 / 3))  # s1 s2 s3
    toinen = RetrievalFilter(coder_ids=frozenset({study.toinen}))
    figures = {f.key: f for f in emotion_journey(p, toinen)}
    assert figures["purchase"].n == 2  # s3 -2, s7 +2
    assert figures["purchase"].mean_valence == 0.0
    assert figures["purchase"].sd == pytest.approx(2.0)
    assert figures["delivery"].mean_valence == 1.0  # s6
