"""Benchmark fixtures. ``TEEMA_BENCH_SCALE`` (default 1.0) shrinks the data for a
quick smoke run: the test suite runs every benchmark once at 1 % scale so they
never rot; the figures in issue notes come from full-scale runs."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from workbench.project import Project

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo"
SCALE = float(os.environ.get("TEEMA_BENCH_SCALE", "1.0"))


def scaled(n: int) -> int:
    return max(2, int(n * SCALE))


def finnish_paragraphs() -> list[str]:
    """Real Finnish transcript and report paragraphs from the bundled demo study."""
    paragraphs: list[str] = []
    for path in sorted(DEMO.glob("*.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n\n") if len(p) > 80]
    return paragraphs


def make_text(rng: random.Random, paragraphs: list[str], chars: int) -> str:
    out: list[str] = []
    size = 0
    while size < chars:
        p = rng.choice(paragraphs)
        out.append(p)
        size += len(p) + 2
    return "\n\n".join(out)[:chars]


@pytest.fixture(scope="session")
def big_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1,000 documents, 10 million characters, 50,000 coded segments (at scale 1)."""
    path = tmp_path_factory.mktemp("big") / "big.teema"
    rng = random.Random(7)
    paragraphs = finnish_paragraphs()
    n_docs, n_segments, n_codes = scaled(1000), scaled(50_000), 50
    chars = 10_000
    with Project.create(path, coder="bench") as p:
        with p.transaction():
            codes = [p.codes.create(f"Koodi {i}").id for i in range(n_codes)]
            docs = [
                p.documents.add(
                    f"Haastattelu {i}",
                    make_text(rng, paragraphs, chars),
                    kind="interview",
                    language="fi",
                ).id
                for i in range(n_docs)
            ]
        with p.transaction():
            emotions = [e.id for e in p.schemes.emotions()]
            for _ in range(n_segments):
                start = rng.randrange(0, chars - 400)
                p.segments.add(
                    rng.choice(docs),
                    start,
                    start + rng.randrange(20, 400),
                    code_ids=rng.sample(codes, rng.choice((1, 1, 2))),
                    emotion_id=rng.choice(emotions),
                )
    return path
