"""Schema version 3: theme clustering runs, candidate themes and accepted themes."""

from __future__ import annotations

import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    """Placeholder until the theme tables land (nothing to add yet)."""
