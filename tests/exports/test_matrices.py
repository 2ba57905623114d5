"""Code × document and code × case matrices: every cell against hand-computed values."""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from openpyxl import load_workbook

from exports.matrices import build_matrices, export_matrices
from workbench.cli import main
from workbench.demo import build_demo
from workbench.project import Project

# Columns in code tree order: Palvelu, Palvelu / Kassajono, Hinta, Hinta?
DOC_COUNTS = {"H1": [1, 2, 1, 0], "MS1": [1, 1, 1, 0], "OBS": [0, 0, 1, 1]}
DOC_ROLLUP = {"H1": [2, 2, 1, 0], "MS1": [2, 1, 1, 0], "OBS": [0, 0, 1, 1]}
DOC_PRESENCE = {"H1": [1, 1, 1, 0], "MS1": [1, 1, 1, 0], "OBS": [0, 0, 1, 1]}
CASE_COUNTS = {"Anna": [2, 3, 2, 0], "Bertta": [1, 1, 1, 0]}


@pytest.fixture
def study(project: Project) -> Project:
    """Three documents, two cases (one document shared by both, one in neither),
    overlapping and multi-coded segments, a sub-code, and two codes whose names
    make the same variable name."""
    palvelu = project.codes.create("Palvelu")
    jono = project.codes.create("Kassajono", parent_id=palvelu.id)
    hinta = project.codes.create("Hinta")
    hinta2 = project.codes.create("Hinta?")
    text = "Kassalla oli pitkä jono ja hinnat olivat korkeat, mutta myyjä oli ystävällinen."
    h1 = project.documents.add("H1", text, kind="interview", language="fi")
    ms1 = project.documents.add("MS1", text, kind="mystery_shopping", language="fi")
    obs = project.documents.add("=OBS", "Queue at the till, prices high.", kind="observation")
    anna, bertta = project.cases.create("Anna"), project.cases.create("Bertta")
    project.documents.link_case(h1.id, anna.id)
    project.documents.link_case(ms1.id, anna.id)
    project.documents.link_case(ms1.id, bertta.id)
    project.attributes.set("case", anna.id, "Ikä", 34, "number")
    project.attributes.set("case", bertta.id, "Ikä", 51, "number")
    project.attributes.set("document", h1.id, "Myymälä", "Tammiharju", "text")
    add = project.segments.add
    add(h1.id, 0, 10, code_ids=[palvelu.id, jono.id])
    add(h1.id, 5, 20, code_ids=[jono.id])  # overlaps the first
    add(h1.id, 30, 40, code_ids=[hinta.id])
    add(ms1.id, 0, 5, code_ids=[jono.id, hinta.id])
    add(ms1.id, 10, 15, code_ids=[palvelu.id])
    add(obs.id, 0, 5, code_ids=[hinta2.id])
    add(obs.id, 1, 4, code_ids=[hinta.id])
    return project


def _cells(rows: Sequence[Sequence[object]], first: int) -> dict[str, list[object]]:
    """Row label (without the formula guard of '=OBS') -> its code cells."""
    return {str(row[0]).lstrip("="): list(row[first:]) for row in rows}


def test_every_cell_counts_presence_and_rollup(study: Project) -> None:
    docs, cases = build_matrices(study)
    assert [v.path for v in docs.codes] == ["Palvelu", "Palvelu / Kassajono", "Hinta", "Hinta?"]
    assert [v.name for v in docs.codes] == ["c_palvelu", "c_kassajono", "c_hinta", "c_hinta_2"]
    assert docs.header[:6] == ["document", "kind", "language", "date", "cases", "d_myymala"]
    assert _cells(docs.rows, len(docs.info)) == DOC_COUNTS
    assert cases.header[:3] == ["case", "documents", "a_ika"]
    assert [row[:3] for row in cases.rows] == [("Anna", 2, 34), ("Bertta", 1, 51)]
    assert _cells(cases.rows, len(cases.info)) == CASE_COUNTS
    by_doc = {row[0]: row for row in docs.rows}
    assert by_doc["H1"][1:6] == ("interview", "fi", "", "Anna", "Tammiharju")
    assert by_doc["MS1"][4] == "Anna; Bertta"

    docs, cases = build_matrices(study, rollup=True)
    assert _cells(docs.rows, len(docs.info)) == DOC_ROLLUP
    assert _cells(cases.rows, len(cases.info)) == {"Anna": [4, 3, 2, 0], "Bertta": [2, 1, 1, 0]}

    docs, cases = build_matrices(study, presence=True)
    assert _cells(docs.rows, len(docs.info)) == DOC_PRESENCE
    assert _cells(cases.rows, len(cases.info)) == {"Anna": [1, 1, 1, 0], "Bertta": [1, 1, 1, 0]}


def test_xlsx_reopens_with_sheets_header_and_codes(study: Project, tmp_path: Path) -> None:
    [path] = export_matrices(study, tmp_path / "matriisi.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["documents", "cases", "codes"]
    sheet = book["documents"]
    assert sheet.freeze_panes == "B2"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][-4:] == ("c_palvelu", "c_kassajono", "c_hinta", "c_hinta_2")
    assert {str(r[0]).lstrip("="): list(r[-4:]) for r in rows[1:]} == DOC_COUNTS
    assert sheet["A4"].data_type == "s" and sheet["A4"].value == "=OBS"  # text, not a formula
    cases = list(book["cases"].iter_rows(values_only=True))
    assert {r[0]: list(r[-4:]) for r in cases[1:]} == CASE_COUNTS
    codes = {r[0]: r for r in book["codes"].iter_rows(min_row=2, values_only=True)}
    jono = study.codes.find("Kassajono", study.codes.find("Palvelu").id)  # type: ignore[union-attr]
    assert jono is not None
    assert codes["c_kassajono"] == ("c_kassajono", "Kassajono", "Palvelu / Kassajono", jono.guid)
    assert codes["a_ika"][1] == "Ikä"
    assert codes["document"][1] == "Dokumentti"  # labels follow the project's language


def test_csv_files_have_bom_and_match(study: Project, tmp_path: Path) -> None:
    written = export_matrices(study, tmp_path / "matriisi.csv", presence=True)
    assert [p.name for p in written] == [
        "matriisi_documents.csv",
        "matriisi_cases.csv",
        "matriisi_codes.csv",
    ]
    for path in written:
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with written[0].open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert {r[0].lstrip("="): [int(v) for v in r[-4:]] for r in rows[1:]} == DOC_PRESENCE
    with written[2].open(encoding="utf-8-sig", newline="") as f:
        labels = {r[0]: r[2] for r in csv.reader(f)}
    assert labels["c_hinta_2"] == "Hinta?"
    assert not list(tmp_path.glob("*.part"))


def test_refuses_other_extensions(study: Project, tmp_path: Path) -> None:
    from workbench.errors import ValidationError

    with pytest.raises(ValidationError, match=r"one of \.xlsx, \.csv"):
        export_matrices(study, tmp_path / "matriisi.sav")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("demo") / "demo.teema"
    build_demo(path)
    yield path


def test_demo_totals_match_code_counts(demo: Path) -> None:
    with Project.open(demo, readonly=True) as project:
        counts = project.codes.counts()
        docs, cases = build_matrices(project)
        present, _ = build_matrices(project, presence=True)
        codes = project.codes.list()
    assert counts
    for code in codes:
        segments, documents = counts.get(code.id, (0, 0))
        assert sum(docs.column(code.id)) == segments
        assert sum(present.column(code.id)) == documents
    assert len(docs.rows) == len({row[0] for row in docs.rows})
    # A case row sums its documents' rows; a document in two cases counts in both.
    n_cases = [len(str(row[4]).split("; ")) if row[4] else 0 for row in docs.rows]
    assert cases.rows
    for code in codes:
        expected = sum(n * cell for n, cell in zip(n_cases, docs.column(code.id), strict=True))
        assert sum(cases.column(code.id)) == expected


def test_cli_export_matrix(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo.xlsx"
    assert main(["export", "matrix", str(demo), str(out)]) == 0
    assert f"Wrote {out}" in capsys.readouterr().out
    with Project.open(demo, readonly=True) as project:
        total = sum(s for s, _ in project.codes.counts().values())
        n_codes = len(project.codes.list())
    rows = list(load_workbook(out)["documents"].iter_rows(min_row=2, values_only=True))
    assert sum(sum(r[-n_codes:]) for r in rows) == total

    csv_out = tmp_path / "demo.csv"
    assert main(["export", "matrix", str(demo), str(csv_out), "--presence", "--rollup"]) == 0
    with (tmp_path / "demo_cases.csv").open(encoding="utf-8-sig", newline="") as f:
        rows_csv = list(csv.reader(f))
    assert rows_csv[0][:2] == ["case", "documents"]
    assert {v for r in rows_csv[1:] for v in r[-n_codes:]} <= {"0", "1"}

    with pytest.raises(SystemExit):
        main(["export", "matrix", str(demo), str(csv_out), "--presence", "--counts"])
