"""Reading a spreadsheet's cells: CSV (encoding and delimiter guessed) and .xlsx
(one worksheet). :mod:`workbench.importers.tabular` makes documents of them.

Every reader returns rows of :data:`~workbench.importers.values.Cell`: CSV cells
are text; xlsx cells keep numbers (as float) and dates, empty cells are ''.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import warnings
import zipfile

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from workbench.errors import ImportRefused
from workbench.i18n import _
from workbench.importers.base import normalise_text
from workbench.importers.encoding import decode_text
from workbench.importers.safezip import open_zip
from workbench.importers.values import Cell

DELIMITERS = ",;\t|"
#: Used when no delimiter splits the header: a one-column file, whose unquoted commas
#: are part of the answers. (Control characters never survive normalise_text.)
NO_DELIMITER = "\x1f"
#: What openpyxl (and the XML parsers under it) raise on files it cannot read.
_XLSX_ERRORS = (
    InvalidFileException,
    KeyError,
    ValueError,
    TypeError,
    SyntaxError,
    OSError,
    zipfile.BadZipFile,
)


def read_csv(data: bytes) -> list[list[Cell]]:
    """Parse CSV text (RFC 4180 quoting: embedded newlines, doubled quotes)."""
    text = decode_text(data)
    delimiter = choose_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        return [list(row) for row in reader]
    except csv.Error as exc:
        raise ImportRefused(
            _("the CSV file cannot be read near line {line}: {error}").format(
                line=reader.line_num, error=exc
            )
        ) from exc


def choose_delimiter(text: str) -> str:
    """The delimiter among , ; tab | that splits the rows into equally many columns:
    csv.Sniffer's guess when it checks out, else the most consistent candidate."""
    sample = text[:65536]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ","
    scores = {d: _consistency(sample, d) for d in DELIMITERS}
    best = max(scores.values())
    if best[1] < 2:
        return NO_DELIMITER
    if scores[sniffed] == best:
        return sniffed
    return max(DELIMITERS, key=lambda d: scores[d])


def _consistency(sample: str, delimiter: str) -> tuple[float, int]:
    try:
        rows = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if r]
    except csv.Error:
        return (0.0, 0)
    if not rows or len(rows[0]) < 2:
        return (0.0, 1)
    width = len(rows[0])
    return (sum(len(r) == width for r in rows) / len(rows), width)


def read_xlsx(data: bytes, sheet: str | None) -> list[list[Cell]]:
    """The cells of one worksheet (the first unless ``sheet`` names another)."""
    open_zip(data, _("Excel workbook")).close()
    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it ignores; they do not matter here.
            warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                return _sheet_rows(book, sheet)
            finally:
                book.close()
    except _XLSX_ERRORS as exc:
        raise ImportRefused(
            _("the Excel workbook is damaged or not an .xlsx file ({error})").format(error=exc)
        ) from exc


def _sheet_rows(book: object, sheet: str | None) -> list[list[Cell]]:
    sheets = book.worksheets  # type: ignore[attr-defined]
    if not sheets:
        raise ImportRefused(_("the workbook has no worksheets"))
    chosen = sheets[0]
    if sheet is not None:
        named = [ws for ws in sheets if ws.title == sheet]
        if not named:
            raise ImportRefused(
                _("the workbook has no sheet '{sheet}' (sheets: {sheets})").format(
                    sheet=sheet, sheets=", ".join(ws.title for ws in sheets)
                )
            )
        chosen = named[0]
    chosen.reset_dimensions()  # some writers store wrong dimensions; read what is there
    return [[_xlsx_cell(v) for v in row] for row in chosen.iter_rows(values_only=True)]


def _xlsx_cell(value: object) -> Cell:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return normalise_text(str(value))
