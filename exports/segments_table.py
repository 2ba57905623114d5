"""A retrieval list as a spreadsheet: .xlsx or .csv, chosen by the file's extension.

Researchers take these lists to Excel to sort, filter and quote from, so:
headings follow the project's reporting language (a Finnish study gets Finnish
headings whatever language the window speaks); the .xlsx has a frozen, filterable
header and a wrapped quote column; the .csv is UTF-8 with a byte-order mark and,
for Finnish, semicolons — what Excel in a Finnish locale opens without a wizard.
Cells that Excel would run as a formula (text starting with = + - @) are kept
text: in .xlsx by cell type, in .csv by a leading apostrophe, as Excel does.

The file is written beside its target and moved into place at the end, so a
failed export never leaves half a file.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from coding.retrieval import RetrievedSegment
from exports.files import check_suffix, partial_file

COLUMNS = (
    "document",
    "kind",
    "cases",
    "speaker",
    "start",
    "end",
    "quote",
    "before",
    "after",
    "codes",
    "emotion",
    "valence",
    "stage",
    "touchpoint",
    "coder",
    "memo",
    "guid",
)

# The project's language, not the window's, names the columns: these are data
# headings in the study's report language, so they are not gettext messages.
HEADINGS: dict[str, tuple[str, ...]] = {
    "en": (
        "Document", "Kind", "Case", "Speaker", "Start", "End", "Quote", "Before", "After",
        "Codes", "Emotion", "Valence", "Journey stage", "Touchpoint", "Coder", "Memo",
        "Segment ID",
    ),
    "fi": (
        "Dokumentti", "Aineistotyyppi", "Tapaus", "Puhuja", "Alku", "Loppu", "Lainaus", "Ennen",
        "Jälkeen", "Koodit", "Tunne", "Valenssi", "Asiakaspolun vaihe", "Kosketuspiste",
        "Koodaaja", "Muistiinpano", "Katkelman tunniste",
    ),
}  # fmt: skip
SHEET_NAMES = {"en": "Coded segments", "fi": "Koodatut katkelmat"}
KIND_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "interview": "interview",
        "mystery_shopping": "mystery shopping",
        "observation": "observation",
        "probe_diary": "probe diary",
        "survey_answer": "survey answer",
        "web_analytics_note": "web analytics note",
        "other": "other",
    },
    "fi": {
        "interview": "haastattelu",
        "mystery_shopping": "mysteeriasiointi",
        "observation": "havainnointi",
        "probe_diary": "luotainpäiväkirja",
        "survey_answer": "kyselyvastaus",
        "web_analytics_note": "verkkoanalytiikan muistiinpano",
        "other": "muu",
    },
}
#: Character widths of the .xlsx columns (the quote column wraps).
WIDTHS = (28, 16, 12, 14, 8, 8, 70, 30, 30, 30, 14, 9, 16, 16, 10, 30, 38)
_FORMULA_START = ("=", "+", "-", "@")
#: Control characters a .xlsx cannot hold (tab, line feed and return it can).
_ILLEGAL = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32)])

Progress = Callable[[int, int], None]


def row_values(row: RetrievedSegment, language: str) -> list[Any]:
    """The cells of one row, in :data:`COLUMNS` order."""
    seg = row.segment
    kinds = KIND_NAMES.get(language, KIND_NAMES["en"])
    return [
        row.document_name,
        kinds.get(row.document_kind, row.document_kind),
        ", ".join(row.case_names),
        row.speaker or "",
        seg.start,
        seg.end,
        seg.text,
        row.before,
        row.after,
        "; ".join(row.code_names),
        row.emotion or "",
        seg.valence if seg.valence is not None else "",
        row.stage or "",
        row.touchpoint or "",
        row.coder or "",
        seg.memo,
        seg.guid,
    ]


def export_segments(
    rows: Sequence[RetrievedSegment],
    path: str | Path,
    *,
    language: str = "en",
    progress: Progress | None = None,
) -> Path:
    """Write ``rows`` to ``path`` (.xlsx or .csv); returns the path written.
    ``progress(done, total)`` is called now and then for long lists."""
    path = Path(path)
    suffix = check_suffix(path, (".xlsx", ".csv"))
    headings = HEADINGS.get(language, HEADINGS["en"])
    with partial_file(path) as part:
        if suffix == ".xlsx":
            _write_xlsx(rows, part, headings, language, progress)
        else:
            _write_csv(rows, part, headings, language, progress)
    return path


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and (done % 1000 == 0 or done == total):
        progress(done, total)


def _write_csv(
    rows: Sequence[RetrievedSegment],
    path: Path,
    headings: Sequence[str],
    language: str,
    progress: Progress | None,
) -> None:
    def cell(value: Any) -> Any:
        if isinstance(value, str) and value.startswith(_FORMULA_START):
            return "'" + value
        return value

    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";" if language == "fi" else ",")
        writer.writerow(headings)
        for i, row in enumerate(rows, 1):
            writer.writerow([cell(v) for v in row_values(row, language)])
            _report(progress, i, len(rows))


def _write_xlsx(
    rows: Sequence[RetrievedSegment],
    path: Path,
    headings: Sequence[str],
    language: str,
    progress: Progress | None,
) -> None:
    # The file is opened first, so a path that cannot be written fails before openpyxl
    # starts its row writers (which would otherwise be left half-closed).
    with path.open("wb") as out:
        _workbook(rows, headings, language, progress).save(out)


def _workbook(
    rows: Sequence[RetrievedSegment],
    headings: Sequence[str],
    language: str,
    progress: Progress | None,
) -> Any:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET_NAMES.get(language, SHEET_NAMES["en"]))
    for i, width in enumerate(WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    last = f"{get_column_letter(len(COLUMNS))}{len(rows) + 1}"
    sheet.auto_filter.ref = f"A1:{last}"
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    quote_column = COLUMNS.index("quote")

    def header(text: str) -> WriteOnlyCell:
        c = WriteOnlyCell(sheet, value=text)
        c.font = bold
        return c

    def text_cell(value: str, alignment: Alignment | None = None) -> WriteOnlyCell:
        c = WriteOnlyCell(sheet, value=value)
        c.data_type = "s"  # text, never a formula
        if alignment is not None:
            c.alignment = alignment
        return c

    sheet.append([header(h) for h in headings])
    # Styled cells cost three times plain ones, so only the quote and the rare
    # formula-like text get a cell object (50,000 rows in seconds, not tens).
    for n, row in enumerate(rows, 1):
        cells: list[Any] = []
        for i, value in enumerate(row_values(row, language)):
            if isinstance(value, str):
                value = value.translate(_ILLEGAL)
                if i == quote_column:
                    value = text_cell(value, wrap)
                elif value.startswith("="):
                    value = text_cell(value)
            cells.append(value)
        sheet.append(cells)
        _report(progress, n, len(rows))
    return book
