"""Filling a matrix's cells in one pass over the passing segments (for
:mod:`coding.crosstab`; the co-occurrence matrix is in
:mod:`coding.crosstab_cooccurrence`).

A cell keeps the ids of its segments (in document order) and the set of its
distinct *units*: segment ids, document ids or case ids as the count mode says;
rows, columns and the whole matrix keep their own sets, so totals are distinct
units, never sums of cells. Cells are keyed ``row * n_columns + column`` in
plain dicts while filling: no object per segment or per cell.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Hashable, Sequence

from workbench.model import Segment

#: One passing segment: the segment and the cases retrieval attributes it to.
Kept = tuple[Segment, tuple[int, ...]]
#: segment, its cases -> [(column index, the cases counted in that column)]
Place = Callable[[Segment, tuple[int, ...]], list[tuple[int, tuple[int, ...]]]]
#: counts[row][column], (row, column) -> segment ids, row totals, column totals, total
Cells = tuple[list[list[int]], dict[tuple[int, int], tuple[int, ...]], list[int], list[int], int]


def segment_rows(code_ids: tuple[int, ...], row_map: dict[int, tuple[int, ...]]) -> tuple[int, ...]:
    """The distinct rows a segment carrying ``code_ids`` counts in."""
    if len(code_ids) == 1:
        return row_map.get(code_ids[0], ())
    found: dict[int, None] = {}
    for code_id in code_ids:
        for r in row_map.get(code_id, ()):
            found[r] = None
    return tuple(found)


def fill(
    kept: Sequence[Kept],
    row_map: dict[int, tuple[int, ...]],
    place: Place,
    count: str,
    n_rows: int,
    n_columns: int,
) -> Cells:
    """Every cell's segments and distinct units, and the totals, in one pass."""
    # Flat lists, one entry per (segment, row, column) and per unit; all counting
    # is then done over them by sets and Counters.
    keys: list[int] = []
    sids: list[int] = []
    unit_keys: list[int] = []
    unit_values: list[int] = []
    mode = COUNT_MODES.index(count)
    for segment, cases in kept:
        rows = row_map.get(segment.code_ids[0], ()) if len(segment.code_ids) == 1 else None
        if rows is None:
            rows = segment_rows(segment.code_ids, row_map)
        if not rows:
            continue
        sid = segment.id
        for c, column_cases in place(segment, cases):
            if mode == 2 and not column_cases:
                continue  # attributed to nobody: no participant to count
            for r in rows:
                key = r * n_columns + c
                keys.append(key)
                sids.append(sid)
                if mode == 1:
                    unit_keys.append(key)
                    unit_values.append(segment.document_id)
                elif mode == 2:
                    for case_id in column_cases:
                        unit_keys.append(key)
                        unit_values.append(case_id)
    ids: dict[int, list[int]] = {}
    for key, sid in zip(keys, sids, strict=True):
        if key in ids:
            ids[key].append(sid)
        else:
            ids[key] = [sid]
    units = (
        list(zip(keys, sids, strict=True))
        if mode == 0
        else set(zip(unit_keys, unit_values, strict=True))
    )
    return assemble(ids, units, n_rows, n_columns)


#: the count modes, in the order fill() numbers them
COUNT_MODES = ("segments", "documents", "participants")


def assemble(
    ids: dict[int, list[int]] | dict[int, tuple[int, ...]],
    units: Collection[tuple[int, Hashable]],
    n_rows: int,
    n_columns: int,
) -> Cells:
    """Counts and totals from the distinct (cell key, unit) pairs."""
    counts = [[0] * n_columns for _r in range(n_rows)]
    for key, n in Counter(key for key, _unit in units).items():
        counts[key // n_columns][key % n_columns] = n
    cells = {divmod(key, n_columns): tuple(members) for key, members in ids.items()}
    by_row = Counter(r for r, _u in {(k // n_columns, u) for k, u in units})
    by_column = Counter(c for c, _u in {(k % n_columns, u) for k, u in units})
    return (
        counts,
        cells,
        [by_row.get(r, 0) for r in range(n_rows)],
        [by_column.get(c, 0) for c in range(n_columns)],
        len({u for _k, u in units}),
    )
