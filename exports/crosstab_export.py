"""One matrix (:class:`coding.crosstab.Crosstab`) as a spreadsheet: .xlsx or .csv,
chosen by the file's extension.

Both have a header row (the column labels, then 'Total') and a header column
(the row labels), the counts, each row's total at its end and a last row of
column totals with the grand total in its corner. Totals are distinct units as
the matrix counts them, so they may be less than the sum of their cells.
Headings are in the matrix's language (the project's reporting language).

* .xlsx: one sheet with the matrix, each cell shaded in proportion to its count
  (the same scale as the heat map), frozen header row and column; a second sheet
  lists every cell's segments, one per line (with the document and the quote when
  the project is given), so a reader can trace a number back to the passages.
* .csv: the matrix only, UTF-8 with a byte-order mark, ';' between fields for a
  Finnish project (what Excel in a Finnish locale opens) and ',' otherwise.

The file is written beside its target and moved into place at the end.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coding.crosstab import AXIS_TITLES, TOTAL, Crosstab
from exports.files import check_suffix, partial_file
from workbench.i18n import N_, translator

if TYPE_CHECKING:
    from workbench.project import Project

MATRIX_SHEET = N_("Matrix")
SEGMENTS_SHEET = N_("Segments")
SEGMENT_HEADINGS = (N_("Segment ID"), N_("Document"), N_("Quote"))
#: the darkest shade a cell gets (at the matrix's peak), and the lightest (count 1)
HEAT = (0x2F, 0x6F, 0xB0)
_FORMULA_START = ("=", "+", "-", "@")
#: Control characters a .xlsx cannot hold (tab, line feed and return it can).
_ILLEGAL = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32)])


def heat_colour(count: int, peak: int) -> str:
    """'RRGGBB' between white (0) and :data:`HEAT` (``peak`` or more)."""
    if count <= 0 or peak <= 0:
        return "FFFFFF"
    share = 0.15 + 0.85 * min(count / peak, 1.0)
    return "".join(f"{round(255 - (255 - c) * share):02X}" for c in HEAT)


def table_rows(table: Crosstab) -> list[list[Any]]:
    """The matrix as rows of cells: header, one row per code, the totals row."""
    t = translator(table.language).gettext
    header: list[Any] = [t(AXIS_TITLES[table.rows]), *table.column_labels, t(TOTAL)]
    out = [header]
    for label, counts, total in zip(table.row_labels, table.counts, table.row_totals, strict=True):
        out.append([label, *counts, total])
    out.append([t(TOTAL), *table.column_totals, table.total])
    return out


def export_crosstab(table: Crosstab, path: str | Path, *, project: Project | None = None) -> Path:
    """Write ``table`` to ``path`` (.xlsx or .csv); returns the path written. With
    ``project`` the .xlsx's segments sheet also gives each segment's document and quote."""
    path = Path(path)
    suffix = check_suffix(path, (".xlsx", ".csv"))
    with partial_file(path) as part:
        if suffix == ".xlsx":
            _write_xlsx(table, part, project)
        else:
            _write_csv(table, part)
    return path


def _write_csv(table: Crosstab, path: Path) -> None:
    def cell(value: Any) -> Any:
        if isinstance(value, str) and value.startswith(_FORMULA_START):
            return "'" + value
        return value

    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";" if table.language == "fi" else ",")
        writer.writerows([cell(v) for v in row] for row in table_rows(table))


def _text(value: Any) -> Any:
    return value.translate(_ILLEGAL) if isinstance(value, str) else value


def _write_xlsx(table: Crosstab, path: Path, project: Project | None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    t = translator(table.language).gettext
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = t(MATRIX_SHEET)[:31]
    rows = table_rows(table)
    bold = Font(bold=True)
    fills: dict[str, PatternFill] = {}
    peak = table.peak
    for r, values in enumerate(rows, 1):
        sheet.append([_text(v) for v in values])
        first = sheet.cell(r, 1)
        if isinstance(first.value, str):
            first.data_type = "s"  # a label like '=alku' is text, not a formula
        if r == 1 or r == len(rows):
            for c in range(1, len(values) + 1):
                sheet.cell(r, c).font = bold
                if r == 1 and isinstance(sheet.cell(r, c).value, str):
                    sheet.cell(r, c).data_type = "s"
            continue
        first.font = bold
        sheet.cell(r, len(values)).font = bold
        for c, count in enumerate(table.counts[r - 2], 2):
            if count:
                colour = heat_colour(count, peak)
                fill = fills.get(colour)
                if fill is None:
                    fill = fills[colour] = PatternFill("solid", start_color=colour)
                sheet.cell(r, c).fill = fill
                if colour[:2] < "90":  # dark shade: white figures
                    sheet.cell(r, c).font = Font(color="FFFFFF")
    sheet.freeze_panes = "B2"
    sheet.column_dimensions["A"].width = 34
    for c in range(2, len(rows[0]) + 1):
        sheet.column_dimensions[get_column_letter(c)].width = 12
    for cell in sheet[1]:
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")
    _segments_sheet(book, table, project)
    with path.open("wb") as out:
        book.save(out)


def _segments_sheet(book: Any, table: Crosstab, project: Project | None) -> None:
    """One line per segment of every cell: row, column, segment id (document, quote)."""
    from openpyxl.styles import Font

    t = translator(table.language).gettext
    sheet = book.create_sheet(t(SEGMENTS_SHEET)[:31])
    headings: Sequence[str] = (
        t(AXIS_TITLES[table.rows]),
        table.attribute if table.columns == "attribute" and table.attribute else "",
        *(t(h) for h in SEGMENT_HEADINGS[: 3 if project is not None else 1]),
    )
    headings = [h or t(AXIS_TITLES[table.columns]) for h in headings]
    sheet.append(headings)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    rows = {}
    if project is not None:
        from coding.evidence import EvidenceIndex

        wanted = {i for ids in table.cells.values() for i in ids}
        rows = EvidenceIndex(project, wanted).rows if wanted else {}
    for (r, c), ids in sorted(table.cells.items()):
        for segment_id in ids:
            line: list[Any] = [table.row_labels[r], table.column_labels[c], segment_id]
            if project is not None:
                found = rows.get(segment_id)
                line += [found.document_name, found.text] if found else ["", ""]
            sheet.append([_text(v) for v in line])
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
    sheet.freeze_panes = "A2"
    for letter, width in zip("ABCDE", (34, 24, 12, 28, 80), strict=True):
        sheet.column_dimensions[letter].width = width
