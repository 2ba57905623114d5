"""Coders: who coded what (a name and a colour)."""

from __future__ import annotations

import builtins

from workbench.domain.base import Area
from workbench.i18n import _
from workbench.model import Coder
from workbench.store.defaults import PALETTE


class Coders(Area):
    def list(self) -> builtins.list[Coder]:
        return [
            Coder(*r) for r in self.conn.execute("SELECT id, name, color FROM coders ORDER BY id")
        ]

    def get(self, coder_id: int) -> Coder:
        return Coder(
            *self._one(
                "SELECT id, name, color FROM coders WHERE id = ?",
                (coder_id,),
                _("There is no coder with id {id} in this project.").format(id=coder_id),
            )
        )

    def ensure(self, name: str, color: str | None = None) -> Coder:
        """The coder called ``name``, created (and logged) if new."""
        row = self.conn.execute(
            "SELECT id, name, color FROM coders WHERE name = ?", (name,)
        ).fetchone()
        if row:
            return Coder(*row)
        from workbench.project import utcnow

        with self.project.transaction():
            n = self.conn.execute("SELECT count(*) FROM coders").fetchone()[0]
            color = color or PALETTE[n % len(PALETTE)]
            cur = self.conn.execute(
                "INSERT INTO coders(name, color, created) VALUES (?, ?, ?)", (name, color, utcnow())
            )
            self.project.log("add_coder", "coder", cur.lastrowid, {"name": name})
        return Coder(int(cur.lastrowid), name, color)
