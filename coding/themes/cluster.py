"""Clustering the units' representation into themes.

Ward agglomerative clustering up to :data:`WARD_LIMIT` units: deterministic, and
the whole merge tree is kept, so the granularity slider cuts it at any number of
themes without clustering again. Above the limit Ward's quadratic memory is too
much and MiniBatchKMeans (fixed seed, so also reproducible) takes over; cutting
at another k then re-runs k-means (a few seconds for 50,000 units). k-means can
also be chosen below the limit: on SIB-200 it separates topics better than Ward
(see ``benchmarks/evaluate_themes.py``).

Theme numbers are canonical: 0 is the largest theme, ties broken by the first
unit in it, so the same input gives identical themes every time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np
from numpy.typing import NDArray
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.cluster import KMeans, MiniBatchKMeans

Method = Literal["auto", "ward", "kmeans"]
#: Above this many units, "auto" uses MiniBatchKMeans instead of Ward.
WARD_LIMIT = 10_000
SEED = 0


def canonical(labels: NDArray[np.int_]) -> NDArray[np.int_]:
    """Renumber clusters by size (largest first), then by their first member."""
    values, first, counts = np.unique(labels, return_index=True, return_counts=True)
    order = sorted(range(len(values)), key=lambda i: (-counts[i], first[i]))
    mapping = np.empty(int(values.max()) + 1 if len(values) else 0, dtype=np.int64)
    for new, i in enumerate(order):
        mapping[values[i]] = new
    return mapping[labels] if len(labels) else labels.astype(np.int64)


@dataclass
class ClusterTree:
    """The clustering of one set of units, to be cut at any number of themes."""

    matrix: NDArray[np.float64]
    method: Literal["ward", "kmeans"]
    linkage: NDArray[np.float64] | None = None
    _cuts: dict[int, NDArray[np.int_]] = field(default_factory=dict, repr=False)

    @property
    def size(self) -> int:
        return int(self.matrix.shape[0])

    def cut(self, k: int) -> NDArray[np.int_]:
        """Theme number (0 = largest) of each unit with ``k`` themes (fewer when there
        are fewer distinct units)."""
        n = self.size
        k = max(1, min(int(k), n))
        cached = self._cuts.get(k)
        if cached is not None:
            return cached
        if n <= 1:
            labels = np.zeros(n, dtype=np.int64)
        elif self.linkage is not None:
            labels = fcluster(self.linkage, t=k, criterion="maxclust")
        else:
            labels = kmeans(self.matrix, k)
        out = canonical(np.asarray(labels, dtype=np.int64))
        self._cuts[k] = out
        return out


def kmeans(matrix: NDArray[np.float64], k: int) -> NDArray[np.int_]:
    """k-means with a fixed seed: full k-means for small sets, MiniBatchKMeans above
    :data:`WARD_LIMIT` units."""
    if matrix.shape[0] > WARD_LIMIT:
        model: KMeans | MiniBatchKMeans = MiniBatchKMeans(
            n_clusters=k, random_state=SEED, n_init=3, batch_size=4096
        )
    else:
        model = KMeans(n_clusters=k, random_state=SEED, n_init=10)
    return np.asarray(model.fit_predict(matrix), dtype=np.int64)


def build_tree(matrix: NDArray[np.float64], method: Method = "auto") -> ClusterTree:
    """Cluster ``matrix`` (one row per unit). Ward keeps its merge tree."""
    auto: Literal["ward", "kmeans"] = "ward" if matrix.shape[0] <= WARD_LIMIT else "kmeans"
    chosen = auto if method == "auto" else method
    tree = ClusterTree(np.ascontiguousarray(matrix, dtype=np.float64), chosen)
    if chosen == "ward" and matrix.shape[0] >= 2:
        tree.linkage = linkage(tree.matrix, method="ward", optimal_ordering=False)
    return tree
