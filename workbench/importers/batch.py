"""Importing a batch of files into a project.

Each file is read by its importer and written in one transaction: a file either
arrives whole (documents, turns, checklist, cases, attributes) or not at all.
A bad file never stops the batch; every file gets a result line that names it
and says what happened.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from workbench.domain.documents import NewTurn
from workbench.errors import ImportRefused, TeemaError
from workbench.i18n import _, ngettext
from workbench.importers import FORMATS, reader_for
from workbench.importers.base import MAX_FILE_BYTES, ImportedDocument, ImportOptions, Source
from workbench.labels import kind_label, language_label
from workbench.model import Document

if TYPE_CHECKING:
    from workbench.project import Project

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
Status = Literal["imported", "refused", "skipped", "cancelled"]


@dataclass
class FileResult:
    path: Path
    status: Status
    message: str
    documents: list[Document] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status in ("imported", "skipped")

    def line(self) -> str:
        """One line for the CLI and the window's import report."""
        labels = {
            "imported": _("imported"),
            "refused": _("REFUSED"),
            "skipped": _("skipped"),
            "cancelled": _("cancelled"),
        }
        return f"{self.path.name}: {labels[self.status]} – {self.message}"


def read_file(path: Path, options: ImportOptions) -> tuple[list[ImportedDocument], str, str]:
    """Read one file into documents (no project involved). Returns the documents, the
    format name and the file's sha256. Raises ImportRefused with the reason."""
    reader, format_name = reader_for(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRefused(
                _("the file is too large ({size} MB; the limit is {limit} MB)").format(
                    size=size // 2**20, limit=MAX_FILE_BYTES // 2**20
                )
            )
        data = path.read_bytes()
    except IsADirectoryError as exc:
        raise ImportRefused(_("it is a folder, not a file")) from exc
    except FileNotFoundError as exc:
        raise ImportRefused(_("the file does not exist")) from exc
    except PermissionError as exc:
        raise ImportRefused(_("permission denied")) from exc
    except OSError as exc:
        raise ImportRefused(
            _("the file cannot be read ({error})").format(error=exc.strerror or exc)
        ) from exc
    if not data:
        raise ImportRefused(_("the file is empty"))
    documents = reader(data, Source(path), options)
    if not documents:
        raise ImportRefused(_("the file contains no text"))
    for document in documents:
        if options.kind:
            document.kind = options.kind
        if options.language:
            document.language = options.language
        document.check()
    return documents, format_name, hashlib.sha256(data).hexdigest()


def store_document(
    project: Project, doc: ImportedDocument, *, source_name: str, source_format: str, sha256: str
) -> Document:
    """Write one imported document with its cases and attributes (one transaction)."""
    with project.transaction():
        case_ids: dict[str, int] = {}
        for case in doc.cases:
            stored = project.cases.ensure(case.name)
            case_ids[case.name] = stored.id
            for name, attr in case.attributes.items():
                project.attributes.set("case", stored.id, name, attr.value, attr.type)
        turns = [
            NewTurn(
                t.start,
                t.end,
                t.speaker,
                t.role,
                t.timestamp_ms,
                case_ids.get(t.case) if t.case else None,
            )
            for t in doc.turns
        ]
        stored_doc = project.documents.add(
            doc.name,
            doc.text,
            kind=doc.kind,
            language=doc.language,
            date=doc.date,
            metadata=doc.metadata,
            source_name=source_name,
            source_format=source_format,
            source_sha256=sha256,
            turns=turns,
            checklist=doc.checklist,
        )
        for case_id in case_ids.values():
            project.documents.link_case(stored_doc.id, case_id)
        for name, attr in doc.attributes.items():
            project.attributes.set("document", stored_doc.id, name, attr.value, attr.type)
    return stored_doc


@dataclass
class ReadResult:
    """A file read (or refused) without touching a project: the part of an import
    that may run on a worker thread."""

    path: Path
    documents: list[ImportedDocument] = field(default_factory=list)
    format_name: str = ""
    sha256: str = ""
    error: str | None = None


_LIBRARY_ERRORS = (
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    RecursionError,
    MemoryError,
)


def read_one(path: Path, options: ImportOptions | None = None) -> ReadResult:
    """Read one file into documents; never raises for a bad file."""
    path = Path(path)
    try:
        documents, format_name, sha256 = read_file(path, options or ImportOptions())
    except TeemaError as exc:  # ImportRefused: the reason is in the message
        return ReadResult(path, error=str(exc))
    except _LIBRARY_ERRORS as exc:
        # A file that trips a library bug must not stop the batch; keep the details
        # in the log for a bug report and tell the user which file it was.
        log.exception("reading %s failed", path)
        return ReadResult(
            path,
            error=_("the file could not be read ({error})").format(
                error=f"{type(exc).__name__}: {exc}"
            ),
        )
    return ReadResult(path, documents, format_name, sha256)


def store_read(project: Project, read: ReadResult, *, allow_duplicates: bool = False) -> FileResult:
    """Write a file's documents (one transaction); must run on the project's thread."""
    if read.error is not None:
        return FileResult(read.path, "refused", read.error)
    if not allow_duplicates:
        earlier = project.documents.by_sha256(read.sha256)
        if earlier is not None:
            return FileResult(
                read.path, "skipped", _("already imported as '{name}'").format(name=earlier.name)
            )
    try:
        with project.transaction():
            stored = [
                store_document(
                    project,
                    doc,
                    source_name=read.path.name,
                    source_format=read.format_name,
                    sha256=read.sha256,
                )
                for doc in read.documents
            ]
    except TeemaError as exc:  # ValidationError from the store: nothing of the file stays
        return FileResult(read.path, "refused", str(exc))
    return FileResult(read.path, "imported", _summary(stored), stored)


def import_file(
    project: Project,
    path: Path,
    options: ImportOptions | None = None,
    *,
    allow_duplicates: bool = False,
) -> FileResult:
    """Import one file; never raises for a bad file (the result says why)."""
    return store_read(project, read_one(path, options), allow_duplicates=allow_duplicates)


def _summary(documents: list[Document]) -> str:
    chars = sum(d.length for d in documents)
    if len(documents) == 1:
        d = documents[0]
        return ngettext(
            "1 document ({kind}, {language}, {chars} character)",
            "1 document ({kind}, {language}, {chars} characters)",
            chars,
        ).format(kind=kind_label(d.kind), language=language_label(d.language), chars=chars)
    return _("{n} documents ({chars} characters)").format(n=len(documents), chars=chars)


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files to import: each file as given, and the importable files inside each folder
    (recursively, in name order; hidden files and folders are passed over)."""
    out: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            out += sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in FORMATS
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            out.append(path)
    return out


def read_files(
    paths: Iterable[Path],
    options: ImportOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[ReadResult]:
    """Read every file (and the importable files in each folder) without a project:
    the slow half of an import, safe on a worker thread. Stops early when cancelled."""
    paths = expand(paths)
    reads: list[ReadResult] = []
    for index, path in enumerate(paths):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(index, len(paths), path.name)
        reads.append(read_one(path, options))
    if progress is not None:
        progress(len(reads), len(paths), "")
    return reads


def import_files(
    project: Project,
    paths: Iterable[Path],
    options: ImportOptions | None = None,
    *,
    allow_duplicates: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[FileResult]:
    """Import every file (and the importable files in each folder); good files are kept
    whatever happens to the others."""
    paths = expand(paths)
    results: list[FileResult] = []
    for index, path in enumerate(paths):
        if cancelled is not None and cancelled():
            results.extend(
                FileResult(p, "cancelled", _("not imported: the import was cancelled"))
                for p in paths[index:]
            )
            break
        if progress is not None:
            progress(index, len(paths), path.name)
        results.append(import_file(project, path, options, allow_duplicates=allow_duplicates))
    if progress is not None:
        progress(len(paths), len(paths), "")
    return results
