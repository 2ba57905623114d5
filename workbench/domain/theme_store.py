"""Theme runs, candidate themes and accepted themes: storing and reading them
(the review steps are in :mod:`workbench.domain.themes`).

A run stores the units clustered, the candidate themes and which unit is in
which theme. Every review step is one method here writing through SQL, so the
window makes each one undoable by wrapping it in ``project.undo.record``. The
arithmetic a step needs (new keywords, the two halves of a split) is computed
by ``coding.themes.review`` and handed in: this layer stores, it does not cluster.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from workbench.domain.base import Area
from workbench.errors import ValidationError
from workbench.i18n import _

STATUSES = ("candidate", "accepted", "rejected")


@dataclass(frozen=True)
class ThemeRun:
    id: int
    unit_kind: str
    filters: dict[str, Any]
    parameters: dict[str, Any]
    created: str


@dataclass(frozen=True)
class CandidateTheme:
    id: int
    run_id: int
    position: int
    label: str
    keywords: tuple[str, ...]
    status: str
    size: int


@dataclass(frozen=True)
class ThemeUnit:
    id: int
    run_id: int
    theme_id: int | None
    document_id: int
    start: int
    end: int
    segment_id: int | None
    quote_rank: int | None
    lemmas: str = ""
    keyterms: str = ""


@dataclass(frozen=True)
class AcceptedTheme:
    id: int
    guid: str
    name: str
    description: str
    code_id: int | None
    candidate_id: int | None


@dataclass(frozen=True)
class NewUnit:
    """A unit as the clustering hands it over."""

    document_id: int
    start: int
    end: int
    segment_id: int | None = None
    lemmas: str = ""
    keyterms: str = ""


@dataclass(frozen=True)
class NewTheme:
    """A candidate theme: its units as indices into the run's units (or, for
    :meth:`Themes.split`, unit ids), its quotes likewise, closest first."""

    label: str
    keywords: tuple[str, ...]
    members: tuple[int, ...]
    quotes: tuple[int, ...] = ()


_THEME = (
    "SELECT t.id, t.run_id, t.position, t.label, t.keywords, t.status, "
    "(SELECT count(*) FROM theme_units u WHERE u.theme_id = t.id) FROM candidate_themes t"
)
_UNIT = (
    'SELECT id, run_id, theme_id, document_id, start, "end", segment_id, quote_rank, '
    "lemmas, keyterms FROM theme_units"
)


def _theme(r: Sequence[Any]) -> CandidateTheme:
    return CandidateTheme(r[0], r[1], r[2], r[3], tuple(json.loads(r[4])), r[5], r[6])


class ThemeStore(Area):
    # -- reading -----------------------------------------------------------------

    def runs(self) -> list[ThemeRun]:
        """Every run, newest first."""
        return [
            ThemeRun(r[0], r[1], json.loads(r[2]), json.loads(r[3]), r[4])
            for r in self.conn.execute(
                "SELECT id, unit_kind, filters, parameters, created FROM theme_runs "
                "ORDER BY id DESC"
            )
        ]

    def get_run(self, run_id: int) -> ThemeRun:
        r = self._one(
            "SELECT id, unit_kind, filters, parameters, created FROM theme_runs WHERE id = ?",
            (run_id,),
            _("There is no theme run with id {id} in this project.").format(id=run_id),
        )
        return ThemeRun(r[0], r[1], json.loads(r[2]), json.loads(r[3]), r[4])

    def latest_run(self) -> ThemeRun | None:
        runs = self.runs()
        return runs[0] if runs else None

    def candidates(
        self, run_id: int, statuses: Iterable[str] | None = None
    ) -> list[CandidateTheme]:
        """The run's themes in review order (largest first as clustered)."""
        rows = self.conn.execute(
            _THEME + " WHERE t.run_id = ? ORDER BY t.position, t.id", (run_id,)
        )
        wanted = set(statuses) if statuses is not None else None
        return [_theme(r) for r in rows if wanted is None or r[5] in wanted]

    def get(self, theme_id: int) -> CandidateTheme:
        return _theme(
            self._one(
                _THEME + " WHERE t.id = ?",
                (theme_id,),
                _("There is no candidate theme with id {id} in this project.").format(id=theme_id),
            )
        )

    def units(self, theme_id: int) -> list[ThemeUnit]:
        """A theme's units: representative quotes first (closest first), then text order."""
        return [
            ThemeUnit(*r)
            for r in self.conn.execute(
                _UNIT + " WHERE theme_id = ? ORDER BY quote_rank IS NULL, quote_rank, "
                "document_id, start",
                (theme_id,),
            )
        ]

    def run_units(self, run_id: int) -> list[ThemeUnit]:
        return [
            ThemeUnit(*r)
            for r in self.conn.execute(_UNIT + " WHERE run_id = ? ORDER BY id", (run_id,))
        ]

    def unit_text(self, unit: ThemeUnit) -> str:
        row = self.conn.execute(
            "SELECT substr(text, ?, ?) FROM document_texts WHERE document_id = ?",
            (unit.start + 1, unit.end - unit.start, unit.document_id),
        ).fetchone()
        return str(row[0]) if row else ""

    def quotes(self, theme_id: int, limit: int = 5) -> list[str]:
        """The theme's representative quotes, closest to its centre first."""
        return [self.unit_text(u) for u in self.units(theme_id) if u.quote_rank is not None][:limit]

    def accepted(self) -> list[AcceptedTheme]:
        return [
            AcceptedTheme(*r)
            for r in self.conn.execute(
                "SELECT id, guid, name, description, code_id, candidate_id FROM accepted_themes "
                "ORDER BY id"
            )
        ]

    # -- a run -------------------------------------------------------------------

    def create_run(
        self,
        unit_kind: str,
        filters: dict[str, Any],
        parameters: dict[str, Any],
        units: Sequence[NewUnit],
        themes: Sequence[NewTheme],
    ) -> ThemeRun:
        """Store a clustering: its units and its candidate themes, in one transaction."""
        from workbench.project import utcnow

        with self.project.transaction():
            run_id = int(
                self.conn.execute(
                    "INSERT INTO theme_runs(unit_kind, filters, parameters, coder_id, created) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (
                        unit_kind,
                        json.dumps(filters, ensure_ascii=False, sort_keys=True),
                        json.dumps(parameters, ensure_ascii=False, sort_keys=True),
                        self.project.coder_id,
                        utcnow(),
                    ),
                ).lastrowid
            )
            first = self.conn.execute("SELECT ifnull(max(id), 0) + 1 FROM theme_units").fetchone()[
                0
            ]
            self.conn.executemany(
                'INSERT INTO theme_units(id, run_id, document_id, start, "end", segment_id, '
                "lemmas, keyterms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (first + i, run_id, u.document_id, u.start, u.end, u.segment_id, u.lemmas,
                     u.keyterms)
                    for i, u in enumerate(units)
                ],
            )  # fmt: skip
            self._insert_themes(run_id, themes, [first + i for i in range(len(units))])
            self.project.log(
                "create_theme_run",
                "theme_run",
                run_id,
                {"units": len(units), "themes": len(themes)},
            )
        return self.get_run(run_id)

    def recut(self, run_id: int, themes: Sequence[NewTheme], parameters: dict[str, Any]) -> None:
        """Replace the run's themes by another cut of its clustering (the granularity
        slider). Refused once any theme of the run has been reviewed."""
        with self.project.transaction():
            run = self.get_run(run_id)
            reviewed = self.conn.execute(
                "SELECT count(*) FROM candidate_themes WHERE run_id = ? AND status != 'candidate'",
                (run_id,),
            ).fetchone()[0]
            if reviewed:
                raise ValidationError(
                    _("Themes of this run have been accepted or rejected; run again to regroup.")
                )
            ids = [u.id for u in self.run_units(run_id)]
            self.conn.execute("DELETE FROM candidate_themes WHERE run_id = ?", (run_id,))
            self.conn.execute(
                "UPDATE theme_units SET theme_id = NULL, quote_rank = NULL WHERE run_id = ?",
                (run_id,),
            )
            self._insert_themes(run_id, themes, ids)
            self.conn.execute(
                "UPDATE theme_runs SET parameters = ? WHERE id = ?",
                (json.dumps({**run.parameters, **parameters}, sort_keys=True), run_id),
            )
            self.project.log("recut_theme_run", "theme_run", run_id, {"themes": len(themes)})

    def delete_run(self, run_id: int) -> None:
        with self.project.transaction():
            self.get_run(run_id)
            self.conn.execute("DELETE FROM theme_runs WHERE id = ?", (run_id,))
            self.project.log("delete_theme_run", "theme_run", run_id, {})

    def _insert_themes(self, run_id: int, themes: Sequence[NewTheme], unit_ids: list[int]) -> None:
        from workbench.project import utcnow

        now = utcnow()
        for position, theme in enumerate(themes):
            theme_id = self._new_theme(run_id, position, theme, now)
            self._assign(theme_id, [unit_ids[i] for i in theme.members],
                         [unit_ids[i] for i in theme.quotes])  # fmt: skip

    def _new_theme(self, run_id: int, position: int, theme: NewTheme, now: str) -> int:
        return int(
            self.conn.execute(
                "INSERT INTO candidate_themes(run_id, position, label, keywords, modified) "
                "VALUES (?, ?, ?, ?, ?)",
                (run_id, position, theme.label,
                 json.dumps(list(theme.keywords), ensure_ascii=False), now),
            ).lastrowid
        )  # fmt: skip

    def _assign(self, theme_id: int, unit_ids: Sequence[int], quotes: Sequence[int]) -> None:
        """Put units in a theme; ``quotes`` (a subset, closest first) get their ranks."""
        rank = {u: i + 1 for i, u in enumerate(quotes)}
        self.conn.executemany(
            "UPDATE theme_units SET theme_id = ?, quote_rank = ? WHERE id = ?",
            [(theme_id, rank.get(u), u) for u in unit_ids],
        )
