"""Theme speed targets (2-core machine): themes for 10,000 cached units <= 20 s
(Ward) and for 50,000 <= 15 s (MiniBatchKMeans), peak memory <= 2 GB.

"Cached" units are tokenised already (lemmas, POS and vectors), as the language
cache keeps them: what is measured is representation + clustering + labelling.
Units are sentences of Eduskunta-VKK (49,106 Finnish sentences, ../shared/data);
at full scale their tokenisation is cached on disk by benchmarks/themes_data.py
(the first run takes minutes), at 1 % scale the few sentences needed are
tokenised on the spot.

Run:  .venv/bin/python -m pytest benchmarks/test_themes_speed.py --benchmark-only \
          --benchmark-columns=min,median,max -s
"""

from __future__ import annotations

import tracemalloc

import pytest

from benchmarks.conftest import SCALE, scaled
from benchmarks.themes_data import SHARED, read_eduskunta, tokenised
from coding.themes.engine import build_model
from coding.themes.represent import Tokenised
from coding.themes.units import Unit

K = 15
MEMORY_LIMIT = 2 * 1024**3


@pytest.fixture(scope="module")
def eduskunta() -> list[Tokenised]:
    data = SHARED / "data"
    if SCALE >= 1:
        return tokenised("eduskunta", read_eduskunta(data), "fi")
    return tokenised("eduskunta-small", read_eduskunta(data, scaled(50_000)), "fi")


def _themes(tokens: list[Tokenised]) -> int:
    units = [Unit(0, 0, 1, "") for _ in tokens]
    model = build_model(units, tokens)
    return len(model.themes(K))


@pytest.mark.parametrize("size", [10_000, 50_000])
def test_themes_for_cached_units(benchmark, eduskunta: list[Tokenised], size: int) -> None:  # type: ignore[no-untyped-def]
    tokens = eduskunta[: scaled(size)]
    themes = benchmark.pedantic(_themes, args=(tokens,), rounds=1, iterations=1)
    assert 1 <= themes <= K


@pytest.mark.parametrize("size", [10_000, 50_000])
def test_themes_peak_memory(eduskunta: list[Tokenised], size: int) -> None:
    """Python-side peak (numpy reports its buffers to tracemalloc) while clustering."""
    tokens = eduskunta[: scaled(size)]
    tracemalloc.start()
    try:
        _themes(tokens)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    print(f"\npeak memory for {len(tokens)} units: {peak / 1024**2:.0f} MB")
    assert peak <= MEMORY_LIMIT
