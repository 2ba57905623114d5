"""Opening project files: every way a file can be wrong gets its own clear error."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from workbench.errors import (
    CorruptProjectError,
    NewerProjectError,
    NotAProjectError,
    ProjectError,
    ProjectLockedError,
    ReadOnlyProjectError,
)
from workbench.project import Project
from workbench.store import migrations


def test_new_project_has_wal_foreign_keys_and_identity(project: Project) -> None:
    assert project.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert project.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert project.conn.execute("PRAGMA application_id").fetchone()[0] == 0x5445454D
    assert migrations.read_version(project.conn) == migrations.current_version()
    assert len(project.schemes.emotions()) == 24
    assert [s.key for s in project.schemes.stages()] == [
        "awareness",
        "consideration",
        "purchase",
        "delivery",
        "use",
        "support",
        "loyalty",
    ]


def test_reopen_keeps_everything(project_path: Path) -> None:
    with Project.create(project_path, name="Kevät 2024", language="en") as p:
        p.codes.create("Jonot")
    with Project.open(project_path) as p:
        assert p.name == "Kevät 2024"
        assert p.language == "en"
        assert [c.name for c in p.codes.list()] == ["Jonot"]


def test_create_refuses_existing_file(project_path: Path) -> None:
    Project.create(project_path).close()
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(project_path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="does not exist"):
        Project.open(tmp_path / "nope.teema")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"Haastattelu H1\nPaivamaara: 12.3.2024\n", "not an SQLite database"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "not an SQLite database"),
    ],
)
def test_not_a_project(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.teema"
    path.write_bytes(content)
    with pytest.raises(NotAProjectError, match=message):
        Project.open(path)


def test_sqlite_database_of_another_program(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes(x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAProjectError, match="another program"):
        Project.open(path)
    # The refused open must not leave a lock behind.
    assert not (tmp_path / "other.sqlite.lock").exists()


def test_newer_version_is_refused(project_path: Path) -> None:
    Project.create(project_path).close()
    conn = sqlite3.connect(project_path)
    conn.execute("UPDATE teema_meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(NewerProjectError, match="newer version of Teema"):
        Project.open(project_path)


def test_corrupt_file_is_reported(project_path: Path) -> None:
    with Project.create(project_path) as p:
        for i in range(200):
            p.documents.add(f"doc {i}", "teksti " * 200, kind="interview", language="fi")
    data = bytearray(project_path.read_bytes())
    page = 4096
    # Overwrite a few pages in the middle with noise (not the header page).
    for offset in range(page * 3, min(len(data), page * 12), 7):
        data[offset] = (data[offset] * 31 + 17) % 256
    project_path.write_bytes(bytes(data))
    with pytest.raises(CorruptProjectError, match="damaged"):
        Project.open(project_path)


def test_truncated_file_is_reported(project_path: Path) -> None:
    Project.create(project_path).close()
    project_path.write_bytes(project_path.read_bytes()[:60])
    with pytest.raises(CorruptProjectError, match="cut short"):
        Project.open(project_path)


def test_read_only_file(project_path: Path) -> None:
    with Project.create(project_path) as p:
        p.codes.create("Hinnat")
    os.chmod(project_path, stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(ReadOnlyProjectError, match="read-only"):
            Project.open(project_path)
        with Project.open(project_path, readonly=True) as p:
            assert [c.name for c in p.codes.list()] == ["Hinnat"]
            with pytest.raises(ReadOnlyProjectError):
                p.codes.create("Uusi")
    finally:
        os.chmod(project_path, stat.S_IRUSR | stat.S_IWUSR)


def test_second_writer_is_refused_and_reader_allowed(project_path: Path) -> None:
    first = Project.create(project_path)
    try:
        with pytest.raises(ProjectLockedError, match="already open for writing"):
            Project.open(project_path)
        with Project.open(project_path, readonly=True) as reader:
            assert reader.info().documents == 0
    finally:
        first.close()
    # Closed: the next writer gets it.
    Project.open(project_path).close()


def test_lock_dies_with_its_process(project_path: Path) -> None:
    """A killed Teema must not leave the project locked."""
    Project.create(project_path).close()
    script = textwrap.dedent(f"""
        import sys, time
        from workbench.project import Project
        p = Project.open({str(project_path)!r})
        print("open", flush=True)
        time.sleep(60)
    """)
    with subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2],
        text=True,
    ) as proc:
        try:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "open"
            with pytest.raises(ProjectLockedError, match=f"process {proc.pid}"):
                Project.open(project_path)
        finally:
            proc.kill()
            proc.wait()
    with Project.open(project_path) as p:
        assert p.info().coders >= 1
