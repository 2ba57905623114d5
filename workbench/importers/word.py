"""Word documents (.docx): paragraphs and tables in document order, headings,
a leading metadata table, and speaker turns marked by a bold label.

The text is one block per non-empty paragraph or table, blocks separated by a
blank line, so a transcript reads like its plain-text counterpart
(``[00:00:04] Haastattelija: …``) and turn texts are exactly the same. A
paragraph whose bold run ends in ``:`` (or is followed by ``:``) is a turn; the
unlabelled paragraphs after it, up to the next turn, heading or table, continue
it. Documents with fewer than two bold labels fall back to
:func:`~workbench.importers.transcript.detect_turns` on the text.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

import docx
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from workbench.errors import ImportRefused
from workbench.i18n import _
from workbench.importers.base import (
    AttributeValue,
    ImportedCase,
    ImportedDocument,
    ImportedTurn,
    ImportOptions,
    Source,
    normalise_text,
)
from workbench.importers.detect import guess_kind, guess_language
from workbench.importers.safezip import open_zip
from workbench.importers.transcript import (
    detect_turns,
    is_label,
    parse_timestamp,
    speaker_role,
)
from workbench.importers.values import find_date

#: Containers of runs that are not part of the paragraph's text.
_SKIP = frozenset(qn(tag) for tag in ("w:p", "w:del", "w:moveFrom", "w:txbxContent"))
_HEADING = re.compile(r"^(?:heading|otsikko)\s*(\d)$", re.IGNORECASE)
_TS = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
#: What may stand before a speaker's name: nothing, or a timestamp.
_STAMP = re.compile(
    rf"\s*(?:\[\s*(?P<a>{_TS})\s*\]|\(\s*(?P<b>{_TS})\s*\)|(?P<c>{_TS}))?\s*[-–]?\s*"
)
#: First words of metadata-table keys -> the metadata name they stand for.
_META_WORDS: dict[str, str] = {
    word: name
    for name, words in {
        "date": "päivämäärä pvm päiväys date ajankohta",
        "interviewer": "haastattelija interviewer tutkija researcher moderaattori moderator",
        "participant": "osallistuja osallistujan osallistujakoodi participant haastateltava "
        "haastateltavan interviewee vastaaja respondent koodi code",
        "segment": "segmentti segment asiakassegmentti",
    }.items()
    for word in words.split()
}
#: Metadata of the interview itself, not attributes of the participant.
_NOT_ATTRIBUTES = frozenset({"date", "interviewer", "participant"})
#: What python-docx and the zip/XML layers under it raise on files they cannot read.
#: TypeError: a relationship without a target; AttributeError: a part whose root
#: element is not the one expected (python-docx then looks up a missing child list).
_DOCX_ERRORS = (
    PackageNotFoundError,
    KeyError,
    ValueError,
    TypeError,
    AttributeError,
    SyntaxError,
    zipfile.BadZipFile,
)


@dataclass
class _Label:
    """A bold speaker label: who, when, and where the speech starts in the paragraph."""

    speaker: str
    timestamp_ms: int | None
    speech_start: int


@dataclass
class _Block:
    """One paragraph or table as it goes into the text."""

    text: str
    heading: int | None = None
    label: _Label | None = None
    table: list[list[str]] = field(default_factory=list)


def read(data: bytes, source: Source, options: ImportOptions) -> list[ImportedDocument]:
    """Read a .docx file into one document (see the module docstring)."""
    blocks = _read_blocks(data)
    metadata, case = _metadata_table(blocks)
    text, turns, headings = _assemble(blocks)
    if len([b for b in blocks if b.label]) < 2:
        turns = detect_turns(text)
    doc = ImportedDocument(
        name=source.stem,
        text=text,
        language=options.language or guess_language(text),
        date=find_date(str(metadata.get("date", ""))),
        metadata={**metadata, "headings": headings},
        turns=turns,
        cases=_cases(turns, case),
    )
    title = next((b.text for b in blocks if b.heading == 0), None)
    if title:
        doc.metadata["title"] = title
    doc.kind = options.kind or guess_kind(doc)
    return [doc]


def _read_blocks(data: bytes) -> list[_Block]:
    """The document's non-empty blocks, after the zip container passed the safety
    checks. python-docx parses parts lazily, so damage can show while walking them."""
    archive = open_zip(data, _("Word document"))
    with archive:
        names = set(archive.namelist())
    if "[Content_Types].xml" not in names:
        raise ImportRefused(_("the file is a zip archive but not a Word document"))
    try:
        document = docx.Document(io.BytesIO(data))
        return [b for b in _blocks(document) if b.text.strip() or b.table]
    except _DOCX_ERRORS as exc:
        raise ImportRefused(
            _("the file is not a readable Word .docx document ({error})").format(error=exc)
        ) from exc


def _blocks(document: DocxDocument) -> Iterator[_Block]:
    """Body paragraphs and tables in document order, including those inside content
    controls (``w:sdt``), which python-docx's own lists skip."""
    yield from _children(document.element.body, document)


def _children(element: object, document: DocxDocument) -> Iterator[_Block]:
    for child in element.iterchildren():  # type: ignore[attr-defined]
        if child.tag == qn("w:p"):
            yield _paragraph(Paragraph(child, document))
        elif child.tag == qn("w:tbl"):
            yield _table(Table(child, document))
        elif child.tag == qn("w:sdt"):
            for content in child.iterchildren(qn("w:sdtContent")):
                yield from _children(content, document)


def _paragraph(paragraph: Paragraph) -> _Block:
    pieces = _pieces(paragraph)
    text = "".join(t for t, _bold_ in pieces)
    style = paragraph.style.name if paragraph.style is not None else ""
    if style == "Title":
        return _Block(text.strip(), heading=0)
    match = _HEADING.match(style or "")
    if match:
        return _Block(text.strip(), heading=int(match.group(1)))
    return _Block(text.rstrip(), label=_label(pieces))


def _pieces(paragraph: Paragraph) -> list[tuple[str, bool]]:
    """The paragraph's runs as (text, bold). Unlike ``Paragraph.text`` this includes
    runs inside tracked insertions, smart tags, fields and inline content controls;
    deleted runs and text boxes (their own paragraphs) stay out."""
    owner = paragraph._p
    pieces: list[tuple[str, bool]] = []
    for element in owner.iter(qn("w:r")):
        parent = element.getparent()
        while parent is not None and parent is not owner and parent.tag not in _SKIP:
            parent = parent.getparent()
        if parent is owner:
            run = Run(element, paragraph)
            pieces.append((normalise_text(run.text), _bold(run)))
    return pieces


def _bold(run: Run) -> bool:
    if run.bold is not None:
        return run.bold
    return bool(run.style is not None and run.style.font.bold)


def _label(pieces: list[tuple[str, bool]]) -> _Label | None:
    """The bold speaker label at the start of a paragraph, if it has one: optional
    timestamp, bold ``Name:`` (or bold ``Name`` then ``:``), then the speech."""
    first = next((i for i, (t, bold) in enumerate(pieces) if bold and t.strip()), None)
    if first is None:
        return None
    end = first
    while end < len(pieces) and pieces[end][1]:
        end += 1
    lead, bold, rest = (
        "".join(t for t, _b in part) for part in (pieces[:first], pieces[first:end], pieces[end:])
    )
    stamp = _STAMP.match(lead)
    inner = _STAMP.match(bold)  # the timestamp may be bold too: "**[00:03:12] H1:**"
    if stamp is None or stamp.end() < len(lead):
        return None
    label = bold[inner.end() :].strip() if inner else bold.strip()
    if label.endswith(":"):
        label, after = label[:-1], rest
    elif rest.lstrip(" \t").startswith(":"):
        after = rest.lstrip(" \t")[1:]
    else:
        return None
    speaker = " ".join(label.split())
    if not is_label(speaker):
        return None
    value = _stamp_value(stamp) or (_stamp_value(inner) if inner else None)
    speech = len(lead) + len(bold) + len(rest) - len(after.lstrip())
    return _Label(speaker, parse_timestamp(value) if value else None, speech)


def _stamp_value(match: re.Match[str]) -> str | None:
    return match.group("a") or match.group("b") or match.group("c")


def _table(table: Table) -> _Block:
    """A table as rows of cell texts (merged cells once), and as ``a | b`` lines."""
    rows: list[list[str]] = []
    for row in table.rows:
        cells: list[str] = []
        seen: list[object] = []
        for cell in row.cells:
            if any(cell._tc is other for other in seen):
                continue
            seen.append(cell._tc)
            cells.append(" ".join(normalise_text(cell.text).split()))
        if any(cells):
            rows.append(cells)
    return _Block("\n".join(" | ".join(cells) for cells in rows), table=rows)


def _metadata_table(blocks: list[_Block]) -> tuple[dict[str, object], ImportedCase | None]:
    """Take a leading two-column metadata table (date, interviewer, participant code,
    segment…) out of ``blocks``; return its fields and the participant's case."""
    for index, block in enumerate(blocks):
        if block.label is not None:
            return {}, None
        if not block.table:
            continue
        rows = block.table
        if not all(len(r) == 2 and r[0] for r in rows):
            return {}, None
        keys = [_META_WORDS.get(_first_word(r[0])) for r in rows]
        if not any(keys):
            return {}, None
        del blocks[index]
        fields = {key or r[0].rstrip(":").strip(): r[1] for key, r in zip(keys, rows, strict=True)}
        return dict(fields), _participant(fields)
    return {}, None


def _first_word(key: str) -> str:
    words = key.casefold().replace(":", " ").split()
    return words[0] if words else ""


def _participant(fields: dict[str, str]) -> ImportedCase | None:
    code = fields.get("participant", "").strip()
    if not code:
        return None
    attributes = {
        name: AttributeValue("category", value)
        for name, value in fields.items()
        if name not in _NOT_ATTRIBUTES and value
    }
    return ImportedCase(code, attributes)


def _assemble(blocks: list[_Block]) -> tuple[str, list[ImportedTurn], list[dict[str, object]]]:
    """The text (blocks joined by blank lines), the bold-label turns and the headings."""
    parts: list[str] = []
    turns: list[ImportedTurn] = []
    headings: list[dict[str, object]] = []
    position = 0
    open_turn = False
    for block in blocks:
        position += 2 if parts else 0
        if block.heading:
            headings.append({"level": block.heading, "text": block.text, "start": position})
        if block.label is not None and len(block.text) > block.label.speech_start:
            label = block.label
            role = speaker_role(label.speaker)
            case = label.speaker if role == "participant" else None
            start = position + label.speech_start
            turns.append(
                ImportedTurn(
                    start, position + len(block.text), label.speaker, label.timestamp_ms, role, case
                )
            )
            open_turn = True
        elif open_turn and block.heading is None and not block.table and block.label is None:
            turns[-1].end = position + len(block.text)
        else:
            open_turn = False
        parts.append(block.text)
        position += len(block.text)
    return "\n\n".join(parts), turns, headings


def _cases(turns: list[ImportedTurn], participant: ImportedCase | None) -> list[ImportedCase]:
    """One case per participant speaker. When the metadata table names the participant
    and one participant speaks under another label ('Osallistuja'), that is them."""
    speakers = list(dict.fromkeys(t.case for t in turns if t.case))
    cases: dict[str, ImportedCase] = {}
    if participant is not None:
        cases[participant.name] = participant
        if len(speakers) == 1 and speakers[0] != participant.name:
            for turn in turns:
                if turn.case == speakers[0]:
                    turn.case = participant.name
            speakers = []
    for name in speakers:
        cases.setdefault(name, ImportedCase(name))
    return list(cases.values())
