"""What every importer returns, and the limits every importer keeps.

An importer is a module with one entry point::

    def read(data: bytes, source: Source, options: ImportOptions) -> list[ImportedDocument]

It gets the file's bytes (already size-checked by the batch layer), never touches
the project store, and raises :class:`~workbench.errors.ImportRefused` with a
translated reason when it cannot read the file. The batch layer
(:mod:`workbench.importers.batch`) adds the file name, provenance (format,
sha256) and writes each file's documents in one transaction.

Positions in ``ImportedTurn``/``ImportedChecklistItem`` are offsets into
``ImportedDocument.text`` in Unicode code points, end exclusive.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from workbench.errors import ImportRefused
from workbench.i18n import _
from workbench.model import (
    ATTRIBUTE_TYPES,
    DOCUMENT_KINDS,
    LANGUAGES,
    AttributeType,
    DocumentKind,
    Language,
    SpeakerRole,
)
from workbench.model import NewChecklistItem as ImportedChecklistItem

#: Files larger than this are refused before they are read (bytes).
MAX_FILE_BYTES = 200 * 1024 * 1024
#: Text larger than this (code points) is refused after decoding.
MAX_TEXT_CHARS = 50_000_000
#: Zip containers (docx, xlsx): total uncompressed size and per-member ratio limits.
MAX_UNZIPPED_BYTES = 500 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200


@dataclass(frozen=True)
class Source:
    """The file being imported: its name as the user knows it."""

    path: Path

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def stem(self) -> str:
        return self.path.stem


@dataclass(frozen=True)
class ImportOptions:
    """Choices the user makes for a batch; ``None`` means 'detect'."""

    kind: str | None = None
    language: str | None = None
    #: csv/xlsx: the column holding the open answers (name or 0-based index as text).
    text_column: str | None = None
    #: csv/xlsx: the column identifying the respondent (becomes the case name).
    id_column: str | None = None
    #: csv/xlsx: "row" = one document per respondent; "column" = one document per
    #: answer column, each answer a turn linked to its respondent's case.
    per: Literal["row", "column"] = "row"
    #: xlsx: sheet name (default: the first sheet).
    sheet: str | None = None


@dataclass(frozen=True)
class AttributeValue:
    """A typed attribute value. ``value`` is ``str`` for text/category, ``float``
    for number, ``datetime.date`` for date."""

    type: AttributeType
    value: str | float | dt.date


@dataclass
class ImportedCase:
    """A participant/respondent the document belongs to (a pseudonym, never a real name)."""

    name: str
    attributes: dict[str, AttributeValue] = field(default_factory=dict)


@dataclass
class ImportedTurn:
    """One speaker turn: ``text[start:end]`` is what the speaker said (without the label)."""

    start: int
    end: int
    speaker: str
    timestamp_ms: int | None = None
    role: SpeakerRole = "participant"
    #: Name of the ImportedCase this turn belongs to, when known.
    case: str | None = None


@dataclass
class ImportedDocument:
    """One document read from a file, ready for the store."""

    name: str
    text: str
    kind: str = "other"
    language: str = "other"
    date: dt.date | None = None
    #: Free metadata (header fields such as store, shopper, scenario; headings...).
    metadata: dict[str, object] = field(default_factory=dict)
    #: Typed attributes of the document itself.
    attributes: dict[str, AttributeValue] = field(default_factory=dict)
    turns: list[ImportedTurn] = field(default_factory=list)
    checklist: list[ImportedChecklistItem] = field(default_factory=list)
    #: Cases this document belongs to (one participant, or every respondent of a column).
    cases: list[ImportedCase] = field(default_factory=list)

    def check(self) -> None:
        """Raise ImportRefused when the document breaks the contract (a bug in an importer
        would otherwise write wrong positions into the project)."""
        n = len(self.text)
        if not self.text.strip():
            raise ImportRefused(_("the file contains no text"))
        if n > MAX_TEXT_CHARS:
            raise ImportRefused(
                _("the text is too long ({n} characters; the limit is {limit})").format(
                    n=n, limit=MAX_TEXT_CHARS
                )
            )
        for turn in self.turns:
            if not 0 <= turn.start < turn.end <= n:
                raise ImportRefused(
                    _("a speaker turn lies outside the text ({start}-{end})").format(
                        start=turn.start, end=turn.end
                    )
                )
        for item in self.checklist:
            if (
                item.start is not None
                and item.end is not None
                and not (0 <= item.start < item.end <= n)
            ):
                raise ImportRefused(_("a checklist line lies outside the text"))


def normalise_text(text: str) -> str:
    """The one text normalisation every importer applies: no BOM, LF line endings,
    NFC, and no control characters but tab and newline (a NUL or form feed in a
    transcript is never content, and would upset search and export)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return _CONTROL.sub("", text)


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


__all__ = [
    "ATTRIBUTE_TYPES",
    "DOCUMENT_KINDS",
    "LANGUAGES",
    "AttributeType",
    "DocumentKind",
    "ImportedChecklistItem",
    "Language",
    "SpeakerRole",
]
