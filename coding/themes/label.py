"""What a theme is called and what shows it: class-based TF-IDF keywords and the
units closest to its centre.

c-TF-IDF treats each theme as one document (the lemmas of all its units): a
term's frequency in the theme, normalised by the theme's length, times
``log(1 + A / f)`` where ``A`` is the mean number of terms per theme and ``f``
the term's frequency over all themes (Grootendorst 2022, BERTopic). Words
frequent everywhere sink; words particular to one theme rise. Keywords are drawn
from nouns, proper nouns and adjectives.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

#: Keywords per theme.
KEYWORDS = 8
#: Representative quotes per theme (fewer when the theme is smaller).
QUOTES = 5


def c_tf_idf(classes: Sequence[Sequence[str]], top: int = KEYWORDS) -> list[list[str]]:
    """The ``top`` keywords of each class, given the terms of each class (a flat list
    with repeats). Ties are broken alphabetically, so the result is deterministic."""
    counts = [Counter(terms) for terms in classes]
    total = Counter[str]()
    for c in counts:
        total.update(c)
    if not total:
        return [[] for _ in classes]
    mean_len = sum(total.values()) / max(1, sum(1 for c in counts if c))
    out: list[list[str]] = []
    for c in counts:
        size = sum(c.values())
        if not size:
            out.append([])
            continue
        scored = [
            (-(n / size) * float(np.log1p(mean_len / total[term])), term) for term, n in c.items()
        ]
        scored.sort()
        out.append([term for _score, term in scored[:top]])
    return out


def representatives(
    matrix: NDArray[np.float64], labels: NDArray[np.int_], theme: int, count: int = QUOTES
) -> list[int]:
    """Row indices of the ``count`` units closest (cosine) to the theme's centroid,
    closest first; ties by position."""
    members = np.flatnonzero(labels == theme)
    if not len(members):
        return []
    rows = matrix[members]
    centroid = rows.mean(axis=0)
    norms = np.linalg.norm(rows, axis=1) * (np.linalg.norm(centroid) or 1.0)
    similarity = rows @ centroid / np.where(norms == 0, 1.0, norms)
    order = np.lexsort((members, -similarity))
    return [int(members[i]) for i in order[:count]]
