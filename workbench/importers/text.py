"""Plain text and Markdown files (``.txt``, ``.md``).

The text is kept exactly as decoded (Markdown markup included): a researcher
codes what they see, and offsets from other tools (answer keys, earlier
exports) stay valid. Structure is found on top of it: speaker turns, a
mystery-shopping checklist, header fields and the document date.
"""

from __future__ import annotations

import datetime as dt
import re

from workbench.errors import ImportRefused
from workbench.i18n import _
from workbench.importers.base import ImportedDocument, ImportedTurn, ImportOptions, Source
from workbench.importers.detect import guess_kind, guess_language
from workbench.importers.encoding import decode_text
from workbench.importers.mystery import header_fields, parse_mystery_report, split_key_value
from workbench.importers.transcript import cases_for, detect_turns
from workbench.importers.values import find_date, starts_with_date

#: How far down a header may reach when there are no turns to end it.
MAX_HEADER_LINES = 40
#: Lines longer than this that are not ``Key: value`` fields are prose, not a title.
MAX_TITLE_CHARS = 80

#: Header keys that date the document: "Päivämäärä", "Pvm", "Haastattelupäivä",
#: "Date", "Ajankohta" - but not a birthday ("Syntymäpäivä") or a deadline.
_DATE_KEY = re.compile(
    r"^(?!.*(?:syntymä|eräpäivä|birth|due))(?:.*päivä(?:määrä)?|pvm|.*date|ajankohta|dated)$",
    re.IGNORECASE,
)


def read(data: bytes, source: Source, options: ImportOptions) -> list[ImportedDocument]:
    """One document per file: the decoded text with its turns, checklist and header."""
    text = decode_text(data)
    if not text.strip():
        raise ImportRefused(_("the file contains only white space, no text"))
    doc = document_from_text(text, source.stem, options)
    doc.check()
    return [doc]


def document_from_text(text: str, name: str, options: ImportOptions) -> ImportedDocument:
    """Find the structure of an already decoded text. Other importers that end up
    with plain text (PDF) can use this too."""
    turns = detect_turns(text)
    report = parse_mystery_report(text)
    header = header_lines(text, turns)
    metadata = header_fields(header)
    checklist = []
    if report is not None:
        metadata.update(report[0])
        checklist = report[1]
    doc = ImportedDocument(
        name=name,
        text=text,
        date=document_date(header),
        metadata=metadata,
        turns=turns,
        checklist=checklist,
        cases=cases_for(turns),
    )
    doc.kind = options.kind if options.kind is not None else guess_kind(doc)
    doc.language = options.language if options.language is not None else guess_language(text)
    return doc


def header_lines(text: str, turns: list[ImportedTurn]) -> list[str]:
    """The lines that can hold header fields: everything before the first turn's
    line, or, without turns, the title lines and ``Key: value`` fields at the top
    (the header ends at the first blank line after a field, or at prose)."""
    lines = text.split("\n")
    if turns:
        first_line = text.count("\n", 0, turns[0].start)
        return lines[:first_line]
    header: list[str] = []
    seen_field = False
    for line in lines[:MAX_HEADER_LINES]:
        is_field = split_key_value(line) is not None
        if not line.strip() and seen_field:
            break
        if not is_field and len(line.strip()) > MAX_TITLE_CHARS:
            break  # prose: the header, if any, is over
        header.append(line)
        seen_field = seen_field or is_field
    return header if seen_field else []


def document_date(header: list[str]) -> dt.date | None:
    """The date a header gives: a date-like field (``Päivämäärä``, ``Date``,
    ``Ajankohta``…) first, else a line that starts with a date."""
    for line in header:
        pair = split_key_value(line)
        if pair is not None and _DATE_KEY.match(pair[0].strip()):
            found = find_date(pair[1])
            if found is not None:
                return found
    for line in header:
        stripped = line.strip()
        if starts_with_date(stripped):
            found = find_date(stripped)
            if found is not None:
                return found
    return None
