"""Forward migrations of the project schema: one function per version.

``MIGRATIONS[n]`` turns a version ``n-1`` project into version ``n``. Version 1
creates the schema from nothing. Before upgrading an existing project, a copy
of it is written next to it (SQLite's online backup, so the copy is consistent
even with a WAL), and all steps run in one transaction: a failing step leaves
the project as it was and names the backup.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

from workbench.errors import MigrationError
from workbench.i18n import _
from workbench.store.schema import APPLICATION_ID, SCHEMA_V1

Migration = Callable[[sqlite3.Connection], None]


def _v1(conn: sqlite3.Connection) -> None:
    for statement in _split(SCHEMA_V1):
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _v2(conn: sqlite3.Connection) -> None:
    from workbench.store.schema_v2 import migrate

    migrate(conn)


def _v3(conn: sqlite3.Connection) -> None:
    from workbench.store.schema_v3 import migrate

    migrate(conn)


def _v4(conn: sqlite3.Connection) -> None:
    from workbench.store.schema_v4 import migrate

    migrate(conn)


def _v5(conn: sqlite3.Connection) -> None:
    from workbench.store.schema_v5 import migrate

    migrate(conn)


MIGRATIONS: dict[int, Migration] = {1: _v1, 2: _v2, 3: _v3, 4: _v4, 5: _v5}


def current_version() -> int:
    return max(MIGRATIONS)


def _split(script: str) -> list[str]:
    """Split a schema script into statements (``sqlite3.complete_statement`` keeps
    trigger bodies, which contain semicolons, whole)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def read_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM teema_meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.v{version}-backup-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.stem}.v{version}-backup-{stamp}-{counter}{path.suffix}")
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def upgrade(conn: sqlite3.Connection, path: Path | None, from_version: int) -> Path | None:
    """Run every migration after ``from_version``; returns the backup written, if any.

    ``path`` is None for a brand-new project (nothing to back up).
    """
    target = current_version()
    if from_version >= target:
        return None
    backup_path = backup(conn, path, from_version) if path is not None and from_version else None
    # Table rebuilds in later migrations need foreign keys off; they are checked after.
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for version in range(from_version + 1, target + 1):
                MIGRATIONS[version](conn)
                conn.execute(
                    "INSERT INTO teema_meta(key, value) VALUES ('schema_version', ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (str(version),),
                )
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise sqlite3.IntegrityError(f"foreign key check failed: {problems[:3]}")
            conn.execute("COMMIT")
        except (sqlite3.Error, ValueError, KeyError) as exc:
            conn.execute("ROLLBACK")
            where = (
                _(" A copy of the project as it was is at {backup}.").format(backup=backup_path)
                if backup_path
                else ""
            )
            raise MigrationError(
                _("Upgrading the project from version {old} to {new} failed: {error}.").format(
                    old=from_version, new=target, error=exc
                )
                + where
            ) from exc
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
    return backup_path
