"""Matrices of codes against documents, cases, case attribute values, other codes,
emotions and journey stages, with the segments behind every cell (click-through).

What a cell counts (``count``):

* ``'segments'``: distinct coded segments. A segment with two codes counts once
  in each code's row; overlapping segments are two segments and each counts.
* ``'documents'``: distinct documents the cell's segments come from.
* ``'participants'``: distinct cases as retrieval attributes them: the case of the
  speaker turn a segment starts in, else the cases linked to its document (see
  :mod:`coding.retrieval`). Segments attributed to no case count for nobody and
  are left out in this mode. In the case and attribute matrices a segment
  attributed to two cases counts one participant in each case's column.

Rows are codes in codebook order. With ``include_subcodes`` a parent's row also
holds the segments coded with any code below it (a segment coded with both the
parent and a child still counts once); without it (the default) every row counts
its own code only, so the rows add up to ``project.codes.counts()``.

Columns:

* ``'documents'``: one per document (those the filter's kinds/documents allow);
* ``'cases'``: one per case; segments attributed to no case are left out;
* ``'attribute'``: one per value of the case attribute ``attribute`` among the
  cases, in the order filters show them, then '(no value)' when a segment's case
  has none (segments attributed to no case are left out);
* ``'emotions'``: the eight Plutchik families in wheel order, or with
  ``emotions='emotions'`` the 24 emotions; segments without one are left out;
* ``'stages'``: journey stages in journey order; segments without one are left out;
* ``'codes'``: code × code co-occurrence, see :mod:`coding.crosstab_cooccurrence`.

**Totals are distinct units, not sums.** A row total counts the distinct
segments (documents, participants) in the row: a segment attributed to two cases
is in two cells of its row but once in the row total, so a total can be less
than the sum of its cells. A column total likewise: a segment with two codes is
in two rows of its column but once in the column total. ``total`` is the
distinct units in the whole matrix.

Filters are retrieval's :class:`~coding.retrieval.RetrievalFilter`, applied once
(codes, emotions, stages, touchpoints, coders and document kinds in one SQL
query, speakers and cases over lookup tables read once); the cells are then
filled in one pass over the segments that pass. When the filter names cases or
case attributes, a segment's participants are narrowed to the cases that pass.
"""

from __future__ import annotations

import gc
from collections.abc import Hashable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from coding.crosstab_cells import Kept, fill
from coding.crosstab_columns import NO_VALUE, column_axis
from coding.crosstab_cooccurrence import cooccurrence
from coding.retrieval import (
    RetrievalFilter,
    cases_passing,
    expand_codes,
    query_segments,
    select_segments,
)
from workbench.errors import ValidationError
from workbench.i18n import N_, _, translator

if TYPE_CHECKING:
    from workbench.project import Project

COUNTS = ("segments", "documents", "participants")
COLUMNS = ("documents", "cases", "attribute", "codes", "emotions", "stages")
#: headings of each axis, in the project's language (translator(language).gettext)
AXIS_TITLES = {
    "codes": N_("Code"),
    "documents": N_("Document"),
    "cases": N_("Case"),
    "attribute": N_("Attribute value"),
    "emotions": N_("Emotion"),
    "stages": N_("Journey stage"),
}
COUNT_TITLES = {
    "segments": N_("Segments"),
    "documents": N_("Documents"),
    "participants": N_("Participants"),
}
TOTAL = N_("Total")
__all__ = ["NO_VALUE", "TOTAL", "Crosstab", "RetrievalFilter", "crosstab", "passing_segments"]

#: A row or column key: a code, document, case, emotion or stage id, an emotion
#: family ('joy'), an attribute value as filters show it ('9'), or None (no value).
Key = Hashable


@dataclass(frozen=True)
class Crosstab:
    """A matrix of counts with the segment ids behind each cell. Rows and columns
    are indexed 0.. in the order of ``row_keys`` / ``column_keys``."""

    columns: str
    count: str
    row_keys: tuple[Key, ...]
    row_labels: tuple[str, ...]
    column_keys: tuple[Key, ...]
    column_labels: tuple[str, ...]
    #: counts[row][column]
    counts: list[list[int]]
    #: distinct units per row / column / overall (not sums, see the module)
    row_totals: list[int]
    column_totals: list[int]
    total: int
    #: (row, column) -> ids of the segments behind the cell, in document order;
    #: empty cells are absent
    cells: dict[tuple[int, int], tuple[int, ...]] = field(repr=False)
    rows: str = "codes"
    attribute: str | None = None
    include_subcodes: bool = False
    language: str = "en"

    def segment_ids(self, row: int, column: int) -> tuple[int, ...]:
        """The segments behind one cell (what a click on it lists)."""
        return self.cells.get((row, column), ())

    def row_segment_ids(self, row: int) -> tuple[int, ...]:
        return _union(ids for (r, c), ids in sorted(self.cells.items()) if r == row)

    def column_segment_ids(self, column: int) -> tuple[int, ...]:
        return _union(ids for (r, c), ids in sorted(self.cells.items()) if c == column)

    def cell(self, row_key: Key, column_key: Key) -> int:
        """The count in the cell of ``row_key`` × ``column_key``."""
        return self.counts[self.row_keys.index(row_key)][self.column_keys.index(column_key)]

    def ids(self, row_key: Key, column_key: Key) -> tuple[int, ...]:
        return self.segment_ids(self.row_keys.index(row_key), self.column_keys.index(column_key))

    @property
    def peak(self) -> int:
        """The largest cell heat shading scales to (the co-occurrence diagonal, a
        code's own total, is left out so it does not wash out the rest)."""
        diagonal = self.columns == "codes"
        return max(
            (
                n
                for i, row in enumerate(self.counts)
                for j, n in enumerate(row)
                if not (diagonal and i == j)
            ),
            default=0,
        )

    def title(self, language: str | None = None) -> str:
        """'Code × Document (segments)' in ``language`` (default the matrix's)."""
        t = translator(language or self.language).gettext
        column = self.attribute if self.columns == "attribute" else t(AXIS_TITLES[self.columns])
        return f"{t(AXIS_TITLES[self.rows])} × {column} ({t(COUNT_TITLES[self.count]).lower()})"

    def trimmed(self) -> Crosstab:
        """The same matrix without rows and columns whose cells are all empty."""
        rows = [i for i, row in enumerate(self.counts) if any(row)]
        cols = [j for j in range(len(self.column_keys)) if any(r[j] for r in self.counts)]
        if self.columns == "codes":  # keep the matrix square
            rows = cols = sorted(set(rows) | set(cols))
        row_at = {i: n for n, i in enumerate(rows)}
        col_at = {j: n for n, j in enumerate(cols)}
        return replace(
            self,
            row_keys=tuple(self.row_keys[i] for i in rows),
            row_labels=tuple(self.row_labels[i] for i in rows),
            column_keys=tuple(self.column_keys[j] for j in cols),
            column_labels=tuple(self.column_labels[j] for j in cols),
            counts=[[self.counts[i][j] for j in cols] for i in rows],
            row_totals=[self.row_totals[i] for i in rows],
            column_totals=[self.column_totals[j] for j in cols],
            cells={
                (row_at[i], col_at[j]): ids
                for (i, j), ids in self.cells.items()
                if i in row_at and j in col_at
            },
        )


def _union(groups: Iterable[tuple[int, ...]]) -> tuple[int, ...]:
    return tuple(sorted({i for ids in groups for i in ids}))


def passing_segments(
    project: Project, flt: RetrievalFilter | None, *, cases: bool = True
) -> list[Kept]:
    """The segments ``flt`` lets through, in document then text order, each with the
    cases retrieval attributes it to (narrowed to the cases the filter accepts).
    With ``cases`` False, and no speaker or case condition, cases are not looked up
    and every segment comes with none."""
    flt = flt or RetrievalFilter()
    segments = query_segments(project, flt, text=False)
    by_case = flt.case_ids or flt.case_attributes
    if not (cases or by_case or flt.speakers or flt.speaker_roles):
        return [(s, ()) for s in segments]
    kept = select_segments(project, flt, segments) if segments else []
    if not by_case:
        return [(segment, found) for segment, _turn, found in kept]
    allowed = cases_passing(project, flt.case_attributes)
    if flt.case_ids:
        allowed = set(flt.case_ids) if allowed is None else allowed & flt.case_ids
    assert allowed is not None
    return [(s, tuple(c for c in found if c in allowed)) for s, _turn, found in kept]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a matrix is built: the pass
    makes hundreds of thousands of small tuples and sets, none of them cyclic, and
    the collector's repeated scans of them cost a third of the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _code_rows(
    project: Project, flt: RetrievalFilter
) -> tuple[list[int], list[str], dict[int, int]]:
    """Row keys and labels (codebook paths, in codebook order) and each code's parent."""
    codes = project.codes.list()
    wanted = expand_codes(project, flt.code_ids, flt.include_subcodes) if flt.code_ids else None
    paths: dict[int, str] = {}
    for code in codes:  # parents come before their children
        parent = paths.get(code.parent_id) if code.parent_id is not None else None
        paths[code.id] = f"{parent} / {code.name}" if parent else code.name
    keys = [c.id for c in codes if wanted is None or c.id in wanted]
    return keys, [paths[k] for k in keys], {c.id: c.parent_id for c in codes if c.parent_id}


def row_map(
    keys: Sequence[int], parents: dict[int, int], include_subcodes: bool
) -> dict[int, tuple[int, ...]]:
    """code id -> the row indices a segment carrying it counts in (its own row, and
    with ``include_subcodes`` the rows of the codes above it)."""
    index = {k: i for i, k in enumerate(keys)}
    out: dict[int, tuple[int, ...]] = {}
    for code_id in {*keys, *parents}:
        chain = [code_id]
        parent = parents.get(code_id) if include_subcodes else None
        while parent is not None:
            chain.append(parent)
            parent = parents.get(parent)
        rows = tuple(index[c] for c in chain if c in index)
        if rows:
            out[code_id] = rows
    return out


def crosstab(
    project: Project,
    rows: str = "codes",
    columns: str = "documents",
    count: str = "segments",
    flt: RetrievalFilter | None = None,
    *,
    include_subcodes: bool = False,
    attribute: str | None = None,
    emotions: str = "families",
    language: str | None = None,
) -> Crosstab:
    """One matrix (see the module for what its rows, columns, cells and totals mean).
    ``attribute`` names the case attribute of ``columns='attribute'``; ``emotions``
    chooses 'families' (8 columns) or 'emotions' (24) for ``columns='emotions'``;
    labels are in ``language`` (default the project's)."""
    if rows != "codes":
        raise ValidationError(_("Matrix rows can only be codes."))
    if columns not in COLUMNS:
        raise ValidationError(_("Unknown matrix columns '{name}'.").format(name=columns))
    if count not in COUNTS:
        raise ValidationError(_("Unknown count '{name}'.").format(name=count))
    if columns == "attribute" and not attribute:
        raise ValidationError(_("Choose a case attribute for the matrix columns."))
    language = language or project.language
    flt = flt or RetrievalFilter()
    row_keys, row_labels, parents = _code_rows(project, flt)
    rows_of = row_map(row_keys, parents, include_subcodes)
    needs_cases = count == "participants" or columns in ("cases", "attribute")
    with _collector_paused():
        kept = passing_segments(project, flt, cases=needs_cases)
        if columns == "codes":
            column_keys: list[Key] = list(row_keys)
            column_labels = list(row_labels)
            cells = cooccurrence(kept, rows_of, len(row_keys), count)
        else:
            column_keys, column_labels, place = column_axis(
                project, columns, flt, attribute, emotions, language
            )
            cells = fill(kept, rows_of, place, count, len(row_keys), len(column_keys))
    counts, ids, row_totals, column_totals, total = cells
    return Crosstab(
        columns=columns,
        count=count,
        row_keys=tuple(row_keys),
        row_labels=tuple(row_labels),
        column_keys=tuple(column_keys),
        column_labels=tuple(column_labels),
        counts=counts,
        row_totals=row_totals,
        column_totals=column_totals,
        total=total,
        cells=ids,
        rows=rows,
        attribute=attribute if columns == "attribute" else None,
        include_subcodes=include_subcodes,
        language=language,
    )
