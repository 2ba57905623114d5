"""One writer per project file.

SQLite would let two Teema windows write the same project and interleave their
edits (and their undo stacks). We refuse the second writer instead: an OS-level
advisory lock on ``<project>.lock`` that the kernel releases when the process
ends, so a crash never leaves a stale lock. The file records who holds it so the
message can say so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO

from workbench.errors import ProjectLockedError
from workbench.i18n import _

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def lock_path(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + ".lock")


class ProjectLock:
    """Held while a project is open for writing; ``release()`` (or process exit) frees it."""

    def __init__(self, project_path: Path) -> None:
        self.path = lock_path(project_path)
        self._handle: IO[str] | None = None
        handle = self._acquire(project_path)
        handle.seek(0)
        handle.truncate()
        json.dump(
            {
                "user": getpass.getuser(),
                "host": socket.gethostname(),
                "pid": os.getpid(),
                "since": dt.datetime.now().isoformat(timespec="seconds"),
            },
            handle,
        )
        handle.flush()
        self._handle = handle

    def _acquire(self, project_path: Path) -> IO[str]:
        # A releasing holder unlinks the file; if we locked the old inode just
        # before that, our lock guards nothing, so check and try again.
        for _attempt in range(5):
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open
            if not _try_lock(handle):
                holder = _read_holder(handle)
                handle.close()
                raise ProjectLockedError(
                    _(
                        "{project} is already open for writing by {holder}. "
                        "Close it there first, or open it read-only."
                    ).format(project=project_path.name, holder=holder)
                )
            try:
                same = os.path.samestat(os.fstat(handle.fileno()), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                return handle
            handle.close()
        raise ProjectLockedError(
            _("{project} is being opened by another program; try again.").format(
                project=project_path.name
            )
        )

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        handle.seek(0)
        handle.truncate()
        handle.flush()
        _unlock(handle)
        handle.close()
        # Another process may have taken the lock in between and still uses
        # the file; leaving an empty lock file behind is harmless.
        with contextlib.suppress(OSError):
            self.path.unlink()


def _read_holder(handle: IO[str]) -> str:
    handle.seek(0)
    try:
        info = json.loads(handle.read() or "{}")
    except json.JSONDecodeError:
        info = {}
    if not info:
        return _("another program")
    return _("{user} on {host} (process {pid}, since {since})").format(
        user=info.get("user", "?"),
        host=info.get("host", "?"),
        pid=info.get("pid", "?"),
        since=info.get("since", "?"),
    )
