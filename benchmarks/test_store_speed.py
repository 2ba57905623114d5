"""Store speed targets (2-core machine): import >= 50 txt documents/s; open a project
of 1,000 documents / 10 M characters / 50,000 segments < 0.5 s; the segments of one
document < 5 ms (index-served).

Run:  .venv/bin/python -m pytest benchmarks --benchmark-only --benchmark-columns=min,median,max
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from benchmarks.conftest import finnish_paragraphs, make_text, scaled
from workbench.importers.batch import import_files
from workbench.project import Project


@pytest.fixture(scope="module")
def txt_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """200 transcripts of 20 kB each, speaker turns and all."""
    folder = tmp_path_factory.mktemp("txt")
    rng = random.Random(3)
    paragraphs = finnish_paragraphs()
    files = []
    for i in range(scaled(200)):
        path = folder / f"haastattelu_{i:03}.txt"
        path.write_text(make_text(rng, paragraphs, 20_000), encoding="utf-8")
        files.append(path)
    return files


def test_import_200_txt_documents(benchmark, txt_files: list[Path], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    counter = iter(range(1_000_000))

    def run() -> int:
        with Project.create(tmp_path / f"import{next(counter)}.teema") as p:
            results = import_files(p, txt_files)
        assert all(r.status == "imported" for r in results)
        return len(results)

    n = benchmark.pedantic(run, rounds=3, iterations=1)
    benchmark.extra_info["documents"] = n
    if benchmark.stats is not None:  # None under --benchmark-disable (smoke runs)
        benchmark.extra_info["docs_per_s"] = round(n / benchmark.stats.stats.median, 1)


def test_open_big_project(benchmark, big_project: Path) -> None:  # type: ignore[no-untyped-def]
    def run() -> int:
        p = Project.open(big_project)
        n = p.info().segments
        p.close()
        return n

    segments = benchmark.pedantic(run, rounds=5, iterations=1, warmup_rounds=1)
    assert segments == scaled(50_000)
    benchmark.extra_info["file_mb"] = round(big_project.stat().st_size / 2**20, 1)
    benchmark.extra_info["check"] = "integrity_check"


def test_segments_of_one_document(benchmark, big_project: Path) -> None:  # type: ignore[no-untyped-def]
    with Project.open(big_project, readonly=True, check="quick_check") as p:
        docs = [d.id for d in p.documents.list()]
        plan = p.conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM segments WHERE document_id = ? "
            'ORDER BY start, "end", id',
            (docs[0],),
        ).fetchall()
        benchmark.extra_info["query_plan"] = "; ".join(row[-1] for row in plan)
        assert any("USING INDEX segments_document" in row[-1] for row in plan)
        rng = random.Random(1)
        segments = benchmark(lambda: p.segments.for_document(rng.choice(docs)))
        assert isinstance(segments, list)
