"""The review queue's steps on candidate themes, each one undoable action.

rename, merge, split, drop units, reject, reopen and accept are plain methods
writing through SQL in one transaction, so ``project.undo.record`` (the
window's ``session.apply``) makes each undoable. Accepting can create a code
and apply it to every unit of the theme as coded segments in the same action.
New keywords after a merge or split are computed by ``coding.themes.review``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from workbench.domain.theme_store import (
    STATUSES,
    AcceptedTheme,
    CandidateTheme,
    NewTheme,
    NewUnit,
    ThemeRun,
    ThemeStore,
    ThemeUnit,
)
from workbench.errors import ValidationError
from workbench.i18n import _

__all__ = [
    "STATUSES",
    "AcceptedTheme",
    "CandidateTheme",
    "NewTheme",
    "NewUnit",
    "ThemeRun",
    "ThemeUnit",
    "Themes",
]


class Themes(ThemeStore):
    def rename(self, theme_id: int, label: str) -> CandidateTheme:
        from workbench.project import utcnow

        label = " ".join(label.split())
        if not label:
            raise ValidationError(_("A theme needs a name."))
        with self.project.transaction():
            old = self.get(theme_id)
            self.conn.execute(
                "UPDATE candidate_themes SET label = ?, modified = ? WHERE id = ?",
                (label, utcnow(), theme_id),
            )
            self.project.log("rename_theme", "theme", theme_id, {"old": old.label, "new": label})
        return self.get(theme_id)

    def set_keywords(self, theme_id: int, keywords: Sequence[str]) -> None:
        with self.project.transaction():
            self.get(theme_id)
            self.conn.execute(
                "UPDATE candidate_themes SET keywords = ? WHERE id = ?",
                (json.dumps(list(keywords), ensure_ascii=False), theme_id),
            )

    def merge(
        self,
        theme_ids: Sequence[int],
        *,
        label: str | None = None,
        keywords: Sequence[str] | None = None,
    ) -> CandidateTheme:
        """Move the units of every theme into the first and delete the others. Quotes
        interleave by rank (each theme's best first); the first theme keeps its name
        unless ``label`` is given."""
        from workbench.project import utcnow

        ids = list(dict.fromkeys(theme_ids))
        if len(ids) < 2:
            raise ValidationError(_("Choose at least two themes to merge."))
        with self.project.transaction():
            themes = [self.get(t) for t in ids]
            if len({t.run_id for t in themes}) > 1:
                raise ValidationError(_("Only themes of the same run can be merged."))
            target = themes[0]
            ranked = sorted(
                (u for t in themes for u in self.units(t.id) if u.quote_rank is not None),
                key=lambda u: (u.quote_rank, ids.index(u.theme_id or 0)),
            )
            quotes = [u.id for u in ranked][:5]
            members = [u.id for t in themes for u in self.units(t.id)]
            self.conn.execute(
                "UPDATE theme_units SET quote_rank = NULL WHERE theme_id IN "
                "(SELECT value FROM json_each(?))",
                (json.dumps(ids),),
            )
            self._assign(target.id, members, quotes)
            self.conn.execute(
                "DELETE FROM candidate_themes WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(ids[1:]),),
            )
            self.conn.execute(
                "UPDATE candidate_themes SET label = ?, keywords = ?, status = 'candidate', "
                "modified = ? WHERE id = ?",
                (
                    " ".join(label.split()) if label else target.label,
                    json.dumps(list(keywords if keywords is not None else target.keywords),
                               ensure_ascii=False),
                    utcnow(),
                    target.id,
                ),
            )  # fmt: skip
            self.project.log("merge_themes", "theme", target.id, {"merged": ids[1:]})
        return self.get(target.id)

    def split(self, theme_id: int, parts: Sequence[NewTheme]) -> list[CandidateTheme]:
        """Divide a theme: the first part stays in it (with its new label and
        keywords), each further part becomes a new theme just after it. ``members``
        and ``quotes`` of the parts are unit ids; together the parts must hold
        exactly the theme's units."""
        from workbench.project import utcnow

        with self.project.transaction():
            theme = self.get(theme_id)
            current = {u.id for u in self.units(theme_id)}
            given = [u for part in parts for u in part.members]
            if (
                len(parts) < 2
                or sorted(given) != sorted(current)
                or any(not part.members for part in parts)
            ):
                raise ValidationError(_("A split must divide all of a theme's units."))
            now = utcnow()
            self.conn.execute(
                "UPDATE candidate_themes SET position = position + ? "
                "WHERE run_id = ? AND position > ?",
                (len(parts) - 1, theme.run_id, theme.position),
            )
            self.conn.execute(
                "UPDATE theme_units SET quote_rank = NULL WHERE theme_id = ?", (theme_id,)
            )
            self.conn.execute(
                "UPDATE candidate_themes SET label = ?, keywords = ?, status = 'candidate', "
                "modified = ? WHERE id = ?",
                (parts[0].label, json.dumps(list(parts[0].keywords), ensure_ascii=False), now,
                 theme_id),
            )  # fmt: skip
            ids = [theme_id]
            self._assign(theme_id, parts[0].members, parts[0].quotes)
            for offset, part in enumerate(parts[1:], start=1):
                new_id = self._new_theme(theme.run_id, theme.position + offset, part, now)
                self._assign(new_id, part.members, part.quotes)
                ids.append(new_id)
            self.project.log("split_theme", "theme", theme_id, {"into": ids})
        return [self.get(i) for i in ids]

    def drop_units(self, theme_id: int, unit_ids: Sequence[int]) -> int:
        """Take units out of a theme (they stay in the run, in no theme). Returns how many."""
        with self.project.transaction():
            self.get(theme_id)
            dropped = self.conn.execute(
                "UPDATE theme_units SET theme_id = NULL, quote_rank = NULL "
                "WHERE theme_id = ? AND id IN (SELECT value FROM json_each(?))",
                (theme_id, json.dumps(sorted(unit_ids))),
            ).rowcount
            self.project.log("drop_theme_units", "theme", theme_id, {"units": sorted(unit_ids)})
        return int(dropped)

    def _set_status(self, theme_id: int, status: str) -> None:
        from workbench.project import utcnow

        self.conn.execute(
            "UPDATE candidate_themes SET status = ?, modified = ? WHERE id = ?",
            (status, utcnow(), theme_id),
        )
        self.project.log(f"{status}_theme" if status != "candidate" else "reopen_theme",
                         "theme", theme_id, {})  # fmt: skip

    def reject(self, theme_id: int) -> None:
        with self.project.transaction():
            if self.get(theme_id).status == "accepted":
                raise ValidationError(_("An accepted theme cannot be rejected."))
            self._set_status(theme_id, "rejected")

    def reopen(self, theme_id: int) -> None:
        """Put a rejected theme back in the queue."""
        with self.project.transaction():
            if self.get(theme_id).status == "rejected":
                self._set_status(theme_id, "candidate")

    def accept(
        self,
        theme_id: int,
        *,
        name: str | None = None,
        description: str = "",
        code: bool = False,
        parent_code_id: int | None = None,
    ) -> AcceptedTheme:
        """Make a candidate an accepted theme; with ``code``, also a code (reused if
        one of that name exists under ``parent_code_id``) applied to every unit of
        the theme as a coded segment. All in one transaction."""
        from workbench.project import new_guid, utcnow

        with self.project.transaction():
            theme = self.get(theme_id)
            if theme.status == "accepted":
                raise ValidationError(_("This theme has already been accepted."))
            title = " ".join((name or theme.label).split())
            if not title:
                raise ValidationError(_("A theme needs a name."))
            code_id = None
            if code:
                code_id = self._code_for(title, description, parent_code_id)
                for unit in self.units(theme_id):
                    if unit.segment_id is not None:
                        self.project.segments.add_code(unit.segment_id, code_id)
                    else:
                        self.project.segments.code(unit.document_id, unit.start, unit.end,
                                                   code_id)  # fmt: skip
            now = utcnow()
            self._set_status(theme_id, "accepted")
            if title != theme.label:
                self.conn.execute(
                    "UPDATE candidate_themes SET label = ? WHERE id = ?", (title, theme_id)
                )
            accepted_id = int(
                self.conn.execute(
                    "INSERT INTO accepted_themes(guid, name, description, code_id, candidate_id, "
                    "created, modified) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (new_guid(), title, description, code_id, theme_id, now, now),
                ).lastrowid
            )
            self.project.log("accept_theme", "theme", theme_id,
                             {"accepted_id": accepted_id, "code_id": code_id})  # fmt: skip
        return next(a for a in self.accepted() if a.id == accepted_id)

    def _code_for(self, name: str, description: str, parent_id: int | None) -> int:
        existing = self.project.codes.find(name, parent_id)
        if existing is not None:
            return existing.id
        return self.project.codes.create(name, parent_id=parent_id, description=description).id
