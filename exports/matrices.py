"""Quantitized data: code × document and code × case matrices for SPSS and R.

A mixed-methods study hands its coding to a statistician as a plain data matrix:
one row per document (or per case), one column per code, cells counting coded
segments (or 0/1 presence), with the row's descriptive variables beside them.

Choices, and why:

* A cell counts **segments**: a segment coded with a code counts once for that
  code, however long it is; a segment with three codes counts once in each of
  the three columns; overlapping segments each count.
* With ``rollup`` a parent's cell counts the distinct segments coded with the
  parent *or any code below it* (a segment coded with both a parent and its child
  still counts once for the parent); children keep their own columns. Without it
  (the default) every column counts only its own code, so columns add up to
  ``project.codes.counts()``.
* A case's row counts the segments attributed to the case the way retrieval and
  the matrix view attribute them: the case of the speaker turn a segment starts
  in (a focus-group participant), else every case linked to its document (a
  document linked to two cases counts in both rows); segments attributed to no
  case are left out of the case matrix.
* The counting itself is :func:`coding.crosstab.crosstab`'s (code × document and
  code × case, segments counted), so these files agree with the matrix view.
* Column names are **variable names** SPSS and R both accept (ASCII letters,
  digits and ``_``, starting with a letter, at most 32 characters, unique), one
  header row only, so the file imports without a wizard. Readable labels — the
  full code path 'Parent / Child' and the code's GUID — are in a separate
  ``codes`` sheet (xlsx) or ``*_codes.csv`` file, which doubles as a variable
  label syntax source.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from coding.crosstab import crosstab
from exports.files import check_suffix, write_via_partial
from workbench.model import Code
from workbench.project import Project

MAX_NAME = 32
_CODE_SHEET = ("variable", "label", "code_path", "guid")
# The project's language, not the window's, labels the variables: they are data
# for the study's report, so they are not gettext messages.
LABELS: dict[str, dict[str, str]] = {
    "en": {
        "document": "Document", "kind": "Document kind", "language": "Language", "date": "Date",
        "cases": "Cases", "case": "Case", "documents": "Number of documents",
    },
    "fi": {
        "document": "Dokumentti", "kind": "Aineistotyyppi", "language": "Kieli",
        "date": "Päivämäärä", "cases": "Tapaukset", "case": "Tapaus",
        "documents": "Dokumenttien määrä",
    },
}  # fmt: skip
#: A sheet or file: its title, header row and rows.
_Table = tuple[str, Sequence[str], Sequence[Sequence[Any]]]


@dataclass(frozen=True)
class Variable:
    """One column of a matrix: its safe name and what it means."""

    name: str
    label: str
    code_id: int | None = None
    guid: str = ""
    path: str = ""  # a code's full path, 'Parent / Child'


@dataclass(frozen=True)
class Matrix:
    """Rows of ``info`` values (descriptive variables) followed by one cell per code."""

    title: str  # 'documents' | 'cases'
    info: tuple[Variable, ...]
    codes: tuple[Variable, ...]
    rows: tuple[tuple[Any, ...], ...]

    @property
    def header(self) -> list[str]:
        return [v.name for v in (*self.info, *self.codes)]

    def column(self, code_id: int) -> list[int]:
        """The cells of one code's column, row by row (for tests and totals)."""
        index = len(self.info) + [v.code_id for v in self.codes].index(code_id)
        return [row[index] for row in self.rows]


class _Names:
    """Hands out unique SPSS/R-safe variable names."""

    def __init__(self, used: Iterable[str] = ()) -> None:
        self.used: set[str] = {u.lower() for u in used}

    def __call__(self, text: str, prefix: str = "") -> str:
        ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        base = re.sub(r"[^A-Za-z0-9]+", "_", ascii_).strip("_").lower()
        base = prefix + (base or "var")
        if not base[0].isalpha():
            base = "v_" + base
        base = base[:MAX_NAME].rstrip("_")
        name, n = base, 1
        while name.lower() in self.used:
            n += 1
            suffix = f"_{n}"
            name = base[: MAX_NAME - len(suffix)] + suffix
        self.used.add(name.lower())
        return name


def _code_columns(
    project: Project, columns: str, presence: bool, rollup: bool
) -> dict[int, list[int]]:
    """document or case id -> its code cells, in codebook order (counted by
    :func:`coding.crosstab.crosstab`, the same counts the matrix view shows)."""
    table = crosstab(project, columns=columns, count="segments", include_subcodes=rollup)
    return {
        key: [min(row[j], 1) if presence else row[j] for row in table.counts]
        for j, key in enumerate(table.column_keys)
        if isinstance(key, int)
    }


def _code_variables(project: Project, codes: list[Code]) -> tuple[Variable, ...]:
    names = _Names()
    return tuple(
        Variable(names(c.name, "c_"), c.name, c.id, c.guid, project.codes.path(c.id)) for c in codes
    )


def build_matrices(
    project: Project, *, presence: bool = False, rollup: bool = False
) -> tuple[Matrix, Matrix]:
    """The code × document and code × case matrices (see the module for what cells mean)."""
    codes = project.codes.list()
    cases = {c.id: c for c in project.cases.list()}
    documents = project.documents.list()
    by_document = _code_columns(project, "documents", presence, rollup)
    by_case = _code_columns(project, "cases", presence, rollup)
    doc_cases = {d.id: project.documents.case_ids(d.id) for d in documents}
    code_vars = _code_variables(project, codes)
    labels = LABELS.get(project.language, LABELS["en"])
    taken = [v.name for v in code_vars]

    names = _Names(taken)
    doc_attrs = [a.name for a in project.attributes.list("document")]
    doc_info = (
        *(Variable(names(key), labels[key]) for key in ("document", "kind", "language", "date")),
        Variable(names("cases"), labels["cases"]),
        *(Variable(names(a, "d_"), a) for a in doc_attrs),
    )
    doc_table = project.attributes.table("document")
    doc_rows = []
    for d in documents:
        values = doc_table.get(d.id, {})
        info = [
            d.name, d.kind, d.language, d.date or "",
            "; ".join(cases[c].name for c in doc_cases[d.id]),
            *(values.get(a, "") for a in doc_attrs),
        ]  # fmt: skip
        doc_rows.append((*info, *by_document[d.id]))
    documents_matrix = Matrix("documents", doc_info, code_vars, tuple(doc_rows))

    names = _Names(taken)
    case_attrs = [a.name for a in project.attributes.list("case")]
    case_info = (
        Variable(names("case"), labels["case"]),
        Variable(names("documents"), labels["documents"]),
        *(Variable(names(a, "a_"), a) for a in case_attrs),
    )
    case_table = project.attributes.table("case")
    case_rows = []
    for case in cases.values():
        docs = [d.id for d in documents if case.id in doc_cases[d.id]]
        values = case_table.get(case.id, {})
        info = [case.name, len(docs), *(values.get(a, "") for a in case_attrs)]
        case_rows.append((*info, *by_case[case.id]))
    cases_matrix = Matrix("cases", case_info, code_vars, tuple(case_rows))
    return documents_matrix, cases_matrix


def export_matrices(
    project: Project, path: str | Path, *, presence: bool = False, rollup: bool = False
) -> list[Path]:
    """Write both matrices to ``path``: one .xlsx (sheets 'documents', 'cases', 'codes')
    or, for .csv, ``STEM_documents.csv``, ``STEM_cases.csv`` and ``STEM_codes.csv``
    beside it (UTF-8 with BOM). Returns the files written."""
    path = Path(path)
    suffix = check_suffix(path, (".xlsx", ".csv"))
    matrices = build_matrices(project, presence=presence, rollup=rollup)
    codes_csv = ("codes", _CODE_SHEET, _code_rows(matrices))
    tables: list[_Table] = [(m.title, m.header, m.rows) for m in matrices] + [codes_csv]
    jobs: list[tuple[Path, Callable[[Path], None]]]
    if suffix == ".xlsx":
        jobs = [(path, lambda p: _write_xlsx(tables, p))]
    else:
        jobs = [
            (path.with_name(f"{path.stem}_{title}.csv"), partial(_write_csv, header, rows))
            for title, header, rows in tables
        ]
    written = []
    for target, write in jobs:
        written.append(write_via_partial(target, write))
    return written


def _code_rows(matrices: Sequence[Matrix]) -> list[tuple[str, str, str, str]]:
    """The variable key: every descriptive variable of either matrix, then the codes."""
    info = {v.name: v for m in matrices for v in m.info}
    rows = [(v.name, v.label, "", "") for v in info.values()]
    codes = matrices[0].codes
    rows += [(v.name, v.label, v.path, v.guid) for v in codes]
    return rows


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _write_csv(header: Sequence[str], rows: Iterable[Sequence[Any]], path: Path) -> None:
    # Comma-separated whatever the language: statistics packages expect it, and
    # the BOM tells Excel the file is UTF-8.
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows([_plain(v) for v in row] for row in rows)


def _write_xlsx(sheets: Sequence[_Table], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for title, header, rows in sheets:
        sheet = book.create_sheet(title)
        sheet.append(list(header))
        for row in rows:
            sheet.append(list(row))
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # a name like '=alku' is text, not a formula
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "B2"
        sheet.auto_filter.ref = sheet.dimensions
    with path.open("wb") as out:
        book.save(out)
