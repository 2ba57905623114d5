"""Memos: the researcher's notes on the project, a document, a case, a code or a segment."""

from __future__ import annotations

import builtins
from typing import Any

from workbench.domain.base import Area
from workbench.errors import ValidationError
from workbench.i18n import _
from workbench.labels import target_label
from workbench.model import Memo

TARGETS = ("project", "document", "case", "code", "segment")
_SELECT = (
    "SELECT id, guid, title, body, document_id, case_id, code_id, segment_id, coder_id, "
    "created, modified FROM memos"
)


def _row(r: Any) -> Memo:
    target_type, target_id = "project", None
    for kind, value in zip(("document", "case", "code", "segment"), r[4:8], strict=True):
        if value is not None:
            target_type, target_id = kind, value
    return Memo(r[0], r[1], r[2], r[3], target_type, target_id, r[8], r[9], r[10])


def _target_column(target_type: str) -> str | None:
    if target_type not in TARGETS:
        raise ValidationError(
            _("A memo belongs to the project, a document, a case, a code or a segment.")
        )
    return None if target_type == "project" else f"{target_type}_id"


class Memos(Area):
    def get(self, memo_id: int) -> Memo:
        return _row(
            self._one(
                _SELECT + " WHERE id = ?",
                (memo_id,),
                _("There is no memo with id {id} in this project.").format(id=memo_id),
            )
        )

    def list(
        self, target_type: str | None = None, target_id: int | None = None
    ) -> builtins.list[Memo]:
        """Memos of one target, of every target of a type, or all memos."""
        if target_type is None:
            rows = self.conn.execute(_SELECT + " ORDER BY id")
        else:
            column = _target_column(target_type)
            if column is None:
                rows = self.conn.execute(
                    _SELECT + " WHERE coalesce(document_id, case_id, code_id, segment_id) IS NULL"
                    " ORDER BY id"
                )
            elif target_id is None:
                rows = self.conn.execute(_SELECT + f" WHERE {column} IS NOT NULL ORDER BY id")
            else:
                rows = self.conn.execute(_SELECT + f" WHERE {column} = ? ORDER BY id", (target_id,))
        return [_row(r) for r in rows]

    def add(
        self,
        body: str,
        *,
        title: str = "",
        target_type: str = "project",
        target_id: int | None = None,
        guid: str | None = None,
    ) -> Memo:
        from workbench.project import new_guid, utcnow

        column = _target_column(target_type)
        if column is None and target_id is not None:
            raise ValidationError(_("A project memo belongs to no object; give no id."))
        if column is not None and target_id is None:
            raise ValidationError(
                _("Say which {target} the memo belongs to.").format(
                    target=target_label(target_type)
                )
            )
        with self.project.transaction():
            now = utcnow()
            columns = "guid, title, body, coder_id, created, modified" + (
                f", {column}" if column else ""
            )
            values: tuple[Any, ...] = (
                (guid or new_guid()).lower(),
                title,
                body,
                self.project.coder_id,
                now,
                now,
            )
            if column:
                values += (target_id,)
            cur = self.conn.execute(
                f"INSERT INTO memos({columns}) VALUES ({','.join('?' * len(values))})", values
            )
            self.project.log(
                "add_memo",
                "memo",
                cur.lastrowid,
                {"target": target_type, "target_id": target_id, "title": title},
            )
        return self.get(int(cur.lastrowid))

    def update(self, memo_id: int, *, title: str | None = None, body: str | None = None) -> Memo:
        from workbench.project import utcnow

        with self.project.transaction():
            old = self.get(memo_id)
            new_title = old.title if title is None else title
            new_body = old.body if body is None else body
            self.conn.execute(
                "UPDATE memos SET title = ?, body = ?, modified = ? WHERE id = ?",
                (new_title, new_body, utcnow(), memo_id),
            )
            self.project.log(
                "update_memo",
                "memo",
                memo_id,
                {
                    "old": {"title": old.title, "body": old.body},
                    "new": {"title": new_title, "body": new_body},
                },
            )
        return self.get(memo_id)

    def delete(self, memo_id: int) -> None:
        with self.project.transaction():
            old = self.get(memo_id)
            self.conn.execute("DELETE FROM memos WHERE id = ?", (memo_id,))
            self.project.log(
                "delete_memo",
                "memo",
                memo_id,
                {"guid": old.guid, "title": old.title, "body": old.body},
            )
