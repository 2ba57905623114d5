"""Opening and creating project files, with every check a user needs a clear
message for: missing, not a project, corrupt, newer, read-only, locked."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from workbench.errors import (
    CorruptProjectError,
    NewerProjectError,
    NotAProjectError,
    ProjectError,
    ReadOnlyProjectError,
)
from workbench.i18n import _
from workbench.store import migrations
from workbench.store.lock import ProjectLock
from workbench.store.schema import APPLICATION_ID

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class OpenedDatabase:
    conn: sqlite3.Connection
    lock: ProjectLock | None
    readonly: bool
    backup: Path | None = None


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        uri = path.resolve().as_uri() + "?mode=ro"
        if not os.access(path.parent, os.W_OK):
            # No -shm can be made next to it: read the file as it is.
            uri = path.resolve().as_uri() + "?immutable=1"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA temp_store = MEMORY")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        # In WAL mode NORMAL survives an application crash or kill; only an OS
        # crash or power cut can lose the last commits.
        conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def _check_header(path: Path) -> None:
    if not path.exists():
        raise ProjectError(_("{path} does not exist.").format(path=path))
    if path.is_dir():
        raise NotAProjectError(_("{path} is a folder, not a Teema project.").format(path=path))
    with open(path, "rb") as handle:
        header = handle.read(100)
    if not header:
        raise NotAProjectError(_("{path} is empty, not a Teema project.").format(path=path))
    if not header.startswith(SQLITE_MAGIC):
        raise NotAProjectError(
            _("{path} is not a Teema project (it is not an SQLite database).").format(path=path)
        )
    if len(header) < 100:
        raise CorruptProjectError(_("{path} is damaged: the file is cut short.").format(path=path))


def _check_writable(path: Path) -> None:
    # The mode bits count too: root may write anything, but a file the user
    # made read-only is meant to stay as it is.
    if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
        raise ReadOnlyProjectError(
            _("{path} is read-only. Open it read-only, or copy it somewhere you can write.").format(
                path=path
            )
        )
    if not os.access(path.parent, os.W_OK):
        raise ReadOnlyProjectError(
            _(
                "The folder of {path} is read-only, so Teema cannot save changes there. "
                "Open it read-only, or copy it somewhere you can write."
            ).format(path=path)
        )


def _verify(conn: sqlite3.Connection, path: Path, check: str) -> int:
    """Check identity and integrity; return the schema version found."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotAProjectError(
                _("{path} is an SQLite database of another program, not a Teema project.").format(
                    path=path
                )
            )
        result = [row[0] for row in conn.execute(f"PRAGMA {check}").fetchall()]
        if result != ["ok"]:
            raise CorruptProjectError(
                _(
                    "{path} is damaged ({problems}). Restore it from a backup; "
                    "'sqlite3 {name} .recover' may save part of it."
                ).format(path=path, problems="; ".join(result[:3]), name=path.name)
            )
        return migrations.read_version(conn)
    except sqlite3.DatabaseError as exc:
        raise CorruptProjectError(
            _("{path} is damaged and cannot be read: {error}.").format(path=path, error=exc)
        ) from exc


def open_database(
    path: Path, *, readonly: bool = False, check: str = "integrity_check"
) -> OpenedDatabase:
    """Open an existing project. ``check`` is the integrity pragma to run on open."""
    path = Path(path)
    _check_header(path)
    if not readonly:
        _check_writable(path)
    lock = None if readonly else ProjectLock(path)
    conn: sqlite3.Connection | None = None
    try:
        try:
            conn = _connect(path, readonly)
        except sqlite3.OperationalError as exc:
            if "readonly" in str(exc) or "read-only" in str(exc):
                raise ReadOnlyProjectError(
                    _("{path} cannot be written ({error}). Open it read-only.").format(
                        path=path, error=exc
                    )
                ) from exc
            raise CorruptProjectError(
                _("{path} cannot be opened: {error}.").format(path=path, error=exc)
            ) from exc
        except sqlite3.DatabaseError as exc:
            raise CorruptProjectError(
                _("{path} is damaged and cannot be read: {error}.").format(path=path, error=exc)
            ) from exc
        version = _verify(conn, path, check)
        newest = migrations.current_version()
        if version > newest:
            raise NewerProjectError(
                _(
                    "{path} was saved by a newer version of Teema (project format {found}; "
                    "this version reads up to {newest}). Update Teema to open it."
                ).format(path=path, found=version, newest=newest)
            )
        backup = None
        if version < newest:
            if readonly:
                raise ReadOnlyProjectError(
                    _(
                        "{path} uses an older project format ({found}) and must be upgraded "
                        "before it can be read; run 'teema upgrade {path}' "
                        "(or open it in the window) once."
                    ).format(path=path, found=version)
                )
            backup = migrations.upgrade(conn, path, version)
        return OpenedDatabase(conn, lock, readonly, backup)
    except BaseException:
        if conn is not None:
            conn.close()
        if lock is not None:
            lock.release()
        raise


def create_database(path: Path) -> OpenedDatabase:
    """Create a new, empty project at ``path`` (which must not exist)."""
    path = Path(path)
    if path.exists():
        raise ProjectError(
            _("{path} already exists; choose another name or open it.").format(path=path)
        )
    if not path.parent.exists():
        raise ProjectError(_("The folder {folder} does not exist.").format(folder=path.parent))
    if not os.access(path.parent, os.W_OK):
        raise ReadOnlyProjectError(
            _("Cannot create {path}: the folder is read-only.").format(path=path)
        )
    # Build it under a temporary name so a failure never leaves a half-made project.
    tmp = path.with_name(f".{path.name}.creating")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
        leftover.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        migrations.upgrade(conn, None, 0)
    finally:
        conn.close()
    os.replace(tmp, path)
    return open_database(path, check="quick_check")
