"""The adapter from text to :data:`coding.themes.represent.Tokenised` units.

Until the language cache (``coding.nlp``) lands, this loads the spaCy pipelines
itself: Finnish ``spacy_fi_experimental_web_md`` (Voikko lemmas, 300-d vectors)
and English ``spacy.blank("en")`` with the lookup lemmatizer from
``spacy-lookups-data`` (no tagger and no vectors: English units are clustered on
the LSA block alone). Parser and NER are left out: clustering needs neither and
they cost two to three times the time. :func:`tokenise` is the one function to
point at ``coding.nlp`` when its cache exists.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from coding.themes.represent import Token, Tokenised
from workbench.errors import TeemaError
from workbench.i18n import _

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

FINNISH_MODEL = "spacy_fi_experimental_web_md"

_pipelines: dict[str, Any] = {}
_lock = threading.Lock()


class JobCancelled(TeemaError):
    """Raised inside long work when the user cancels it."""

    def __init__(self) -> None:
        super().__init__(_("Cancelled."))


def pipeline(language: str) -> Any:
    """The spaCy pipeline for ``language`` ('fi'; anything else uses English), loaded once."""
    import spacy

    key = "fi" if language == "fi" else "en"
    with _lock:
        nlp = _pipelines.get(key)
        if nlp is None:
            if key == "fi":
                nlp = spacy.load(FINNISH_MODEL, exclude=["parser", "ner"])
            else:
                nlp = spacy.blank("en")
                nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
                nlp.initialize()
            _pipelines[key] = nlp
    return nlp


def lemma_vector(nlp: Any, lemma: str, vectors: dict[str, Any]) -> Any:
    """The word vector of a lemma (None when the pipeline has no vectors). The
    Finnish vectors are floret (subword) vectors, so every lemma has one; keying
    by lemma rather than by inflected form put SIB-200 topics closer together.
    One array per distinct lemma, shared by all its occurrences."""
    if lemma in vectors:
        return vectors[lemma]
    vector = None
    if nlp.vocab.vectors.shape[0]:
        vector = np.asarray(nlp.vocab[lemma].vector, dtype=np.float32)
    vectors[lemma] = vector
    return vector


def with_vectors(units: Sequence[Tokenised], language: str) -> list[Tokenised]:
    """``units`` (lemmas and POS, e.g. from a cache) with their lemmas' vectors."""
    nlp = pipeline(language)
    vectors: dict[str, Any] = {}
    return [
        [Token(t.lemma, t.pos, t.is_stop, lemma_vector(nlp, t.lemma, vectors)) for t in unit]
        for unit in units
    ]


def _tokens(nlp: Any, doc: Any, vectors: dict[str, Any]) -> Tokenised:
    out: Tokenised = []
    for t in doc:
        if t.is_space or t.is_punct:
            continue
        lemma = t.lemma_.casefold()
        out.append(Token(lemma, t.pos_, bool(t.is_stop), lemma_vector(nlp, lemma, vectors)))
    return out


def tokenise(
    texts: Sequence[str],
    languages: Sequence[str] | str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    batch_size: int = 256,
) -> list[Tokenised]:
    """Lemmas, POS, stop flags and vectors of each text, in order. ``languages`` is
    one language for all, or one per text. Raises :class:`JobCancelled` when asked to stop."""
    langs = [languages] * len(texts) if isinstance(languages, str) else list(languages)
    out: list[Tokenised | None] = [None] * len(texts)
    vectors: dict[str, Any] = {}
    done = 0
    for key in sorted({"fi" if lang == "fi" else "en" for lang in langs}):
        nlp = pipeline(key)
        indices = [i for i, lang in enumerate(langs) if ("fi" if lang == "fi" else "en") == key]
        docs = nlp.pipe((texts[i] for i in indices), batch_size=batch_size)
        for i, doc in zip(indices, docs, strict=True):
            out[i] = _tokens(nlp, doc, vectors)
            done += 1
            if done % batch_size == 0:
                if cancelled is not None and cancelled():
                    raise JobCancelled()
                if progress is not None:
                    progress(done, len(texts), "")
    if progress is not None:
        progress(len(texts), len(texts), "")
    return [u if u is not None else [] for u in out]
