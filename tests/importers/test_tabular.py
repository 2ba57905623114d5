"""The survey-table importer (.csv, .xlsx) on the corpus survey and on tables built here."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from tests.conftest import CORPUS, needs_shared
from workbench.errors import ImportRefused
from workbench.importers import tabular
from workbench.importers.base import AttributeValue, ImportedDocument, ImportOptions, Source

SURVEY = CORPUS / "kysely_avoimet_vastaukset.csv"


def read(data: bytes, name: str = "kysely.csv", **options: str) -> list[ImportedDocument]:
    docs = tabular.read(data, Source(Path(name)), ImportOptions(**options))  # type: ignore[arg-type]
    for doc in docs:
        doc.check()
    return docs


def refusal(data: bytes, name: str = "kysely.csv", **options: str) -> str:
    with pytest.raises(ImportRefused) as caught:
        read(data, name, **options)
    return str(caught.value)


def survey_rows() -> list[dict[str, str]]:
    with needs_shared(SURVEY).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# -- the corpus survey -----------------------------------------------------------------------


def test_survey_one_document_per_non_empty_answer() -> None:
    docs = read(needs_shared(SURVEY).read_bytes(), "kysely_avoimet_vastaukset.csv")
    rows = survey_rows()
    assert len(rows) == 60
    assert len(docs) == 58
    answered = [r for r in rows if r["answer"].strip()]
    assert [d.text for d in docs] == [r["answer"].strip() for r in answered]
    assert [d.cases[0].name for d in docs] == [r["respondent_id"] for r in answered]
    assert docs[0].name == "kysely_avoimet_vastaukset – R001"
    assert all(d.kind == "survey_answer" and d.language == "fi" for d in docs)
    assert all(d.metadata["skipped_empty"] == ["R017", "R052"] for d in docs)
    assert all(d.turns == [] for d in docs)


def test_survey_quoting_is_preserved() -> None:
    docs = {d.cases[0].name: d for d in read(needs_shared(SURVEY).read_bytes())}
    assert '"tyynyliina"' in docs["R010"].text
    assert '"se on jäsenhinta"' in docs["R025"].text
    assert '"juuri sinulle"' in docs["R049"].text
    multiline = [d for d in docs.values() if "\n" in d.text]
    assert [d.text for d in multiline] == [
        "Kaikki toimii, en keksi valitettavaa.\nHyvä kauppa, kiitos."
    ]
    assert docs["R001"].text.startswith("Henkilökunta on aina ystävällistä ja tuntee tuotteet,")


def test_survey_attribute_types() -> None:
    docs = read(needs_shared(SURVEY).read_bytes())
    case = docs[0].cases[0]
    assert case.attributes == {
        "segment": AttributeValue("category", "kanta-asiakas"),
        "channel": AttributeValue("category", "myymälä"),
        "nps": AttributeValue("number", 9.0),
    }
    assert {d.cases[0].attributes["nps"].type for d in docs} == {"number"}
    assert {d.cases[0].attributes["segment"].value for d in docs} >= {"satunnainen", "uusi asiakas"}


def test_survey_per_column() -> None:
    [doc] = read(needs_shared(SURVEY).read_bytes(), "kysely_avoimet_vastaukset.csv", per="column")
    answered = [r for r in survey_rows() if r["answer"].strip()]
    assert doc.name == "kysely_avoimet_vastaukset – answer"
    assert len(doc.turns) == 58
    assert [doc.text[t.start : t.end] for t in doc.turns] == [r["answer"].strip() for r in answered]
    assert [(t.speaker, t.case, t.role) for t in doc.turns][:2] == [
        ("R001", "R001", "participant"),
        ("R002", "R002", "participant"),
    ]
    assert doc.text == "\n\n".join(r["answer"].strip() for r in answered)
    assert [c.name for c in doc.cases] == [r["respondent_id"] for r in answered]
    assert doc.cases[0].attributes["nps"] == AttributeValue("number", 9.0)
    assert doc.metadata["skipped_empty"] == ["R017", "R052"]


def test_text_column_by_name_and_index() -> None:
    data = needs_shared(SURVEY).read_bytes()
    assert len(read(data, text_column="answer")) == 58
    assert len(read(data, text_column="4")) == 58
    segment_docs = read(data, text_column="segment", id_column="respondent_id")
    assert len(segment_docs) == 60
    assert "segment" not in segment_docs[0].cases[0].attributes
    assert segment_docs[0].cases[0].attributes["answer"].type == "text"


def test_unknown_text_column_names_the_columns() -> None:
    reason = refusal(needs_shared(SURVEY).read_bytes(), text_column="vastaus")
    assert "no column 'vastaus'" in reason
    assert "respondent_id, segment, channel, nps, answer" in reason


# -- other CSV dialects ----------------------------------------------------------------------


def test_semicolon_csv_types() -> None:
    text = (
        "vastaaja;pvm;arvosana;kommentti\n"
        "V1;12.3.2024;7,5;Palvelu oli nopeaa ja henkilökunta auttoi.\n"
        "V2;3.4.2024;8;Jono oli pitkä, mutta kassa ystävällinen.\n"
        "V3;2024-04-05;−1,25;En osaa sanoa mitään erityistä.\n"
    )
    docs = read(text.encode("utf-8"))
    attributes = docs[0].cases[0].attributes
    assert attributes == {
        "pvm": AttributeValue("date", dt.date(2024, 3, 12)),
        "arvosana": AttributeValue("number", 7.5),
    }
    assert docs[2].cases[0].attributes["arvosana"].value == -1.25
    assert [d.date for d in docs] == [
        dt.date(2024, 3, 12),
        dt.date(2024, 4, 3),
        dt.date(2024, 4, 5),
    ]
    assert docs[1].text == "Jono oli pitkä, mutta kassa ystävällinen."


def test_tab_separated_cp1252_without_id_column_gets_row_numbers() -> None:
    text = (
        "kanava\tpalaute\n"
        "myymälä\tHyvä palvelu ja edulliset hinnat.\n"
        "verkko\tToimitus myöhästyi päivällä.\n"
        "myymälä\tKassalla oli jonoa, mutta se eteni.\n"
    )
    docs = read(text.encode("cp1252"))
    assert [d.cases[0].name for d in docs] == ["R001", "R002", "R003"]
    assert docs[0].text == "Hyvä palvelu ja edulliset hinnat."
    assert docs[0].cases[0].attributes == {"kanava": AttributeValue("category", "myymälä")}


def test_excel_style_csv_with_bom_crlf_and_semicolons() -> None:
    text = 'id;segmentti;vastaus\r\nA;uusi;Hyvä, mutta "kallis" kauppa\r\nB;uusi;Ihan ok\r\n'
    docs = read(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert [(d.cases[0].name, d.text) for d in docs] == [
        ("A", 'Hyvä, mutta "kallis" kauppa'),
        ("B", "Ihan ok"),
    ]
    assert docs[0].cases[0].attributes == {"segmentti": AttributeValue("category", "uusi")}


def test_single_column_csv_keeps_unquoted_commas() -> None:
    docs = read('palaute\nHyvä; nopea palvelu\nHuono, hidas palvelu\n"Kaksi\nriviä"\n'.encode())
    assert [d.text for d in docs] == ["Hyvä; nopea palvelu", "Huono, hidas palvelu", "Kaksi\nriviä"]


def test_short_repeated_answers_are_still_answers() -> None:
    rows = "".join(f"R{n},a,Palvelu oli ihan hyvää tänään kiitos\n" for n in range(4))
    docs = read(("id,segmentti,vastaus\n" + rows).encode())
    assert len(docs) == 4 and docs[0].text == "Palvelu oli ihan hyvää tänään kiitos"


def test_same_text_and_id_column_is_refused() -> None:
    reason = refusal(needs_shared(SURVEY).read_bytes(), text_column="answer", id_column="answer")
    assert "both the text and the id column" in reason


def test_duplicate_explicit_id_is_refused() -> None:
    data = b"id,answer\nA,first answer here\nA,second answer here\n"
    assert "repeats the value 'A'" in refusal(data, id_column="id")


# -- bad input -------------------------------------------------------------------------------


def test_empty_csv_is_refused() -> None:
    assert refusal(b"") == "the file is empty"


def test_header_only_csv_is_refused() -> None:
    assert "header row but no data rows" in refusal(b"respondent_id,segment,answer\n")


def test_header_required() -> None:
    assert "must be a header" in refusal(b"R001,9,Hyva palvelu\nR002,7,Ihan ok\n")


def test_no_text_column_is_refused() -> None:
    reason = refusal(b"id,nps,segment\nR1,9,a\nR2,7,a\nR3,8,b\n")
    assert "no column holds open answers" in reason
    assert "id, nps, segment" in reason


def test_unquoted_delimiter_is_refused_with_the_row() -> None:
    data = b"id,segment,answer\nR1,a,Hyva\nR2,b,Hyva, mutta kallis\n"
    assert "row 3 has 4 values but the header has 3 columns" in refusal(data)


def test_broken_quoting_is_refused() -> None:
    assert "cannot be read near line" in refusal(b'id,answer\nR1,"hyva"paha\n')


def test_binary_named_csv_is_refused() -> None:
    assert "binary" in refusal(bytes(range(256)) * 4)


# -- xlsx ------------------------------------------------------------------------------------


def workbook_bytes() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Vastaukset"
    sheet.append(["Tunnus", "Käyntipäivä", "Ikä", "Myymälä", "Mikä toimi?", "Mitä parantaisit?"])
    rows = [
        ["A1", dt.datetime(2024, 3, 12, 10, 30), 34, "Tammiharju", "Kassat olivat nopeita."],
        ["A2", dt.datetime(2024, 3, 13), 61.5, "Kuurasalo", "Henkilökunta neuvoi hyvin."],
        ["A3", dt.datetime(2024, 3, 14), 27, "Tammiharju", None],
        ["A4", dt.datetime(2024, 3, 15), 45, "Ruskolahti", "Kaikki."],
    ]
    improve = [
        "Lisää parkkipaikkoja kaupan eteen.",
        None,
        "Sovellus kaatuu maksaessa, korjatkaa se.",
        "Hintalaput ovat usein väärin hyllyssä.",
    ]
    for row, answer in zip(rows, improve, strict=True):
        sheet.append([*row, answer])
    other = book.create_sheet("Muistiinpanot")
    other.append(["id", "muistiinpano"])
    other.append(["M1", "Tämä on toinen välilehti, jossa on muistiinpanoja."])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_xlsx_per_row_picks_longest_text_column_and_types() -> None:
    docs = read(workbook_bytes(), "kysely.xlsx")
    assert [d.text for d in docs] == [
        "Lisää parkkipaikkoja kaupan eteen.",
        "Sovellus kaatuu maksaessa, korjatkaa se.",
        "Hintalaput ovat usein väärin hyllyssä.",
    ]
    assert [d.cases[0].name for d in docs] == ["A1", "A3", "A4"]
    assert docs[0].metadata["skipped_empty"] == ["A2"]
    assert docs[0].date == dt.date(2024, 3, 12)
    assert docs[0].cases[0].attributes == {
        "Käyntipäivä": AttributeValue("date", dt.date(2024, 3, 12)),
        "Ikä": AttributeValue("number", 34.0),
        "Myymälä": AttributeValue("category", "Tammiharju"),
        "Mikä toimi?": AttributeValue("text", "Kassat olivat nopeita."),
    }
    assert docs[0].language == "fi"


def test_xlsx_per_column_makes_one_document_per_answer_column() -> None:
    docs = read(workbook_bytes(), "kysely.xlsx", per="column")
    assert [d.name for d in docs] == ["kysely – Mikä toimi?", "kysely – Mitä parantaisit?"]
    first = docs[0]
    assert [(t.speaker, first.text[t.start : t.end]) for t in first.turns] == [
        ("A1", "Kassat olivat nopeita."),
        ("A2", "Henkilökunta neuvoi hyvin."),
        ("A4", "Kaikki."),
    ]
    assert [c.name for c in first.cases] == ["A1", "A2", "A4"]
    assert first.cases[1].attributes["Ikä"] == AttributeValue("number", 61.5)
    assert "Mitä parantaisit?" not in first.cases[0].attributes
    assert docs[1].metadata["skipped_empty"] == ["A2"]


def test_xlsx_other_sheet_and_unknown_sheet() -> None:
    [doc] = read(workbook_bytes(), "kysely.xlsx", sheet="Muistiinpanot")
    assert doc.cases[0].name == "M1"
    reason = refusal(workbook_bytes(), "kysely.xlsx", sheet="Taulukko1")
    assert "no sheet 'Taulukko1'" in reason and "Vastaukset, Muistiinpanot" in reason


def test_corrupt_and_encrypted_xlsx_are_refused() -> None:
    data = workbook_bytes()
    assert "damaged or incomplete" in refusal(data[: len(data) // 2], "kysely.xlsx")
    assert "password-protected" in refusal(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "k.xlsx"
    )


def test_word_file_named_xlsx_is_refused() -> None:
    data = needs_shared(CORPUS / "haastattelu_H1.docx").read_bytes()
    assert "not an .xlsx file" in refusal(data, "kysely.xlsx")


# -- property: answers survive a CSV round trip ----------------------------------------------

ANSWER = st.text(
    alphabet=st.sampled_from(list("abcäöå ABC,;|\"'\n.-–0123456789")), min_size=0, max_size=40
)


@settings(max_examples=60, deadline=None)
@given(st.lists(ANSWER, min_size=1, max_size=12))
def test_csv_answers_round_trip(answers: list[str]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["respondent_id", "answer"])
    for number, answer in enumerate(answers, start=1):
        writer.writerow([f"R{number:03d}", f"Vastaus {number}: {answer}"])
    [doc] = read(buffer.getvalue().encode("utf-8"), per="column")
    expected = [f"Vastaus {n}: {a}".strip() for n, a in enumerate(answers, start=1)]
    assert [doc.text[t.start : t.end] for t in doc.turns] == expected
    assert [t.case for t in doc.turns] == [f"R{n:03d}" for n in range(1, len(answers) + 1)]
