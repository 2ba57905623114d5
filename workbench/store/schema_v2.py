"""Schema version 2: the language-processing cache (tokens, lemmas, search index)."""

from __future__ import annotations

import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    """Placeholder until the NLP cache tables land (nothing to add yet)."""
