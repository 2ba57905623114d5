"""Documents: the texts of a study, their speaker turns and mystery-shopping checklists."""

from __future__ import annotations

import builtins
import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from workbench.domain.base import Area
from workbench.errors import ValidationError
from workbench.i18n import _
from workbench.model import (
    DOCUMENT_KINDS,
    LANGUAGES,
    ChecklistItem,
    Document,
    NewChecklistItem,
    Turn,
)

KINDS = DOCUMENT_KINDS

_COLUMNS = (
    "id, guid, name, kind, language, length, date, metadata, source_name, "
    "source_format, source_sha256, position, created, modified"
)


@dataclass(frozen=True)
class NewTurn:
    start: int
    end: int
    speaker: str
    role: str = "participant"
    timestamp_ms: int | None = None
    case_id: int | None = None


def _row(r: Sequence[Any]) -> Document:
    date = dt.date.fromisoformat(r[6]) if r[6] else None
    return Document(r[0], r[1], r[2], r[3], r[4], r[5], date, json.loads(r[7]), *r[8:])


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError(
            _("Unknown document kind '{kind}' (one of: {kinds}).").format(
                kind=kind, kinds=", ".join(KINDS)
            )
        )
    return kind


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValidationError(
            _("Unknown language '{language}' (fi, en or other).").format(language=language)
        )
    return language


class Documents(Area):
    def get(self, document_id: int) -> Document:
        return _row(
            self._one(
                f"SELECT {_COLUMNS} FROM documents WHERE id = ?",
                (document_id,),
                _("There is no document with id {id} in this project.").format(id=document_id),
            )
        )

    def list(self, *, kind: str | None = None) -> builtins.list[Document]:
        sql = f"SELECT {_COLUMNS} FROM documents"
        params: tuple[Any, ...] = ()
        if kind:
            sql += " WHERE kind = ?"
            params = (kind,)
        return [_row(r) for r in self.conn.execute(sql + " ORDER BY position, id", params)]

    def by_sha256(self, sha256: str) -> Document | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM documents WHERE source_sha256 = ? LIMIT 1", (sha256,)
        ).fetchone()
        return _row(row) if row else None

    def text(self, document_id: int) -> str:
        return str(
            self._one(
                "SELECT text FROM document_texts WHERE document_id = ?",
                (document_id,),
                _("There is no document with id {id} in this project.").format(id=document_id),
            )[0]
        )

    def turns(self, document_id: int) -> builtins.list[Turn]:
        return [
            Turn(*r)
            for r in self.conn.execute(
                'SELECT id, document_id, start, "end", speaker, role, timestamp_ms, case_id '
                "FROM turns WHERE document_id = ? ORDER BY start",
                (document_id,),
            )
        ]

    def checklist(self, document_id: int) -> builtins.list[ChecklistItem]:
        return [
            ChecklistItem(*r)
            for r in self.conn.execute(
                "SELECT id, document_id, position, item, answer, score, max_score, section, "
                'number, start, "end" FROM checklist_items WHERE document_id = ? ORDER BY position',
                (document_id,),
            )
        ]

    def case_ids(self, document_id: int) -> builtins.list[int]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT case_id FROM document_cases WHERE document_id = ? ORDER BY case_id",
                (document_id,),
            )
        ]

    # -- edits ---------------------------------------------------------------------

    def add(
        self,
        name: str,
        text: str,
        *,
        kind: str = "other",
        language: str = "other",
        date: dt.date | None = None,
        metadata: dict[str, Any] | None = None,
        source_name: str | None = None,
        source_format: str | None = None,
        source_sha256: str | None = None,
        turns: Iterable[NewTurn] = (),
        checklist: Iterable[NewChecklistItem] = (),
        guid: str | None = None,
    ) -> Document:
        """Store a document with its turns and checklist, as one action."""
        from workbench.project import new_guid, utcnow

        name = name.strip() or _("Untitled")
        if "\x00" in text:
            # SQLite's text functions stop at NUL, so snapshots and search would
            # silently disagree with the stored text; importers strip it anyway.
            raise ValidationError(_("The text contains a NUL character, which is not text."))
        check_kind(kind)
        check_language(language)
        length = len(text)
        with self.project.transaction():
            now = utcnow()
            position = self.conn.execute(
                "SELECT ifnull(max(position) + 1, 0) FROM documents"
            ).fetchone()[0]
            cur = self.conn.execute(
                "INSERT INTO documents(guid, name, kind, language, date, metadata, source_name, "
                "source_format, source_sha256, length, position, created, modified) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (guid or new_guid()).lower(),
                    name,
                    kind,
                    language,
                    date.isoformat() if date else None,
                    json.dumps(metadata or {}, ensure_ascii=False, default=str),
                    source_name,
                    source_format,
                    source_sha256,
                    length,
                    position,
                    now,
                    now,
                ),
            )
            document_id = int(cur.lastrowid)
            self.conn.execute(
                "INSERT INTO document_texts(document_id, text) VALUES (?, ?)", (document_id, text)
            )
            turn_rows = [
                (document_id, t.start, t.end, t.speaker, t.role, t.timestamp_ms, t.case_id)
                for t in turns
            ]
            for t in turn_rows:
                if not 0 <= t[1] < t[2] <= length:
                    raise ValidationError(_("A speaker turn lies outside the text."))
            self.conn.executemany(
                'INSERT INTO turns(document_id, start, "end", speaker, role, timestamp_ms, '
                "case_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                turn_rows,
            )
            self.conn.executemany(
                "INSERT INTO checklist_items(document_id, position, section, number, item, "
                'answer, score, max_score, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
                [
                    (
                        document_id,
                        i,
                        c.section,
                        c.number,
                        c.item,
                        c.answer,
                        c.score,
                        c.max_score,
                        c.start,
                        c.end,
                    )
                    for i, c in enumerate(checklist)
                ],
            )
            self.project.log(
                "add_document",
                "document",
                document_id,
                {
                    "name": name,
                    "kind": kind,
                    "language": language,
                    "length": length,
                    "source_name": source_name,
                    "turns": len(turn_rows),
                },
            )
        return self.get(document_id)

    def _update(self, document_id: int, action: str, **fields: Any) -> Document:
        from workbench.project import utcnow

        with self.project.transaction():
            old = self.get(document_id)
            columns = ", ".join(f"{k} = ?" for k in fields)
            stored = [
                json.dumps(v, ensure_ascii=False, default=str)
                if k == "metadata"
                else v.isoformat()
                if isinstance(v, dt.date)
                else v
                for k, v in fields.items()
            ]
            self.conn.execute(
                f"UPDATE documents SET {columns}, modified = ? WHERE id = ?",
                (*stored, utcnow(), document_id),
            )
            self.project.log(
                action,
                "document",
                document_id,
                {"old": {k: getattr(old, k) for k in fields}, "new": fields},
            )
        return self.get(document_id)

    def rename(self, document_id: int, name: str) -> Document:
        if not name.strip():
            raise ValidationError(_("A document needs a name."))
        return self._update(document_id, "rename_document", name=name.strip())

    def set_kind(self, document_id: int, kind: str) -> Document:
        return self._update(document_id, "set_document_kind", kind=check_kind(kind))

    def set_language(self, document_id: int, language: str) -> Document:
        return self._update(document_id, "set_document_language", language=check_language(language))

    def set_date(self, document_id: int, date: dt.date | None) -> Document:
        return self._update(document_id, "set_document_date", date=date)

    def set_metadata(self, document_id: int, metadata: dict[str, Any]) -> Document:
        return self._update(document_id, "set_document_metadata", metadata=metadata)

    def link_case(self, document_id: int, case_id: int) -> None:
        with self.project.transaction():
            self.get(document_id)
            self.project.cases.get(case_id)
            if self.conn.execute(
                "INSERT OR IGNORE INTO document_cases(document_id, case_id) VALUES (?, ?)",
                (document_id, case_id),
            ).rowcount:
                self.project.log("link_case", "document", document_id, {"case_id": case_id})

    def unlink_case(self, document_id: int, case_id: int) -> None:
        with self.project.transaction():
            if self.conn.execute(
                "DELETE FROM document_cases WHERE document_id = ? AND case_id = ?",
                (document_id, case_id),
            ).rowcount:
                self.project.log("unlink_case", "document", document_id, {"case_id": case_id})

    def delete(self, document_id: int) -> dict[str, int]:
        """Delete a document with its turns, segments and memos. Returns what went."""
        with self.project.transaction():
            doc = self.get(document_id)
            segments = self.conn.execute(
                "SELECT count(*) FROM segments WHERE document_id = ?", (document_id,)
            ).fetchone()[0]
            self.conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))
            self.project.log(
                "delete_document",
                "document",
                document_id,
                {"guid": doc.guid, "name": doc.name, "segments": segments},
            )
        return {"segments": int(segments)}
