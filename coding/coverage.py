"""How much of each document is coded: the share of its characters inside at
least one coded segment (overlapping segments are merged, never counted twice)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.project import Project


@dataclass(frozen=True)
class Coverage:
    document_id: int
    name: str
    kind: str
    length: int
    #: code points inside at least one segment
    coded: int
    segments: int

    @property
    def share(self) -> float:
        """Coded share of the text, 0..1 (0 for an empty document)."""
        return self.coded / self.length if self.length else 0.0


def union_length(spans: list[tuple[int, int]]) -> int:
    """Total length of the union of half-open ``(start, end)`` spans."""
    total, reach = 0, -1
    for start, end in sorted(spans):
        if end <= reach:
            continue
        total += end - max(start, reach)
        reach = end
    return total


def coverage(project: Project, *, code_ids: Collection[int] | None = None) -> list[Coverage]:
    """Every document's coverage in document order; with ``code_ids``, only
    segments carrying one of those codes count."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for segment in project.queries.segments(code_ids=code_ids, text=False):
        spans.setdefault(segment.document_id, []).append((segment.start, segment.end))
    return [
        Coverage(
            d.id,
            d.name,
            d.kind,
            d.length,
            union_length(spans.get(d.id, [])),
            len(spans.get(d.id, [])),
        )
        for d in project.documents.list()
    ]
