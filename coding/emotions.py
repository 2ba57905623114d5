"""Emotion suggestions: ranked Plutchik families for a passage, never applied unasked.

The models ship with Teema in ``resources/models`` (trained on XED, CC BY 4.0,
see ``ATTRIBUTION.md`` there) and are read lazily on first use, never from the
network and never by unpickling. A suggestion is a hint: the window shows it
and writes an emotion only when the researcher accepts it (:func:`apply_suggestions`,
one undoable action when wrapped in ``project.undo.record``).

Confidence is the calibrated probability that the family applies to the passage
(Platt scaling on out-of-fold decisions), so 0.6 means "right about 6 times in
10 on subtitle sentences"; on long interview passages it is an over-estimate,
which is why the window presents it as a hint. Only the family is suggested:
XED has no intensity labels, so the emotion is applied at the family's middle
intensity with its default valence, which the researcher can then adjust.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from coding.emotion_model import EmotionModel, ModelError

if TYPE_CHECKING:
    from workbench.project import Project

__all__ = [
    "MODELS_DIR",
    "Candidate",
    "EmotionHint",
    "ModelError",
    "apply_suggestions",
    "load_model",
    "review_candidates",
    "suggest",
    "suggest_many",
    "suggest_work",
    "supported",
]

MODELS_DIR = Path(__file__).resolve().parent.parent / "resources" / "models"
#: the intensity an accepted suggestion gets (XED says nothing about intensity)
DEFAULT_INTENSITY = 2
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_models: dict[tuple[Path, str], EmotionModel] = {}
_lock = threading.Lock()


@dataclass(frozen=True)
class EmotionHint:
    """One suggested Plutchik family with its calibrated confidence (0-1)."""

    family: str
    confidence: float


@dataclass(frozen=True)
class Candidate:
    """A segment without an emotion, as read (on the GUI thread) for batch review."""

    segment_id: int
    document_id: int
    text: str
    language: str


def supported(language: str) -> bool:
    """Whether a model ships for ``language`` ('fi', 'en')."""
    return (MODELS_DIR / f"emotions-{language}.npz").exists()


def load_model(language: str, models_dir: Path | None = None) -> EmotionModel:
    """The model for ``language``, read once per process (thread-safe)."""
    folder = models_dir or MODELS_DIR
    key = (folder, language)
    with _lock:
        if key not in _models:
            _models[key] = EmotionModel.load(folder / f"emotions-{language}.npz")
        return _models[key]


def sentences(text: str) -> list[str]:
    """A passage split at sentence ends; interview passages run to several sentences
    while the model learnt from single subtitle lines."""
    return [s for s in _SENTENCE_END.split(" ".join(text.split())) if s] or [text]


def _passage_scores(model: EmotionModel, texts: Sequence[str]) -> np.ndarray:
    """Per passage, the mean of its sentences' family probabilities (on the demo
    corpus this ranks the labelled emotion first more often than scoring the
    passage as one line: 28 % against 22 %)."""
    parts: list[str] = []
    owners: list[int] = []
    for i, text in enumerate(texts):
        split = sentences(text)
        parts += split
        owners += [i] * len(split)
    scores = model.scores(parts)
    out = np.zeros((len(texts), scores.shape[1]))
    counts = np.zeros(len(texts))
    np.add.at(out, np.asarray(owners, dtype=np.int64), scores)
    np.add.at(counts, np.asarray(owners, dtype=np.int64), 1.0)
    return out / np.maximum(counts, 1.0)[:, None]


def suggest_many(
    texts: Sequence[str], language: str, *, top: int = 3, models_dir: Path | None = None
) -> list[list[EmotionHint]]:
    """The ``top`` families for each text, most likely first. Texts in a language
    without a model, and texts with no word the model knows, get no hints."""
    if not texts or not (models_dir or supported(language)):
        return [[] for _ in texts]
    model = load_model(language, models_dir)
    scores = _passage_scores(model, texts)
    families = model.families
    out: list[list[EmotionHint]] = []
    for text, row in zip(texts, scores, strict=True):
        if not model.knows(text):
            out.append([])
            continue
        order = np.argsort(-row, kind="stable")[:top]
        out.append([EmotionHint(families[j], round(float(row[j]), 3)) for j in order])
    return out


def suggest(
    text: str, language: str, *, top: int = 3, models_dir: Path | None = None
) -> list[EmotionHint]:
    """The ``top`` (default 3) Plutchik families for one passage, most likely first."""
    return suggest_many([text], language, top=top, models_dir=models_dir)[0]


# -- batch review ------------------------------------------------------------------------


def review_candidates(project: Project, document_id: int | None = None) -> list[Candidate]:
    """Segments with no emotion yet (of one document, or all), in document order,
    with the language of their document. Reads the project: call on its thread."""
    docs = project.documents.list()
    if document_id is not None:
        docs = [d for d in docs if d.id == document_id]
    return [
        Candidate(s.id, d.id, s.text, d.language)
        for d in docs
        for s in project.segments.for_document(d.id)
        if s.emotion_id is None and s.text.strip()
    ]


def suggest_work(
    candidates: Sequence[Candidate], *, top: int = 3, batch: int = 64
) -> Callable[[Callable[[int, int, str], None], Callable[[], bool]], dict[int, list[EmotionHint]]]:
    """A job ``run(progress, cancelled)`` suggesting for ``candidates`` off the GUI
    thread (it only reads the texts given, never the project); returns
    ``{segment id: hints}`` for those done before a cancel."""

    def run(
        progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]
    ) -> dict[int, list[EmotionHint]]:
        result: dict[int, list[EmotionHint]] = {}
        total = len(candidates)
        for lo in range(0, total, batch):
            if cancelled():
                break
            chunk = candidates[lo : lo + batch]
            for language in dict.fromkeys(c.language for c in chunk):
                group = [c for c in chunk if c.language == language]
                hints = suggest_many([c.text for c in group], language, top=top)
                result.update((c.segment_id, h) for c, h in zip(group, hints, strict=True))
            progress(min(lo + batch, total), total, "")
        return result

    return run


def apply_suggestions(project: Project, choices: Iterable[tuple[int, str]]) -> int:
    """Give each ``(segment id, family)`` the family's emotion (middle intensity, its
    default valence) through the domain API; returns how many segments changed.
    The caller wraps this in one undo record (the window's ``session.apply``)."""
    changed = 0
    for segment_id, family in choices:
        emotion = project.schemes.emotion(family, DEFAULT_INTENSITY)
        if project.segments.get(segment_id).emotion_id != emotion.id:
            project.segments.update(segment_id, emotion_id=emotion.id)
            changed += 1
    return changed
