"""The codebook: a tree of codes with colours, descriptions and a stable GUID."""

from __future__ import annotations

import builtins
import re
import sqlite3

from workbench.domain.base import Area
from workbench.errors import ValidationError
from workbench.i18n import _
from workbench.model import Code
from workbench.store.defaults import PALETTE

_COLUMNS = "id, guid, name, color, parent_id, description, position"
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _check_colour(color: str) -> str:
    if not _COLOUR.match(color):
        raise ValidationError(_("'{color}' is not a colour like #1f77b4.").format(color=color))
    return color.lower()


def _check_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise ValidationError(_("A code needs a name."))
    return name


class Codes(Area):
    def get(self, code_id: int) -> Code:
        return Code(
            *self._one(
                f"SELECT {_COLUMNS} FROM codes WHERE id = ?",
                (code_id,),
                _("There is no code with id {id} in this project.").format(id=code_id),
            )
        )

    def by_guid(self, guid: str) -> Code | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM codes WHERE lower(guid) = lower(?)", (guid,)
        ).fetchone()
        return Code(*row) if row else None

    def find(self, name: str, parent_id: int | None = None) -> Code | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM codes WHERE ifnull(parent_id, 0) = ? "
            "AND name = ? COLLATE NOCASE",
            (parent_id or 0, name),
        ).fetchone()
        return Code(*row) if row else None

    def list(self) -> builtins.list[Code]:
        """Every code, depth-first in tree order (parents before their children)."""
        rows = [
            Code(*r)
            for r in self.conn.execute(f"SELECT {_COLUMNS} FROM codes ORDER BY position, id")
        ]
        children: dict[int | None, builtins.list[Code]] = {}
        for code in rows:
            children.setdefault(code.parent_id, []).append(code)
        ordered: builtins.list[Code] = []
        stack = list(reversed(children.get(None, [])))
        while stack:
            code = stack.pop()
            ordered.append(code)
            stack.extend(reversed(children.get(code.id, [])))
        return ordered

    def children(self, parent_id: int | None) -> builtins.list[Code]:
        return [
            Code(*r)
            for r in self.conn.execute(
                f"SELECT {_COLUMNS} FROM codes WHERE ifnull(parent_id, 0) = ? "
                "ORDER BY position, id",
                (parent_id or 0,),
            )
        ]

    def descendants(self, code_id: int) -> builtins.list[int]:
        """Ids of every code below ``code_id`` (not including it)."""
        return [
            r[0]
            for r in self.conn.execute(
                "WITH RECURSIVE sub(id) AS (SELECT id FROM codes WHERE parent_id = ? "
                "UNION ALL SELECT c.id FROM codes c JOIN sub ON c.parent_id = sub.id) "
                "SELECT id FROM sub",
                (code_id,),
            )
        ]

    def path(self, code_id: int) -> str:
        """'Parent / Child / Grandchild' for display and export."""
        names: builtins.list[str] = []
        current: int | None = code_id
        while current is not None:
            code = self.get(current)
            names.append(code.name)
            current = code.parent_id
        return " / ".join(reversed(names))

    def counts(self) -> dict[int, tuple[int, int]]:
        """code id -> (segments, documents) coded with it, in one query."""
        return {
            r[0]: (r[1], r[2])
            for r in self.conn.execute(
                "SELECT sc.code_id, count(*), count(DISTINCT s.document_id) FROM segment_codes sc "
                "JOIN segments s ON s.id = sc.segment_id GROUP BY sc.code_id"
            )
        }

    # -- edits ------------------------------------------------------------------

    def create(
        self,
        name: str,
        *,
        parent_id: int | None = None,
        color: str | None = None,
        description: str = "",
        guid: str | None = None,
    ) -> Code:
        from workbench.project import new_guid, utcnow

        name = _check_name(name)
        with self.project.transaction():
            if parent_id is not None:
                self.get(parent_id)
            if self.find(name, parent_id):
                raise ValidationError(
                    _("A code named '{name}' already exists here.").format(name=name)
                )
            n = self.conn.execute("SELECT count(*) FROM codes").fetchone()[0]
            color = _check_colour(color) if color else PALETTE[n % len(PALETTE)]
            position = self.conn.execute(
                "SELECT ifnull(max(position) + 1, 0) FROM codes WHERE ifnull(parent_id, 0) = ?",
                (parent_id or 0,),
            ).fetchone()[0]
            now = utcnow()
            cur = self.conn.execute(
                "INSERT INTO codes(guid, parent_id, name, description, color, position, created, "
                "modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (guid or new_guid()).lower(),
                    parent_id,
                    name,
                    description,
                    color,
                    position,
                    now,
                    now,
                ),
            )
            code = self.get(int(cur.lastrowid))
            self.project.log(
                "create_code",
                "code",
                code.id,
                {"name": name, "parent_id": parent_id, "color": color},
            )
        return code

    def _update(self, code_id: int, action: str, **fields: object) -> Code:
        from workbench.project import utcnow

        with self.project.transaction():
            old = self.get(code_id)
            assignments = ", ".join(f"{k} = ?" for k in fields)
            try:
                self.conn.execute(
                    f"UPDATE codes SET {assignments}, modified = ? WHERE id = ?",
                    (*fields.values(), utcnow(), code_id),
                )
            except sqlite3.IntegrityError as exc:
                raise ValidationError(
                    _("A code named '{name}' already exists here.").format(
                        name=fields.get("name", old.name)
                    )
                ) from exc
            self.project.log(
                action,
                "code",
                code_id,
                {"old": {k: getattr(old, k) for k in fields}, "new": fields},
            )
        return self.get(code_id)

    def rename(self, code_id: int, name: str) -> Code:
        return self._update(code_id, "rename_code", name=_check_name(name))

    def recolor(self, code_id: int, color: str) -> Code:
        return self._update(code_id, "recolor_code", color=_check_colour(color))

    def describe(self, code_id: int, description: str) -> Code:
        return self._update(code_id, "describe_code", description=description)

    def move(self, code_id: int, parent_id: int | None, position: int | None = None) -> Code:
        """Nest ``code_id`` under ``parent_id`` (None: top level) at ``position`` among siblings."""
        from workbench.project import utcnow

        with self.project.transaction():
            if parent_id is not None and (
                parent_id == code_id or parent_id in self.descendants(code_id)
            ):
                raise ValidationError(_("A code cannot be moved under itself."))
            siblings = [c.id for c in self.children(parent_id) if c.id != code_id]
            if position is None or position > len(siblings):
                position = len(siblings)
            siblings.insert(max(position, 0), code_id)
            old = self.get(code_id)
            self.conn.executemany(
                "UPDATE codes SET position = ? WHERE id = ?",
                [(i, cid) for i, cid in enumerate(siblings)],
            )
            try:
                self.conn.execute(
                    "UPDATE codes SET parent_id = ?, modified = ? WHERE id = ?",
                    (parent_id, utcnow(), code_id),
                )
            except sqlite3.IntegrityError as exc:
                raise ValidationError(
                    _("A code named '{name}' already exists here.").format(name=old.name)
                ) from exc
            code = self.get(code_id)
            self.project.log(
                "move_code",
                "code",
                code_id,
                {
                    "old": {"parent_id": old.parent_id, "position": old.position},
                    "new": {"parent_id": parent_id, "position": position},
                },
            )
        return code

    def merge(self, source_id: int, target_id: int) -> int:
        """Fold ``source_id`` into ``target_id``: its segments, children and memos move over,
        then it is deleted. Returns how many segments gained the target code."""
        if source_id == target_id:
            raise ValidationError(_("A code cannot be merged into itself."))
        with self.project.transaction():
            source, target = self.get(source_id), self.get(target_id)
            if target_id in self.descendants(source_id):
                raise ValidationError(_("A code cannot be merged into one of its own sub-codes."))
            moved = self.conn.execute(
                "INSERT OR IGNORE INTO segment_codes(segment_id, code_id, coder_id, created) "
                "SELECT segment_id, ?, coder_id, created FROM segment_codes WHERE code_id = ?",
                (target_id, source_id),
            ).rowcount
            for child in self.children(source_id):
                if self.find(child.name, target_id):
                    self.merge(child.id, self.find(child.name, target_id).id)  # type: ignore[union-attr]
                else:
                    self.conn.execute(
                        "UPDATE codes SET parent_id = ? WHERE id = ?", (target_id, child.id)
                    )
            self.conn.execute(
                "UPDATE memos SET code_id = ? WHERE code_id = ?", (target_id, source_id)
            )
            self.conn.execute("DELETE FROM codes WHERE id = ?", (source_id,))
            self.project.log(
                "merge_codes",
                "code",
                target_id,
                {
                    "source": {"id": source.id, "guid": source.guid, "name": source.name},
                    "target": target.name,
                    "segments_added": moved,
                },
            )
        return int(moved)

    def delete(self, code_id: int) -> dict[str, int]:
        """Delete a code and its sub-codes. Segments keep their other codes; segments left
        with no code, emotion, stage or memo are removed with it. Returns what went."""
        with self.project.transaction():
            code = self.get(code_id)
            ids = [code_id, *self.descendants(code_id)]
            marks = ",".join("?" * len(ids))
            segment_ids = [
                r[0]
                for r in self.conn.execute(
                    f"SELECT DISTINCT segment_id FROM segment_codes WHERE code_id IN ({marks})", ids
                )
            ]
            self.conn.execute(f"DELETE FROM codes WHERE id IN ({marks})", ids)
            orphans = self.project.segments.remove_orphans(segment_ids)
            self.project.log(
                "delete_code",
                "code",
                code_id,
                {
                    "guid": code.guid,
                    "name": code.name,
                    "codes": len(ids),
                    "segments": len(segment_ids),
                    "segments_removed": orphans,
                },
            )
        return {"codes": len(ids), "segments": len(segment_ids), "segments_removed": orphans}
