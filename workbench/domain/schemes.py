"""The project's emotion scheme and its customer-journey lists (stages, touchpoints).

Stages and touchpoints are configurable: a study of a bank's onboarding has
other stages than a grocery chain's. Emotions come as a scheme table (Plutchik
by default) so a later scheme can live beside it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from workbench.domain.base import Area
from workbench.errors import ValidationError
from workbench.i18n import _
from workbench.model import Emotion, JourneyStage, Touchpoint
from workbench.store.defaults import JOURNEY_STAGES, TOUCHPOINTS, plutchik

if TYPE_CHECKING:
    from workbench.project import Project

DEFAULT_SCHEME = "plutchik"


def install_defaults(project: Project) -> None:
    """Fill a new project's scheme tables (inside the creating transaction)."""
    conn = project.conn
    conn.executemany(
        "INSERT INTO emotions(scheme, family, intensity, label_en, label_fi, color, valence, "
        "position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(DEFAULT_SCHEME, *e, i) for i, e in enumerate(plutchik())],
    )
    conn.executemany(
        "INSERT INTO journey_stages(key, label_en, label_fi, position) VALUES (?, ?, ?, ?)",
        [(*s, i) for i, s in enumerate(JOURNEY_STAGES)],
    )
    stage_ids = dict(conn.execute("SELECT key, id FROM journey_stages"))
    conn.executemany(
        "INSERT INTO touchpoints(key, label_en, label_fi, stage_id, position) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            (t.key, t.label_en, t.label_fi, stage_ids.get(t.stage), i)
            for i, t in enumerate(TOUCHPOINTS)
        ],
    )


def _key_from(label: str) -> str:
    key = re.sub(r"[^\w]+", "_", label.strip().lower()).strip("_")
    if not key:
        raise ValidationError(_("A name cannot be empty."))
    return key


class Schemes(Area):
    # -- emotions --------------------------------------------------------------

    def emotions(self) -> list[Emotion]:
        return [
            Emotion(*r)
            for r in self.conn.execute(
                "SELECT id, family, intensity, label_en, label_fi, color, valence FROM emotions "
                "WHERE scheme = ? ORDER BY position",
                (DEFAULT_SCHEME,),
            )
        ]

    def emotion(self, family: str, intensity: int = 2) -> Emotion:
        """The emotion ``family`` (e.g. 'anger') at ``intensity`` 1-3."""
        row = self.conn.execute(
            "SELECT id, family, intensity, label_en, label_fi, color, valence FROM emotions "
            "WHERE scheme = ? AND family = ? AND intensity = ?",
            (DEFAULT_SCHEME, family, intensity),
        ).fetchone()
        if row is None:
            raise ValidationError(
                _("Unknown emotion '{family}' at intensity {intensity}.").format(
                    family=family, intensity=intensity
                )
            )
        return Emotion(*row)

    def get_emotion(self, emotion_id: int) -> Emotion:
        return Emotion(
            *self._one(
                "SELECT id, family, intensity, label_en, label_fi, color, valence FROM emotions "
                "WHERE id = ?",
                (emotion_id,),
                _("There is no emotion with id {id} in this project.").format(id=emotion_id),
            )
        )

    # -- journey stages -----------------------------------------------------------

    def stages(self) -> list[JourneyStage]:
        return [
            JourneyStage(*r)
            for r in self.conn.execute(
                "SELECT id, key, label_en, label_fi, position FROM journey_stages ORDER BY position"
            )
        ]

    def stage(self, key: str) -> JourneyStage:
        row = self.conn.execute(
            "SELECT id, key, label_en, label_fi, position FROM journey_stages WHERE key = ?", (key,)
        ).fetchone()
        if row is None:
            raise ValidationError(_("Unknown journey stage '{key}'.").format(key=key))
        return JourneyStage(*row)

    def add_stage(
        self, label_en: str, label_fi: str | None = None, position: int | None = None
    ) -> JourneyStage:
        key = _key_from(label_en)
        with self.project.transaction():
            if self.conn.execute("SELECT 1 FROM journey_stages WHERE key = ?", (key,)).fetchone():
                raise ValidationError(
                    _("A journey stage '{name}' already exists.").format(name=label_en)
                )
            if position is None:
                position = self.conn.execute(
                    "SELECT ifnull(max(position) + 1, 0) FROM journey_stages"
                ).fetchone()[0]
            else:
                self.conn.execute(
                    "UPDATE journey_stages SET position = position + 1 WHERE position >= ?",
                    (position,),
                )
            cur = self.conn.execute(
                "INSERT INTO journey_stages(key, label_en, label_fi, position) VALUES (?, ?, ?, ?)",
                (key, label_en, label_fi or label_en, position),
            )
            self.project.log(
                "add_stage",
                "journey_stage",
                cur.lastrowid,
                {"key": key, "label_en": label_en, "position": position},
            )
        return self.stage(key)

    def rename_stage(self, stage_id: int, label_en: str, label_fi: str) -> None:
        with self.project.transaction():
            old = self._one(
                "SELECT label_en, label_fi FROM journey_stages WHERE id = ?",
                (stage_id,),
                _("There is no journey stage with id {id} in this project.").format(id=stage_id),
            )
            self.conn.execute(
                "UPDATE journey_stages SET label_en = ?, label_fi = ? WHERE id = ?",
                (label_en, label_fi, stage_id),
            )
            self.project.log(
                "rename_stage",
                "journey_stage",
                stage_id,
                {"old": list(old), "new": [label_en, label_fi]},
            )

    def remove_stage(self, stage_id: int) -> int:
        """Remove a stage; segments placed in it lose their stage. Returns how many did."""
        with self.project.transaction():
            key = self._one(
                "SELECT key FROM journey_stages WHERE id = ?",
                (stage_id,),
                _("There is no journey stage with id {id} in this project.").format(id=stage_id),
            )[0]
            affected = self.conn.execute(
                "SELECT count(*) FROM segments WHERE stage_id = ?", (stage_id,)
            ).fetchone()[0]
            self.conn.execute("DELETE FROM journey_stages WHERE id = ?", (stage_id,))
            # Keep positions compact so a position is also the stage's index.
            self.conn.executemany(
                "UPDATE journey_stages SET position = ? WHERE id = ?",
                [(i, s.id) for i, s in enumerate(self.stages())],
            )
            self.project.log(
                "remove_stage", "journey_stage", stage_id, {"key": key, "segments": affected}
            )
        return int(affected)

    # -- touchpoints ----------------------------------------------------------------

    def touchpoints(self) -> list[Touchpoint]:
        return [
            Touchpoint(*r)
            for r in self.conn.execute(
                "SELECT id, key, label_en, label_fi, stage_id, position FROM touchpoints "
                "ORDER BY position"
            )
        ]

    def touchpoint(self, key: str) -> Touchpoint:
        row = self.conn.execute(
            "SELECT id, key, label_en, label_fi, stage_id, position FROM touchpoints WHERE key = ?",
            (key,),
        ).fetchone()
        if row is None:
            raise ValidationError(_("Unknown touchpoint '{key}'.").format(key=key))
        return Touchpoint(*row)

    def add_touchpoint(
        self, label_en: str, label_fi: str | None = None, stage_id: int | None = None
    ) -> Touchpoint:
        key = _key_from(label_en)
        with self.project.transaction():
            if self.conn.execute("SELECT 1 FROM touchpoints WHERE key = ?", (key,)).fetchone():
                raise ValidationError(
                    _("A touchpoint '{name}' already exists.").format(name=label_en)
                )
            position = self.conn.execute(
                "SELECT ifnull(max(position) + 1, 0) FROM touchpoints"
            ).fetchone()[0]
            cur = self.conn.execute(
                "INSERT INTO touchpoints(key, label_en, label_fi, stage_id, position) "
                "VALUES (?, ?, ?, ?, ?)",
                (key, label_en, label_fi or label_en, stage_id, position),
            )
            self.project.log("add_touchpoint", "touchpoint", cur.lastrowid, {"key": key})
        return self.touchpoint(key)
