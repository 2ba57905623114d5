"""Labelled and bulk text for the theme evaluation and benchmarks, tokenised once.

Tokenising 49,000 Finnish sentences with spaCy takes minutes, and the theme
benchmarks measure what comes after (representation, clustering, labelling), so
tokenised units are cached on disk as gzipped JSON (lemmas, POS and stop flags;
no pickle; the lemmas' vectors are looked up again on load) under
``TEEMA_BENCH_CACHE`` (default: the system's temporary folder), keyed by a hash
of the texts and their language.
"""

from __future__ import annotations

import bz2
import csv
import gzip
import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from coding.themes.represent import Token, Tokenised
from coding.themes.tokenise import tokenise, with_vectors

ROOT = Path(__file__).resolve().parent.parent
#: The shared labelled data beside the checkout (as tests.conftest.SHARED).
SHARED = ROOT.parent / "shared"


def read_tsv(path: Path) -> tuple[list[str], list[str]]:
    """(texts, labels) of a SIB-200 split."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [r["text"] for r in rows], [r["category"] for r in rows]


def read_sib(data: Path, language: str, splits: Sequence[str]) -> tuple[list[str], list[str]]:
    texts: list[str] = []
    labels: list[str] = []
    for split in splits:
        t, lab = read_tsv(data / "sib200" / f"{language}_Latn" / f"{split}.tsv")
        texts += t
        labels += lab
    return texts, labels


def read_banking(data: Path, split: str = "test") -> tuple[list[str], list[str]]:
    with (data / "banking77" / f"{split}.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return [r["text"] for r in rows], [r["category"] for r in rows]


def read_corpus_labels(corpus: Path) -> tuple[list[str], list[str], list[str]]:
    """(texts, themes, languages) of the corpus answer key's labelled passages."""
    with (corpus / "labels.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    english = ("interview_H7", "interview_H8")
    languages = ["en" if r["file"].startswith(english) else "fi" for r in rows]
    return [r["text"] for r in rows], [r["theme"] for r in rows], languages


def read_eduskunta(data: Path, limit: int | None = None) -> list[str]:
    with bz2.open(data / "eduskunta_vkk" / "train.csv.bz2", "rt", encoding="utf-8") as f:
        rows = csv.DictReader(f)
        texts = [r["sentence"] for r in rows]
    return texts[:limit] if limit else texts


def _cache_dir() -> Path:
    path = Path(os.environ.get("TEEMA_BENCH_CACHE", Path(tempfile.gettempdir()) / "teema-bench"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def tokenised(name: str, texts: Sequence[str], language: str) -> list[Tokenised]:
    """``texts`` tokenised (from the disk cache when the same texts were seen before)."""
    digest = hashlib.sha256("\0".join([language, *texts]).encode("utf-8")).hexdigest()[:16]
    stem = _cache_dir() / f"{name}-{language}-{digest}"
    lemmas = stem.with_suffix(".json.gz")
    if lemmas.exists():
        with gzip.open(lemmas, "rt", encoding="utf-8") as f:
            rows = json.load(f)
        bare = [[Token(r[0], r[1], bool(r[2])) for r in u] for u in rows]
        return with_vectors(bare, language) if language == "fi" else bare
    units = tokenise(list(texts), language)
    encoded = [[[t.lemma, t.pos, int(t.is_stop)] for t in unit] for unit in units]
    with gzip.open(lemmas, "wt", encoding="utf-8") as f:
        json.dump(encoded, f, ensure_ascii=False)
    return units
