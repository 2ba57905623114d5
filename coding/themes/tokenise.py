"""The adapter from text to :data:`coding.themes.represent.Tokenised` units.

Until the language cache (``coding.nlp``) lands, this loads the spaCy pipelines
itself: Finnish ``spacy_fi_experimental_web_md`` (Voikko lemmas, 300-d vectors)
and English ``spacy.blank("en")`` with the lookup lemmatizer from
``spacy-lookups-data`` (no tagger and no vectors: English units are clustered on
the LSA block alone). Parser and NER are left out: clustering needs neither and
they cost two to three times the time.

Documents the language cache (``coding.nlp``) has processed are not tokenised
again: :func:`from_table` reads a unit's lemmas and POS from its document's
:class:`~workbench.domain.nlp_cache.TokenTable`, stop words come from the
language's spaCy stop list (no model) and vectors from the Finnish pipeline's
vocabulary, by lemma. :func:`tokenise` runs spaCy only for units whose document
is not processed (yet). Both are pure: they run on a worker thread.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Mapping, Sequence
from contextlib import nullcontext
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from coding.themes.represent import Token, Tokenised
from workbench.domain.nlp_cache import UPOS
from workbench.errors import TeemaError
from workbench.i18n import _

if TYPE_CHECKING:
    from workbench.domain.nlp_cache import TokenTable

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


@lru_cache(maxsize=8)
def stop_words(language: str) -> frozenset[str]:
    """spaCy's stop list for ``language`` (English for a language spaCy lacks);
    imports the list only, loads no model."""
    name = language if language.isidentifier() else "en"
    try:
        module = importlib.import_module(f"spacy.lang.{name}.stop_words")
    except ImportError:
        module = importlib.import_module("spacy.lang.en.stop_words")
    return frozenset(module.STOP_WORDS)


def from_table(table: TokenTable, start: int, end: int, text: str) -> Tokenised:
    """The tokens of ``text`` (``[start, end)`` of the table's document) from the
    cache, without vectors: lemma and POS as processed; a stop word, as spaCy's
    ``is_stop``, when its lower-case surface form is on the language's stop list;
    punctuation left out, as :func:`tokenise` leaves it out."""
    stops = stop_words(table.language)
    span = table.span(start, end)
    out: Tokenised = []
    for s, e, term, pos in zip(
        table.starts[span].tolist(),
        table.ends[span].tolist(),
        table.terms[span].tolist(),
        table.pos[span].tolist(),
        strict=True,
    ):
        surface = text[s - start : e - start]
        tag = UPOS[pos]
        if tag in ("PUNCT", "SPACE") or not any(c.isalnum() for c in surface):
            continue
        out.append(Token(table.vocab[term].lemma, tag, surface.lower() in stops))
    return out


def _vector_source(language: str) -> tuple[Any, Any]:
    """(spaCy pipeline whose vocabulary has the vectors, or None; its lock) for
    cached units. Finnish only, like :func:`tokenise` (its English has no
    vectors). The processing pipeline is shared, so the model is loaded once."""
    if language != "fi":
        return None, nullcontext()
    from coding.nlp import pipelines

    loaded = pipelines.get_pipeline("fi")
    return loaded.nlp, loaded.lock


def unit_tokens(
    texts: Sequence[str],
    languages: Sequence[str],
    spans: Sequence[tuple[int, int, int]],
    tables: Mapping[int, TokenTable],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[Tokenised]:
    """The tokens of each unit: from its document's table in ``tables`` when
    there is one (``spans`` are (document id, start, end) per unit), else from
    :func:`tokenise`. Raises :class:`JobCancelled` when asked to stop."""
    out: list[Tokenised | None] = [None] * len(texts)
    by_language: dict[str, list[int]] = {}
    for i, (document_id, _start, _end) in enumerate(spans):
        table = tables.get(document_id)
        if table is not None:
            by_language.setdefault(table.language, []).append(i)
    for language, indices in sorted(by_language.items()):
        if cancelled is not None and cancelled():
            raise JobCancelled()
        nlp, lock = _vector_source(language)
        vectors: dict[str, Any] = {}
        with lock:
            for i in indices:
                document_id, start, end = spans[i]
                tokens = from_table(tables[document_id], start, end, texts[i])
                if nlp is not None:
                    tokens = [
                        t._replace(vector=lemma_vector(nlp, t.lemma, vectors)) for t in tokens
                    ]
                out[i] = tokens
    missing = [i for i, tokens in enumerate(out) if tokens is None]
    if missing:
        ready = len(texts) - len(missing)

        def tokenising(done: int, _total: int, message: str) -> None:
            if progress is not None:
                progress(ready + done, len(texts), message)

        fresh = tokenise(
            [texts[i] for i in missing], [languages[i] for i in missing], tokenising, cancelled
        )
        for i, tokens in zip(missing, fresh, strict=True):
            out[i] = tokens
    elif progress is not None:
        progress(len(texts), len(texts), "")
    return [u if u is not None else [] for u in out]
