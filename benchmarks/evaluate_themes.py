"""Evaluate theme clustering against labelled data: NMI and ARI of themes vs labels
with k = the number of labels, and keyword overlap.

    .venv/bin/python benchmarks/evaluate_themes.py ../shared/data [../shared/corpus]
        [--out themes-evaluation.json]

Datasets: SIB-200 Finnish and English (the test split, which was never used for
tuning, and all 1,004 rows), BANKING77 test (English), the corpus answer key
(312 passages, 10 themes, Finnish and English). Settings were tuned on SIB-200
Finnish train and dev only; those figures are printed too, marked "tuning".
Keyword overlap: themes and labels are matched with the Hungarian algorithm on
their contingency table; each theme's top-8 keywords are compared with its
label's own top-8 (c-TF-IDF over the gold grouping); the share found is
averaged over themes. Prints a table and writes the figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.themes_data import (
    read_banking,
    read_corpus_labels,
    read_sib,
    tokenised,
)
from coding.themes.engine import ThemeModel, build_model
from coding.themes.label import KEYWORDS, c_tf_idf
from coding.themes.represent import Tokenised
from coding.themes.units import Unit

METHODS = ("ward", "kmeans")


def keyword_overlap(model: ThemeModel, labels: Sequence[str], k: int) -> float:
    """Mean share of each theme's top-8 keywords found in its matched label's top-8."""
    names = sorted(set(labels))
    gold = [[w for i, lab in enumerate(labels) if lab == name for w in model.keyterms[i]]
            for name in names]  # fmt: skip
    gold_top = [set(words) for words in c_tf_idf(gold, KEYWORDS)]
    cut = model.labels(k)
    themes = model.themes(k)
    table = np.zeros((len(themes), len(names)))
    for theme, label in zip(cut, labels, strict=True):
        table[theme, names.index(label)] += 1
    rows, cols = linear_sum_assignment(-table)
    shares = [
        len(set(themes[r].keywords) & gold_top[c]) / max(1, len(themes[r].keywords))
        for r, c in zip(rows, cols, strict=True)
    ]
    return float(np.mean(shares)) if shares else 0.0


def evaluate(
    name: str, tokens: list[Tokenised], labels: list[str], overlap: bool = False
) -> dict[str, object]:
    k = len(set(labels))
    units = [Unit(0, 0, 1, "") for _ in tokens]
    row: dict[str, object] = {"dataset": name, "units": len(tokens), "k": k}
    for method in METHODS:
        started = time.perf_counter()
        model = build_model(units, tokens, method=method)  # type: ignore[arg-type]
        cut = model.labels(k)
        row[f"{method}_nmi"] = round(float(normalized_mutual_info_score(labels, cut)), 3)
        row[f"{method}_ari"] = round(float(adjusted_rand_score(labels, cut)), 3)
        if overlap:
            row[f"{method}_keyword_overlap"] = round(keyword_overlap(model, labels, k), 3)
        row[f"{method}_seconds"] = round(time.perf_counter() - started, 2)
    row["vectors"] = model.has_vectors
    return row


def datasets(data: Path, corpus: Path | None) -> list[tuple[str, list[Tokenised], list[str], bool]]:
    out: list[tuple[str, list[Tokenised], list[str], bool]] = []
    for lang, code in (("fin", "fi"), ("eng", "en")):
        parts = {s: read_sib(data, lang, [s]) for s in ("train", "dev", "test")}
        toks = {s: tokenised(f"sib-{s}", parts[s][0], code) for s in parts}
        overlap = code == "fi"
        if code == "fi":
            out.append(("SIB-200 fi train (tuning)", toks["train"], parts["train"][1], overlap))
            out.append(("SIB-200 fi dev (tuning)", toks["dev"], parts["dev"][1], overlap))
        out.append((f"SIB-200 {code} test", toks["test"], parts["test"][1], overlap))
        every = toks["train"] + toks["dev"] + toks["test"]
        labels = parts["train"][1] + parts["dev"][1] + parts["test"][1]
        out.append((f"SIB-200 {code} all rows", every, labels, overlap))
    texts, labels = read_banking(data, "test")
    out.append(("BANKING77 test", tokenised("banking-test", texts, "en"), labels, False))
    if corpus is not None:
        texts, themes, languages = read_corpus_labels(corpus)
        tokens: list[Tokenised] = [[] for _ in texts]
        for lang in ("fi", "en"):
            idx = [i for i, g in enumerate(languages) if g == lang]
            for i, unit in zip(idx, tokenised(f"corpus-{lang}", [texts[i] for i in idx], lang),
                               strict=True):  # fmt: skip
                tokens[i] = unit
        out.append(("Corpus A labels", tokens, themes, False))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="the shared data folder (sib200/, banking77/)")
    parser.add_argument("corpus", type=Path, nargs="?", help="the corpus folder (labels.csv)")
    parser.add_argument("--out", type=Path, default=Path("themes-evaluation.json"))
    args = parser.parse_args(argv)
    rows = [evaluate(*d) for d in datasets(args.data, args.corpus)]
    header = f"{'dataset':28} {'n':>5} {'k':>3}  {'Ward NMI':>8} {'ARI':>5}  {'k-means NMI':>11} {'ARI':>5}  keywords W/KM"  # noqa: E501
    print(header)
    for r in rows:
        kw = (
            f"{r['ward_keyword_overlap']:.0%} / {r['kmeans_keyword_overlap']:.0%}"
            if "ward_keyword_overlap" in r
            else ""
        )
        print(
            f"{r['dataset']:28} {r['units']:>5} {r['k']:>3}  {r['ward_nmi']:>8.3f} "
            f"{r['ward_ari']:>5.3f}  {r['kmeans_nmi']:>11.3f} {r['kmeans_ari']:>5.3f}  {kw}"
        )
    args.out.write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
