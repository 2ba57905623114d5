"""Cases: the participants (pseudonyms) and respondents a study's documents belong to."""

from __future__ import annotations

import builtins
import sqlite3

from workbench.domain.base import Area
from workbench.errors import ValidationError
from workbench.i18n import _
from workbench.model import Case

_COLUMNS = "id, guid, name, description"


class Cases(Area):
    def get(self, case_id: int) -> Case:
        return Case(
            *self._one(
                f"SELECT {_COLUMNS} FROM cases WHERE id = ?",
                (case_id,),
                _("There is no case with id {id} in this project.").format(id=case_id),
            )
        )

    def find(self, name: str) -> Case | None:
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM cases WHERE name = ?", (name,)).fetchone()
        return Case(*row) if row else None

    def list(self) -> builtins.list[Case]:
        return [
            Case(*r)
            for r in self.conn.execute(f"SELECT {_COLUMNS} FROM cases ORDER BY name COLLATE NOCASE")
        ]

    def documents(self, case_id: int) -> builtins.list[int]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT document_id FROM document_cases WHERE case_id = ? ORDER BY document_id",
                (case_id,),
            )
        ]

    def create(self, name: str, description: str = "", guid: str | None = None) -> Case:
        from workbench.project import new_guid, utcnow

        name = name.strip()
        if not name:
            raise ValidationError(_("A case needs a name (a pseudonym such as H1)."))
        with self.project.transaction():
            now = utcnow()
            try:
                cur = self.conn.execute(
                    "INSERT INTO cases(guid, name, description, created, modified) "
                    "VALUES (?, ?, ?, ?, ?)",
                    ((guid or new_guid()).lower(), name, description, now, now),
                )
            except sqlite3.IntegrityError as exc:
                raise ValidationError(
                    _("A case named '{name}' already exists.").format(name=name)
                ) from exc
            self.project.log("create_case", "case", cur.lastrowid, {"name": name})
        return self.get(int(cur.lastrowid))

    def ensure(self, name: str) -> Case:
        """The case called ``name``, created if new (importers use this)."""
        return self.find(name.strip()) or self.create(name)

    def rename(self, case_id: int, name: str) -> Case:
        from workbench.project import utcnow

        with self.project.transaction():
            old = self.get(case_id)
            try:
                self.conn.execute(
                    "UPDATE cases SET name = ?, modified = ? WHERE id = ?",
                    (name.strip(), utcnow(), case_id),
                )
            except sqlite3.IntegrityError as exc:
                raise ValidationError(
                    _("A case named '{name}' already exists.").format(name=name)
                ) from exc
            self.project.log("rename_case", "case", case_id, {"old": old.name, "new": name})
        return self.get(case_id)

    def delete(self, case_id: int) -> None:
        with self.project.transaction():
            old = self.get(case_id)
            self.conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
            self.project.log("delete_case", "case", case_id, {"guid": old.guid, "name": old.name})
