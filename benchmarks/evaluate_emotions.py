"""Evaluate the emotion suggestions against XED and the demo corpus labels.

    .venv/bin/python benchmarks/evaluate_emotions.py DATA_DIR [--corpus CORPUS_DIR]
        [--out emotions.json] [--seed 42] [--lemmas]

DATA_DIR is the shared data folder (holding ``xed/``) or the XED folder itself.
For Finnish and English: an 80/20 split by sentence (fixed seed), the model
trained on the 80 % exactly as ``tools/train_emotions.py`` trains the shipped
one, and on the 20 %: macro-F1 (multi-label; a family is predicted when its
regression's balanced decision is positive, and the top family always), per-
family F1, top-1 and top-3 hit (any true family ranked first / in the top 3),
and the calibration error of the confidences. ``--lemmas`` also measures
Finnish with Voikko lemma features added (needs ``spacy_fi_experimental_web_md``),
to show what the lemmatiser would add; the shipped model does without it.
With ``--corpus`` (default: ``DATA_DIR/../corpus``) the shipped models are
also checked out of domain on the demo corpus's labelled passages.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coding.emotion_model import XED_FAMILIES, EmotionModel, features, fit, read_xed  # noqa: E402
from coding.emotions import _passage_scores, load_model  # noqa: E402


def split(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """80/20 by sentence (each XED sentence is one row after merging duplicates)."""
    order = np.random.default_rng(seed).permutation(n)
    cut = round(n * 0.8)
    return np.sort(order[:cut]), np.sort(order[cut:])


def f1(truth: np.ndarray, pred: np.ndarray) -> float:
    tp = float((truth & pred).sum())
    denominator = float(truth.sum() + pred.sum())
    return 2 * tp / denominator if denominator else 0.0


def calibration_error(probabilities: np.ndarray, truth: np.ndarray, bins: int = 10) -> float:
    """Expected calibration error over every (sentence, family) confidence."""
    p, y = probabilities.ravel(), truth.ravel().astype(float)
    which = np.minimum((p * bins).astype(int), bins - 1)
    error = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            error += mask.mean() * abs(p[mask].mean() - y[mask].mean())
    return float(error)


def measure(model: EmotionModel, texts: list[str], truth: np.ndarray) -> dict[str, Any]:
    probabilities = model.scores(texts)
    cut = 1.0 / (1.0 + np.exp(-model.platt_b))
    pred = probabilities >= cut
    pred[np.arange(len(texts)), probabilities.argmax(axis=1)] = True
    ranked = np.argsort(-probabilities, axis=1, kind="stable")
    rows = np.arange(len(texts))[:, None]
    per_class = {f: round(f1(truth[:, j], pred[:, j]), 4) for j, f in enumerate(XED_FAMILIES)}
    return {
        "test_sentences": len(texts),
        "macro_f1": round(float(np.mean(list(per_class.values()))), 4),
        "micro_f1": round(f1(truth, pred), 4),
        "top1_hit": round(float(truth[rows, ranked[:, :1]].any(axis=1).mean()), 4),
        "top3_hit": round(float(truth[rows, ranked[:, :3]].any(axis=1).mean()), 4),
        "calibration_error": round(calibration_error(probabilities, truth), 4),
        "per_class_f1": per_class,
    }


def lemma_analyzer(texts: list[str]) -> Callable[[str], list[str]]:
    """Features plus Voikko lemmas (parser and NER off), precomputed for ``texts``."""
    import spacy

    nlp = spacy.load("spacy_fi_experimental_web_md", exclude=["parser", "ner"])
    lemmas = {
        text: ["l:" + t.lemma_.lower() for t in doc if t.is_alpha]
        for text, doc in zip(texts, nlp.pipe(texts, batch_size=256), strict=True)
    }
    return lambda text: features(text) + lemmas.get(text, [])


def evaluate_xed(xed: Path, language: str, seed: int, lemmas: bool) -> dict[str, Any]:
    texts, labels = read_xed(xed / f"{language}-annotated.tsv")
    train, test = split(len(texts), seed)
    started = time.perf_counter()
    model = fit([texts[i] for i in train], labels[train], seed=seed)
    result = measure(model, [texts[i] for i in test], labels[test])
    result.update(
        train_sentences=len(train),
        features=len(model.vocabulary),
        seconds=round(time.perf_counter() - started, 1),
    )
    if lemmas:
        analyzer = lemma_analyzer(texts)
        with_lemmas = fit([texts[i] for i in train], labels[train], seed=seed, analyzer=analyzer)
        result["with_lemmas"] = measure(with_lemmas, [texts[i] for i in test], labels[test])
    return result


def evaluate_corpus(corpus: Path) -> dict[str, Any]:
    """Top-1/top-3 hit of the shipped models on the demo corpus's passages whose
    labelled emotion is not 'none' (the English interviews are H7 and H8)."""
    with (corpus / "labels.csv").open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["emotion"] not in ("", "none")]
    result: dict[str, Any] = {}
    hits1 = hits3 = 0
    for language in ("fi", "en"):
        mine = [r for r in rows if r["file"].startswith("interview") == (language == "en")]
        scores = _passage_scores(load_model(language), [r["text"] for r in mine])
        ranked = [[XED_FAMILIES[j] for j in np.argsort(-s, kind="stable")] for s in scores]
        h1 = sum(r["emotion"] == order[0] for r, order in zip(mine, ranked, strict=True))
        h3 = sum(r["emotion"] in order[:3] for r, order in zip(mine, ranked, strict=True))
        hits1, hits3 = hits1 + h1, hits3 + h3
        result[language] = {
            "passages": len(mine),
            "top1_hit": round(h1 / len(mine), 4),
            "top3_hit": round(h3 / len(mine), 4),
        }
    result["all"] = {
        "passages": len(rows),
        "top1_hit": round(hits1 / len(rows), 4),
        "top3_hit": round(hits3 / len(rows), 4),
    }
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--out", type=Path, default=Path("emotions-evaluation.json"))
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--lemmas", action="store_true")
    parser.add_argument("--languages", nargs="+", default=["fi", "en"])
    args = parser.parse_args(argv)
    xed = args.data_dir / "xed" if (args.data_dir / "xed").is_dir() else args.data_dir
    report: dict[str, Any] = {"seed": args.seed, "split": "80/20 by sentence", "xed": {}}
    for language in args.languages:
        lemmas = args.lemmas and language == "fi"
        report["xed"][language] = evaluate_xed(xed, language, args.seed, lemmas)
        print(language, json.dumps(report["xed"][language], ensure_ascii=False), flush=True)
    corpus = args.corpus or args.data_dir.resolve().parent / "corpus"
    if (corpus / "labels.csv").exists():
        report["demo_corpus"] = evaluate_corpus(corpus)
        print("demo corpus", json.dumps(report["demo_corpus"]))
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
