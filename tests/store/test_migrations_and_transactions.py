"""Migrations back up first and are all-or-nothing; user actions are all-or-nothing;
the change log is append-only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workbench.errors import MigrationError, NotFoundError, ReadOnlyProjectError, ValidationError
from workbench.project import Project
from workbench.store import migrations

#: The version a test pretends a newer Teema introduced.
NEXT = migrations.current_version() + 1
NOW = NEXT - 1


def _v2_add_column(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE codes ADD COLUMN shortcut TEXT")


def _v2_broken(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE codes ADD COLUMN shortcut TEXT")
    conn.execute("ALTER TABLE no_such_table ADD COLUMN x TEXT")


def test_upgrade_writes_backup_then_migrates(
    project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Project.create(project_path) as p:
        p.codes.create("Jonot")
    monkeypatch.setitem(migrations.MIGRATIONS, NEXT, _v2_add_column)
    with Project.open(project_path) as p:
        assert migrations.read_version(p.conn) == NEXT
        columns = [r[1] for r in p.conn.execute("PRAGMA table_info(codes)")]
        assert "shortcut" in columns
        backup = p.migration_backup
        assert [c.name for c in p.codes.list()] == ["Jonot"]
    assert backup is not None and backup.exists()
    assert backup.name.startswith(f"study.v{NOW}-backup-")
    old = sqlite3.connect(backup)
    assert old.execute("SELECT value FROM teema_meta WHERE key='schema_version'").fetchone() == (
        str(NOW),
    )
    assert old.execute("SELECT name FROM codes").fetchall() == [("Jonot",)]
    old.close()


def test_failed_upgrade_leaves_project_as_it_was(
    project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Project.create(project_path).close()
    monkeypatch.setitem(migrations.MIGRATIONS, NEXT, _v2_broken)
    with pytest.raises(MigrationError, match=rf"from version {NOW} to {NEXT} failed.*backup"):
        Project.open(project_path)
    conn = sqlite3.connect(project_path)
    assert migrations.read_version(conn) == NOW
    assert "shortcut" not in [r[1] for r in conn.execute("PRAGMA table_info(codes)")]
    conn.close()
    # And once the bug is fixed the upgrade goes through.
    monkeypatch.setitem(migrations.MIGRATIONS, NEXT, _v2_add_column)
    with Project.open(project_path) as p:
        assert migrations.read_version(p.conn) == NEXT


def test_read_only_open_refuses_to_upgrade(
    project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Project.create(project_path).close()
    monkeypatch.setitem(migrations.MIGRATIONS, NEXT, _v2_add_column)
    with pytest.raises(ReadOnlyProjectError, match=r"older project format.*teema upgrade"):
        Project.open(project_path, readonly=True)
    from workbench.cli import main

    assert main(["upgrade", str(project_path)]) == 0
    with Project.open(project_path, readonly=True) as p:
        assert migrations.read_version(p.conn) == NEXT
    assert len(list(project_path.parent.glob(f"study.v{NOW}-backup-*.teema"))) == 1


def test_failed_action_leaves_nothing_half_written(project: Project) -> None:
    doc = project.documents.add("H1", "Kassajonot ovat pitkiä.", kind="interview", language="fi")
    code = project.codes.create("Jonot")
    before = (project.info(), len(project.changes()))
    with pytest.raises(ValidationError):
        # valence out of range: checked after the span is validated and text read
        project.segments.add(doc.id, 0, 10, code_ids=[code.id], valence=5)
    with pytest.raises(NotFoundError, match="no code with id 9999"):
        # an unknown code id is found after the segment row is written
        project.segments.add(doc.id, 0, 10, code_ids=[code.id, 9999])
    assert project.segments.for_document(doc.id) == []
    assert (project.info(), len(project.changes())) == before


def test_nested_actions_roll_back_together(project: Project) -> None:
    with pytest.raises(RuntimeError), project.transaction():
        project.codes.create("A")
        with project.transaction():
            project.codes.create("B")
        raise RuntimeError("user action failed half-way")
    assert project.codes.list() == []


def test_inner_failure_can_be_handled_by_outer_action(project: Project) -> None:
    with project.transaction():
        project.codes.create("A")
        with pytest.raises(ValidationError):
            project.codes.create("a")  # duplicate sibling name (case-insensitive)
        project.codes.create("B")
    assert [c.name for c in project.codes.list()] == ["A", "B"]


def test_change_log_is_append_only(project: Project) -> None:
    project.codes.create("Jonot")
    entries = project.changes()
    assert entries[0].action == "create_code"
    assert entries[0].coder == "tester"
    assert entries[0].details["name"] == "Jonot"
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        project.conn.execute("UPDATE change_log SET action = 'x'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        project.conn.execute("DELETE FROM change_log")


def test_committed_work_survives_a_killed_process(project_path: Path) -> None:
    """Every action is saved at once: nothing depends on a clean close."""
    import subprocess
    import sys
    import textwrap

    Project.create(project_path).close()
    script = textwrap.dedent(f"""
        import os
        from workbench.project import Project
        p = Project.open({str(project_path)!r})
        d = p.documents.add("H1", "Jonot olivat pitkät.", kind="interview", language="fi")
        c = p.codes.create("Jonot")
        p.segments.code(d.id, 0, 5, c.id)
        os._exit(9)  # no close, no checkpoint: as if the app was killed
    """)
    subprocess.run(
        [sys.executable, "-c", script], check=False, cwd=Path(__file__).resolve().parents[2]
    )
    with Project.open(project_path) as p:
        [seg] = p.segments.for_document(p.documents.list()[0].id)
        assert seg.text == "Jonot"
        assert p.codes.get(seg.code_ids[0]).name == "Jonot"
