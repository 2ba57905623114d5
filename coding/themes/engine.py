"""From tokenised units to candidate themes: represent, cluster, label.

:func:`build_model` is the expensive part (representation and, for Ward, the
merge tree); :meth:`ThemeModel.themes` cuts it at any number of themes and
labels each, cheaply, so the granularity slider never clusters again.
:func:`run_themes` is the background job's work: tokens (from the processing
cache where :func:`coding.themes.units.cached_tables` found them, else spaCy),
then build. Everything here is plain computation (no store, no Qt): the caller
collects the units and their cached tables on the thread that owns the project
and stores the result there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from coding.themes.cluster import ClusterTree, Method, build_tree
from coding.themes.label import KEYWORDS, QUOTES, c_tf_idf, representatives
from coding.themes.represent import Settings, Tokenised, content_lemmas, keyword_lemmas, represent
from coding.themes.tokenise import JobCancelled, unit_tokens
from coding.themes.units import Unit

if TYPE_CHECKING:
    from workbench.domain.nlp_cache import TokenTable

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
DEFAULTS = Settings()
#: The number of themes when none is asked for.
DEFAULT_K = 10


@dataclass(frozen=True)
class Theme:
    """One candidate theme of a cut: its keywords, its units (indices into the
    model's units) and its representative units, closest to its centre first."""

    keywords: tuple[str, ...]
    members: tuple[int, ...]
    quotes: tuple[int, ...]

    @property
    def label(self) -> str:
        return ", ".join(self.keywords[:3])


@dataclass
class ThemeModel:
    """The clustered units, ready to be cut at any number of themes."""

    units: list[Unit]
    terms: list[list[str]]
    keyterms: list[list[str]]
    tree: ClusterTree
    settings: Settings
    has_vectors: bool
    _themes: dict[int, list[Theme]] = field(default_factory=dict, repr=False)

    @property
    def matrix(self) -> NDArray[np.float64]:
        return self.tree.matrix

    @property
    def method(self) -> str:
        return self.tree.method

    def labels(self, k: int) -> NDArray[np.int_]:
        return self.tree.cut(k)

    def themes(self, k: int) -> list[Theme]:
        """The themes of a cut at ``k``, largest first."""
        cached = self._themes.get(k)
        if cached is not None:
            return cached
        labels = self.labels(k)
        count = int(labels.max()) + 1 if len(labels) else 0
        groups: list[list[str]] = [[] for _ in range(count)]
        for i, theme in enumerate(labels):
            groups[theme].extend(self.keyterms[i])
        keywords = c_tf_idf(groups, KEYWORDS)
        themes = [
            Theme(
                tuple(keywords[t]),
                tuple(int(i) for i in np.flatnonzero(labels == t)),
                tuple(representatives(self.matrix, labels, t, QUOTES)),
            )
            for t in range(count)
        ]
        self._themes[k] = themes
        return themes

    def parameters(self, k: int) -> dict[str, object]:
        """What reproduces this run (stored with it)."""
        return {
            "k": k,
            "method": self.method,
            "has_vectors": self.has_vectors,
            **asdict(self.settings),
        }


def build_model(
    units: Sequence[Unit],
    tokens: Sequence[Tokenised],
    settings: Settings = DEFAULTS,
    method: Method = "auto",
) -> ThemeModel:
    matrix = represent(tokens, settings)
    has_vectors = any(t.vector is not None for unit in tokens for t in unit)
    return ThemeModel(
        list(units),
        [content_lemmas(u) for u in tokens],
        [keyword_lemmas(u) for u in tokens],
        build_tree(matrix, method),
        settings,
        has_vectors and settings.vector_weight > 0,
    )


def run_themes(
    units: Sequence[Unit],
    settings: Settings = DEFAULTS,
    method: Method = "auto",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    tables: Mapping[int, TokenTable] | None = None,
) -> ThemeModel:
    """The background job: the units' tokens (80 % of the progress bar), then
    represent and cluster them. ``tables`` are the processed documents' token
    tables (document id -> table, see :func:`coding.themes.units.cached_tables`):
    their units are read from them, the rest tokenised with spaCy. Raises
    JobCancelled when cancelled."""
    total = len(units)

    def tokenising(done: int, _total: int, _msg: str) -> None:
        if progress is not None:
            progress(done * 8 // 10, total, "")

    tokens = unit_tokens(
        [u.text for u in units],
        [u.language for u in units],
        [(u.document_id, u.start, u.end) for u in units],
        tables or {},
        tokenising,
        cancelled,
    )
    if cancelled is not None and cancelled():
        raise JobCancelled()
    model = build_model(units, tokens, settings, method)
    if progress is not None:
        progress(total, total, "")
    return model
