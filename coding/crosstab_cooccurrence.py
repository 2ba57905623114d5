"""Code × code co-occurrence (for :mod:`coding.crosstab`).

Two codes co-occur where one passage carries both: **the same segment** is coded
with both, or **two segments overlap** in the text of a document (share at least
one character; segments that only touch do not overlap), one coded with each.

A co-occurrence *unit* is that segment, or that pair of overlapping segments.
Each unit counts once for a pair of codes, however many ways it joins them, and a
pair of overlapping segments counts for codes A and B only when neither segment
carries both itself (that co-occurrence is already counted in the segment): a long
passage coded A and B with a shorter one inside it coded B is one co-occurrence
of A and B, not two. In ``'segments'`` mode a cell counts units; in
``'documents'`` the distinct documents of its units; in ``'participants'`` the
distinct cases of its units (the cases of either segment of a pair).

The matrix is symmetric. Its **diagonal** is each code's own total (segments,
documents or participants carrying it). **Totals leave the diagonal out**: a row
total is the distinct units in which the code co-occurs with any other code, the
column totals are the same numbers, and ``total`` is the distinct units of all
co-occurrences. With sub-codes rolled up a segment coded only with a child also
carries its parent, so parent × child is at least the child's own total.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence

from coding.crosstab_cells import COUNT_MODES, Cells, Kept, segment_rows

#: a segment that counts in some row: its id, document, start, end, cases, rows
_Prepared = tuple[int, int, int, int, tuple[int, ...], tuple[int, ...]]


def cooccurrence(
    kept: Sequence[Kept], row_map: dict[int, tuple[int, ...]], n: int, count: str
) -> Cells:
    """The cells of the ``n`` × ``n`` co-occurrence matrix in one pass over ``kept``
    (which comes in document order, then text order)."""
    mode = COUNT_MODES.index(count)
    # The diagonal: each code's segments, and its documents or cases.
    own: dict[int, list[int]] = {}
    own_units: dict[int, set[int]] = {}
    # Off the diagonal, each pair of codes once (row < column) as key row * n + column:
    # its segments (with repeats) and its (key, unit) pairs.
    ids: dict[int, list[int]] = {}
    units: list[tuple[int, Hashable]] = []

    def pair(a: int, b: int, sids: tuple[int, ...], doc: int, cases: tuple[int, ...]) -> None:
        key = a * n + b if a < b else b * n + a
        if key in ids:
            ids[key].extend(sids)
        else:
            ids[key] = list(sids)
        if mode == 0:
            units.append((key, sids if len(sids) > 1 else sids[0]))
        elif mode == 1:
            units.append((key, doc))
        else:
            units.extend((key, case_id) for case_id in cases)

    prepared: list[_Prepared] = []
    for segment, cases in kept:
        rows = segment_rows(segment.code_ids, row_map)
        if not rows or (mode == 2 and not cases):
            continue
        sid, doc = segment.id, segment.document_id
        prepared.append((sid, doc, segment.start, segment.end, cases, rows))
        for a in rows:
            if a in own:
                own[a].append(sid)
            else:
                own[a] = [sid]
                own_units[a] = set()
            if mode == 1:
                own_units[a].add(doc)
            elif mode == 2:
                own_units[a].update(cases)
        # One segment carrying both codes.
        for i in range(1, len(rows)):
            for a in rows[:i]:
                pair(a, rows[i], (sid,), doc, cases)

    # Overlapping segments: a sweep over each document's segments in start order.
    active: list[_Prepared] = []
    document = -1
    for item in prepared:
        sid, doc, start, _end, cases, rows = item
        if doc != document:
            document, active = doc, []
        active = [t for t in active if t[3] > start]
        for other, _d, _s, _e, other_cases, other_rows in active:
            joint = cases if other_cases == cases else tuple({*other_cases, *cases})
            if len(rows) == 1 and len(other_rows) == 1:
                if rows[0] != other_rows[0]:
                    pair(other_rows[0], rows[0], (other, sid), doc, joint)
                continue
            # Codes only one of the two carries; a code pair counts once per unit.
            found = {
                (a, b) if a < b else (b, a)
                for a in other_rows
                if a not in rows
                for b in rows
                if b not in other_rows
            }
            for a, b in found:
                pair(a, b, (other, sid), doc, joint)
        active.append(item)
    return _assemble(n, mode, prepared, own, own_units, ids, units)


def _assemble(
    n: int,
    mode: int,
    prepared: list[_Prepared],
    own: dict[int, list[int]],
    own_units: dict[int, set[int]],
    ids: dict[int, list[int]],
    units: list[tuple[int, Hashable]],
) -> Cells:
    counts = [[0] * n for _r in range(n)]
    cells: dict[tuple[int, int], tuple[int, ...]] = {}
    for a, sids in own.items():
        counts[a][a] = len(sids) if mode == 0 else len(own_units[a])
        cells[(a, a)] = tuple(sids)
    distinct = units if mode == 0 else set(units)  # segment units never repeat
    for key, number in Counter(key for key, _unit in distinct).items():
        a, b = divmod(key, n)
        counts[a][b] = counts[b][a] = number
    rank: dict[int, int] | None = None
    for key, sids in ids.items():
        if len(sids) > 1:
            if rank is None:
                rank = {p[0]: i for i, p in enumerate(prepared)}
            sids = sorted(set(sids), key=rank.__getitem__)
        a, b = divmod(key, n)
        cells[(a, b)] = cells[(b, a)] = tuple(sids)
    by_row = {(key // n, u) for key, u in distinct}
    by_row.update((key % n, u) for key, u in distinct)
    per_row = Counter(r for r, _u in by_row)
    totals = [per_row.get(r, 0) for r in range(n)]
    return counts, cells, totals, list(totals), len({u for _k, u in distinct})
