"""What a set of evidence segments adds up to: counts by document kind, the
participants behind it and the emotions it carries.

A segment counts once however many codes it has. Participants are cases as
retrieval attributes them: the case of the speaker turn a passage starts in,
else the document's cases (a survey answer's respondent, an interviewee).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import fmean, pstdev
from typing import TYPE_CHECKING

from coding.retrieval import RetrievalFilter, RetrievedSegment, retrieve
from workbench.model import DOCUMENT_KINDS

if TYPE_CHECKING:
    from workbench.project import Project


@dataclass(frozen=True)
class EvidenceSummary:
    segments: int
    documents: int
    participants: int
    #: document kind -> segments, every kind present (0 when none)
    segments_by_kind: dict[str, int]
    documents_by_kind: dict[str, int]
    #: Plutchik family -> segments, most frequent first
    emotions: dict[str, int]
    #: mean valence of the segments coded with one, and how many those are
    mean_valence: float | None
    valence_n: int
    valence_sd: float | None


class EvidenceIndex:
    """Retrieved rows of a project's segments, read once and summarised many
    times (a report summarises every theme and hypothesis from one index)."""

    def __init__(self, project: Project, segment_ids: Iterable[int] | None = None) -> None:
        self.project = project
        wanted = None if segment_ids is None else set(segment_ids)
        flt = RetrievalFilter()
        if wanted is not None:
            docs = {
                s.document_id for s in (project.segments.get(i) for i in wanted)
            } if len(wanted) < 500 else set()  # fmt: skip
            flt = RetrievalFilter(document_ids=frozenset(docs)) if docs else flt
        self.rows: dict[int, RetrievedSegment] = {
            r.segment.id: r
            for r in retrieve(project, flt)
            if wanted is None or r.segment.id in wanted
        }
        families = {e.id: e.family for e in project.schemes.emotions()}
        self._family = families
        self._case_ids = {c.name: c.id for c in project.cases.list()}

    def family(self, row: RetrievedSegment) -> str | None:
        emotion_id = row.segment.emotion_id
        return self._family.get(emotion_id) if emotion_id is not None else None

    def get(self, segment_ids: Sequence[int]) -> list[RetrievedSegment]:
        """The rows of ``segment_ids`` that exist, in the order given."""
        return [self.rows[i] for i in segment_ids if i in self.rows]

    def summary(self, segment_ids: Iterable[int]) -> EvidenceSummary:
        rows = self.get(list(dict.fromkeys(segment_ids)))
        by_kind = Counter(r.document_kind for r in rows)
        docs: dict[int, str] = {r.segment.document_id: r.document_kind for r in rows}
        docs_by_kind = Counter(docs.values())
        cases = {name for r in rows for name in r.case_names}
        emotions = Counter(f for r in rows if (f := self.family(r)) is not None)
        valences = [r.segment.valence for r in rows if r.segment.valence is not None]
        return EvidenceSummary(
            segments=len(rows),
            documents=len(docs),
            participants=len(cases),
            segments_by_kind={k: by_kind.get(k, 0) for k in DOCUMENT_KINDS},
            documents_by_kind={k: docs_by_kind.get(k, 0) for k in DOCUMENT_KINDS},
            emotions=dict(emotions.most_common()),
            mean_valence=fmean(valences) if valences else None,
            valence_n=len(valences),
            valence_sd=pstdev(valences) if len(valences) > 1 else None,
        )
