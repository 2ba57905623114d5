"""The emotion model's features, file format and scoring (no Qt, no network, no pickle).

One linear model per language: TF-IDF over word uni- and bigrams and character
2-5-grams inside words, with one logistic regression per Plutchik family.
Character n-grams carry Finnish inflection and compounding (*vihainen*,
*vihaiseksi*, *asiakaspalvelu*) without a lemmatiser, so suggestions work
whether or not the Finnish spaCy pipeline is installed, and the trainer and the
app featurise text with the same function below, so they cannot drift apart.

The shipped file is an ``.npz`` of plain numeric arrays (the vocabulary as UTF-8
bytes, metadata as UTF-8 JSON) read with ``allow_pickle=False``: loading a model
never runs code. Training (:func:`fit`) needs scikit-learn; scoring only numpy.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

from workbench.errors import TeemaError
from workbench.i18n import _

#: XED's label numbers 1-8, in order, as the project's Plutchik family keys.
XED_FAMILIES: tuple[str, ...] = (
    "anger",
    "anticipation",
    "disgust",
    "fear",
    "joy",
    "sadness",
    "surprise",
    "trust",
)
FORMAT = "teema-emotions/1"
_WORD = re.compile(r"\w+|[!?]")
_ARRAYS = ("vocabulary", "idf", "coef", "intercept", "platt_a", "platt_b", "meta")


class ModelError(TeemaError):
    """The emotion model file is missing, damaged or not in Teema's safe format."""


def features(text: str) -> list[str]:
    """The feature strings of ``text``: words, word pairs, in-word character n-grams
    and the ! and ? marks (exclamations and questions carry anger and surprise)."""
    tokens = _WORD.findall(unicodedata.normalize("NFC", text).lower())
    out = ["w:" + t for t in tokens]
    out += [f"b:{a} {b}" for a, b in pairwise(tokens)]
    for token in tokens:
        if token in ("!", "?"):
            continue
        padded = f" {token} "
        for n in range(2, 6):
            out += ["c:" + padded[i : i + n] for i in range(len(padded) - n + 1)]
    return out


@dataclass
class EmotionModel:
    """Weights of one language's model; ``scores`` gives calibrated probabilities."""

    vocabulary: list[str]
    idf: np.ndarray  # float32 (n_features,)
    coef: np.ndarray  # float16 (n_features, n_families)
    intercept: np.ndarray  # float32 (n_families,)
    platt_a: np.ndarray  # float32 (n_families,): P = sigmoid(a * decision + b)
    platt_b: np.ndarray
    meta: dict[str, Any] = field(default_factory=dict)
    #: text -> feature strings; the shipped models use :func:`features` (an
    #: evaluation may add lemma features, which the app never needs)
    analyzer: Callable[[str], list[str]] = features

    def __post_init__(self) -> None:
        self._index = {f: i for i, f in enumerate(self.vocabulary)}
        self._coef32 = self.coef.astype(np.float32)

    @property
    def families(self) -> tuple[str, ...]:
        return tuple(self.meta.get("families", XED_FAMILIES))

    def knows(self, text: str) -> bool:
        """Whether any feature of ``text`` is in the vocabulary (else: nothing to go on)."""
        return any(f in self._index for f in self.analyzer(text))

    def vectorise(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Sublinear TF-IDF, L2-normalised, as CSR parts (data, indices, indptr)."""
        data: list[float] = []
        indices: list[int] = []
        indptr = [0]
        idf = self.idf
        for text in texts:
            counts = Counter(
                i for f in self.analyzer(text) if (i := self._index.get(f)) is not None
            )
            cols = sorted(counts)
            values = [(1.0 + math.log(counts[c])) * float(idf[c]) for c in cols]
            norm = math.sqrt(sum(v * v for v in values)) or 1.0
            data += [v / norm for v in values]
            indices += cols
            indptr.append(len(indices))
        return (
            np.asarray(data, dtype=np.float32),
            np.asarray(indices, dtype=np.int64),
            np.asarray(indptr, dtype=np.int64),
        )

    def decisions(self, texts: Sequence[str]) -> np.ndarray:
        """The regressions' raw decision values, (len(texts), n_families)."""
        data, indices, indptr = self.vectorise(texts)
        out = np.tile(self.intercept, (len(texts), 1)).astype(np.float32)
        for row in range(len(texts)):
            lo, hi = indptr[row], indptr[row + 1]
            if hi > lo:
                out[row] += data[lo:hi] @ self._coef32[indices[lo:hi]]
        return out

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """Calibrated probability that each family applies, (len(texts), n_families)."""
        z = self.decisions(texts) * self.platt_a + self.platt_b
        return np.asarray(1.0 / (1.0 + np.exp(-z)), dtype=np.float64)

    # -- the file ---------------------------------------------------------------------

    def save(self, path: Path) -> None:
        meta = dict(self.meta, format=FORMAT)
        np.savez_compressed(
            path,
            vocabulary=np.frombuffer("\n".join(self.vocabulary).encode("utf-8"), np.uint8),
            idf=self.idf.astype(np.float32),
            coef=self.coef.astype(np.float16),
            intercept=self.intercept.astype(np.float32),
            platt_a=self.platt_a.astype(np.float32),
            platt_b=self.platt_b.astype(np.float32),
            meta=np.frombuffer(json.dumps(meta, ensure_ascii=False).encode("utf-8"), np.uint8),
        )

    @classmethod
    def load(cls, path: Path) -> EmotionModel:
        """Read a model written by :meth:`save`; anything else (a pickle, object
        arrays, wrong shapes) is refused with :class:`ModelError`."""
        refused = _("The emotion model {path} is not a valid Teema model file.").format(path=path)
        if path.suffix != ".npz":
            raise ModelError(refused)
        try:
            with np.load(path, allow_pickle=False) as npz:
                arrays = {name: npz[name] for name in _ARRAYS}
        except FileNotFoundError as exc:
            raise ModelError(_("The emotion model {path} is missing.").format(path=path)) from exc
        except (ValueError, KeyError, OSError, zipfile.BadZipFile) as exc:
            raise ModelError(refused) from exc
        try:
            meta = json.loads(arrays["meta"].tobytes().decode("utf-8"))
            vocabulary = arrays["vocabulary"].tobytes().decode("utf-8").split("\n")
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelError(refused) from exc
        n, k = len(vocabulary), len(meta.get("families", ()))
        shapes_ok = (
            meta.get("format") == FORMAT
            and k > 0
            and arrays["vocabulary"].dtype == np.uint8
            and arrays["idf"].shape == (n,)
            and arrays["coef"].shape == (n, k)
            and all(arrays[a].shape == (k,) for a in ("intercept", "platt_a", "platt_b"))
            and all(arrays[a].dtype.kind == "f" for a in _ARRAYS[1:6])
        )
        if not shapes_ok:
            raise ModelError(refused)
        return cls(
            vocabulary,
            arrays["idf"],
            arrays["coef"],
            arrays["intercept"],
            arrays["platt_a"],
            arrays["platt_b"],
            meta,
        )


def fit(
    texts: Sequence[str],
    labels: np.ndarray,
    *,
    max_features: int = 30000,
    c: float = 1.0,
    seed: int = 0,
    analyzer: Callable[[str], list[str]] = features,
) -> EmotionModel:
    """Train on ``texts`` with boolean ``labels`` (n, 8 XED families).

    Class weights are balanced, so a raw decision of 0 is the per-family cut used
    for multi-label predictions; the displayed confidence is Platt-scaled on
    out-of-fold decisions, so it estimates how often the family really applies.
    The vocabulary is pruned to the ``max_features`` strongest features and the
    regressions refitted on it, keeping the file small."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import KFold

    def train(vocab: list[str] | None) -> tuple[Any, np.ndarray, np.ndarray]:
        vec = TfidfVectorizer(
            analyzer=analyzer, sublinear_tf=True, min_df=2, vocabulary=vocab, dtype=np.float32
        )
        x = vec.fit_transform(texts)
        models = [
            LogisticRegression(C=c, class_weight="balanced", max_iter=2000).fit(x, labels[:, j])
            for j in range(labels.shape[1])
        ]
        coef = np.stack([m.coef_[0] for m in models], axis=1)
        intercept = np.array([m.intercept_[0] for m in models])
        return vec, coef, intercept

    vec, coef, _intercept = train(None)
    names = vec.get_feature_names_out()
    keep = np.sort(np.argsort(-np.abs(coef).max(axis=1), kind="stable")[:max_features])
    vocab = [str(names[i]) for i in keep]
    vec, coef, intercept = train(vocab)

    # out-of-fold decisions for calibration (same features, refitted per fold)
    x_all = vec.transform(texts)
    oof = np.zeros(labels.shape, dtype=np.float64)
    for tr, te in KFold(3, shuffle=True, random_state=seed).split(x_all):
        for j in range(labels.shape[1]):
            m = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
            m.fit(x_all[tr], labels[tr, j])
            oof[te, j] = m.decision_function(x_all[te])
    platt_a = np.zeros(labels.shape[1])
    platt_b = np.zeros(labels.shape[1])
    for j in range(labels.shape[1]):
        p = LogisticRegression(C=1e6, max_iter=1000).fit(oof[:, [j]], labels[:, j])
        platt_a[j], platt_b[j] = p.coef_[0, 0], p.intercept_[0]
    return EmotionModel(
        vocab,
        vec.idf_.astype(np.float32),
        coef.astype(np.float16),
        intercept.astype(np.float32),
        platt_a.astype(np.float32),
        platt_b.astype(np.float32),
        {"families": list(XED_FAMILIES), "features": len(vocab), "C": c},
        analyzer,
    )


def threshold(model: EmotionModel) -> np.ndarray:
    """Calibrated probability at raw decision 0: the multi-label cut per family."""
    return np.asarray(1.0 / (1.0 + np.exp(-model.platt_b)), dtype=np.float64)


def read_xed(path: Path) -> tuple[list[str], np.ndarray]:
    """Sentences and their boolean labels (n, 8) from an XED ``*-annotated.tsv``
    (``sentence<TAB>1, 3, 7``); a sentence listed twice gets the union of its labels."""
    rows: dict[str, set[int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        sentence, _tab, numbers = line.rpartition("\t")
        if sentence.strip():
            rows.setdefault(sentence, set()).update(int(n) for n in numbers.split(",") if n.strip())
    texts = list(rows)
    labels = np.zeros((len(texts), len(XED_FAMILIES)), dtype=bool)
    for i, text in enumerate(texts):
        for number in rows[text]:
            if 1 <= number <= len(XED_FAMILIES):
                labels[i, number - 1] = True
    return texts, labels
