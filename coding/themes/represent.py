"""How a unit of text becomes a point to cluster.

The representation the issue prescribes, measured better than spaCy's
``doc.vector`` (which averages stop words and punctuation): the LSA (about 100
dimensions, TruncatedSVD) of TF-IDF over *content* lemmas, joined with the
IDF-weighted mean of the content words' vectors. Each block is L2-normalised
before the two are concatenated, so neither dominates by scale; the vector
block's weight is a setting. Units without word vectors (the English blank
pipeline has none) are represented by the LSA block alone.

The input is a :data:`Tokenised` unit: a list of :class:`Token` (lemma, POS,
stop word?, vector or None). :mod:`coding.themes.tokenise` builds them with
spaCy; nothing here needs spaCy, so cached lemmas cluster without loading it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

#: Parts of speech that carry a theme (auxiliaries, pronouns, particles do not).
CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})
#: Parts of speech a theme's keywords are drawn from.
KEYWORD_POS = frozenset({"NOUN", "PROPN", "ADJ"})


class Token(NamedTuple):
    lemma: str
    pos: str
    is_stop: bool
    vector: NDArray[np.float32] | None = None


Tokenised = list[Token]


@dataclass(frozen=True)
class Settings:
    """The representation's knobs (defaults tuned on SIB-200 Finnish train/dev only)."""

    dims: int = 100
    min_df: int = 1
    max_df: float = 0.5
    sublinear_tf: bool = True
    #: weight of the word-vector block against the LSA block (both L2-normalised)
    vector_weight: float = 1.5
    #: above ``reduce_above`` units the vector block is reduced to this many
    #: dimensions (truncated SVD): Ward's time grows with the width (10,000 units:
    #: 13 s at 400 dimensions, 7 s at 200). Below, it is kept whole: on SIB-200
    #: train the reduction cost Ward 0.04 NMI.
    vector_dims: int = 100
    reduce_above: int = 5_000
    #: above this many units, terms in fewer than ``min_df + units // large_set``
    #: units are ignored (they cannot shape a theme there, and they slow the SVD)
    large_set: int = 20_000


DEFAULTS = Settings()


def _wordlike(lemma: str) -> bool:
    return len(lemma) > 1 and any(c.isalpha() for c in lemma) and not lemma.isdigit()


def is_content(token: Token) -> bool:
    """A content word: noun, proper noun, adjective or verb, no stop word, no number.
    A pipeline without a tagger (English blank) gives no POS: then every non-stop
    word counts."""
    if token.is_stop or not _wordlike(token.lemma):
        return False
    return token.pos in CONTENT_POS if token.pos else True


def is_keyword(token: Token) -> bool:
    """A keyword candidate: a content noun, proper noun or adjective (any content
    word when there is no POS)."""
    return is_content(token) and (token.pos in KEYWORD_POS if token.pos else True)


def content_lemmas(unit: Tokenised) -> list[str]:
    return [t.lemma for t in unit if is_content(t)]


def keyword_lemmas(unit: Tokenised) -> list[str]:
    return [t.lemma for t in unit if is_keyword(t)]


def _identity(terms: list[str]) -> list[str]:
    return terms


def lsa(terms: Sequence[list[str]], settings: Settings = DEFAULTS) -> NDArray[np.float64]:
    """Rows of L2-normalised LSA coordinates of TF-IDF over the given lemma lists.
    Falls back to looser document-frequency limits when a small set of units leaves
    too few terms, and to the TF-IDF itself when there is nothing to reduce."""
    n = len(terms)
    tfidf = None
    strict = settings.min_df + n // settings.large_set
    for min_df, max_df in ((strict, settings.max_df), (1, 1.0)):
        vectorizer = TfidfVectorizer(
            analyzer=_identity,
            min_df=min(min_df, max(1, n)),
            max_df=max_df if n > 2 else 1.0,
            sublinear_tf=settings.sublinear_tf,
            dtype=np.float64,
        )
        try:
            tfidf = vectorizer.fit_transform(terms)
        except ValueError:  # an empty vocabulary: try the looser limits
            continue
        if tfidf.shape[1] >= 2:
            break
    if tfidf is None:
        return np.zeros((n, 1))
    components = min(settings.dims, tfidf.shape[1] - 1, n - 1)
    if components < 2:
        return np.asarray(normalize(tfidf).toarray())
    svd = TruncatedSVD(n_components=components, algorithm="randomized", random_state=0)
    return np.asarray(normalize(svd.fit_transform(tfidf)))


def vector_means(
    units: Sequence[Tokenised], terms: Sequence[list[str]], dims: int = 0
) -> NDArray[np.float64]:
    """IDF-weighted mean of each unit's content-word vectors, reduced to ``dims``
    dimensions by a truncated SVD when given (and fewer than the vectors'), L2-normalised (a
    zero row for a unit without any). Zero columns when no unit has vectors."""
    n = len(units)
    df = Counter(lemma for unit_terms in terms for lemma in set(unit_terms))
    idf = {lemma: math.log((1 + n) / (1 + count)) + 1.0 for lemma, count in df.items()}
    dim = next((len(t.vector) for u in units for t in u if t.vector is not None), 0)
    out = np.zeros((n, dim))
    if not dim:
        return out
    for i, unit in enumerate(units):
        total = np.zeros(dim)
        weight = 0.0
        for token in unit:
            if token.vector is not None and is_content(token):
                w = idf.get(token.lemma, 1.0)
                total += w * token.vector
                weight += w
        if weight:
            out[i] = total / weight
    if 0 < dims < min(dim, n):
        out = TruncatedSVD(n_components=dims, random_state=0).fit_transform(out)
    return np.asarray(normalize(out))


def represent(units: Sequence[Tokenised], settings: Settings = DEFAULTS) -> NDArray[np.float64]:
    """The matrix to cluster: one row per unit (LSA block, then the weighted vector
    block when the units have vectors)."""
    terms = [content_lemmas(u) for u in units]
    if not units:
        return np.zeros((0, 1))
    blocks = [lsa(terms, settings)]
    dims = settings.vector_dims if len(units) > settings.reduce_above else 0
    vectors = vector_means(units, terms, dims)
    if vectors.shape[1] and settings.vector_weight > 0:
        blocks.append(settings.vector_weight * vectors)
    return np.hstack(blocks)
