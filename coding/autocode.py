"""Code all hits of a search: a preview the researcher reviews, then one action.

:func:`preview` turns search hits into candidate passages (the hit itself, its
sentence or its paragraph; hits inside the same passage become one candidate)
and says which already carry the code, so the review dialog can leave those
unticked. :func:`code_passages` codes the chosen ones in one transaction; the
window runs it inside ``session.apply`` so a single Ctrl+Z takes it all back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coding.search import SearchHit

if TYPE_CHECKING:
    from workbench.project import Project

SCOPES = ("hit", "sentence", "paragraph")


@dataclass(frozen=True)
class Candidate:
    document_id: int
    document_name: str
    start: int
    end: int
    text: str
    #: the passage already is a segment with this code
    already_coded: bool
    #: how many hits it contains
    hits: int = 1


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    begin = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    return begin, len(text) if stop < 0 else stop


def _sentence(project: Project, text: str, hit: SearchHit) -> tuple[int, int]:
    """The sentence around a hit from the processing cache (the paragraph when the
    document is not processed)."""
    table = project.nlp.get(hit.document_id)
    if table is None or not len(table):
        return _paragraph(text, hit.start, hit.end)
    import numpy as np

    first = int(np.searchsorted(table.starts, hit.start, side="right")) - 1
    last = int(np.searchsorted(table.starts, hit.end, side="left")) - 1
    sents = table.sents
    s_first = int(sents[max(0, int(np.searchsorted(sents, max(first, 0), side="right")) - 1)])
    nxt = int(np.searchsorted(sents, max(last, 0), side="right"))
    s_last = int(sents[nxt]) - 1 if nxt < len(sents) else len(table) - 1
    start, end = int(table.starts[s_first]), int(table.ends[s_last])
    return min(start, hit.start), max(end, hit.end)


def preview(
    project: Project, hits: Sequence[SearchHit], code_id: int, *, scope: str = "hit"
) -> list[Candidate]:
    """The passages coding ``hits`` with ``code_id`` would make, in hit order."""
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope!r} (one of {SCOPES})")
    spans: dict[tuple[int, int, int], list[SearchHit]] = {}
    texts: dict[int, str] = {}
    for hit in hits:
        if scope == "hit":
            key = (hit.document_id, hit.start, hit.end)
        else:
            if hit.document_id not in texts:
                texts[hit.document_id] = project.documents.text(hit.document_id)
            text = texts[hit.document_id]
            span = (
                _paragraph(text, hit.start, hit.end)
                if scope == "paragraph"
                else _sentence(project, text, hit)
            )
            key = (hit.document_id, *span)
        spans.setdefault(key, []).append(hit)
    out: list[Candidate] = []
    for (document_id, start, end), group in spans.items():
        existing = project.segments.find(document_id, start, end)
        text = (
            group[0].text
            if scope == "hit"
            else texts.get(document_id, project.documents.text(document_id))[start:end]
        )
        out.append(
            Candidate(
                document_id,
                group[0].document_name,
                start,
                end,
                text,
                existing is not None and code_id in existing.code_ids,
                len(group),
            )
        )
    return out


def code_passages(project: Project, passages: Iterable[Candidate], code_id: int) -> list[int]:
    """Code every passage with ``code_id`` in one transaction (reusing a segment
    with exactly that span); returns the segment ids."""
    project.codes.get(code_id)
    with project.transaction():
        return [project.segments.code(p.document_id, p.start, p.end, code_id).id for p in passages]
