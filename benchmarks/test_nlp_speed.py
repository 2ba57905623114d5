"""Finnish processing speed (2-core machine): >= 3,000 words/s in one process,
>= 4,000 with two. Real Finnish from the demo study; parser and NER off.

Run:  .venv/bin/python -m pytest benchmarks/test_nlp_speed.py --benchmark-only -s
"""

from __future__ import annotations

import multiprocessing
import random
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

import pytest

from benchmarks.conftest import SCALE, finnish_paragraphs, make_text, scaled
from coding.nlp import processing
from coding.nlp.processing import PendingDocument

#: about 60,000 words at full scale
DOCUMENTS = 40
CHARS = 12_000


@pytest.fixture(scope="module")
def documents() -> list[PendingDocument]:
    rng = random.Random(11)
    paragraphs = finnish_paragraphs()
    chars = max(500, int(CHARS * SCALE))
    return [
        PendingDocument(i, make_text(rng, paragraphs, chars), "fi")
        for i in range(scaled(DOCUMENTS))
    ]


def _words(documents: list[PendingDocument]) -> int:
    return sum(len(d.text.split()) for d in documents)


def test_finnish_processing_one_process(benchmark, documents: list[PendingDocument]) -> None:  # type: ignore[no-untyped-def]
    processing.warm(("fi",))
    result = benchmark.pedantic(processing.process_documents, args=(documents,), rounds=1)
    assert len(result.done) == len(documents)
    if benchmark.stats:
        rate = _words(documents) / benchmark.stats.stats.min
        benchmark.extra_info["words_per_s"] = round(rate)
        print(f"\nFinnish, one process: {rate:,.0f} words/s ({_words(documents)} words)")


@pytest.fixture(scope="module")
def pool() -> Iterator[ProcessPoolExecutor]:
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(2, mp_context=context, initializer=processing.warm) as executor:
        # Load the pipelines in both processes before timing.
        list(executor.map(processing.warm, [("fi",), ("fi",)]))
        yield executor


def test_finnish_processing_two_processes(  # type: ignore[no-untyped-def]
    benchmark, documents: list[PendingDocument], pool: ProcessPoolExecutor
) -> None:
    result = benchmark.pedantic(
        processing.process_in_processes, args=(documents, pool, 2), rounds=1
    )
    assert len(result.done) == len(documents)
    if benchmark.stats:
        rate = _words(documents) / benchmark.stats.stats.min
        benchmark.extra_info["words_per_s"] = round(rate)
        print(f"\nFinnish, two processes: {rate:,.0f} words/s ({_words(documents)} words)")
