"""Exporting a retrieval list: .xlsx and .csv re-opened and compared cell by cell,
headings in the project's language, Excel-safe text, and clean failures."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from coding.retrieval import RetrievedSegment, retrieve
from exports.segments_table import COLUMNS, HEADINGS, export_segments, row_values
from workbench.domain.documents import NewTurn
from workbench.errors import TeemaError, ValidationError
from workbench.project import Project

TEXT = (
    "[00:00:04] Haastattelija: Miten asioit?\n\n"
    "[00:00:25] H1: Kassajonot ovat järkyttävät 😤 ja sovellus kaatuu.\n"
    "=SUM(A1:A2) kirjoitti joku lomakkeeseen.\x07\n"
)


@pytest.fixture
def rows(project: Project) -> list[RetrievedSegment]:
    p = project
    h1 = TEXT.index("Kassajonot")
    doc = p.documents.add(
        "haastattelu_H1",
        TEXT,
        kind="interview",
        language="fi",
        turns=[NewTurn(h1, TEXT.index("\n=SUM"), "H1", "participant")],
    ).id
    case = p.cases.create("H1").id
    p.documents.link_case(doc, case)
    queue = p.codes.create("Jonot ja kassa").id
    app = p.codes.create("Mobiilisovellus").id
    start = TEXT.index("Kassajonot")
    p.segments.add(
        doc,
        start,
        start + len("Kassajonot ovat järkyttävät 😤"),
        code_ids=[queue, app],
        emotion_id=p.schemes.emotion("anger", 3).id,
        stage_id=p.schemes.stage("purchase").id,
        memo="Toistuu monessa haastattelussa",
    )
    formula = TEXT.index("=SUM")
    p.segments.add(doc, formula, TEXT.index("\n", formula), code_ids=[queue])
    return retrieve(p)


def test_xlsx_round_trip(rows: list[RetrievedSegment], tmp_path: Path) -> None:
    path = export_segments(rows, tmp_path / "katkelmat.xlsx", language="fi")
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet.title == "Koodatut katkelmat"
    assert [c.value for c in sheet[1]] == list(HEADINGS["fi"])
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:Q{len(rows) + 1}"
    quote = COLUMNS.index("quote") + 1
    assert sheet.cell(2, quote).alignment.wrap_text
    first = [c.value for c in sheet[2]]
    assert first[:7] == [
        "haastattelu_H1",
        "haastattelu",
        "H1",
        "H1",
        rows[0].segment.start,
        rows[0].segment.end,
        "Kassajonot ovat järkyttävät 😤",
    ]
    assert first[9:13] == ["Jonot ja kassa; Mobiilisovellus", "raivo", -2, "Ostaminen"]
    assert first[15:] == ["Toistuu monessa haastattelussa", rows[0].segment.guid]
    # Text that looks like a formula stays text; a control character Excel cannot
    # hold is dropped.
    second = sheet.cell(3, quote)
    assert second.data_type == "s"
    assert second.value == "=SUM(A1:A2) kirjoitti joku lomakkeeseen."
    assert sheet.max_row == len(rows) + 1


def test_csv_round_trip_in_finnish(rows: list[RetrievedSegment], tmp_path: Path) -> None:
    path = export_segments(rows, tmp_path / "katkelmat.csv", language="fi")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f, delimiter=";"))
    assert table[0] == list(HEADINGS["fi"])
    expected = [[str(v) for v in row_values(r, "fi")] for r in rows]
    expected[1][COLUMNS.index("quote")] = "'" + expected[1][COLUMNS.index("quote")]
    assert table[1:] == expected
    assert "Kassajonot ovat järkyttävät 😤" in table[1]


def test_csv_in_english_uses_commas_and_english_headings(
    rows: list[RetrievedSegment], tmp_path: Path
) -> None:
    path = export_segments(rows, tmp_path / "segments.CSV", language="en")
    with path.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    assert table[0][:3] == ["Document", "Kind", "Case"]
    assert table[1][1] == "interview" and table[1][10] == "raivo"  # labels: project's language


def test_progress_is_reported(rows: list[RetrievedSegment], tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_segments(
        rows, tmp_path / "x.xlsx", progress=lambda done, total: seen.append((done, total))
    )
    assert seen[-1] == (len(rows), len(rows))


def test_empty_list_still_has_its_header(tmp_path: Path) -> None:
    path = export_segments([], tmp_path / "tyhjä.xlsx", language="en")
    sheet = openpyxl.load_workbook(path).active
    assert [c.value for c in sheet[1]] == list(HEADINGS["en"]) and sheet.max_row == 1


def test_refusals_leave_nothing_behind(rows: list[RetrievedSegment], tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError, match=r"must end in one of \.xlsx, \.csv"):
        export_segments(rows, out / "katkelmat.ods")
    for name in ("katkelmat.xlsx", "katkelmat.csv"):
        with pytest.raises(TeemaError, match=f"Could not write {name}"):
            export_segments(rows, out / "missing folder" / name)
    (out / "taken.xlsx").mkdir()  # a folder where the file should go
    with pytest.raises(TeemaError, match=r"Could not write taken\.xlsx"):
        export_segments(rows, out / "taken.xlsx")
    assert [p.name for p in out.iterdir()] == ["taken.xlsx"]
