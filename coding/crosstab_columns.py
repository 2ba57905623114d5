"""The columns of a matrix other than codes (for :mod:`coding.crosstab`): their
keys and labels, and where each segment goes among them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coding.crosstab_cells import Place
from coding.retrieval import (
    RetrievalFilter,
    attribute_sort_key,
    attribute_text,
    cases_passing,
    emotion_ids_of,
)
from workbench.errors import ValidationError
from workbench.i18n import N_, _, translator
from workbench.model import Segment

if TYPE_CHECKING:
    from workbench.project import Project

NO_VALUE = N_("(no value)")

Columns = tuple[list[object], list[str], Place]


def column_axis(
    project: Project,
    columns: str,
    flt: RetrievalFilter,
    attribute: str | None,
    emotions: str,
    language: str,
) -> Columns:
    """Keys, labels and the placing function of ``columns``."""
    if columns == "documents":
        return _documents(project, flt)
    if columns == "cases":
        return _cases(project, flt)
    if columns == "attribute":
        return _attribute(project, flt, attribute or "", language)
    if columns == "emotions":
        return _emotions(project, flt, emotions, language)
    if columns == "stages":
        return _stages(project, flt, language)
    raise ValidationError(_("Unknown matrix columns '{name}'.").format(name=columns))


def _by(index: dict[object, int], attr: str) -> Place:
    """Place a segment by one of its fields (document, emotion, stage)."""

    def place(segment: Segment, cases: tuple[int, ...]) -> list[tuple[int, tuple[int, ...]]]:
        column = index.get(getattr(segment, attr))
        return [] if column is None else [(column, cases)]

    return place


def _documents(project: Project, flt: RetrievalFilter) -> Columns:
    docs = [
        d
        for d in project.documents.list()
        if (not flt.kinds or d.kind in flt.kinds)
        and (not flt.document_ids or d.id in flt.document_ids)
    ]
    index: dict[object, int] = {d.id: i for i, d in enumerate(docs)}
    return [d.id for d in docs], [d.name for d in docs], _by(index, "document_id")


def _passing_cases(project: Project, flt: RetrievalFilter) -> list[tuple[int, str]]:
    accepted = cases_passing(project, flt.case_attributes)
    return [
        (c.id, c.name)
        for c in project.cases.list()
        if (not flt.case_ids or c.id in flt.case_ids) and (accepted is None or c.id in accepted)
    ]


def _cases(project: Project, flt: RetrievalFilter) -> Columns:
    cases = _passing_cases(project, flt)
    index = {case_id: i for i, (case_id, _name) in enumerate(cases)}

    def place(segment: Segment, case_ids: tuple[int, ...]) -> list[tuple[int, tuple[int, ...]]]:
        return [(index[c], (c,)) for c in case_ids if c in index]

    return [c for c, _n in cases], [n for _c, n in cases], place


def _attribute(project: Project, flt: RetrievalFilter, name: str, language: str) -> Columns:
    found = project.attributes.find("case", name)
    if found is None:
        raise ValidationError(_("There is no attribute '{name}'.").format(name=name))
    table = project.attributes.table("case")
    value_of: dict[int, str] = {}
    missing = False
    for case_id, _case_name in _passing_cases(project, flt):
        value = table.get(case_id, {}).get(found.name)
        if value is None:
            missing = True
        else:
            value_of[case_id] = attribute_text(value)
    values: list[str | None] = [*sorted(set(value_of.values()), key=attribute_sort_key)]
    labels: list[str] = [v or "" for v in values]
    if missing:
        values.append(None)
        labels.append(translator(language).gettext(NO_VALUE))
    index = {v: i for i, v in enumerate(values)}
    column_of = {case_id: index[v] for case_id, v in value_of.items()}
    none = index.get(None)

    def place(segment: Segment, case_ids: tuple[int, ...]) -> list[tuple[int, tuple[int, ...]]]:
        groups: dict[int, list[int]] = {}
        for c in case_ids:
            column = column_of.get(c, none)
            if column is not None:
                groups.setdefault(column, []).append(c)
        return [(column, tuple(members)) for column, members in groups.items()]

    return list(values), labels, place


def _emotions(project: Project, flt: RetrievalFilter, level: str, language: str) -> Columns:
    if level not in ("families", "emotions"):
        raise ValidationError(_("Unknown emotion level '{name}'.").format(name=level))
    allowed = emotion_ids_of(project, flt)
    every = [e for e in project.schemes.emotions() if allowed is None or e.id in allowed]
    if level == "emotions":
        index: dict[object, int] = {e.id: i for i, e in enumerate(every)}
        return [e.id for e in every], [e.label(language) for e in every], _by(index, "emotion_id")
    families = list(dict.fromkeys(e.family for e in every))
    names = {e.family: e.label(language) for e in project.schemes.emotions() if e.intensity == 2}
    index = {e.id: families.index(e.family) for e in every}
    return list(families), [names.get(f, f) for f in families], _by(index, "emotion_id")


def _stages(project: Project, flt: RetrievalFilter, language: str) -> Columns:
    stages = [s for s in project.schemes.stages() if not flt.stage_ids or s.id in flt.stage_ids]
    index: dict[object, int] = {s.id: i for i, s in enumerate(stages)}
    return [s.id for s in stages], [s.label(language) for s in stages], _by(index, "stage_id")
