"""The units a researcher clusters: coded segments, interviewees' speaker turns,
paragraphs or survey answers, filtered by document kind, case attributes and codes.

Filters reuse :class:`coding.retrieval.RetrievalFilter` (its ``kinds``,
``document_ids``, ``case_ids``, ``case_attributes``, ``code_ids`` and
``include_subcodes``), so the Themes panel and the Retrieval panel mean the same
thing by them. Coded segments go through :func:`coding.retrieval.retrieve`
itself; for turns, paragraphs and answers a code condition means "overlaps a
segment coded with one of these codes", and a case condition tests the turn's
own case (a survey respondent, a focus-group speaker) or else the document's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, get_args

from coding.retrieval import RetrievalFilter, cases_passing, expand_codes, retrieve

if TYPE_CHECKING:
    from workbench.domain.nlp_cache import TokenTable
    from workbench.project import Project

UnitKind = Literal["segments", "turns", "paragraphs", "answers"]
UNIT_KINDS: tuple[str, ...] = get_args(UnitKind)
#: Paragraphs and answers shorter than this many letters carry no theme ("ok", "-").
MIN_LETTERS = 3
_PARAGRAPH = re.compile(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*\Z)", re.DOTALL)


@dataclass(frozen=True)
class Unit:
    """One piece of text to cluster: a span of a document (code points, end
    exclusive), the segment it is when it is one, and its document's language."""

    document_id: int
    start: int
    end: int
    text: str
    language: str = "fi"
    segment_id: int | None = None


def _letters(text: str) -> int:
    return sum(1 for c in text if c.isalpha())


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each blank-line-separated paragraph, trimmed of white space."""
    for m in _PARAGRAPH.finditer(text):
        yield m.start(), m.end()


def collect_units(
    project: Project, kind: UnitKind = "segments", flt: RetrievalFilter | None = None
) -> list[Unit]:
    """The units of ``kind`` that pass ``flt``, in document order, then text order.
    Runs on the thread that owns the project (it reads the store)."""
    flt = flt or RetrievalFilter()
    if kind not in UNIT_KINDS:
        raise ValueError(f"unknown unit kind {kind!r}")
    if kind == "segments":
        return _segments(project, flt)
    return _spans(project, kind, flt)


def _segments(project: Project, flt: RetrievalFilter) -> list[Unit]:
    languages = {d.id: d.language for d in project.documents.list()}
    return [
        Unit(r.segment.document_id, r.segment.start, r.segment.end, r.text,
             languages.get(r.segment.document_id, "fi"), r.segment.id)
        for r in retrieve(project, flt, context=0)
        if _letters(r.text) >= MIN_LETTERS
    ]  # fmt: skip


def _coded_spans(project: Project, flt: RetrievalFilter) -> dict[int, list[tuple[int, int]]] | None:
    """document id -> spans coded with one of the filter's codes (None = no condition)."""
    if not flt.code_ids:
        return None
    codes = expand_codes(project, flt.code_ids, flt.include_subcodes)
    out: dict[int, list[tuple[int, int]]] = {}
    for s in project.queries.segments(code_ids=codes):
        out.setdefault(s.document_id, []).append((s.start, s.end))
    return out


def _spans(project: Project, kind: UnitKind, flt: RetrievalFilter) -> list[Unit]:
    documents = [
        d
        for d in project.documents.list()
        if (not flt.kinds or d.kind in flt.kinds)
        and (not flt.document_ids or d.id in flt.document_ids)
        and (kind != "answers" or d.kind == "survey_answer")
    ]
    ids = {d.id for d in documents}
    turns = project.queries.turns(ids)
    document_cases = project.queries.document_cases()
    cases_ok = cases_passing(project, flt.case_attributes)
    coded = _coded_spans(project, flt)
    out: list[Unit] = []
    texts = project.queries.texts(document_ids=ids)
    by_id = {d.id: d for d in documents}
    for doc_id, _name, text in texts:
        doc = by_id[doc_id]
        doc_turns = turns.get(doc_id, [])
        if kind == "turns":
            spans = [(t.start, t.end, t.case_id) for t in doc_turns if t.role == "participant"]
        elif kind == "answers" and doc_turns:  # a per-column survey: each answer is a turn
            spans = [(t.start, t.end, t.case_id) for t in doc_turns]
        elif kind == "answers":
            spans = [(0, len(text), None)]
        else:
            spans = [(s, e, None) for s, e in paragraphs(text)]
        for start, end, case_id in spans:
            piece = text[start:end]
            if _letters(piece) < MIN_LETTERS:
                continue
            cases = (case_id,) if case_id is not None else document_cases.get(doc_id, ())
            if flt.case_ids and flt.case_ids.isdisjoint(cases):
                continue
            if cases_ok is not None and cases_ok.isdisjoint(cases):
                continue
            if coded is not None and not any(
                s < end and start < e for s, e in coded.get(doc_id, ())
            ):
                continue
            out.append(Unit(doc_id, start, end, piece, doc.language))
    return out


def cached_tables(project: Project, units: Sequence[Unit]) -> dict[int, TokenTable]:
    """The processing cache's token tables of the units' documents that are
    processed and up to date (same text, language and model), by document id.
    Runs on the thread that owns the project; the units of documents left out
    are tokenised when clustered (:func:`coding.themes.engine.run_themes`)."""
    from coding.nlp.processing import collect_pending

    ids = sorted({u.document_id for u in units})
    if not ids:
        return {}
    stale = {d.document_id for d in collect_pending(project, ids)}
    return project.nlp.many(i for i in ids if i not in stale)
