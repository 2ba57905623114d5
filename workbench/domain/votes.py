"""Workshop participants and their dot votes on themes and codes.

Each participant has the same number of dots (a project setting, 3 unless the
facilitator changes it) and may put several on one target. Totals rank themes
in the client summary and hypotheses in the sheet.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass

from workbench.domain.base import Area
from workbench.errors import ValidationError
from workbench.i18n import _, ngettext

DEFAULT_DOTS = 3
_DOTS_KEY = "workshop_dots"


@dataclass(frozen=True)
class Participant:
    id: int
    name: str
    position: int


@dataclass(frozen=True)
class Vote:
    id: int
    participant_id: int
    theme_id: int | None
    code_id: int | None


class Votes(Area):
    # -- participants --------------------------------------------------------------

    def participants(self) -> builtins.list[Participant]:
        return [
            Participant(*r)
            for r in self.conn.execute(
                "SELECT id, name, position FROM workshop_participants ORDER BY position, id"
            )
        ]

    def add_participant(self, name: str) -> Participant:
        from workbench.project import utcnow

        name = " ".join(name.split())
        if not name:
            raise ValidationError(_("A workshop participant needs a name."))
        if any(p.name.casefold() == name.casefold() for p in self.participants()):
            raise ValidationError(
                _("There is already a participant called {name}.").format(name=name)
            )
        with self.project.transaction():
            position = len(self.participants())
            pid = int(
                self.conn.execute(
                    "INSERT INTO workshop_participants(name, position, created) VALUES (?, ?, ?)",
                    (name, position, utcnow()),
                ).lastrowid
            )
            self.project.log("add_participant", "participant", pid, {"name": name})
        return Participant(pid, name, position)

    def remove_participant(self, participant_id: int) -> None:
        """Remove a participant and every dot they placed."""
        name = self._one(
            "SELECT name FROM workshop_participants WHERE id = ?",
            (participant_id,),
            _("There is no workshop participant with id {id}.").format(id=participant_id),
        )[0]
        with self.project.transaction():
            self.conn.execute("DELETE FROM workshop_participants WHERE id = ?", (participant_id,))
            self.project.log("remove_participant", "participant", participant_id, {"name": name})

    # -- dots ------------------------------------------------------------------------

    @property
    def dots_per_participant(self) -> int:
        row = self.conn.execute(
            "SELECT value FROM workshop_settings WHERE key = ?", (_DOTS_KEY,)
        ).fetchone()
        return int(row[0]) if row else DEFAULT_DOTS

    def set_dots_per_participant(self, dots: int) -> None:
        if not 1 <= dots <= 99:
            raise ValidationError(_("Each participant needs between 1 and 99 dots."))
        with self.project.transaction():
            old = self.dots_per_participant
            self.conn.execute(
                "INSERT INTO workshop_settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (_DOTS_KEY, str(dots)),
            )
            self.project.log("set_workshop_dots", "project", None, {"old": old, "new": dots})

    def used(self, participant_id: int) -> int:
        return int(
            self.conn.execute(
                "SELECT count(*) FROM votes WHERE participant_id = ?", (participant_id,)
            ).fetchone()[0]
        )

    def vote(
        self, participant_id: int, *, code_id: int | None = None, theme_id: int | None = None
    ) -> Vote:
        """Place one dot; refused when the participant has none left."""
        from workbench.project import utcnow

        if (code_id is None) == (theme_id is None):
            raise ValidationError(_("A dot goes on exactly one theme or code."))
        name = self._one(
            "SELECT name FROM workshop_participants WHERE id = ?",
            (participant_id,),
            _("There is no workshop participant with id {id}.").format(id=participant_id),
        )[0]
        allowed = self.dots_per_participant
        if self.used(participant_id) >= allowed:
            raise ValidationError(
                ngettext(
                    "{name} has already placed their {n} dot.",
                    "{name} has already placed all {n} dots.",
                    allowed,
                ).format(name=name, n=allowed)
            )
        if code_id is not None:
            self.project.codes.get(code_id)
        with self.project.transaction():
            vote_id = int(
                self.conn.execute(
                    "INSERT INTO votes(participant_id, theme_id, code_id, created) "
                    "VALUES (?, ?, ?, ?)",
                    (participant_id, theme_id, code_id, utcnow()),
                ).lastrowid
            )
            self.project.log("vote", "vote", vote_id,
                             {"participant": participant_id, "code": code_id,
                              "theme": theme_id})  # fmt: skip
        return Vote(vote_id, participant_id, theme_id, code_id)

    def unvote(
        self, participant_id: int, *, code_id: int | None = None, theme_id: int | None = None
    ) -> bool:
        """Take back one of the participant's dots from a target; False if none was there."""
        column, target = ("code_id", code_id) if code_id is not None else ("theme_id", theme_id)
        row = self.conn.execute(
            f"SELECT max(id) FROM votes WHERE participant_id = ? AND {column} = ?",
            (participant_id, target),
        ).fetchone()
        if row[0] is None:
            return False
        with self.project.transaction():
            self.conn.execute("DELETE FROM votes WHERE id = ?", (row[0],))
            self.project.log("unvote", "vote", row[0], {"participant": participant_id})
        return True

    def list(self) -> builtins.list[Vote]:
        return [
            Vote(*r)
            for r in self.conn.execute(
                "SELECT id, participant_id, theme_id, code_id FROM votes ORDER BY id"
            )
        ]

    def code_totals(self) -> dict[int, int]:
        """Dots per code (codes without dots are absent)."""
        return dict(
            self.conn.execute(
                "SELECT code_id, count(*) FROM votes WHERE code_id IS NOT NULL GROUP BY code_id"
            ).fetchall()
        )

    def theme_totals(self) -> dict[int, int]:
        """Dots per accepted theme, counting the dots on its code too."""
        totals: dict[int, int] = dict(
            self.conn.execute(
                "SELECT theme_id, count(*) FROM votes WHERE theme_id IS NOT NULL GROUP BY theme_id"
            ).fetchall()
        )
        by_code = self.code_totals()
        for theme in self.project.themes.accepted():
            if theme.code_id in by_code:
                totals[theme.id] = totals.get(theme.id, 0) + by_code[theme.code_id]
        return totals

    def hypothesis_totals(self) -> dict[int, int]:
        """Dots per hypothesis: the dots on its source codes and themes (a theme's
        own dots and those on its code), each dot counted once."""
        return dict(
            self.conn.execute(
                "SELECT s.hypothesis_id, count(DISTINCT v.id) FROM hypothesis_sources s "
                "LEFT JOIN accepted_themes t ON t.id = s.theme_id "
                "JOIN votes v ON v.code_id = s.code_id OR v.theme_id = s.theme_id "
                "OR (t.code_id IS NOT NULL AND v.code_id = t.code_id) "
                "GROUP BY s.hypothesis_id"
            ).fetchall()
        )
