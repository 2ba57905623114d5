"""Train the shipped emotion models from XED and write them to resources/models.

    .venv/bin/python tools/train_emotions.py XED_DIR [--out resources/models]

XED_DIR holds ``fi-annotated.tsv`` and ``en-annotated.tsv`` (Helsinki-NLP/XED,
``AnnotatedData/``). The models are trained on all annotated sentences (the
80/20 figures come from ``benchmarks/evaluate_emotions.py``), are deterministic
for the same data, and are written as ``emotions-{fi,en}.npz`` (numeric arrays,
no pickle) beside ``ATTRIBUTION.md`` (XED is CC BY 4.0, so its attribution must
travel with any model trained on it).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coding.emotion_model import fit, read_xed  # noqa: E402

ATTRIBUTION = """\
# Emotion models: data attribution

`emotions-fi.npz` and `emotions-en.npz` are linear models (TF-IDF of words and
character n-grams, one logistic regression per Plutchik family) trained by
`tools/train_emotions.py` on the XED dataset:

Öhman, E., Pàmies, M., Kajava, K. and Tiedemann, J. (2020). "XED: A
Multilingual Dataset for Sentiment Analysis and Emotion Detection". In
*Proceedings of the 28th International Conference on Computational Linguistics
(COLING 2020)*. Data: Helsinki-NLP/XED (https://github.com/Helsinki-NLP/XED),
`AnnotatedData/fi-annotated.tsv` and `en-annotated.tsv`, licensed under
Creative Commons Attribution 4.0 International (CC BY 4.0,
https://creativecommons.org/licenses/by/4.0/).

Changes: the annotated sentences were turned into feature weights (no sentence
is stored in the model files); XED's labels 1-8 map to Plutchik's families
anger, anticipation, disgust, fear, joy, sadness, surprise and trust.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("xed_dir", type=Path, help="folder with {fi,en}-annotated.tsv")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "models")
    parser.add_argument("--max-features", type=int, default=30000)
    parser.add_argument("--languages", nargs="+", default=["fi", "en"])
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for language in args.languages:
        started = time.perf_counter()
        texts, labels = read_xed(args.xed_dir / f"{language}-annotated.tsv")
        model = fit(texts, labels, max_features=args.max_features)
        model.meta.update(
            language=language,
            trained_on=f"XED {language}-annotated.tsv, {len(texts)} sentences",
            licence="CC BY 4.0, see ATTRIBUTION.md",
        )
        path = args.out / f"emotions-{language}.npz"
        model.save(path)
        print(
            f"{language}: {len(texts)} sentences, {len(model.vocabulary)} features, "
            f"{path.stat().st_size / 1e6:.2f} MB, {time.perf_counter() - started:.0f} s -> {path}"
        )
    (args.out / "ATTRIBUTION.md").write_text(ATTRIBUTION, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
