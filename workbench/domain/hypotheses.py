"""Hypotheses: what the qualitative phase hands the quantitative one.

A hypothesis grows from accepted themes or codes (its sources), cites coded
segments as evidence, names the journey stages it concerns, and carries what a
survey needs to test it: method, metric, target segment and draft survey items.
Counts and the emotion profile of the evidence are derived when read (see
``coding.evidence``); nothing derived is stored.

Each method is one transaction and writes the change log; the window wraps
each in ``project.undo.record`` to make it undoable.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from workbench.domain.base import Area
from workbench.errors import NotFoundError, ValidationError
from workbench.i18n import _
from workbench.store.schema_v4 import METHODS, PRIORITIES, SCALES, STATUSES

__all__ = ["METHODS", "PRIORITIES", "SCALES", "STATUSES", "Hypotheses", "Hypothesis", "SurveyItem"]

#: Fields :meth:`Hypotheses.update` may change, with the values each accepts.
_CHOICES: dict[str, tuple[str, ...]] = {
    "method": METHODS,
    "priority": PRIORITIES,
    "status": STATUSES,
}
_TEXT_FIELDS = ("statement", "rationale", "target_segment", "metric")
#: How many segments a hypothesis cites when created from its sources alone.
DEFAULT_EVIDENCE = 12


@dataclass(frozen=True)
class SurveyItem:
    id: int
    hypothesis_id: int
    position: int
    statement: str
    scale: str
    reversed: bool


@dataclass(frozen=True)
class Hypothesis:
    id: int
    guid: str
    position: int
    statement: str
    rationale: str = ""
    target_segment: str = ""
    method: str = "survey"
    metric: str = ""
    priority: str = "medium"
    status: str = "draft"
    code_ids: tuple[int, ...] = ()
    theme_ids: tuple[int, ...] = ()
    stage_ids: tuple[int, ...] = ()
    #: evidence segment ids in the order the researcher put them
    evidence_ids: tuple[int, ...] = ()
    items: tuple[SurveyItem, ...] = field(default=())


def _text(value: str, name: str) -> str:
    text = " ".join(value.split()) if name == "statement" else value.strip()
    if name == "statement" and not text:
        raise ValidationError(_("A hypothesis needs a statement."))
    return text


def _check_choice(name: str, value: str) -> str:
    if value not in _CHOICES[name]:
        raise ValidationError(
            _("'{value}' is not a valid {field}; use one of: {choices}.").format(
                value=value, field=name, choices=", ".join(_CHOICES[name])
            )
        )
    return value


def _check_item(statement: str, scale: str) -> str:
    text = " ".join(statement.split())
    if not text:
        raise ValidationError(_("A survey item needs a statement."))
    if scale not in SCALES:
        raise ValidationError(
            _("'{value}' is not a response scale; use one of: {choices}.").format(
                value=scale, choices=", ".join(SCALES)
            )
        )
    return text


_COLUMNS = (
    "id, guid, position, statement, rationale, target_segment, method, metric, priority, status"
)
_ITEM_COLUMNS = "id, hypothesis_id, position, statement, scale, reversed"


class Hypotheses(Area):
    # -- reading ---------------------------------------------------------------

    def list(self) -> builtins.list[Hypothesis]:
        """Every hypothesis in the researcher's order, with sources, stages,
        evidence and items (five queries in all, however many there are)."""
        return self._read("", ())

    def get(self, hypothesis_id: int) -> Hypothesis:
        found = self._read(" WHERE id = ?", (hypothesis_id,))
        if not found:
            raise NotFoundError(
                _("There is no hypothesis with id {id} in this project.").format(id=hypothesis_id)
            )
        return found[0]

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM hypotheses").fetchone()[0])

    def _read(self, where: str, params: tuple[Any, ...]) -> builtins.list[Hypothesis]:
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM hypotheses{where} ORDER BY position, id", params
        ).fetchall()
        if not rows:
            return []
        ids = [r[0] for r in rows]
        marks = ",".join("?" * len(ids))
        codes: dict[int, builtins.list[int]] = {}
        themes: dict[int, builtins.list[int]] = {}
        for h, theme_id, code_id in self.conn.execute(
            f"SELECT hypothesis_id, theme_id, code_id FROM hypothesis_sources "
            f"WHERE hypothesis_id IN ({marks}) ORDER BY id",
            ids,
        ):
            if code_id is not None:
                codes.setdefault(h, []).append(code_id)
            else:
                themes.setdefault(h, []).append(theme_id)
        stages: dict[int, builtins.list[int]] = {}
        for h, stage_id in self.conn.execute(
            f"SELECT hs.hypothesis_id, hs.stage_id FROM hypothesis_stages hs "
            f"JOIN journey_stages j ON j.id = hs.stage_id "
            f"WHERE hs.hypothesis_id IN ({marks}) ORDER BY j.position, j.id",
            ids,
        ):
            stages.setdefault(h, []).append(stage_id)
        evidence: dict[int, builtins.list[int]] = {}
        for h, segment_id in self.conn.execute(
            f"SELECT hypothesis_id, segment_id FROM hypothesis_evidence "
            f"WHERE hypothesis_id IN ({marks}) ORDER BY position, segment_id",
            ids,
        ):
            evidence.setdefault(h, []).append(segment_id)
        items: dict[int, builtins.list[SurveyItem]] = {}
        for r in self.conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM survey_items WHERE hypothesis_id IN ({marks}) "
            "ORDER BY position, id",
            ids,
        ):
            items.setdefault(r[1], []).append(SurveyItem(r[0], r[1], r[2], r[3], r[4], bool(r[5])))
        return [
            Hypothesis(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                r[9],
                code_ids=tuple(codes.get(r[0], ())),
                theme_ids=tuple(themes.get(r[0], ())),
                stage_ids=tuple(stages.get(r[0], ())),
                evidence_ids=tuple(evidence.get(r[0], ())),
                items=tuple(items.get(r[0], ())),
            )
            for r in rows
        ]

    def source_segments(
        self, code_ids: Iterable[int] = (), theme_ids: Iterable[int] = ()
    ) -> builtins.list[int]:
        """The segments the sources hold: each code's with its sub-codes', and each
        accepted theme's code's (or, for a theme kept without a code, the coded
        segments among its units). In document order, each once."""
        code_ids = set(code_ids)
        theme_ids = builtins.list(theme_ids)
        if theme_ids:
            marks = ",".join("?" * len(theme_ids))
            code_ids |= {
                r[0]
                for r in self.conn.execute(
                    f"SELECT code_id FROM accepted_themes WHERE id IN ({marks}) "
                    "AND code_id IS NOT NULL",
                    theme_ids,
                )
            }
        found: set[int] = set()
        for code_id in code_ids:
            found |= {s.id for s in self.project.segments.for_code(code_id, include_subcodes=True)}
        if theme_ids:
            found |= {
                r[0]
                for r in self.conn.execute(
                    f"SELECT u.segment_id FROM accepted_themes a "
                    f"JOIN theme_units u ON u.theme_id = a.candidate_id "
                    f"WHERE a.id IN ({marks}) AND a.code_id IS NULL "
                    f"AND u.segment_id IS NOT NULL",
                    theme_ids,
                )
            }
        if not found:
            return []
        marks = ",".join("?" * len(found))
        return [
            r[0]
            for r in self.conn.execute(
                f'SELECT id FROM segments WHERE id IN ({marks}) ORDER BY document_id, start, "end"',
                builtins.list(found),
            )
        ]

    # -- writing -----------------------------------------------------------------

    def create(
        self,
        statement: str,
        *,
        code_ids: Sequence[int] = (),
        theme_ids: Sequence[int] = (),
        evidence: Sequence[int] | None = None,
        stage_ids: Sequence[int] | None = None,
        rationale: str = "",
        target_segment: str = "",
        method: str = "survey",
        metric: str = "",
        priority: str = "medium",
        status: str = "draft",
    ) -> Hypothesis:
        """A new hypothesis at the end of the list. Without ``evidence`` it cites
        the first segments of its sources (up to :data:`DEFAULT_EVIDENCE`, the
        strongest feelings first); without ``stage_ids`` it concerns the journey
        stages its evidence was coded with."""
        from workbench.project import new_guid, utcnow

        statement = _text(statement, "statement")
        for name, value in (("method", method), ("priority", priority), ("status", status)):
            _check_choice(name, value)
        with self.project.transaction():
            now = utcnow()
            position = int(
                self.conn.execute("SELECT ifnull(max(position), -1) + 1 FROM hypotheses")
                .fetchone()[0]
            )  # fmt: skip
            hypothesis_id = int(
                self.conn.execute(
                    "INSERT INTO hypotheses(guid, position, statement, rationale, target_segment, "
                    "method, metric, priority, status, created, modified) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (new_guid(), position, statement, rationale.strip(), target_segment.strip(),
                     method, metric.strip(), priority, status, now, now),
                ).lastrowid
            )  # fmt: skip
            self._write_sources(hypothesis_id, code_ids, theme_ids)
            if evidence is None:
                evidence = self._strongest(self.source_segments(code_ids, theme_ids))
            self._write_evidence(hypothesis_id, evidence)
            if stage_ids is None:
                stage_ids = self._stages_of(evidence)
            self._write_stages(hypothesis_id, stage_ids)
            self.project.log("create_hypothesis", "hypothesis", hypothesis_id,
                             {"statement": statement})  # fmt: skip
        return self.get(hypothesis_id)

    def update(self, hypothesis_id: int, **changes: str) -> Hypothesis:
        """Change any of statement, rationale, target_segment, metric, method,
        priority and status."""
        old = self.get(hypothesis_id)
        values: dict[str, str] = {}
        for name, value in changes.items():
            if name in _TEXT_FIELDS:
                values[name] = _text(value, name)
            elif name in _CHOICES:
                values[name] = _check_choice(name, value)
            else:
                raise ValidationError(_("A hypothesis has no field '{field}'.").format(field=name))
        values = {k: v for k, v in values.items() if getattr(old, k) != v}
        if not values:
            return old
        from workbench.project import utcnow

        with self.project.transaction():
            sets = ", ".join(f"{k} = ?" for k in values)
            self.conn.execute(
                f"UPDATE hypotheses SET {sets}, modified = ? WHERE id = ?",
                (*values.values(), utcnow(), hypothesis_id),
            )
            previous = {k: getattr(old, k) for k in values}
            self.project.log("update_hypothesis", "hypothesis", hypothesis_id,
                             {"old": previous, "new": values})  # fmt: skip
        return self.get(hypothesis_id)

    def delete(self, hypothesis_id: int) -> None:
        old = self.get(hypothesis_id)
        with self.project.transaction():
            self.conn.execute("DELETE FROM hypotheses WHERE id = ?", (hypothesis_id,))
            self.project.log("delete_hypothesis", "hypothesis", hypothesis_id,
                             {"statement": old.statement})  # fmt: skip

    def move(self, hypothesis_id: int, position: int) -> None:
        """Put a hypothesis at ``position`` (0 = first) in the list."""
        order = [h.id for h in self.list()]
        if hypothesis_id not in order:
            self.get(hypothesis_id)  # raises the clear error
        order.remove(hypothesis_id)
        order.insert(max(0, min(position, len(order))), hypothesis_id)
        with self.project.transaction():
            self.conn.executemany(
                "UPDATE hypotheses SET position = ? WHERE id = ?",
                [(i, h) for i, h in enumerate(order)],
            )
            self.project.log("move_hypothesis", "hypothesis", hypothesis_id,
                             {"position": position})  # fmt: skip

    def set_sources(
        self, hypothesis_id: int, code_ids: Sequence[int] = (), theme_ids: Sequence[int] = ()
    ) -> None:
        self.get(hypothesis_id)
        with self.project.transaction():
            self.conn.execute(
                "DELETE FROM hypothesis_sources WHERE hypothesis_id = ?", (hypothesis_id,)
            )
            self._write_sources(hypothesis_id, code_ids, theme_ids)
            self._touch(hypothesis_id)
            self.project.log("set_hypothesis_sources", "hypothesis", hypothesis_id,
                             {"codes": list(code_ids), "themes": list(theme_ids)})  # fmt: skip

    def set_evidence(self, hypothesis_id: int, segment_ids: Sequence[int]) -> None:
        """Cite exactly ``segment_ids``, in that order."""
        self.get(hypothesis_id)
        with self.project.transaction():
            self.conn.execute(
                "DELETE FROM hypothesis_evidence WHERE hypothesis_id = ?", (hypothesis_id,)
            )
            self._write_evidence(hypothesis_id, segment_ids)
            self._touch(hypothesis_id)
            self.project.log("set_hypothesis_evidence", "hypothesis", hypothesis_id,
                             {"segments": list(segment_ids)})  # fmt: skip

    def add_evidence(self, hypothesis_id: int, segment_ids: Sequence[int]) -> int:
        """Cite more segments (at the end); returns how many were new."""
        current = self.get(hypothesis_id).evidence_ids
        new = [s for s in dict.fromkeys(segment_ids) if s not in current]
        if new:
            self.set_evidence(hypothesis_id, [*current, *new])
        return len(new)

    def remove_evidence(self, hypothesis_id: int, segment_ids: Sequence[int]) -> int:
        current = self.get(hypothesis_id).evidence_ids
        kept = [s for s in current if s not in set(segment_ids)]
        if len(kept) != len(current):
            self.set_evidence(hypothesis_id, kept)
        return len(current) - len(kept)

    def set_stages(self, hypothesis_id: int, stage_ids: Sequence[int]) -> None:
        self.get(hypothesis_id)
        with self.project.transaction():
            self.conn.execute(
                "DELETE FROM hypothesis_stages WHERE hypothesis_id = ?", (hypothesis_id,)
            )
            self._write_stages(hypothesis_id, stage_ids)
            self._touch(hypothesis_id)
            self.project.log("set_hypothesis_stages", "hypothesis", hypothesis_id,
                             {"stages": list(stage_ids)})  # fmt: skip

    # -- survey items ------------------------------------------------------------

    def add_item(
        self, hypothesis_id: int, statement: str, *, scale: str = "likert5", reversed: bool = False
    ) -> SurveyItem:
        text = _check_item(statement, scale)
        self.get(hypothesis_id)
        with self.project.transaction():
            position = int(
                self.conn.execute(
                    "SELECT ifnull(max(position), -1) + 1 FROM survey_items "
                    "WHERE hypothesis_id = ?",
                    (hypothesis_id,),
                ).fetchone()[0]
            )
            item_id = int(
                self.conn.execute(
                    "INSERT INTO survey_items(hypothesis_id, position, statement, scale, reversed) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (hypothesis_id, position, text, scale, int(reversed)),
                ).lastrowid
            )
            self._touch(hypothesis_id)
            self.project.log("add_survey_item", "survey_item", item_id,
                             {"hypothesis": hypothesis_id, "statement": text})  # fmt: skip
        return self.item(item_id)

    def item(self, item_id: int) -> SurveyItem:
        r = self._one(
            f"SELECT {_ITEM_COLUMNS} FROM survey_items WHERE id = ?",
            (item_id,),
            _("There is no survey item with id {id} in this project.").format(id=item_id),
        )
        return SurveyItem(r[0], r[1], r[2], r[3], r[4], bool(r[5]))

    def update_item(
        self,
        item_id: int,
        *,
        statement: str | None = None,
        scale: str | None = None,
        reversed: bool | None = None,
    ) -> SurveyItem:
        old = self.item(item_id)
        text = _check_item(
            old.statement if statement is None else statement, old.scale if scale is None else scale
        )
        new = (text, scale or old.scale, old.reversed if reversed is None else reversed)
        if new == (old.statement, old.scale, old.reversed):
            return old
        with self.project.transaction():
            self.conn.execute(
                "UPDATE survey_items SET statement = ?, scale = ?, reversed = ? WHERE id = ?",
                (new[0], new[1], int(new[2]), item_id),
            )
            self._touch(old.hypothesis_id)
            self.project.log("update_survey_item", "survey_item", item_id,
                             {"old": [old.statement, old.scale, old.reversed],
                              "new": list(new)})  # fmt: skip
        return self.item(item_id)

    def delete_item(self, item_id: int) -> None:
        old = self.item(item_id)
        with self.project.transaction():
            self.conn.execute("DELETE FROM survey_items WHERE id = ?", (item_id,))
            self._touch(old.hypothesis_id)
            self.project.log("delete_survey_item", "survey_item", item_id,
                             {"statement": old.statement})  # fmt: skip

    # -- helpers -----------------------------------------------------------------

    def _touch(self, hypothesis_id: int) -> None:
        from workbench.project import utcnow

        self.conn.execute(
            "UPDATE hypotheses SET modified = ? WHERE id = ?", (utcnow(), hypothesis_id)
        )

    def _write_sources(
        self, hypothesis_id: int, code_ids: Sequence[int], theme_ids: Sequence[int]
    ) -> None:
        for code_id in dict.fromkeys(code_ids):
            self.project.codes.get(code_id)  # a clear error for an unknown code
            self.conn.execute(
                "INSERT INTO hypothesis_sources(hypothesis_id, code_id) VALUES (?, ?)",
                (hypothesis_id, code_id),
            )
        known = {t.id for t in self.project.themes.accepted()}
        for theme_id in dict.fromkeys(theme_ids):
            if theme_id not in known:
                raise NotFoundError(
                    _("There is no accepted theme with id {id} in this project.").format(
                        id=theme_id
                    )
                )
            self.conn.execute(
                "INSERT INTO hypothesis_sources(hypothesis_id, theme_id) VALUES (?, ?)",
                (hypothesis_id, theme_id),
            )

    def _write_evidence(self, hypothesis_id: int, segment_ids: Sequence[int]) -> None:
        ids = builtins.list(dict.fromkeys(segment_ids))
        if ids:
            marks = ",".join("?" * len(ids))
            known = {r[0] for r in self.conn.execute(
                f"SELECT id FROM segments WHERE id IN ({marks})", ids)}  # fmt: skip
            missing = [s for s in ids if s not in known]
            if missing:
                raise NotFoundError(
                    _("There is no segment with id {id} in this project.").format(id=missing[0])
                )
        self.conn.executemany(
            "INSERT INTO hypothesis_evidence(hypothesis_id, segment_id, position) VALUES (?, ?, ?)",
            [(hypothesis_id, s, i) for i, s in enumerate(ids)],
        )

    def _write_stages(self, hypothesis_id: int, stage_ids: Sequence[int]) -> None:
        known = {s.id for s in self.project.schemes.stages()}
        for stage_id in dict.fromkeys(stage_ids):
            if stage_id not in known:
                raise NotFoundError(
                    _("There is no journey stage with id {id} in this project.").format(id=stage_id)
                )
            self.conn.execute(
                "INSERT INTO hypothesis_stages(hypothesis_id, stage_id) VALUES (?, ?)",
                (hypothesis_id, stage_id),
            )

    def _strongest(self, segment_ids: Sequence[int]) -> builtins.list[int]:
        """Up to DEFAULT_EVIDENCE segments, strongest feeling (|valence|) first and
        from as many documents as possible, kept in document order."""
        if not segment_ids:
            return []
        marks = ",".join("?" * len(segment_ids))
        rows = self.conn.execute(
            f"SELECT id, document_id, abs(ifnull(valence, 0)) FROM segments WHERE id IN ({marks}) "
            'ORDER BY document_id, start, "end"',
            builtins.list(segment_ids),
        ).fetchall()
        order = {r[0]: i for i, r in enumerate(rows)}
        seen_docs: dict[int, int] = {}
        ranked = []
        for seg_id, doc_id, strength in sorted(rows, key=lambda r: (-r[2], order[r[0]])):
            ranked.append((seen_docs.get(doc_id, 0), -strength, order[seg_id], seg_id))
            seen_docs[doc_id] = seen_docs.get(doc_id, 0) + 1
        chosen = sorted(ranked)[:DEFAULT_EVIDENCE]
        return [seg_id for *_rest, seg_id in sorted(chosen, key=lambda c: c[2])]

    def _stages_of(self, segment_ids: Sequence[int]) -> builtins.list[int]:
        if not segment_ids:
            return []
        marks = ",".join("?" * len(segment_ids))
        return [
            r[0]
            for r in self.conn.execute(
                f"SELECT DISTINCT stage_id FROM segments WHERE id IN ({marks}) "
                "AND stage_id IS NOT NULL",
                builtins.list(segment_ids),
            )
        ]
