"""The emotion journey: how customers felt at each journey stage, computed from
coded segments (the same figures the journey view draws and the client
summary charts).

Per stage: the mean valence (−2..+2) of the segments coded with that stage and
a valence, with n and the standard deviation; the mix of emotion families; the
pain points (most negative passages) and moments of delight (most positive).
A segment counts once however many codes it carries. Filters are retrieval's,
so the journey can be drawn for one segment, persona or channel.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from statistics import fmean, pstdev
from typing import TYPE_CHECKING

from coding.retrieval import RetrievalFilter, RetrievedSegment, retrieve

if TYPE_CHECKING:
    from workbench.project import Project

#: pain points and delights listed under each stage
MOMENTS = 3


@dataclass(frozen=True)
class StageFigures:
    stage_id: int
    key: str
    label: str
    #: segments coded with the stage (with or without a valence)
    segments: int
    #: segments with a valence, which the mean is over
    n: int
    mean_valence: float | None
    sd: float | None
    #: Plutchik family -> segments, in wheel order, families present only
    emotions: dict[str, int]
    pain_points: tuple[RetrievedSegment, ...]
    delights: tuple[RetrievedSegment, ...]


def _moments(rows: list[RetrievedSegment], sign: int) -> tuple[RetrievedSegment, ...]:
    chosen = [r for r in rows if r.segment.valence is not None and r.segment.valence * sign > 0]
    # strongest first; among equals, longer passages say more, then document order
    chosen.sort(key=lambda r: (-abs(r.segment.valence or 0), -len(r.text), r.segment.id))
    return tuple(chosen[:MOMENTS])


def emotion_journey(
    project: Project,
    flt: RetrievalFilter | None = None,
    *,
    stage_ids: list[int] | None = None,
    language: str | None = None,
    rows: list[RetrievedSegment] | None = None,
) -> list[StageFigures]:
    """Figures for every journey stage (or ``stage_ids``), in journey order; a
    stage with no segments is included with n = 0 so the curve has a gap, not a
    missing step. ``rows`` skips the retrieval when the caller already has it."""
    language = language or project.language
    if rows is None:
        rows = retrieve(project, flt, context=0)
    family = {e.id: e.family for e in project.schemes.emotions()}
    order = {f: i for i, f in enumerate(dict.fromkeys(family.values()))}
    by_stage: dict[int, list[RetrievedSegment]] = {}
    for row in rows:
        if row.segment.stage_id is not None:
            by_stage.setdefault(row.segment.stage_id, []).append(row)
    out: list[StageFigures] = []
    for stage in project.schemes.stages():
        if stage_ids is not None and stage.id not in stage_ids:
            continue
        members = by_stage.get(stage.id, [])
        valences = [r.segment.valence for r in members if r.segment.valence is not None]
        mix = Counter(
            family[r.segment.emotion_id] for r in members if r.segment.emotion_id in family
        )
        out.append(
            StageFigures(
                stage_id=stage.id,
                key=stage.key,
                label=stage.label(language),
                segments=len(members),
                n=len(valences),
                mean_valence=fmean(valences) if valences else None,
                sd=pstdev(valences) if len(valences) > 1 else None,
                emotions=dict(sorted(mix.items(), key=lambda kv: order[kv[0]])),
                pain_points=_moments(members, -1),
                delights=_moments(members, +1),
            )
        )
    return out
