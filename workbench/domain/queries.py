"""Read-only queries that span areas, for retrieval, search and the documents list.

Each answers for the whole project (or a set of ids) in one statement, so the
callers in ``coding/`` and ``ui/`` never issue a query per document or segment.
Id lists travel as one JSON parameter (``json_each``), which has no limit on
their length.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Generator
from dataclasses import dataclass
from typing import Any

from workbench.domain.base import Area
from workbench.model import Segment, Turn


@dataclass(frozen=True)
class DocumentSummary:
    """One line of the documents list: what it shows and what its filters test."""

    id: int
    name: str
    kind: str
    language: str
    position: int
    segments: int
    #: cases linked to the document, then those named by its speaker turns
    case_ids: tuple[int, ...]
    #: coders who made at least one of its segments
    coder_ids: frozenset[int]


def _ids(values: Collection[Any]) -> str:
    return json.dumps(sorted(values))


class Queries(Area):
    def segments(
        self,
        *,
        code_ids: Collection[int] | None = None,
        emotion_ids: Collection[int] | None = None,
        stage_ids: Collection[int] | None = None,
        touchpoint_ids: Collection[int] | None = None,
        coder_ids: Collection[int] | None = None,
        kinds: Collection[str] | None = None,
        document_ids: Collection[int] | None = None,
        text: bool = True,
    ) -> list[Segment]:
        """Segments passing every given condition (None = no condition; an empty
        collection matches nothing), in document order, then text order. With
        ``text`` False the segments come without their text and memo (counting
        needs neither, and reading them is most of the cost)."""
        where: list[str] = []
        params: list[Any] = []

        def among(column: str, values: Collection[Any] | None) -> None:
            if values is not None:
                where.append(f"{column} IN (SELECT value FROM json_each(?))")
                params.append(_ids(values))

        among("s.emotion_id", emotion_ids)
        among("s.stage_id", stage_ids)
        among("s.touchpoint_id", touchpoint_ids)
        among("s.coder_id", coder_ids)
        among("s.document_id", document_ids)
        among("d.kind", kinds)
        if code_ids is not None:
            where.append(
                "s.id IN (SELECT segment_id FROM segment_codes "
                "WHERE code_id IN (SELECT value FROM json_each(?)))"
            )
            params.append(_ids(code_ids))
        sql = (
            'SELECT s.id, s.guid, s.document_id, s.start, s."end", '
            + ("s.text, s.coder_id, s.memo, " if text else "'', s.coder_id, '', ")
            + "s.emotion_id, s.valence, s.stage_id, s.touchpoint_id, s.created, s.modified "
            "FROM segments s JOIN documents d ON d.id = s.document_id"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self.conn.execute(
            sql + ' ORDER BY s.document_id, s.start, s."end", s.id', params
        ).fetchall()
        # Index order, then a stable sort into the documents' order (cheaper than SQL's,
        # and skipped while documents keep the order they were added in).
        order = [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY position, id")]
        if order != sorted(order):
            rank = {document_id: i for i, document_id in enumerate(order)}
            rows.sort(key=lambda r: rank[r[2]])
        # All codes in one pass beats a correlated subquery per segment by half.
        codes: dict[int, tuple[int, ...]] = {}
        for segment_id, code_id in self.conn.execute(
            "SELECT segment_id, code_id FROM segment_codes ORDER BY segment_id, code_id"
        ):
            codes[segment_id] = (*codes.get(segment_id, ()), code_id)
        return [
            Segment(r[0], r[1], r[2], r[3], r[4], r[5], codes.get(r[0], ()), *r[6:14]) for r in rows
        ]

    def document_cases(self) -> dict[int, tuple[int, ...]]:
        """document id -> the cases linked to it (documents without any are left out)."""
        out: dict[int, list[int]] = {}
        for document_id, case_id in self.conn.execute(
            "SELECT document_id, case_id FROM document_cases ORDER BY document_id, case_id"
        ):
            out.setdefault(document_id, []).append(case_id)
        return {k: tuple(v) for k, v in out.items()}

    def speakers(self) -> list[tuple[str, str, int]]:
        """(speaker, role, documents) of every speaker in the turns, participants
        first, then by name; one row per speaker and role."""
        return [
            (r[0], r[1], int(r[2]))
            for r in self.conn.execute(
                "SELECT speaker, role, count(DISTINCT document_id) FROM turns "
                "GROUP BY speaker COLLATE NOCASE, role "
                "ORDER BY role != 'participant', speaker COLLATE NOCASE"
            )
        ]

    def turns(self, document_ids: Collection[int] | None = None) -> dict[int, list[Turn]]:
        """document id -> its speaker turns in text order, for many documents at once."""
        sql = (
            'SELECT id, document_id, start, "end", speaker, role, timestamp_ms, case_id FROM turns'
        )
        params: tuple[Any, ...] = ()
        if document_ids is not None:
            sql += " WHERE document_id IN (SELECT value FROM json_each(?))"
            params = (_ids(document_ids),)
        out: dict[int, list[Turn]] = {}
        for r in self.conn.execute(sql + " ORDER BY document_id, start", params):
            out.setdefault(r[1], []).append(Turn(*r))
        return out

    def texts(
        self,
        document_ids: Collection[int] | None = None,
        kinds: Collection[str] | None = None,
    ) -> Generator[tuple[int, str, str], None, None]:
        """(document id, name, text) one document at a time, in document order, so a
        search over ten million characters never holds them all at once."""
        where: list[str] = []
        params: list[Any] = []
        if document_ids is not None:
            where.append("d.id IN (SELECT value FROM json_each(?))")
            params.append(_ids(document_ids))
        if kinds is not None:
            where.append("d.kind IN (SELECT value FROM json_each(?))")
            params.append(_ids(kinds))
        sql = (
            "SELECT d.id, d.name, t.text FROM documents d "
            "JOIN document_texts t ON t.document_id = d.id"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        # A cursor of its own, fetched row by row: only one text is in memory at a time.
        cursor = self.conn.cursor()
        try:
            cursor.execute(sql + " ORDER BY d.position, d.id", params)
            for row in cursor:
                yield row[0], row[1], row[2]
        finally:
            cursor.close()

    def document_summaries(self) -> list[DocumentSummary]:
        """Every document with its segment count, cases and coders, in three queries."""
        counts: dict[int, int] = {}
        coders: dict[int, set[int]] = {}
        for document_id, coder_id, n in self.conn.execute(
            "SELECT document_id, coder_id, count(*) FROM segments GROUP BY document_id, coder_id"
        ):
            counts[document_id] = counts.get(document_id, 0) + n
            if coder_id is not None:
                coders.setdefault(document_id, set()).add(coder_id)
        cases: dict[int, list[int]] = {}
        for document_id, case_id in self.conn.execute(
            "SELECT document_id, case_id FROM document_cases "
            "UNION SELECT DISTINCT document_id, case_id FROM turns WHERE case_id IS NOT NULL "
            "ORDER BY 1, 2"
        ):
            cases.setdefault(document_id, []).append(case_id)
        return [
            DocumentSummary(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                counts.get(r[0], 0),
                tuple(cases.get(r[0], ())),
                frozenset(coders.get(r[0], ())),
            )
            for r in self.conn.execute(
                "SELECT id, name, kind, language, position FROM documents ORDER BY position, id"
            )
        ]

    def segment_count(self, document_id: int) -> int:
        return int(
            self.conn.execute(
                "SELECT count(*) FROM segments WHERE document_id = ?", (document_id,)
            ).fetchone()[0]
        )
