"""Schema version 3 (the theme tables) from a version-2 project."""

from __future__ import annotations

import importlib
import re
import sqlite3
from pathlib import Path

from workbench.project import Project
from workbench.store import migrations

THEME_TABLES = {"theme_runs", "candidate_themes", "theme_units", "accepted_themes"}


def later_tables(after: int) -> list[str]:
    """Tables the migrations after version ``after`` create, newest first (so a
    table is dropped before the tables it references)."""
    names: list[str] = []
    for version in range(after + 1, migrations.current_version() + 1):
        module = importlib.import_module(f"workbench.store.schema_v{version}")
        script = getattr(module, f"SCHEMA_V{version}")
        names += re.findall(r"CREATE TABLE (\w+)", script)
    return names[::-1]


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_a_version_2_project_gains_the_theme_tables(project_path: Path) -> None:
    with Project.create(project_path, coder="tester") as p:
        doc = p.documents.add("H1", "Jonot olivat pitkät.", kind="interview", language="fi")
    # Make it a version-2 file, as an older Teema wrote it.
    conn = sqlite3.connect(project_path)
    for table in later_tables(2):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("UPDATE teema_meta SET value = '2' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with Project.open(project_path, coder="tester") as p:
        assert p.migration_backup is not None and p.migration_backup.exists()
        assert migrations.read_version(p.conn) == migrations.current_version()
        assert _tables(p.conn) >= THEME_TABLES
        assert p.documents.get(doc.id).name == "H1"
        assert p.themes.runs() == [] and p.themes.accepted() == []
    backup = sqlite3.connect(p.migration_backup)
    assert not THEME_TABLES & _tables(backup)
    backup.close()
