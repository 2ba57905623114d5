"""A Teema project: one SQLite file holding one study.

``Project`` owns the connection, the write lock, transactions and the change
log; the domain areas (documents, codes, segments ...) hang off it as small
APIs. Every public method that changes data runs in one transaction and writes
one or more change-log rows; an exception rolls all of it back.

    with Project.open("study.teema") as project:
        code = project.codes.create("Kassajonot")
        project.segments.code(doc_id, 120, 245, code.id)
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import sqlite_utils

from workbench.errors import ReadOnlyProjectError
from workbench.i18n import _
from workbench.model import ProjectInfo
from workbench.store import database, migrations
from workbench.undo import UndoRecorder


def utcnow() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def new_guid() -> str:
    return str(uuid.uuid4())


class Project:
    """An open project file. Use :meth:`create` or :meth:`open`, and close it."""

    def __init__(self, path: Path, opened: database.OpenedDatabase, coder: str | None) -> None:
        from workbench.domain.attributes import Attributes
        from workbench.domain.board import Board
        from workbench.domain.cases import Cases
        from workbench.domain.coders import Coders
        from workbench.domain.codes import Codes
        from workbench.domain.documents import Documents
        from workbench.domain.hypotheses import Hypotheses
        from workbench.domain.memos import Memos
        from workbench.domain.nlp_cache import NlpCache
        from workbench.domain.queries import Queries
        from workbench.domain.schemes import Schemes
        from workbench.domain.segments import Segments
        from workbench.domain.themes import Themes
        from workbench.domain.votes import Votes

        self.path = Path(path)
        self.conn: sqlite3.Connection = opened.conn
        self.db = sqlite_utils.Database(self.conn)
        self.readonly = opened.readonly
        #: The backup written before a schema upgrade on this open, if any.
        self.migration_backup = opened.backup
        self._lock = opened.lock
        self._depth = 0
        self.coders = Coders(self)
        self.coder_name = coder or getpass.getuser() or "researcher"
        self.coder_id: int | None = None
        if not self.readonly:
            self.coder_id = self.coders.ensure(self.coder_name).id
        self.documents = Documents(self)
        self.cases = Cases(self)
        self.attributes = Attributes(self)
        self.codes = Codes(self)
        self.segments = Segments(self)
        self.memos = Memos(self)
        self.schemes = Schemes(self)
        self.queries = Queries(self)
        self.nlp = NlpCache(self)
        self.themes = Themes(self)
        self.hypotheses = Hypotheses(self)
        self.votes = Votes(self)
        self.board = Board(self)
        self.undo = UndoRecorder(self)

    # -- life cycle --------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | Path,
        *,
        name: str | None = None,
        language: str = "fi",
        coder: str | None = None,
    ) -> Project:
        """Create a new project with the default emotion scheme and journey lists."""
        from workbench.domain.schemes import install_defaults

        opened = database.create_database(Path(path))
        project = cls(Path(path), opened, coder)
        with project.transaction():
            project._set_meta("name", name or Path(path).stem)
            project._set_meta("language", language)
            project._set_meta("created", utcnow())
            install_defaults(project)
            project.log("create_project", "project", None, {"name": name or Path(path).stem})
        return project

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        readonly: bool = False,
        coder: str | None = None,
        check: str = "integrity_check",
    ) -> Project:
        """Open an existing project (see :mod:`workbench.store.database` for the checks)."""
        opened = database.open_database(Path(path), readonly=readonly, check=check)
        return cls(Path(path), opened, coder)

    def close(self) -> None:
        if self.conn is None:
            return
        if not self.readonly:
            # Fold the WAL back so the project is one self-contained file again.
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()
        self.conn = None  # type: ignore[assignment]
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Project:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- transactions and the change log ------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing: nested calls become savepoints of the outer transaction."""
        if self.readonly:
            raise ReadOnlyProjectError(
                _("{name} is open read-only; changes cannot be saved.").format(name=self.path.name)
            )
        depth = self._depth
        self.conn.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT sp{depth}")
        self._depth += 1
        try:
            yield
        except BaseException:
            if depth == 0:
                self.conn.execute("ROLLBACK")
            else:
                self.conn.execute(f"ROLLBACK TO sp{depth}")
                self.conn.execute(f"RELEASE sp{depth}")
            raise
        else:
            self.conn.execute("COMMIT" if depth == 0 else f"RELEASE sp{depth}")
        finally:
            self._depth = depth

    def log(self, action: str, entity: str, entity_id: int | None, details: Any = None) -> None:
        """Append to the change log (inside the caller's transaction)."""
        if self._depth == 0:
            raise RuntimeError("log() must be called inside a transaction")
        self.conn.execute(
            "INSERT INTO change_log(at, coder, action, entity, entity_id, details) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                utcnow(),
                self.coder_name,
                action,
                entity,
                entity_id,
                json.dumps(details or {}, ensure_ascii=False, default=str),
            ),
        )

    def changes(self, *, entity: str | None = None, limit: int = 1000) -> list[Any]:
        from workbench.model import Change

        sql = "SELECT id, at, coder, action, entity, entity_id, details FROM change_log"
        params: list[Any] = []
        if entity:
            sql += " WHERE entity = ?"
            params.append(entity)
        sql += " ORDER BY id DESC LIMIT ?"
        params.append(limit)
        return [
            Change(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]))
            for r in self.conn.execute(sql, params)
        ]

    # -- project metadata ----------------------------------------------------

    def _meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM teema_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO teema_meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    @property
    def name(self) -> str:
        return self._meta("name", self.path.stem)

    @property
    def language(self) -> str:
        """The project's reporting language ('fi' or 'en')."""
        return self._meta("language", "fi")

    def set_language(self, language: str) -> None:
        from workbench.errors import ValidationError

        if language not in ("fi", "en"):
            raise ValidationError(_("The project language must be fi or en."))
        with self.transaction():
            old = self.language
            self._set_meta("language", language)
            self.log("set_language", "project", None, {"old": old, "new": language})

    def info(self) -> ProjectInfo:
        """Counts for ``teema info`` and the status bar (one pass, no text read)."""
        q = self.conn.execute

        def count(table: str) -> int:
            return int(q(f"SELECT count(*) FROM {table}").fetchone()[0])

        by_kind = dict(q("SELECT kind, count(*) FROM documents GROUP BY kind ORDER BY kind"))
        return ProjectInfo(
            name=self.name,
            language=self.language,
            schema_version=migrations.read_version(self.conn),
            created=self._meta("created"),
            documents=sum(by_kind.values()),
            documents_by_kind=by_kind,
            characters=int(q("SELECT ifnull(sum(length), 0) FROM documents").fetchone()[0]),
            cases=count("cases"),
            codes=count("codes"),
            segments=count("segments"),
            memos=count("memos"),
            coders=count("coders"),
            changes=count("change_log"),
        )
