"""Schema version 5: the workshop board's layout.

One row per thing on the board: a card (for an accepted theme or, in a project
without accepted themes, a top-level code), a group (a named frame that holds
cards) or a sticky note. Positions are scene units; a group also has a size.
A note's text is a memo (on the card's code when it sticks to a card, else a
project memo), so notes show up wherever memos do; the row only places it.
Votes are not here: dots live in ``votes`` (schema version 4). The workshop's
settings (dots per participant) have a table of their own rather than a
``teema_meta`` row, so changing them is undoable like any other edit.
"""

from __future__ import annotations

import sqlite3

KINDS = ("card", "group", "note")

SCHEMA_V5 = """
CREATE TABLE workshop_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE board_items (
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL CHECK (kind IN ('card', 'group', 'note')),
    code_id  INTEGER REFERENCES codes(id) ON DELETE CASCADE,
    theme_id INTEGER REFERENCES accepted_themes(id) ON DELETE CASCADE,
    memo_id  INTEGER REFERENCES memos(id) ON DELETE CASCADE,
    -- a card's group
    group_id INTEGER REFERENCES board_items(id) ON DELETE SET NULL,
    -- the card a note sticks to (NULL: free on the board)
    card_id  INTEGER REFERENCES board_items(id) ON DELETE SET NULL,
    -- a group's name (a card's name is its code's or theme's)
    name     TEXT NOT NULL DEFAULT '',
    x        REAL NOT NULL DEFAULT 0,
    y        REAL NOT NULL DEFAULT 0,
    w        REAL NOT NULL DEFAULT 0,
    h        REAL NOT NULL DEFAULT 0,
    created  TEXT NOT NULL,
    CHECK (kind != 'card' OR (code_id IS NOT NULL) + (theme_id IS NOT NULL) = 1),
    CHECK (kind != 'note' OR memo_id IS NOT NULL)
);
CREATE UNIQUE INDEX board_items_code ON board_items(code_id) WHERE kind = 'card';
CREATE UNIQUE INDEX board_items_theme ON board_items(theme_id) WHERE kind = 'card';
CREATE INDEX board_items_group ON board_items(group_id);
CREATE INDEX board_items_card ON board_items(card_id);
CREATE INDEX board_items_memo ON board_items(memo_id);
"""


def migrate(conn: sqlite3.Connection) -> None:
    """Add the board table (nothing existing changes)."""
    from workbench.store.migrations import _split

    for statement in _split(SCHEMA_V5):
        conn.execute(statement)
