"""Survey tables (.csv, .xlsx): open answers become documents, the other columns
become typed attributes of the respondent's case.

``options.per == "row"``: one ``survey_answer`` document per respondent with a
non-empty answer. ``options.per == "column"``: one document per answer column,
each answer a turn linked to its respondent's case.

Rows whose answer is empty produce no document (an empty document cannot be
coded). So the batch layer can tell the user, every document carries
``metadata["skipped_empty"]``: the respondent ids skipped in its column, in file
order (the same list on every document of a column).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from workbench.errors import ImportRefused
from workbench.i18n import _
from workbench.importers.base import (
    AttributeType,
    AttributeValue,
    ImportedCase,
    ImportedDocument,
    ImportedTurn,
    ImportOptions,
    Source,
)
from workbench.importers.detect import guess_language
from workbench.importers.sheets import read_csv, read_xlsx
from workbench.importers.values import Cell, cell_text, column_type, parse_date, parse_number

ID_NAMES = ("respondent_id", "id", "vastaaja", "vastaajatunnus", "respondent", "vastaaja_id")
#: Average length (characters) from which a column of repeated values is still answers.
MIN_ANSWER = 25


def _attribute(cell: Cell, kind: AttributeType) -> AttributeValue:
    """A cell as a value of its column's type (which every non-empty cell fits)."""
    if kind == "number":
        number = cell if isinstance(cell, float) else parse_number(str(cell))
        return AttributeValue("number", float(number))  # type: ignore[arg-type]
    if kind == "date":
        date = cell if isinstance(cell, dt.date) else parse_date(str(cell))
        return AttributeValue("date", date)  # type: ignore[arg-type]
    return AttributeValue(kind, cell_text(cell))


@dataclass
class Table:
    """A header and its rows, every row as long as the header; '' is an empty cell."""

    header: list[str]
    rows: list[list[Cell]]

    def column(self, index: int) -> list[Cell]:
        return [row[index] for row in self.rows]

    def values(self, index: int) -> list[Cell]:
        """The column's non-empty cells."""
        return [c for c in self.column(index) if cell_text(c)]


def read(data: bytes, source: Source, options: ImportOptions) -> list[ImportedDocument]:
    """Read a .csv or .xlsx survey table into documents (see the module docstring)."""
    if not data:
        raise ImportRefused(_("the file is empty"))
    if source.path.suffix.lower() == ".xlsx":
        table = make_table(read_xlsx(data, options.sheet), strict=False)
    else:
        table = make_table(read_csv(data), strict=True)
    return build_documents(table, source, options)


def make_table(raw: list[list[Cell]], *, strict: bool) -> Table:
    """Header plus rows. ``strict`` (CSV): a row with more values than the header
    is refused, as it almost always means an unquoted delimiter inside an answer."""
    rows = [row for row in raw if any(cell_text(c) for c in row)]
    if not rows:
        raise ImportRefused(_("the file contains no rows"))
    header = _header_names(rows[0])
    body = rows[1:]
    if not body:
        raise ImportRefused(_("the file has a header row but no data rows"))
    width = len(header)
    for number, row in enumerate(body, start=2):
        if len(row) > width and any(cell_text(c) for c in row[width:]):
            if strict:
                raise ImportRefused(
                    _(
                        "row {row} has {got} values but the header has {width} "
                        "columns (an answer with an unquoted delimiter?)"
                    ).format(row=number, got=len(row), width=width)
                )
            header += [_("column {n}").format(n=n + 1) for n in range(width, len(row))]
            width = len(header)
    return Table(header, [[*row[:width], *[""] * (width - len(row))] for row in body])


def _header_names(first: list[Cell]) -> list[str]:
    """Column names from the first row, which must be a header and not data."""
    while first and not cell_text(first[-1]):
        first = first[:-1]
    names: list[str] = []
    for index, cell in enumerate(first):
        text = cell_text(cell)
        if isinstance(cell, float | dt.date) or parse_number(text) is not None:
            raise ImportRefused(
                _(
                    "the first row must be a header with column names, but it holds "
                    "the value '{value}'"
                ).format(value=text)
            )
        name = text or _("column {n}").format(n=index + 1)
        if name in names:
            name = f"{name} ({index + 1})"
        names.append(name)
    return names


# -- building documents --------------------------------------------------------------------


@dataclass
class _Respondents:
    """Per data row: the respondent id, its case, and the row's date (when one column
    holds dates)."""

    ids: list[str]
    cases: list[ImportedCase]
    dates: list[dt.date | None]


def build_documents(table: Table, source: Source, options: ImportOptions) -> list[ImportedDocument]:
    """Documents for ``table`` per ``options`` (text/id column, one per row or column)."""
    id_index = _id_column(table, options)
    answers = _answer_columns(table, options, id_index)
    if id_index in answers:
        raise ImportRefused(
            _("the column '{column}' cannot be both the text and the id column").format(
                column=table.header[id_index]  # type: ignore[index]
            )
        )
    people = _respondents(table, id_index, skip={id_index, *answers})
    if options.per == "column":
        found = [_column_document(table, c, people, source, options) for c in answers]
        docs = [d for d in found if d is not None]
    else:
        docs = _row_documents(table, answers[0], people, source, options)
    if not docs:
        raise ImportRefused(
            _("the column '{column}' has no answers").format(
                column=", ".join(table.header[c] for c in answers)
            )
        )
    return docs


def _respondents(table: Table, id_index: int | None, skip: set[int | None]) -> _Respondents:
    """Ids and cases: every column but the id and answer columns is a typed attribute."""
    width = max(3, len(str(len(table.rows))))
    ids = ["R{n:0{w}d}".format(n=n + 1, w=width) for n in range(len(table.rows))]
    if id_index is not None:
        ids = [cell_text(row[id_index]) or ids[r] for r, row in enumerate(table.rows)]
    types = {
        i: column_type(table.values(i))
        for i in range(len(table.header))
        if i not in skip and table.values(i)
    }
    cases = [
        ImportedCase(
            ids[r],
            {
                table.header[i]: _attribute(row[i], kind)
                for i, kind in types.items()
                if cell_text(row[i])
            },
        )
        for r, row in enumerate(table.rows)
    ]
    date_columns = [table.header[i] for i, kind in types.items() if kind == "date"]
    dates: list[dt.date | None] = [None] * len(ids)
    if len(date_columns) == 1:
        found = (case.attributes.get(date_columns[0]) for case in cases)
        dates = [a.value if a else None for a in found]  # type: ignore[misc]
    return _Respondents(ids, cases, dates)


def _resolve_column(table: Table, spec: str) -> int:
    """A column given by name (exact, then ignoring case) or by 0-based index."""
    folded = [name.casefold() for name in table.header]
    if spec in table.header:
        return table.header.index(spec)
    if spec.strip().casefold() in folded:
        return folded.index(spec.strip().casefold())
    if spec.strip().isdigit() and int(spec) < len(table.header):
        return int(spec)
    raise ImportRefused(
        _("there is no column '{column}' (columns: {columns})").format(
            column=spec, columns=", ".join(table.header)
        )
    )


def _id_column(table: Table, options: ImportOptions) -> int | None:
    """The respondent id column: the chosen one, one with a usual id name, or a first
    column of short unique codes; None means ids are made from row numbers."""
    if options.id_column is not None:
        index = _resolve_column(table, options.id_column)
        counts = Counter(cell_text(c) for c in table.values(index))
        repeated = [code for code, n in counts.items() if n > 1]
        if repeated:
            raise ImportRefused(
                _("the id column '{column}' repeats the value '{value}'").format(
                    column=table.header[index], value=repeated[0]
                )
            )
        return index
    text = _resolve_column(table, options.text_column) if options.text_column else None
    for index, name in enumerate(table.header):
        if name.strip().casefold() in ID_NAMES and index != text and _unique(table, index):
            return index
    codes = [cell_text(c) for c in table.column(0)]
    if text != 0 and _unique(table, 0) and all(len(c) <= 20 and " " not in c for c in codes):
        return 0
    return None


def _unique(table: Table, index: int) -> bool:
    codes = [cell_text(c) for c in table.column(index)]
    return all(codes) and len(set(codes)) == len(codes)


def _answer_columns(table: Table, options: ImportOptions, id_index: int | None) -> list[int]:
    """The chosen text column, else the free-text columns (per row: the one whose
    answers are longest on average). Free text: mostly not numbers or dates, and of
    type text; failing any such column, long values that repeat (a small survey's
    answers can repeat) count too."""
    if options.text_column is not None:
        return [_resolve_column(table, options.text_column)]
    wordy = [
        i
        for i in range(len(table.header))
        if i != id_index
        and table.header[i].strip().casefold() not in ID_NAMES
        and _mostly_words(table.values(i))
    ]
    found = [i for i in wordy if column_type(table.values(i)) == "text"]
    found = found or [i for i in wordy if _average_length(table.values(i)) >= MIN_ANSWER]
    if not found:
        raise ImportRefused(
            _("no column holds open answers; choose the text column (columns: {columns})").format(
                columns=", ".join(table.header)
            )
        )
    if options.per == "column":
        return found
    return [max(found, key=lambda i: _average_length(table.values(i)))]


def _mostly_words(values: list[Cell]) -> bool:
    """At least 80 % of the (non-empty) values are neither numbers nor dates."""
    numeric = sum(
        isinstance(v, float | dt.date) or parse_number(v) is not None or parse_date(v) is not None
        for v in values
    )
    return bool(values) and numeric <= 0.2 * len(values)


def _average_length(values: list[Cell]) -> float:
    return sum(len(cell_text(v)) for v in values) / len(values)


def _language(texts: list[str], options: ImportOptions) -> str:
    """One language for a whole column: short answers alone ('ok') are too short to tell."""
    return options.language or guess_language("\n\n".join(texts)[:100_000])


def _row_documents(
    table: Table, column: int, people: _Respondents, source: Source, options: ImportOptions
) -> list[ImportedDocument]:
    texts = [cell_text(row[column]) for row in table.rows]
    skipped = [people.ids[r] for r, text in enumerate(texts) if not text]
    language = _language(texts, options)
    return [
        ImportedDocument(
            name=_("{file} – {respondent}").format(file=source.stem, respondent=people.ids[r]),
            text=text,
            kind=options.kind or "survey_answer",
            language=language,
            date=people.dates[r],
            metadata={"column": table.header[column], "skipped_empty": skipped},
            cases=[people.cases[r]],
        )
        for r, text in enumerate(texts)
        if text
    ]


def _column_document(
    table: Table, column: int, people: _Respondents, source: Source, options: ImportOptions
) -> ImportedDocument | None:
    """All answers of one column, separated by blank lines, each a turn of its respondent."""
    parts: list[str] = []
    turns: list[ImportedTurn] = []
    skipped: list[str] = []
    position = 0
    for r, row in enumerate(table.rows):
        text, who = cell_text(row[column]), people.ids[r]
        if not text:
            skipped.append(who)
            continue
        position += 2 if parts else 0
        turns.append(ImportedTurn(position, position + len(text), who, case=who))
        parts.append(text)
        position += len(text)
    if not parts:
        return None
    answered = {turn.case for turn in turns}
    return ImportedDocument(
        name=_("{file} – {column}").format(file=source.stem, column=table.header[column][:80]),
        text="\n\n".join(parts),
        kind=options.kind or "survey_answer",
        language=_language(parts, options),
        metadata={"column": table.header[column], "skipped_empty": skipped},
        turns=turns,
        cases=[case for case in people.cases if case.name in answered],
    )
