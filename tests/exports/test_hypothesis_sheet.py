"""The hypothesis sheet (.xlsx, .csv, .docx): reopened and checked against the project."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from statistics import fmean
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

from coding.evidence import EvidenceIndex
from coding.item_checks import check_item
from exports.hypothesis_sheet import export_hypotheses
from workbench.demo import build_demo
from workbench.domain.themes import NewTheme, NewUnit
from workbench.errors import TeemaError, ValidationError
from workbench.project import Project

FLAGGED = "Kassajono on aina liian pitkä ja itsepalvelukassat ovat usein rikki."
REVERSED = "En tiedä, milloin pisteeni vanhenevat."
LIKERT5_FI = (
    "Täysin eri mieltä | Jokseenkin eri mieltä | Ei samaa eikä eri mieltä | "
    "Jokseenkin samaa mieltä | Täysin samaa mieltä"
)
KINDS_FI = {
    "interview": "haastattelu",
    "mystery_shopping": "mysteeriasiointi",
    "observation": "havainnointi",
    "survey_answer": "kyselyvastaus",
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Project, Path]]:
    folder = tmp_path_factory.mktemp("sheet")
    build_demo(folder / "demo.teema")
    with Project.open(folder / "demo.teema", readonly=True) as project:
        for suffix in ("xlsx", "csv", "docx"):
            export_hypotheses(project, folder / f"hypoteesit.{suffix}")
        yield project, folder


def _rows(sheet: object) -> list[dict[str, object]]:
    values = list(sheet.iter_rows(values_only=True))  # type: ignore[attr-defined]
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def _styled(doc: Any, style: str) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style is not None and p.style.name == style]


def _profile(text: str) -> dict[str, int]:
    """'viha 4, ilo 2' -> {'viha': 4, 'ilo': 2}"""
    pairs = (part.rsplit(" ", 1) for part in text.split(", ") if part)
    return {label: int(n) for label, n in pairs}


def _expected(project: Project, evidence: tuple[int, ...]) -> dict[str, object]:
    """What a hypothesis's columns should say, computed from the project directly."""
    kinds = {d.id: d.kind for d in project.documents.list()}
    segments = [project.segments.get(i) for i in evidence]
    emotions = {e.id: e for e in project.schemes.emotions()}
    basic = {e.family: e.label("fi") for e in emotions.values() if e.intensity == 2}
    families = Counter(
        basic[emotions[s.emotion_id].family] for s in segments if s.emotion_id is not None
    )
    valences = [s.valence for s in segments if s.valence is not None]
    return {
        "Näyttökatkelmat": len(set(evidence)),
        "Dokumentit": len({s.document_id for s in segments}),
        "Osallistujat": EvidenceIndex(project).summary(evidence).participants,
        **{
            f"Katkelmat: {label}": sum(kinds[s.document_id] == kind for s in segments)
            for kind, label in KINDS_FI.items()
        },
        "Tunneprofiili": dict(families),
        "Valenssin keskiarvo": round(fmean(valences), 2) if valences else None,
        "Valenssi, n": len(valences),
    }


def test_demo_workbook_hypotheses(demo: tuple[Project, Path]) -> None:
    project, folder = demo
    book = load_workbook(folder / "hypoteesit.xlsx")
    assert book.sheetnames == ["Hypoteesit", "Kyselyväittämät", "Näyttö"]
    sheet = book["Hypoteesit"]
    headings = [c.value for c in sheet[1]]
    assert headings[:14] == [
        "Nro", "Hypoteesi", "Perustelu", "Lähteet", "Asiakaspolun vaiheet", "Kohderyhmä",
        "Menetelmä", "Mittari", "Prioriteetti", "Tila", "Äänet", "Näyttökatkelmat",
        "Dokumentit", "Osallistujat",
    ]  # fmt: skip
    assert headings[14:] == [
        *(f"Katkelmat: {label}" for label in KINDS_FI.values()),
        "Tunneprofiili", "Valenssin keskiarvo", "Valenssi, n", "Kyselyväittämien määrä",
    ]  # fmt: skip
    rows = _rows(sheet)
    hypotheses = project.hypotheses.list()
    assert [r["Nro"] for r in rows] == ["H1", "H2", "H3", "H4", "H5"]
    assert [r["Hypoteesi"] for r in rows] == [h.statement for h in hypotheses]
    stages = {s.id: s.label("fi") for s in project.schemes.stages()}
    for row, h in zip(rows, hypotheses, strict=True):
        expected = _expected(project, h.evidence_ids)
        assert row["Näyttökatkelmat"] == 12
        row["Tunneprofiili"] = _profile(str(row["Tunneprofiili"]))
        assert {k: row[k] for k in expected} == expected, h.statement
        assert row["Asiakaspolun vaiheet"] == "; ".join(stages[i] for i in h.stage_ids)
        assert row["Kyselyväittämien määrä"] == len(h.items)
    first = rows[0]
    assert (first["Lähteet"], first["Äänet"]) == ("Jonot ja kassa", 3)
    assert (first["Menetelmä"], first["Prioriteetti"], first["Tila"]) == (
        "exit poll -kysely", "korkea", "valmis testattavaksi",
    )  # fmt: skip
    assert first["Kohderyhmä"] == hypotheses[0].target_segment
    # dots on a hypothesis's source codes, from the votes table
    totals = project.votes.code_totals()
    assert [r["Äänet"] for r in rows] == [
        sum(totals.get(c, 0) for c in h.code_ids) for h in hypotheses
    ]


def test_demo_workbook_layout(demo: tuple[Project, Path]) -> None:
    _, folder = demo
    book = load_workbook(folder / "hypoteesit.xlsx")
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        last = sheet.cell(row=1, column=sheet.max_column).column_letter
        assert sheet.auto_filter.ref == f"A1:{last}{sheet.max_row}"
        assert all(c.font.bold and c.fill.fgColor.rgb.endswith("DCE6F1") for c in sheet[1])
        assert sheet.cell(row=2, column=2).alignment.wrap_text
        widths = [d.width for d in sheet.column_dimensions.values()]
        assert len(widths) == sheet.max_column and max(widths) >= 50  # the text column


def test_demo_workbook_survey_items(demo: tuple[Project, Path]) -> None:
    project, folder = demo
    rows = _rows(load_workbook(folder / "hypoteesit.xlsx")["Kyselyväittämät"])
    items = [(n, item) for n, h in enumerate(project.hypotheses.list(), 1) for item in h.items]
    assert len(rows) == len(items) == 8
    assert [r["Tunnus"] for r in rows] == [
        "H1.1", "H1.2", "H2.1", "H3.1", "H3.2", "H4.1", "H4.2", "H5.1",
    ]  # fmt: skip
    assert [r["Hypoteesi"] for r in rows] == [f"H{n}" for n, _ in items]
    assert [r["Väittämä"] for r in rows] == [item.statement for _, item in items]
    by_statement = {r["Väittämä"]: r for r in rows}
    assert by_statement[FLAGGED]["Vastausasteikko"] == "5-portainen Likert"
    assert by_statement[FLAGGED]["Vastausvaihtoehdot"] == LIKERT5_FI
    assert all(r["Vastausvaihtoehdot"] for r in rows)
    assert [r["Väittämä"] for r in rows if r["Käänteinen"] == "Kyllä"] == [REVERSED]
    assert {r["Käänteinen"] for r in rows if r["Väittämä"] != REVERSED} == {"Ei"}
    warnings = str(by_statement[FLAGGED]["Muotoiluhuomiot"]).split("\n")
    kinds = {i.kind for i in check_item(FLAGGED, "fi")}
    assert {"absolute", "double_barrelled"} <= kinds
    assert warnings == [i.message for i in check_item(FLAGGED, "fi")]
    assert any("'aina'" in w for w in warnings) and any("'ja'" in w for w in warnings)


def test_demo_workbook_evidence(demo: tuple[Project, Path]) -> None:
    project, folder = demo
    rows = _rows(load_workbook(folder / "hypoteesit.xlsx")["Näyttö"])
    hypotheses = project.hypotheses.list()
    assert len(rows) == sum(len(h.evidence_ids) for h in hypotheses)
    documents = {d.id: d for d in project.documents.list()}
    emotions = {e.id: e.label("fi") for e in project.schemes.emotions()}
    expected = [
        (f"H{n}", project.segments.get(i)) for n, h in enumerate(hypotheses, 1)
        for i in h.evidence_ids
    ]  # fmt: skip
    for row, (number, seg) in zip(rows, expected, strict=True):
        doc = documents[seg.document_id]
        assert (row["Hypoteesi"], row["Lainaus"], row["Dokumentti"]) == (
            number, seg.text, doc.name,
        )  # fmt: skip
        assert row["Aineistotyyppi"] == KINDS_FI[doc.kind]
        assert row["Tunne"] == (emotions[seg.emotion_id] if seg.emotion_id else None)
        assert row["Valenssi"] == seg.valence
    assert all(r["Osallistuja"] for r in rows if r["Aineistotyyppi"] == "haastattelu")


def test_demo_csv_finnish(demo: tuple[Project, Path]) -> None:
    project, folder = demo
    raw = (folder / "hypoteesit.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with (folder / "hypoteesit.csv").open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f, delimiter=";"))
    assert table[0][:3] == ["Nro", "Hypoteesi", "Perustelu"]
    assert table[0][-1] == "Kyselyväittämät"
    hypotheses = project.hypotheses.list()
    assert len(table) == 1 + len(hypotheses)
    first = dict(zip(table[0], table[1], strict=True))
    assert first["Hypoteesi"] == hypotheses[0].statement
    assert first["Äänet"] == "3"
    assert first["Kyselyväittämät"].split("\n") == [
        f"H1.{k} {item.statement}" for k, item in enumerate(hypotheses[0].items, 1)
    ]
    mean = _expected(project, hypotheses[0].evidence_ids)["Valenssin keskiarvo"]
    assert first["Valenssin keskiarvo"] == f"{mean:.2f}".replace(".", ",")


def test_demo_docx(demo: tuple[Project, Path]) -> None:
    project, folder = demo
    doc = Document(str(folder / "hypoteesit.docx"))
    assert _styled(doc, "Title") == [f"{project.name} – Hypoteesit"]
    hypotheses = project.hypotheses.list()
    assert _styled(doc, "Heading 2") == [
        f"H{n}. {h.statement}" for n, h in enumerate(hypotheses, 1)
    ]
    quotes = _styled(doc, "Quote")
    # each hypothesis: up to three quotes, each followed by its attribution
    assert len(quotes) == 2 * sum(min(3, len(h.evidence_ids)) for h in hypotheses)
    first = project.segments.get(hypotheses[0].evidence_ids[0])
    assert quotes[0] == f"”{first.text.strip()}”"  # Finnish quotation marks
    row = EvidenceIndex(project).get([first.id])[0]
    assert quotes[1] == f"— {', '.join(row.case_names)}, {KINDS_FI[row.document_kind]}"
    field_table = next(t for t in doc.tables if t.rows[0].cells[0].text == "Perustelu")
    values = {r.cells[0].text: r.cells[1].text for r in field_table.rows}
    assert values["Äänet"] == "3"
    assert values["Näyttö"].startswith("12 katkelmaa, 12 dokumenttia, ")
    assert values["Lähteet"] == "Jonot ja kassa"
    item_tables = [t for t in doc.tables if t.rows[0].cells[0].text == "Väittämä"]
    assert len(item_tables) == len(hypotheses)
    statements = [r.cells[0].text for t in item_tables for r in t.rows[1:]]
    assert statements[1] == f"H1.2 {FLAGGED}"
    assert len(statements) == 8
    lang = doc.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "fi-FI"  # Word checks Finnish spelling


def test_language_overrides_the_project(demo: tuple[Project, Path], tmp_path: Path) -> None:
    project, _ = demo
    path = export_hypotheses(project, tmp_path / "hypotheses.xlsx", language="en")
    book = load_workbook(path)
    assert book.sheetnames == ["Hypotheses", "Survey items", "Evidence"]
    assert [c.value for c in book["Hypotheses"][1]][:3] == ["No.", "Hypothesis", "Rationale"]
    assert book["Hypotheses"]["I2"].value == "high"


@pytest.fixture
def english(tmp_path: Path) -> Iterator[Project]:
    """Two documents, a code and an accepted theme with dots, one hypothesis citing
    both documents, an item with a line break in its hypothesis's rationale."""
    with Project.create(tmp_path / "en.teema", name="Tiny study", language="en") as p:
        queue = p.codes.create("Queues")
        text = "The queue was long; I waited ten minutes. Staff were kind."
        d1 = p.documents.add("Interview 1", text, kind="interview", language="en")
        d2 = p.documents.add("Answer 7", "=Too slow, always.", kind="survey_answer")
        anna, ben = p.cases.create("Anna"), p.cases.create("Ben")
        p.documents.link_case(d1.id, anna.id)
        p.documents.link_case(d2.id, ben.id)
        anger = p.schemes.emotion("anger")
        s1 = p.segments.add(d1.id, 0, 41, code_ids=[queue.id], emotion_id=anger.id, valence=-2)
        s2 = p.segments.add(d2.id, 0, 18, code_ids=[queue.id], valence=-1)
        run = p.themes.create_run(
            "segments", {}, {}, [NewUnit(d1.id, 0, 41, s1.id)], [NewTheme("Waiting", (), (0,))]
        )
        theme = p.themes.accept(p.themes.candidates(run.id)[0].id, name="Waiting")
        voter = p.votes.add_participant("Pia")
        p.votes.vote(voter.id, code_id=queue.id)
        p.votes.vote(voter.id, theme_id=theme.id)
        p.votes.vote(voter.id, theme_id=theme.id)
        h = p.hypotheses.create(
            "Queues drive dissatisfaction.",
            code_ids=[queue.id],
            theme_ids=[theme.id],
            evidence=[s1.id, s2.id],
            rationale='Seen in "both" kinds;\nsecond line',
        )
        p.hypotheses.add_item(h.id, "I waited too long at the till.", reversed=True)
        p.hypotheses.add_item(h.id, "Did you find it?", scale="yes_no")
        p.hypotheses.create("Nothing cited yet.", evidence=[])
        yield p


def test_english_csv(english: Project, tmp_path: Path) -> None:
    path = export_hypotheses(english, tmp_path / "hypotheses.csv")
    with path.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))  # commas for English
    header, first, second = table
    row = dict(zip(header, first, strict=True))
    assert header[-1] == "Survey items"
    assert "Segments: interview" in header and "Segments: survey answer" in header
    assert row["Rationale"] == 'Seen in "both" kinds;\nsecond line'
    assert (row["Sources"], row["Votes"]) == ("Queues; Waiting", "3")  # 1 code dot + 2 theme
    assert (row["Evidence segments"], row["Documents"], row["Participants"]) == ("2", "2", "2")
    assert (row["Segments: interview"], row["Segments: survey answer"]) == ("1", "1")
    assert (row["Emotion profile"], row["Mean valence"], row["Valence, n"]) == (
        "anger 1", "-1.50", "2",
    )  # fmt: skip
    assert row["Survey items"] == "H1.1 I waited too long at the till.\nH1.2 Did you find it?"
    second_row = dict(zip(header, second, strict=True))
    assert (second_row["No."], second_row["Evidence segments"], second_row["Mean valence"]) == (
        "H2", "0", "",
    )  # fmt: skip


def test_english_workbook_and_docx(english: Project, tmp_path: Path) -> None:
    book = load_workbook(export_hypotheses(english, tmp_path / "h.xlsx"))
    assert book.sheetnames == ["Hypotheses", "Survey items", "Evidence"]
    items = _rows(book["Survey items"])
    assert [(r["Item ID"], r["Reverse-worded"]) for r in items] == [("H1.1", "Yes"), ("H1.2", "No")]
    assert items[1]["Answer options"] == "Yes | No"
    assert items[1]["Response scale"] == "yes / no"
    evidence = _rows(book["Evidence"])
    assert [(r["Participant"], r["Document kind"]) for r in evidence] == [
        ("Anna", "interview"), ("Ben", "survey answer"),
    ]  # fmt: skip
    assert evidence[1]["Quote"] == "=Too slow, always."  # text, not a formula
    assert evidence[0]["Emotion"] == "anger"

    doc = Document(str(export_hypotheses(english, tmp_path / "h.docx")))
    texts = [p.text for p in doc.paragraphs]
    assert "Tiny study – Hypotheses" in texts
    assert "H2. Nothing cited yet." in texts
    assert "No evidence cited yet." in texts and "No survey items yet." in texts
    assert "— Ben, survey answer" in texts and "“=Too slow, always.”" in texts
    values = {r.cells[0].text: r.cells[1].text for r in doc.tables[0].rows}
    assert (
        values["Evidence"]
        == "2 segments, 2 documents, 2 participants (interview 1, survey answer 1)"
    )
    assert values["Mean valence"] == "-1.50 (n = 2)"


def test_refuses_other_extensions_and_unwritable_paths(english: Project, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"'hypotheses\.pdf'.*one of \.xlsx, \.csv, \.docx"):
        export_hypotheses(english, tmp_path / "hypotheses.pdf")
    with pytest.raises(TeemaError, match=r"Could not write h\.xlsx: "):
        export_hypotheses(english, tmp_path / "missing" / "h.xlsx")
    assert not list(tmp_path.glob("*.part"))
