"""What goes into the client summary: the themes ranked by evidence and votes,
their figures and quotes, the journey, and the study's facts — read from the
project once, before any of the document is written."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coding.evidence import EvidenceIndex, EvidenceSummary
from coding.journey import StageFigures, emotion_journey
from coding.quotes import Quote, choose_quotes
from workbench.domain.hypotheses import Hypothesis
from workbench.model import Code, Emotion

if TYPE_CHECKING:
    from workbench.project import Project

#: quotes printed under each theme
QUOTES = 5


@dataclass(frozen=True)
class Theme:
    name: str
    description: str
    color: str
    segment_ids: tuple[int, ...]
    evidence: EvidenceSummary
    votes: int
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class CodebookRow:
    code: Code
    depth: int
    segments: int


@dataclass(frozen=True)
class ReportContent:
    language: str
    name: str
    today: dt.date
    first_date: dt.date | None
    last_date: dt.date | None
    #: accepted themes when there are any, else top-level codes; ranked
    themes: tuple[Theme, ...]
    from_accepted_themes: bool
    emotions: tuple[Emotion, ...]
    overall: EvidenceSummary
    journey: tuple[StageFigures, ...]
    hypotheses: tuple[Hypothesis, ...]
    #: hypothesis id -> workshop dots on its sources
    hypothesis_votes: dict[int, int]
    documents_by_kind: dict[str, int]
    cases: int
    #: case attribute name -> value -> cases (category and text attributes)
    attributes: dict[str, dict[str, int]]
    coders: tuple[str, ...]
    codebook: tuple[CodebookRow, ...]


def rank_key(theme: Theme) -> tuple[int, int, int, str]:
    """Most evidence first (segments, then participants), then most dots."""
    return (-theme.evidence.segments, -theme.evidence.participants, -theme.votes, theme.name)


def _tree(codes: list[Code]) -> list[tuple[Code, int]]:
    children: dict[int | None, list[Code]] = {}
    for code in codes:
        children.setdefault(code.parent_id, []).append(code)
    out: list[tuple[Code, int]] = []

    def walk(parent: int | None, depth: int) -> None:
        for code in sorted(children.get(parent, []), key=lambda c: (c.position, c.id)):
            out.append((code, depth))
            walk(code.id, depth + 1)

    walk(None, 0)
    return out


def _themes(project: Project, index: EvidenceIndex) -> tuple[list[Theme], bool]:
    codes = {c.id: c for c in project.codes.list()}
    accepted = project.themes.accepted()
    themes: list[Theme] = []
    if accepted:
        totals = project.votes.theme_totals()
        for theme in accepted:
            ranks: dict[int, int] = {}
            if theme.code_id is not None:
                ids = [s.id for s in project.segments.for_code(theme.code_id,
                                                                include_subcodes=True)]  # fmt: skip
            else:
                ids = []
            if theme.candidate_id is not None:
                for unit in project.themes.units(theme.candidate_id):
                    if unit.segment_id is not None:
                        if theme.code_id is None:
                            ids.append(unit.segment_id)
                        if unit.quote_rank is not None:
                            ranks[unit.segment_id] = unit.quote_rank
            code = codes.get(theme.code_id) if theme.code_id is not None else None
            themes.append(_theme(index, theme.name, theme.description or (
                code.description if code else ""), code.color if code else "#4e79a7", ids,
                totals.get(theme.id, 0), ranks))  # fmt: skip
        return themes, True
    dots = project.votes.code_totals()
    for code in (c for c in codes.values() if c.parent_id is None):
        family = [code.id, *project.codes.descendants(code.id)]
        ids = [s.id for s in project.segments.for_code(code.id, include_subcodes=True)]
        votes = sum(dots.get(i, 0) for i in family)
        themes.append(_theme(index, code.name, code.description, code.color, ids, votes, {}))
    return themes, False


def _theme(
    index: EvidenceIndex,
    name: str,
    description: str,
    color: str,
    ids: list[int],
    votes: int,
    ranks: dict[int, int],
) -> Theme:
    unique = tuple(dict.fromkeys(ids))
    quotes = choose_quotes(index.get(list(unique)), QUOTES, ranks=ranks)
    return Theme(name, description, color, unique, index.summary(unique), votes, tuple(quotes))


def _attributes(project: Project) -> dict[str, dict[str, int]]:
    table = project.attributes.table("case")
    out: dict[str, dict[str, int]] = {}
    for attribute in project.attributes.list("case"):
        if attribute.type not in ("category", "text"):
            continue
        counts = Counter(
            str(values[attribute.name]) for values in table.values() if attribute.name in values
        )
        if counts and len(counts) <= 12:
            out[attribute.name] = dict(counts.most_common())
    return out


def collect(project: Project, language: str, today: dt.date | None = None) -> ReportContent:
    index = EvidenceIndex(project)
    themes, accepted = _themes(project, index)
    themes.sort(key=rank_key)
    documents = project.documents.list()
    dates = sorted(d.date for d in documents if d.date is not None)
    by_kind = Counter(d.kind for d in documents)
    counts = project.codes.counts()
    return ReportContent(
        language=language,
        name=project.name,
        today=today or dt.date.today(),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        themes=tuple(themes),
        from_accepted_themes=accepted,
        emotions=tuple(project.schemes.emotions()),
        overall=index.summary(index.rows),
        journey=tuple(emotion_journey(project, language=language, rows=list(index.rows.values()))),
        hypotheses=tuple(project.hypotheses.list()),
        hypothesis_votes=project.votes.hypothesis_totals(),
        documents_by_kind=dict(by_kind.most_common()),
        cases=len(project.cases.list()),
        attributes=_attributes(project),
        coders=tuple(c.name for c in project.coders.list()),
        codebook=tuple(
            CodebookRow(code, depth, counts.get(code.id, (0, 0))[0])
            for code, depth in _tree(project.codes.list())
        ),
    )
