"""The .docx importer on the corpus interviews and on documents built here."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook

from tests.conftest import CORPUS, needs_shared
from workbench.errors import ImportRefused
from workbench.importers import word
from workbench.importers.base import AttributeValue, ImportedDocument, ImportOptions, Source
from workbench.importers.safezip import OLE_MAGIC

TXT_TURN = re.compile(r"^\[(\d\d):(\d\d):(\d\d)\] ([^:\n]+): (.*)$", re.MULTILINE)


def corpus(name: str) -> Path:
    return needs_shared(CORPUS) / name


def read_docx(data: bytes, name: str = "test.docx", **options: str) -> ImportedDocument:
    [doc] = word.read(data, Source(Path(name)), ImportOptions(**options))  # type: ignore[arg-type]
    doc.check()
    return doc


def txt_turns(path: Path) -> list[tuple[int, str, str]]:
    """(timestamp ms, speaker, text) of each turn of a corpus .txt transcript."""
    text = path.read_text(encoding="utf-8")
    return [
        ((int(h) * 3600 + int(m) * 60 + int(s)) * 1000, speaker, said)
        for h, m, s, speaker, said in TXT_TURN.findall(text)
    ]


def to_bytes(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def turn(paragraph_doc: docx.document.Document, stamp: str, label: str, said: str) -> None:
    paragraph = paragraph_doc.add_paragraph(stamp)
    paragraph.add_run(label).bold = True
    paragraph.add_run(said)


@pytest.mark.parametrize("code", ["H1", "H3"])
def test_corpus_turns_equal_the_txt_transcript(code: str) -> None:
    doc = read_docx(corpus(f"haastattelu_{code}.docx").read_bytes(), f"haastattelu_{code}.docx")
    expected = txt_turns(corpus(f"haastattelu_{code}.txt"))
    got = [(t.timestamp_ms, t.speaker, doc.text[t.start : t.end]) for t in doc.turns]
    assert len(expected) > 40
    assert got == expected
    assert {t.speaker: t.role for t in doc.turns} == {
        "Haastattelija": "interviewer",
        code: "participant",
    }
    assert {t.case for t in doc.turns} == {None, code}
    assert all(t.case == code for t in doc.turns if t.role == "participant")


def test_h1_counts_metadata_and_case() -> None:
    doc = read_docx(corpus("haastattelu_H1.docx").read_bytes(), "haastattelu_H1.docx")
    assert doc.name == "haastattelu_H1"
    assert len(doc.turns) == 46
    assert sum(t.speaker == "H1" for t in doc.turns) == 23
    assert doc.turns[0].timestamp_ms == 4_000
    assert doc.kind == "interview"
    assert doc.language == "fi"
    assert doc.date == dt.date(2024, 3, 12)
    assert doc.metadata["date"] == "12.3.2024"
    assert doc.metadata["interviewer"] == "AV (Aino Virtaranta)"
    assert doc.metadata["participant"] == "H1"
    assert doc.metadata["title"] == "Haastattelu H1 – Kuurakulman asiakaskokemustutkimus 2024"
    [case] = doc.cases
    assert case.name == "H1"
    assert case.attributes == {
        "segment": AttributeValue("category", "Lapsiperhe, kanta-asiakas, myymälä + verkkokauppa")
    }
    # the metadata table went to metadata, not into the text
    assert "Aino Virtaranta" not in doc.text


def test_h1_headings_in_order_with_offsets() -> None:
    doc = read_docx(corpus("haastattelu_H1.docx").read_bytes())
    headings = doc.metadata["headings"]
    assert isinstance(headings, list)
    assert headings[:3] == [
        {"level": 1, "text": "Haastattelun tiedot", "start": headings[0]["start"]},
        {"level": 1, "text": "Litteraatti", "start": headings[1]["start"]},
        {"level": 2, "text": "Taustatiedot", "start": headings[2]["start"]},
    ]
    for heading in headings:
        start = heading["start"]
        assert doc.text[start : start + len(heading["text"])] == heading["text"]
        assert doc.text[start - 2 : start] == "\n\n"
    # a heading ends the turn before it
    assert not any(t.start < h["start"] < t.end for t in doc.turns for h in headings)


def test_text_reads_like_the_transcript() -> None:
    doc = read_docx(corpus("haastattelu_H1.docx").read_bytes())
    assert doc.text.startswith("Haastattelu H1 – Kuurakulman asiakaskokemustutkimus 2024\n\n")
    assert "\n\n[00:00:25] H1: Joo. No mä oon" in doc.text
    assert "\n\n\n" not in doc.text


def test_paragraphs_and_tables_in_document_order() -> None:
    document = docx.Document()
    document.add_paragraph("Ennen taulukkoa.")
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate([["Kanava", "Kävijät", "Muutos"], ["Sovellus", "1200", "+5 %"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("Taulukon jälkeen.")
    doc = read_docx(to_bytes(document))
    assert doc.text == (
        "Ennen taulukkoa.\n\nKanava | Kävijät | Muutos\nSovellus | 1200 | +5 %\n\nTaulukon jälkeen."
    )
    assert doc.turns == []
    assert doc.cases == []


def test_finnish_heading_style_and_label_variants() -> None:
    document = docx.Document()
    document.styles.add_style("Otsikko 1", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("Johdanto", style="Otsikko 1")
    turn(document, "", "Moderaattori:", " Mitä ajattelet?")
    paragraph = document.add_paragraph()  # label split over two bold runs, colon not bold
    paragraph.add_run("Osallis").bold = True
    paragraph.add_run("tuja K2").bold = True
    paragraph.add_run(": Ihan hyvä.")
    turn(document, "(03:12) ", "Moderaattori:", " Entä sitten?")
    paragraph = document.add_paragraph()
    paragraph.add_run("[00:04:00] Osallistuja K2:").bold = True  # timestamp inside the bold
    paragraph.add_run(" Ei mitään.")
    document.add_paragraph("Jatkan vielä samaa vastausta.")
    doc = read_docx(to_bytes(document))
    assert doc.metadata["headings"] == [{"level": 1, "text": "Johdanto", "start": 0}]
    got = [(t.speaker, t.role, t.timestamp_ms, doc.text[t.start : t.end]) for t in doc.turns]
    assert got == [
        ("Moderaattori", "interviewer", None, "Mitä ajattelet?"),
        ("Osallistuja K2", "participant", None, "Ihan hyvä."),
        ("Moderaattori", "interviewer", 192_000, "Entä sitten?"),
        ("Osallistuja K2", "participant", 240_000, "Ei mitään.\n\nJatkan vielä samaa vastausta."),
    ]
    assert [c.name for c in doc.cases] == ["Osallistuja K2"]


def test_metadata_participant_code_names_the_speaker_case() -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    rows = [("Date", "2024-05-02"), ("Participant code", "K7"), ("Age group", "30–39")]
    for r, (key, value) in enumerate(rows):
        table.cell(r, 0).text, table.cell(r, 1).text = key, value
    turn(document, "", "Interviewer:", " How was it?")
    turn(document, "", "Participant:", " Fine, mostly.")
    doc = read_docx(to_bytes(document))
    assert doc.date == dt.date(2024, 5, 2)
    assert doc.metadata["Age group"] == "30–39"
    assert [t.case for t in doc.turns] == [None, "K7"]
    [case] = doc.cases
    assert case.name == "K7"
    assert case.attributes == {"Age group": AttributeValue("category", "30–39")}
    assert doc.language == "en"


def test_tracked_changes_and_hyperlinks_keep_the_visible_text() -> None:
    document = docx.Document()
    turn(document, "[00:00:01] ", "Haastattelija:", " Miten")
    paragraph = document.paragraphs[-1]
    inserted = OxmlElement("w:ins")
    inserted.set(qn("w:id"), "1")
    inserted.set(qn("w:author"), "AV")
    inserted.append(_run_element(" kauppareissu meni?"))
    deleted = OxmlElement("w:del")
    deleted.set(qn("w:id"), "2")
    deleted.set(qn("w:author"), "AV")
    deleted.append(_run_element(" POISTETTU"))
    paragraph._p.append(inserted)
    paragraph._p.append(deleted)
    turn(document, "[00:00:04] ", "H2:", " Hyvin, katsoin ")
    link = OxmlElement("w:hyperlink")
    link.append(_run_element("kuurakulma.fi"))
    document.paragraphs[-1]._p.append(link)
    doc = read_docx(to_bytes(document))
    assert [doc.text[t.start : t.end] for t in doc.turns] == [
        "Miten kauppareissu meni?",
        "Hyvin, katsoin kuurakulma.fi",
    ]
    assert "POISTETTU" not in doc.text


def _run_element(text: str) -> object:
    run = OxmlElement("w:r")
    content = OxmlElement("w:t")
    content.set(qn("xml:space"), "preserve")
    content.text = text
    run.append(content)
    return run


def test_paragraphs_inside_content_controls_are_read() -> None:
    document = docx.Document()
    document.add_paragraph("Ensin.")
    control, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    inner = document.add_paragraph("Sisällönhallinnan sisällä.")._p
    content.append(inner)  # moves the paragraph into the control
    control.append(content)
    document.element.body.insert(1, control)
    document.add_paragraph("Lopuksi.")
    doc = read_docx(to_bytes(document))
    assert doc.text == "Ensin.\n\nSisällönhallinnan sisällä.\n\nLopuksi."


def test_a_data_table_is_not_metadata() -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Tuote", "Hinta"
    table.cell(1, 0).text, table.cell(1, 1).text = "Kahvi", "4,50"
    doc = read_docx(to_bytes(document))
    assert doc.text == "Tuote | Hinta\nKahvi | 4,50"
    assert "headings" in doc.metadata and "date" not in doc.metadata


def test_without_bold_labels_falls_back_to_detect_turns() -> None:
    document = docx.Document()
    document.add_paragraph("[00:00:02] Haastattelija: Kuuluuko hyvin?")
    document.add_paragraph("[00:00:05] H9: Kuuluu, kuuluu.")
    doc = read_docx(to_bytes(document))
    got = [(t.speaker, t.role, t.case, doc.text[t.start : t.end]) for t in doc.turns]
    assert got == [
        ("Haastattelija", "interviewer", None, "Kuuluuko hyvin?"),
        ("H9", "participant", "H9", "Kuuluu, kuuluu."),
    ]
    assert [c.name for c in doc.cases] == ["H9"]


def test_bold_words_that_are_no_label_make_no_turn() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Tässä on ")
    paragraph.add_run("tärkeä").bold = True
    paragraph.add_run(" huomio.")
    document.add_paragraph().add_run("Tämä koko virke on lihavoitu ja päättyy näin:").bold = True
    doc = read_docx(to_bytes(document))
    assert doc.turns == []


def test_options_override_kind_and_language() -> None:
    doc = read_docx(corpus("haastattelu_H3.docx").read_bytes(), kind="other", language="en")
    assert (doc.kind, doc.language) == ("other", "en")


def refusal(data: bytes) -> str:
    with pytest.raises(ImportRefused) as caught:
        word.read(data, Source(Path("x.docx")), ImportOptions())
    return str(caught.value)


def test_truncated_docx_is_refused() -> None:
    data = corpus("haastattelu_H1.docx").read_bytes()
    assert "damaged or incomplete" in refusal(data[:20_000])


def test_password_protected_docx_is_refused() -> None:
    assert "password-protected" in refusal(OLE_MAGIC + bytes(4096))


def test_excel_file_named_docx_is_refused() -> None:
    buffer = io.BytesIO()
    Workbook().save(buffer)
    assert "not a readable Word .docx document" in refusal(buffer.getvalue())


def test_text_file_named_docx_is_refused() -> None:
    assert "not a Word document" in refusal(b"Haastattelu H1\n")
