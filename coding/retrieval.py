"""Retrieval: the coded passages that meet a set of conditions, with what a
researcher needs beside each quote (document, case, speaker, codes, emotion,
stage and a little context).

Conditions the store can test (codes, emotions, stages, touchpoints, coders,
document kinds) go into one SQL query; the rest (cases and their attributes,
speakers, words in the quote) are tested in Python over lookup tables read
once. The number of queries does not grow with the number of segments: all
50,000 segments of the benchmark study come back in about 0.6 s on a two-core
machine, and filtered lists in a fraction of that.

Within one condition the values are alternatives ("anger or sadness"); the
conditions themselves must all hold. An empty set means "no condition".
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Mapping
from contextlib import closing
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from coding.search import context_after, context_before
from workbench.model import AttributeScalar, Segment, Turn

if TYPE_CHECKING:
    from workbench.project import Project

#: Characters of context on each side of a quote, before trimming to whole words.
CONTEXT = 120


def attribute_text(value: AttributeScalar | str) -> str:
    """How an attribute value reads in a filter: 9.0 as '9', a date as YYYY-MM-DD."""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, str):
        return value
    return value.isoformat()


def attribute_sort_key(text: str) -> tuple[int, float, str]:
    """Order attribute values as a person would: numbers by value (NPS 2 before 10),
    then text alphabetically."""
    try:
        return (0, float(text), "")
    except ValueError:
        return (1, 0.0, text.casefold())


@dataclass(frozen=True)
class RetrievalFilter:
    """What to retrieve. Every field left empty lets everything through."""

    code_ids: frozenset[int] = frozenset()
    #: codes count with every code below them in the codebook tree
    include_subcodes: bool = True
    #: Plutchik families ('anger', 'joy' ...), any intensity
    emotion_families: frozenset[str] = frozenset()
    #: single emotions (family at one intensity); alternatives to the families
    emotion_ids: frozenset[int] = frozenset()
    stage_ids: frozenset[int] = frozenset()
    touchpoint_ids: frozenset[int] = frozenset()
    kinds: frozenset[str] = frozenset()
    document_ids: frozenset[int] = frozenset()
    #: attribute name -> accepted values; a segment passes when one of its cases
    #: has an accepted value for every attribute named (values as filters show them,
    #: see attribute_text(): NPS 9 is '9')
    case_attributes: Mapping[str, frozenset[str]] = field(default_factory=dict)
    case_ids: frozenset[int] = frozenset()
    #: speaker of the turn a segment starts in
    speakers: frozenset[str] = frozenset()
    #: role of that turn ('participant' = interviewees only); segments outside any
    #: speaker turn (survey answers, notes) have no role and drop out
    speaker_roles: frozenset[str] = frozenset()
    coder_ids: frozenset[int] = frozenset()
    #: words the quote contains (ignoring case)
    text: str = ""

    def is_empty(self) -> bool:
        return self == RetrievalFilter(include_subcodes=self.include_subcodes)


@dataclass(frozen=True, slots=True)
class RetrievedSegment:
    """One coded passage with everything shown beside it. ``before``/``after`` (the
    context) are cut from the document text when read, so a list of 50,000 costs
    nothing for the rows nobody looks at; the text itself is shared, not copied."""

    segment: Segment
    document_name: str
    document_kind: str
    case_names: tuple[str, ...]
    speaker: str | None
    speaker_role: str | None
    #: codebook paths ('Parent / Child') in codebook order
    code_names: tuple[str, ...]
    emotion: str | None
    stage: str | None
    touchpoint: str | None
    coder: str | None
    document_text: str = field(default="", repr=False, compare=False)
    context: int = CONTEXT

    @property
    def text(self) -> str:
        return self.segment.text

    @property
    def before(self) -> str:
        return context_before(self.document_text, self.segment.start, self.context)

    @property
    def after(self) -> str:
        return context_after(self.document_text, self.segment.end, self.context)


def starting_turn(turns: list[Turn], starts: list[int], position: int, end: int) -> Turn | None:
    """The turn a passage starting at ``position`` belongs to: the one containing it,
    or else the first turn that begins inside the passage (a passage may start on
    the speaker's label). ``starts`` are the turns' start positions."""
    i = bisect_right(starts, position) - 1
    if i >= 0 and turns[i].start <= position < turns[i].end:
        return turns[i]
    if i + 1 < len(turns) and turns[i + 1].start < end:
        return turns[i + 1]
    return None


def expand_codes(project: Project, code_ids: Collection[int], subcodes: bool) -> set[int]:
    if not subcodes:
        return set(code_ids)
    children: dict[int | None, list[int]] = {}
    for code in project.codes.list():
        children.setdefault(code.parent_id, []).append(code.id)
    found, stack = set(), list(code_ids)
    while stack:
        code_id = stack.pop()
        if code_id not in found:
            found.add(code_id)
            stack.extend(children.get(code_id, ()))
    return found


def emotion_ids_of(project: Project, flt: RetrievalFilter) -> set[int] | None:
    if not (flt.emotion_families or flt.emotion_ids):
        return None
    return set(flt.emotion_ids) | {
        e.id for e in project.schemes.emotions() if e.family in flt.emotion_families
    }


def cases_passing(
    project: Project, conditions: Mapping[str, Collection[AttributeScalar | int]]
) -> set[int] | None:
    """Ids of the cases meeting every attribute condition (None = no condition)."""
    wanted = {
        name.casefold(): {attribute_text(float(v) if isinstance(v, int) else v) for v in values}
        for name, values in conditions.items()
    }
    if not wanted:
        return None
    passing = set()
    for case_id, values in project.attributes.table("case").items():
        have = {name.casefold(): attribute_text(v) for name, v in values.items()}
        if all(have.get(name) in accepted for name, accepted in wanted.items()):
            passing.add(case_id)
    return passing


class _Labels:
    """Every name a result row shows, read once per retrieval; tuples of names are
    memoised because the same code and case combinations recur thousands of times."""

    def __init__(self, project: Project) -> None:
        language = project.language
        codes = project.codes.list()
        self.code_rank = {c.id: i for i, c in enumerate(codes)}
        self.code_paths: dict[int, str] = {}
        for code in codes:  # parents come before their children
            parent = self.code_paths.get(code.parent_id) if code.parent_id is not None else None
            self.code_paths[code.id] = f"{parent} / {code.name}" if parent else code.name
        self.documents = {d.id: (d.name, d.kind) for d in project.documents.list()}
        self.cases = {c.id: c.name for c in project.cases.list()}
        self.emotions = {e.id: e.label(language) for e in project.schemes.emotions()}
        self.stages = {s.id: s.label(language) for s in project.schemes.stages()}
        self.touchpoints = {t.id: t.label(language) for t in project.schemes.touchpoints()}
        self.coders = {c.id: c.name for c in project.coders.list()}
        self._code_names: dict[tuple[int, ...], tuple[str, ...]] = {}
        self._case_names: dict[tuple[int, ...], tuple[str, ...]] = {}

    def code_names(self, code_ids: tuple[int, ...]) -> tuple[str, ...]:
        names = self._code_names.get(code_ids)
        if names is None:
            ordered = sorted(code_ids, key=lambda c: self.code_rank.get(c, 0))
            names = self._code_names[code_ids] = tuple(self.code_paths[c] for c in ordered)
        return names

    def case_names(self, case_ids: tuple[int, ...]) -> tuple[str, ...]:
        names = self._case_names.get(case_ids)
        if names is None:
            names = tuple(self.cases[c] for c in case_ids if c in self.cases)
            self._case_names[case_ids] = names
        return names


def select_segments(
    project: Project, flt: RetrievalFilter, segments: list[Segment]
) -> list[tuple[Segment, Turn | None, tuple[int, ...]]]:
    """The segments passing the conditions SQL cannot test (speakers and cases),
    each with its starting turn and its cases."""
    queries = project.queries
    document_cases = queries.document_cases()
    turns = queries.turns({s.document_id for s in segments})
    starts = {doc: [t.start for t in ts] for doc, ts in turns.items()}
    cases_ok = cases_passing(project, flt.case_attributes)
    speakers = {s.casefold() for s in flt.speakers}
    kept: list[tuple[Segment, Turn | None, tuple[int, ...]]] = []
    for segment in segments:
        doc_turns = turns.get(segment.document_id)
        turn = (
            starting_turn(doc_turns, starts[segment.document_id], segment.start, segment.end)
            if doc_turns
            else None
        )
        if speakers and (turn is None or turn.speaker.casefold() not in speakers):
            continue
        if flt.speaker_roles and (turn is None or turn.role not in flt.speaker_roles):
            continue
        # A turn that names its case (a focus-group participant) speaks for that case.
        case_ids = (
            (turn.case_id,)
            if turn is not None and turn.case_id is not None
            else document_cases.get(segment.document_id, ())
        )
        if flt.case_ids and flt.case_ids.isdisjoint(case_ids):
            continue
        if cases_ok is not None and cases_ok.isdisjoint(case_ids):
            continue
        kept.append((segment, turn, case_ids))
    return kept


def query_segments(project: Project, flt: RetrievalFilter, *, text: bool = True) -> list[Segment]:
    """The segments passing the conditions SQL can test (codes, emotions, stages,
    touchpoints, coders, kinds, documents) and the words condition, in document
    order. ``text`` False leaves the segments' text out unless the words
    condition needs it (counting does not)."""
    segments = project.queries.segments(
        code_ids=expand_codes(project, flt.code_ids, flt.include_subcodes)
        if flt.code_ids
        else None,
        emotion_ids=emotion_ids_of(project, flt),
        stage_ids=flt.stage_ids or None,
        touchpoint_ids=flt.touchpoint_ids or None,
        coder_ids=flt.coder_ids or None,
        kinds=flt.kinds or None,
        document_ids=flt.document_ids or None,
        text=text or bool(flt.text),
    )
    if flt.text:
        needle = flt.text.casefold()
        segments = [s for s in segments if needle in s.text.casefold()]
    return segments


def retrieve(
    project: Project, flt: RetrievalFilter | None = None, *, context: int = CONTEXT
) -> list[RetrievedSegment]:
    """The segments ``flt`` lets through, in document order then text order, with
    ``context`` characters (about; whole words) of text on each side."""
    flt = flt or RetrievalFilter()
    queries = project.queries
    segments = query_segments(project, flt)
    kept = select_segments(project, flt, segments) if segments else []
    if not kept:
        return []
    labels = _Labels(project)
    out: list[RetrievedSegment] = []
    # One query streams the texts of the documents with hits, in the segments' order.
    texts = queries.texts(document_ids={s.document_id for s, _t, _c in kept})
    with closing(texts):
        doc_id, text = -1, ""
        for segment, turn, case_ids in kept:
            while doc_id != segment.document_id:
                doc_id, _name, text = next(texts)
            name, kind = labels.documents[doc_id]
            out.append(
                RetrievedSegment(
                    segment,
                    name,
                    kind,
                    labels.case_names(case_ids),
                    turn.speaker if turn else None,
                    turn.role if turn else None,
                    labels.code_names(segment.code_ids),
                    labels.emotions.get(segment.emotion_id) if segment.emotion_id else None,
                    labels.stages.get(segment.stage_id) if segment.stage_id else None,
                    labels.touchpoints.get(segment.touchpoint_id)
                    if segment.touchpoint_id
                    else None,
                    labels.coders.get(segment.coder_id) if segment.coder_id else None,
                    text,
                    context,
                )
            )
    return out
