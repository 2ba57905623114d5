"""Matrix speed target (2-core machine): every matrix kind, in every count mode, for a
study of 1,000 documents, 300 codes and 50,000 segments in under 1 s.

Run:  .venv/bin/python -m pytest benchmarks/test_crosstab_speed.py --benchmark-only \\
          --benchmark-columns=min,median,max
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from benchmarks.conftest import finnish_paragraphs, make_text, scaled
from coding.crosstab import crosstab
from workbench.domain.documents import NewTurn
from workbench.project import Project

KINDS = ("interview", "survey_answer", "mystery_shopping", "observation")
COLUMNS = (
    ("documents", {}),
    ("cases", {}),
    ("attribute", {"attribute": "persona"}),
    ("codes", {}),
    ("emotions", {}),
    ("emotions", {"emotions": "emotions"}),
    ("stages", {}),
)


@pytest.fixture(scope="module")
def matrix_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1,000 documents of four kinds (interviews with two-speaker turns), 300 codes in
    a tree, 200 cases with persona/segment/channel, 50,000 segments with one or two
    codes, emotions, stages and three coders (at scale 1)."""
    path = tmp_path_factory.mktemp("matrix") / "matrix.teema"
    rng = random.Random(11)
    paragraphs = finnish_paragraphs()
    n_docs, n_segments, n_codes, n_cases = scaled(1000), scaled(50_000), 300, scaled(200)
    chars = 10_000
    with Project.create(path, coder="bench") as p:
        with p.transaction():
            codes: list[int] = []
            parents: list[int] = []
            for i in range(n_codes):
                parent = rng.choice(parents) if parents and i % 5 else None
                code = p.codes.create(f"Koodi {i}", parent_id=parent).id
                if parent is None:
                    parents.append(code)
                codes.append(code)
            cases = [p.cases.create(f"Osallistuja {i}").id for i in range(n_cases)]
            for case in cases:
                p.attributes.set("case", case, "persona", rng.choice("ABCDE"), "category")
                p.attributes.set("case", case, "segment", rng.choice(("B2C", "B2B")), "category")
                channel = rng.choice(("myymälä", "verkko", "sovellus"))
                p.attributes.set("case", case, "channel", channel, "category")
            docs = []
            for i in range(n_docs):
                kind = KINDS[i % len(KINDS)]
                text = make_text(rng, paragraphs, chars)
                turns = []
                if kind == "interview":
                    case = rng.choice(cases)
                    for k, start in enumerate(range(0, len(text) - 500, 500)):
                        speaker = k % 2 == 0
                        turns.append(
                            NewTurn(
                                start, start + 500, "H" if speaker else "V",
                                "interviewer" if speaker else "participant",
                                case_id=None if speaker else case,
                            )
                        )  # fmt: skip
                doc = p.documents.add(f"Dokumentti {i}", text, kind=kind, language="fi",
                                      turns=turns).id  # fmt: skip
                docs.append(doc)
                for case in rng.sample(cases, rng.choice((1, 1, 2))):
                    p.documents.link_case(doc, case)
        coders = [p.coders.ensure(f"Koodaaja {i}").id for i in range(3)]
        emotions = [e.id for e in p.schemes.emotions()]
        stages = [s.id for s in p.schemes.stages()]
        with p.transaction():
            for _ in range(n_segments):
                start = rng.randrange(0, chars - 400)
                p.segments.add(
                    rng.choice(docs), start, start + rng.randrange(20, 400),
                    code_ids=rng.sample(codes, rng.choice((1, 1, 2))),
                    emotion_id=rng.choice(emotions) if rng.random() < 0.7 else None,
                    stage_id=rng.choice(stages) if rng.random() < 0.6 else None,
                    coder_id=rng.choice(coders),
                )  # fmt: skip
    return path


@pytest.mark.parametrize("count", ["segments", "documents", "participants"])
@pytest.mark.parametrize(
    ("columns", "options"), COLUMNS, ids=["documents", "cases", "attribute", "codes",
                                          "families", "emotions", "stages"]
)  # fmt: skip
def test_matrix(benchmark, matrix_project: Path, columns: str, options: dict, count: str) -> None:  # type: ignore[no-untyped-def,type-arg]
    with Project.open(matrix_project, readonly=True, check="quick_check") as p:
        table = benchmark.pedantic(
            lambda: crosstab(p, columns=columns, count=count, **options),
            rounds=5,
            iterations=1,
            warmup_rounds=1,
        )
        assert len(table.row_keys) == 300
        assert table.total > 0
        if count == "segments" and columns == "documents":
            assert table.total == scaled(50_000)
        benchmark.extra_info["cells"] = len(table.row_keys) * len(table.column_keys)
