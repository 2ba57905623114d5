"""``teema export hypotheses|report|qdpx|qdc`` and ``teema import`` of a .qdpx on the demo."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from docx import Document as Docx
from openpyxl import load_workbook

from workbench.cli import main
from workbench.demo import build_demo
from workbench.project import Project


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.teema"
    build_demo(path)
    return path


def statements(demo: Path) -> list[str]:
    with Project.open(demo, readonly=True) as p:
        return [h.statement for h in p.hypotheses.list()]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".docx"])
def test_export_hypotheses(demo: Path, tmp_path: Path, suffix: str, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"hypoteesit{suffix}"
    assert main(["export", "hypotheses", str(demo), str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    expected = statements(demo)
    if suffix == ".xlsx":
        book = load_workbook(out)
        assert book.sheetnames[:2] == ["Hypoteesit", "Kyselyväittämät"]
        found = [row[1] for row in book.worksheets[0].iter_rows(min_row=2, values_only=True)]
    elif suffix == ".csv":
        with out.open(encoding="utf-8-sig", newline="") as handle:
            found = [row[1] for row in list(csv.reader(handle, delimiter=";"))[1:]]
    else:
        text = "\n".join(p.text for p in Docx(str(out)).paragraphs)
        found = [s for s in expected if s in text]
    assert found == expected


def test_export_hypotheses_in_english(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "h.xlsx"
    assert main(["export", "hypotheses", str(demo), str(out), "--language", "en"]) == 0
    assert load_workbook(out).sheetnames[:2] == ["Hypotheses", "Survey items"]


def test_export_report_with_a_template(demo: Path, tmp_path: Path) -> None:
    template = tmp_path / "brand.docx"
    doc = Docx()
    doc.sections[0].header.paragraphs[0].text = "ACME Oy – luottamuksellinen"
    doc.save(str(template))
    out = tmp_path / "raportti.docx"
    assert main(["export", "report", str(demo), str(out), "--template", str(template)]) == 0
    report = Docx(str(out))
    headings = [p.text for p in report.paragraphs if p.style.name == "Heading 1"]
    assert "Tiivistelmä" in headings and "Jonot ja kassa" in headings
    assert report.sections[0].header.paragraphs[0].text == "ACME Oy – luottamuksellinen"
    assert len(report.inline_shapes) >= 4


def test_report_refuses_a_bad_template(demo: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "brand.docx"
    bad.write_text("not a Word file")
    out = tmp_path / "r.docx"
    assert main(["export", "report", str(demo), str(out), "--template", str(bad)]) != 0
    assert "brand.docx" in capsys.readouterr().err
    assert not out.exists()


def test_qdpx_round_trip_through_the_command_line(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "demo.qdpx"
    assert main(["export", "qdpx", str(demo), str(out)]) == 0
    target = tmp_path / "copy.teema"
    assert main(["new", str(target)]) == 0
    assert main(["import", str(target), str(out)]) == 0
    with Project.open(target, readonly=True) as p:
        info = p.info()
        assert (info.documents, info.codes, info.segments) == (73, 10, 312)
