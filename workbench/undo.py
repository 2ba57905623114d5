"""Undo and redo for every edit, without Qt and without per-command code.

While recording is on, temporary triggers (on this connection only) write, for
every row an action inserts, updates or deletes, the SQL that reverses it —
the technique of https://www.sqlite.org/undoredo.html. A user action recorded
with :meth:`UndoRecorder.record` becomes a :class:`Changeset`: applying it
reverses the action in one transaction and returns the changeset that redoes
it. Cascaded deletes, merges and moves are covered because the database itself
reports every row it touched.

The change log is append-only and never recorded; undo and redo are logged in
it as actions of their own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.project import Project

#: Tables whose changes are not undone: the log itself and the project identity.
_NOT_RECORDED = frozenset({"change_log", "teema_meta"})
#: Derived data recomputed from the texts (language-processing cache, its FTS5
#: index — a virtual table, which cannot carry triggers): not edits, never undone.
_DERIVED_PREFIX = "cache_"


@dataclass(frozen=True)
class Changeset:
    """The SQL that reverses one recorded action, in the order to run it."""

    label: str
    statements: tuple[str, ...]
    tables: frozenset[str] = field(default_factory=frozenset)

    def __bool__(self) -> bool:
        return bool(self.statements)

    def apply(self, project: Project, action: str = "undo") -> Changeset:
        """Run the statements in one transaction; returns the changeset that reverses
        this one (redo for an undo, and vice versa)."""
        recorder = project.undo
        with recorder.record(self.label, action=action) as recording:
            # Replaying a cascade re-inserts children before their parent.
            project.conn.execute("PRAGMA defer_foreign_keys = ON")
            for statement in self.statements:
                project.conn.execute(statement)
        return recording.changeset


@dataclass
class Recording:
    label: str
    changeset: Changeset = field(default_factory=lambda: Changeset("", ()))


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class UndoRecorder:
    """Installs the undo triggers on a project's connection and cuts changesets."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.enabled = False

    def enable(self) -> None:
        """Start recording (the window does this; the command line does not pay for it)."""
        if self.enabled:
            return
        conn = self.project.conn
        conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS undo_log("
            "seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, sql TEXT NOT NULL)"
        )
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            if r[0] not in _NOT_RECORDED and not r[0].startswith(_DERIVED_PREFIX)
        ]
        for table in tables:
            for statement in _triggers(conn, table):
                conn.execute(statement)
        self.enabled = True

    @contextmanager
    def record(self, label: str, action: str = "edit") -> Iterator[Recording]:
        """Record everything done inside as one undoable action (one transaction)."""
        if not self.enabled:
            self.enable()
        recording = Recording(label)
        conn = self.project.conn
        with self.project.transaction():
            start = conn.execute("SELECT ifnull(max(seq), 0) FROM undo_log").fetchone()[0]
            yield recording
            rows = conn.execute(
                "SELECT tbl, sql FROM undo_log WHERE seq > ? ORDER BY seq DESC", (start,)
            ).fetchall()
            conn.execute("DELETE FROM undo_log WHERE seq > ?", (start,))
            if action != "edit" and rows:
                self.project.log(action, "project", None, {"label": label})
        recording.changeset = Changeset(
            label, tuple(r[1] for r in rows), frozenset(r[0] for r in rows)
        )


def _triggers(conn: sqlite3.Connection, table: str) -> list[str]:
    info = conn.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
    columns = [row[1] for row in info]
    has_rowid = not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = ? AND sql LIKE '%WITHOUT ROWID%'", (table,)
    ).fetchone()
    if has_rowid:
        keys = ["rowid"]
        insert_columns = ["rowid", *columns]
    else:
        keys = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]
        insert_columns = columns
    t = _quote(table)
    lit = table.replace("'", "''")

    def where(alias: str) -> str:
        parts = [f"'{_quote(k)}='||quote({alias}.{_quote(k)})" for k in keys]
        return "||' AND '||".join(parts)

    values = "||','||".join(f"quote(old.{_quote(c)})" for c in insert_columns)
    names = ",".join(_quote(c) for c in insert_columns)
    sets = "||','||".join(f"'{_quote(c)}='||quote(old.{_quote(c)})" for c in columns)
    name = f"undo_{table}"
    return [
        f"CREATE TEMP TRIGGER IF NOT EXISTS {_quote(name + '_i')} AFTER INSERT ON main.{t} "
        f"BEGIN INSERT INTO undo_log(tbl, sql) VALUES ('{lit}', "
        f"'DELETE FROM {t} WHERE '||{where('new')}); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS {_quote(name + '_u')} AFTER UPDATE ON main.{t} "
        f"BEGIN INSERT INTO undo_log(tbl, sql) VALUES ('{lit}', "
        f"'UPDATE {t} SET '||{sets}||' WHERE '||{where('new')}); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS {_quote(name + '_d')} BEFORE DELETE ON main.{t} "
        f"BEGIN INSERT INTO undo_log(tbl, sql) VALUES ('{lit}', "
        f"'INSERT INTO {t}({names}) VALUES ('||{values}||')'); END",
    ]
