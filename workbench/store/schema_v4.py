"""Schema version 4: hypotheses with their evidence and draft survey items, and
workshop participants with their dot votes.

A hypothesis grows from one or more accepted themes or codes (its sources) and
cites coded segments as evidence. What the quantitative phase needs to test it
(method, metric, target segment, the survey items to field) lives beside it.
Derived figures (counts by document kind, the emotion profile of the evidence)
are computed when read, never stored, so they cannot go stale.

Votes are dots placed by named workshop participants on a theme or a code; they
rank themes in the client summary and hypotheses in the sheet.
"""

from __future__ import annotations

import sqlite3

METHODS = ("survey", "exit_poll", "panel", "web_analytics", "other")
PRIORITIES = ("high", "medium", "low")
STATUSES = ("draft", "ready", "supported", "not_supported")
SCALES = ("likert5", "likert7", "nps", "yes_no", "frequency")


def _enum(values: tuple[str, ...]) -> str:
    return ",".join(f"'{v}'" for v in values)


SCHEMA_V4 = f"""
CREATE TABLE hypotheses (
    id             INTEGER PRIMARY KEY,
    guid           TEXT NOT NULL UNIQUE,
    position       INTEGER NOT NULL DEFAULT 0,
    statement      TEXT NOT NULL CHECK (length(trim(statement)) > 0),
    rationale      TEXT NOT NULL DEFAULT '',
    target_segment TEXT NOT NULL DEFAULT '',
    method         TEXT NOT NULL DEFAULT 'survey' CHECK (method IN ({_enum(METHODS)})),
    metric         TEXT NOT NULL DEFAULT '',
    priority       TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ({_enum(PRIORITIES)})),
    status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ({_enum(STATUSES)})),
    created        TEXT NOT NULL,
    modified       TEXT NOT NULL
);

-- What a hypothesis grew from: an accepted theme or a code (exactly one per row).
CREATE TABLE hypothesis_sources (
    id            INTEGER PRIMARY KEY,
    hypothesis_id INTEGER NOT NULL REFERENCES hypotheses(id) ON DELETE CASCADE,
    theme_id      INTEGER REFERENCES accepted_themes(id) ON DELETE CASCADE,
    code_id       INTEGER REFERENCES codes(id) ON DELETE CASCADE,
    CHECK ((theme_id IS NOT NULL) + (code_id IS NOT NULL) = 1),
    UNIQUE (hypothesis_id, theme_id, code_id)
);
CREATE INDEX hypothesis_sources_hypothesis ON hypothesis_sources(hypothesis_id);
CREATE INDEX hypothesis_sources_code ON hypothesis_sources(code_id);
CREATE INDEX hypothesis_sources_theme ON hypothesis_sources(theme_id);

CREATE TABLE hypothesis_evidence (
    hypothesis_id INTEGER NOT NULL REFERENCES hypotheses(id) ON DELETE CASCADE,
    segment_id    INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (hypothesis_id, segment_id)
) WITHOUT ROWID;
CREATE INDEX hypothesis_evidence_segment ON hypothesis_evidence(segment_id);

CREATE TABLE hypothesis_stages (
    hypothesis_id INTEGER NOT NULL REFERENCES hypotheses(id) ON DELETE CASCADE,
    stage_id      INTEGER NOT NULL REFERENCES journey_stages(id) ON DELETE CASCADE,
    PRIMARY KEY (hypothesis_id, stage_id)
) WITHOUT ROWID;

CREATE TABLE survey_items (
    id            INTEGER PRIMARY KEY,
    hypothesis_id INTEGER NOT NULL REFERENCES hypotheses(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL DEFAULT 0,
    statement     TEXT NOT NULL CHECK (length(trim(statement)) > 0),
    scale         TEXT NOT NULL DEFAULT 'likert5' CHECK (scale IN ({_enum(SCALES)})),
    reversed      INTEGER NOT NULL DEFAULT 0 CHECK (reversed IN (0, 1))
);
CREATE INDEX survey_items_hypothesis ON survey_items(hypothesis_id, position);

CREATE TABLE workshop_participants (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE COLLATE NOCASE,
    position INTEGER NOT NULL DEFAULT 0,
    created  TEXT NOT NULL
);

-- One row per dot; a participant may put several dots on one target.
CREATE TABLE votes (
    id             INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES workshop_participants(id) ON DELETE CASCADE,
    theme_id       INTEGER REFERENCES accepted_themes(id) ON DELETE CASCADE,
    code_id        INTEGER REFERENCES codes(id) ON DELETE CASCADE,
    created        TEXT NOT NULL,
    CHECK ((theme_id IS NOT NULL) + (code_id IS NOT NULL) = 1)
);
CREATE INDEX votes_participant ON votes(participant_id);
CREATE INDEX votes_code ON votes(code_id);
CREATE INDEX votes_theme ON votes(theme_id);
"""


def migrate(conn: sqlite3.Connection) -> None:
    """Add the hypothesis and vote tables (nothing existing changes)."""
    from workbench.store.migrations import _split

    for statement in _split(SCHEMA_V4):
        conn.execute(statement)
