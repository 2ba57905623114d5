"""Schema version 3: theme clustering runs, candidate themes and accepted themes.

A run records what was clustered and how (unit kind, filters, parameters), so it
can be reproduced. Its units are spans of documents (a coded segment's id when
the unit is one); each unit belongs to at most one candidate theme of the run
(``theme_id`` NULL = dropped from every theme). Review edits candidate themes in
place: merged themes are deleted, a split adds one theme; accepting writes an
``accepted_themes`` row, which is what the workshop board and hypotheses use.
"""

from __future__ import annotations

import sqlite3

SCHEMA_V3 = """
CREATE TABLE theme_runs (
    id         INTEGER PRIMARY KEY,
    unit_kind  TEXT NOT NULL CHECK (unit_kind IN ('segments','turns','paragraphs','answers')),
    filters    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(filters)),
    parameters TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(parameters)),
    coder_id   INTEGER REFERENCES coders(id) ON DELETE SET NULL,
    created    TEXT NOT NULL
);

CREATE TABLE candidate_themes (
    id       INTEGER PRIMARY KEY,
    run_id   INTEGER NOT NULL REFERENCES theme_runs(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label    TEXT NOT NULL,
    keywords TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(keywords)),
    status   TEXT NOT NULL DEFAULT 'candidate'
             CHECK (status IN ('candidate','accepted','rejected')),
    modified TEXT NOT NULL
);
CREATE INDEX candidate_themes_run ON candidate_themes(run_id, position);

CREATE TABLE theme_units (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES theme_runs(id) ON DELETE CASCADE,
    theme_id    INTEGER REFERENCES candidate_themes(id) ON DELETE SET NULL,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL CHECK (start >= 0),
    "end"       INTEGER NOT NULL CHECK ("end" > start),
    segment_id  INTEGER REFERENCES segments(id) ON DELETE SET NULL,
    -- 1 = the theme's most representative quote, 2 the next ...; NULL = not a quote
    quote_rank  INTEGER,
    -- content lemmas and keyword lemmas (space-separated), so review can split a
    -- theme and relabel it without running the language pipeline again
    lemmas      TEXT NOT NULL DEFAULT '',
    keyterms    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX theme_units_run ON theme_units(run_id);
CREATE INDEX theme_units_theme ON theme_units(theme_id, quote_rank);
CREATE INDEX theme_units_document ON theme_units(document_id);

CREATE TABLE accepted_themes (
    id           INTEGER PRIMARY KEY,
    guid         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    code_id      INTEGER REFERENCES codes(id) ON DELETE SET NULL,
    candidate_id INTEGER UNIQUE REFERENCES candidate_themes(id) ON DELETE SET NULL,
    created      TEXT NOT NULL,
    modified     TEXT NOT NULL
);
"""


def migrate(conn: sqlite3.Connection) -> None:
    """Add the theme tables (nothing existing changes)."""
    from workbench.store.migrations import _split

    for statement in _split(SCHEMA_V3):
        conn.execute(statement)
