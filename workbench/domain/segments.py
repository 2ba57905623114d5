"""Coded segments: a span of a document (code points, end exclusive) with its codes,
emotion, valence, journey stage, touchpoint and a short memo."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from workbench.domain.base import Area
from workbench.errors import NotFoundError, ValidationError
from workbench.i18n import _
from workbench.model import Segment

_SELECT = (
    'SELECT s.id, s.guid, s.document_id, s.start, s."end", s.text, '
    "(SELECT group_concat(code_id) FROM segment_codes WHERE segment_id = s.id), "
    "s.coder_id, s.memo, s.emotion_id, s.valence, s.stage_id, s.touchpoint_id, "
    "s.created, s.modified FROM segments s"
)
_UNSET: Any = object()


def _row(r: Sequence[Any]) -> Segment:
    codes = tuple(sorted(int(c) for c in r[6].split(","))) if r[6] else ()
    return Segment(r[0], r[1], r[2], r[3], r[4], r[5], codes, *r[7:])


def _check_valence(valence: int | None) -> None:
    if valence is not None and (not isinstance(valence, int) or not -2 <= valence <= 2):
        raise ValidationError(_("Valence must be a whole number from -2 to +2."))


class Segments(Area):
    def get(self, segment_id: int) -> Segment:
        row = self.conn.execute(_SELECT + " WHERE s.id = ?", (segment_id,)).fetchone()
        if row is None:
            raise NotFoundError(
                _("There is no segment with id {id} in this project.").format(id=segment_id)
            )
        return _row(row)

    def for_document(self, document_id: int) -> list[Segment]:
        """All segments of a document in text order (served by an index)."""
        return [
            _row(r)
            for r in self.conn.execute(
                _SELECT + ' WHERE s.document_id = ? ORDER BY s.start, s."end", s.id', (document_id,)
            )
        ]

    def for_code(self, code_id: int, *, include_subcodes: bool = False) -> list[Segment]:
        ids = [code_id]
        if include_subcodes:
            ids += self.project.codes.descendants(code_id)
        marks = ",".join("?" * len(ids))
        return [
            _row(r)
            for r in self.conn.execute(
                _SELECT + f" WHERE s.id IN (SELECT segment_id FROM segment_codes "
                f"WHERE code_id IN ({marks})) ORDER BY s.document_id, s.start",
                ids,
            )
        ]

    def find(self, document_id: int, start: int, end: int) -> Segment | None:
        row = self.conn.execute(
            _SELECT + ' WHERE s.document_id = ? AND s.start = ? AND s."end" = ?',
            (document_id, start, end),
        ).fetchone()
        return _row(row) if row else None

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM segments").fetchone()[0])

    # -- edits -------------------------------------------------------------------

    def _snapshot(self, document_id: int, start: int, end: int) -> str:
        if not (isinstance(start, int) and isinstance(end, int)):
            raise ValidationError(_("Segment positions must be whole numbers."))
        length = self.project.documents.get(document_id).length
        if not 0 <= start < end <= length:
            raise ValidationError(
                _("A segment must lie inside its document (0-{length}); got {start}-{end}.").format(
                    length=length, start=start, end=end
                )
            )
        # substr() counts characters (code points) in TEXT values, as we do.
        return str(
            self.conn.execute(
                "SELECT substr(text, ?, ?) FROM document_texts WHERE document_id = ?",
                (start + 1, end - start, document_id),
            ).fetchone()[0]
        )

    def add(
        self,
        document_id: int,
        start: int,
        end: int,
        *,
        code_ids: Iterable[int] = (),
        memo: str = "",
        emotion_id: int | None = None,
        valence: int | None = _UNSET,
        stage_id: int | None = None,
        touchpoint_id: int | None = None,
        guid: str | None = None,
        coder_id: int | None = _UNSET,
    ) -> Segment:
        """A new segment. Valence defaults to the emotion's own valence."""
        from workbench.project import new_guid, utcnow

        with self.project.transaction():
            text = self._snapshot(document_id, start, end)
            if valence is _UNSET:
                valence = (
                    self.project.schemes.get_emotion(emotion_id).valence
                    if emotion_id is not None
                    else None
                )
            _check_valence(valence)
            coder = self.project.coder_id if coder_id is _UNSET else coder_id
            now = utcnow()
            cur = self.conn.execute(
                'INSERT INTO segments(guid, document_id, start, "end", text, coder_id, memo, '
                "emotion_id, valence, stage_id, touchpoint_id, created, modified) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (guid or new_guid()).lower(),
                    document_id,
                    start,
                    end,
                    text,
                    coder,
                    memo,
                    emotion_id,
                    valence,
                    stage_id,
                    touchpoint_id,
                    now,
                    now,
                ),
            )
            segment_id = int(cur.lastrowid)
            codes = list(dict.fromkeys(code_ids))
            self._check_codes(codes)
            self.conn.executemany(
                "INSERT INTO segment_codes(segment_id, code_id, coder_id, created) "
                "VALUES (?, ?, ?, ?)",
                [(segment_id, c, coder, now) for c in codes],
            )
            self.project.log(
                "add_segment",
                "segment",
                segment_id,
                {
                    "document_id": document_id,
                    "start": start,
                    "end": end,
                    "codes": codes,
                    "emotion_id": emotion_id,
                    "valence": valence,
                    "stage_id": stage_id,
                    "touchpoint_id": touchpoint_id,
                },
            )
        return self.get(segment_id)

    def code(self, document_id: int, start: int, end: int, code_id: int) -> Segment:
        """Code a passage: reuses the segment with exactly this span if there is one."""
        with self.project.transaction():
            existing = self.find(document_id, start, end)
            if existing is None:
                return self.add(document_id, start, end, code_ids=[code_id])
            self.add_code(existing.id, code_id)
        return self.get(existing.id)

    def add_code(self, segment_id: int, code_id: int) -> None:
        from workbench.project import utcnow

        with self.project.transaction():
            self.get(segment_id)
            self.project.codes.get(code_id)
            added = self.conn.execute(
                "INSERT OR IGNORE INTO segment_codes(segment_id, code_id, coder_id, created) "
                "VALUES (?, ?, ?, ?)",
                (segment_id, code_id, self.project.coder_id, utcnow()),
            ).rowcount
            if added:
                self._touch(segment_id)
                self.project.log("add_segment_code", "segment", segment_id, {"code_id": code_id})

    def remove_code(self, segment_id: int, code_id: int) -> bool:
        """Take a code off a segment; a segment left bare is deleted. True if it was."""
        with self.project.transaction():
            removed = self.conn.execute(
                "DELETE FROM segment_codes WHERE segment_id = ? AND code_id = ?",
                (segment_id, code_id),
            ).rowcount
            if not removed:
                return False
            self.project.log("remove_segment_code", "segment", segment_id, {"code_id": code_id})
            if self.remove_orphans([segment_id]):
                return True
            self._touch(segment_id)
        return False

    def set_codes(self, segment_id: int, code_ids: Iterable[int]) -> None:
        wanted = set(code_ids)
        with self.project.transaction():
            current = set(self.get(segment_id).code_ids)
            for code_id in sorted(wanted - current):
                self.add_code(segment_id, code_id)
            for code_id in sorted(current - wanted):
                self.conn.execute(
                    "DELETE FROM segment_codes WHERE segment_id = ? AND code_id = ?",
                    (segment_id, code_id),
                )
                self.project.log("remove_segment_code", "segment", segment_id, {"code_id": code_id})

    def update(
        self,
        segment_id: int,
        *,
        start: int | None = None,
        end: int | None = None,
        memo: str | None = None,
        emotion_id: int | None = _UNSET,
        valence: int | None = _UNSET,
        stage_id: int | None = _UNSET,
        touchpoint_id: int | None = _UNSET,
    ) -> Segment:
        """Change any of a segment's fields (resize, memo, emotion, stage ...) in one action."""
        from workbench.project import utcnow

        with self.project.transaction():
            old = self.get(segment_id)
            fields: dict[str, Any] = {}
            if start is not None or end is not None:
                new_start = old.start if start is None else start
                new_end = old.end if end is None else end
                fields.update(
                    start=new_start,
                    end=new_end,
                    text=self._snapshot(old.document_id, new_start, new_end),
                )
            if memo is not None:
                fields["memo"] = memo
            if emotion_id is not _UNSET:
                fields["emotion_id"] = emotion_id
                if valence is _UNSET:
                    valence = (
                        self.project.schemes.get_emotion(emotion_id).valence
                        if emotion_id is not None
                        else None
                    )
            if valence is not _UNSET:
                _check_valence(valence)
                fields["valence"] = valence
            if stage_id is not _UNSET:
                fields["stage_id"] = stage_id
            if touchpoint_id is not _UNSET:
                fields["touchpoint_id"] = touchpoint_id
            if not fields:
                return old
            columns = ", ".join(f'"{k}" = ?' for k in fields)
            self.conn.execute(
                f"UPDATE segments SET {columns}, modified = ? WHERE id = ?",
                (*fields.values(), utcnow(), segment_id),
            )
            self.project.log(
                "update_segment",
                "segment",
                segment_id,
                {"old": {k: getattr(old, k) for k in fields}, "new": fields},
            )
        return self.get(segment_id)

    def delete(self, segment_id: int) -> None:
        with self.project.transaction():
            old = self.get(segment_id)
            self.conn.execute("DELETE FROM segments WHERE id = ?", (segment_id,))
            self.project.log(
                "delete_segment",
                "segment",
                segment_id,
                {
                    "guid": old.guid,
                    "document_id": old.document_id,
                    "start": old.start,
                    "end": old.end,
                    "codes": list(old.code_ids),
                },
            )

    def remove_orphans(self, segment_ids: Iterable[int]) -> int:
        """Delete those of ``segment_ids`` that no longer carry any code, emotion, stage,
        touchpoint or memo (inside the caller's transaction). Returns how many went."""
        ids = list(segment_ids)
        removed = 0
        for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
            marks = ",".join("?" * len(chunk))
            removed += self.conn.execute(
                f"DELETE FROM segments WHERE id IN ({marks}) AND emotion_id IS NULL "
                "AND stage_id IS NULL AND touchpoint_id IS NULL AND memo = '' "
                "AND NOT EXISTS (SELECT 1 FROM segment_codes sc WHERE sc.segment_id = segments.id) "
                "AND NOT EXISTS (SELECT 1 FROM memos m WHERE m.segment_id = segments.id)",
                chunk,
            ).rowcount
        return removed

    def _check_codes(self, code_ids: list[int]) -> None:
        if not code_ids:
            return
        marks = ",".join("?" * len(code_ids))
        found = {
            r[0] for r in self.conn.execute(f"SELECT id FROM codes WHERE id IN ({marks})", code_ids)
        }
        missing = [c for c in code_ids if c not in found]
        if missing:
            raise NotFoundError(
                _("There is no code with id {id} in this project.").format(id=missing[0])
            )

    def _touch(self, segment_id: int) -> None:
        from workbench.project import utcnow

        self.conn.execute("UPDATE segments SET modified = ? WHERE id = ?", (utcnow(), segment_id))
