"""The .txt/.md importer on the corpus files: text kept as written, structure found on top."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import SHARED, needs_shared
from workbench.errors import ImportRefused
from workbench.importers import reader_for
from workbench.importers.base import ImportedDocument, ImportOptions, Source
from workbench.importers.text import document_date, read


def _corpus() -> Path:
    return needs_shared(SHARED / "corpus")


CORPUS = _corpus()


def _raw(name: str) -> str:
    with open(CORPUS / name, encoding="utf-8", newline="") as handle:
        return handle.read()


def _import(name: str, options: ImportOptions | None = None) -> ImportedDocument:
    path = CORPUS / name
    docs = read(path.read_bytes(), Source(path), options or ImportOptions())
    assert len(docs) == 1
    return docs[0]


MS = "mystery_shopping"
OBS = "observation"
# file, kind, language, date, turns, checklist items, cases
EXPECTED = [
    ("haastattelu_H1.txt", "interview", "fi", dt.date(2024, 3, 12), 46, 0, ["H1"]),
    ("haastattelu_H2.txt", "interview", "fi", dt.date(2024, 3, 13), 44, 0, ["H2"]),
    ("haastattelu_H3.txt", "interview", "fi", dt.date(2024, 3, 15), 44, 0, ["H3"]),
    ("haastattelu_H4.txt", "interview", "fi", dt.date(2024, 3, 18), 44, 0, ["H4"]),
    ("haastattelu_H5.txt", "interview", "fi", dt.date(2024, 3, 19), 44, 0, ["H5"]),
    ("haastattelu_H6.txt", "interview", "fi", dt.date(2024, 3, 21), 44, 0, ["H6"]),
    ("interview_H8.txt", "interview", "en", dt.date(2024, 3, 22), 38, 0, ["H8"]),
    ("mysteeriasiointi_MS01_Tammiharju.txt", MS, "fi", dt.date(2024, 3, 14), 0, 11, []),
    ("mysteeriasiointi_MS02_Kuurasalo.txt", MS, "fi", dt.date(2024, 3, 16), 0, 9, []),
    ("mysteeriasiointi_MS03_verkkokauppa.txt", MS, "fi", dt.date(2024, 3, 18), 0, 10, []),
    ("mysteeriasiointi_MS04_asiakaspalvelu.txt", MS, "fi", dt.date(2024, 3, 19), 0, 18, []),
    ("havainnot_OBS01_kassa-alue_Tammiharju.txt", OBS, "fi", dt.date(2024, 3, 16), 0, 0, []),
    ("havainnot_OBS02_verkkokauppa_kaytettavyys.txt", OBS, "fi", dt.date(2024, 3, 20), 0, 0, []),
    ("havainnot_OBS03_sovellus_ja_nouto.txt", OBS, "fi", dt.date(2024, 3, 21), 0, 0, []),
]


@pytest.mark.parametrize(("name", "kind", "language", "date", "turns", "items", "cases"), EXPECTED)
def test_corpus_files(
    name: str,
    kind: str,
    language: str,
    date: dt.date,
    turns: int,
    items: int,
    cases: list[str],
) -> None:
    doc = _import(name)
    assert doc.name == Path(name).stem
    assert doc.text == _raw(name)  # LF UTF-8 files come through unchanged
    assert (doc.kind, doc.language, doc.date) == (kind, language, date)
    assert len(doc.turns) == turns
    assert len(doc.checklist) == items
    assert [c.name for c in doc.cases] == cases


@pytest.mark.parametrize("name", [row[0] for row in EXPECTED])
def test_label_offsets_hold_on_the_imported_text(name: str) -> None:
    doc = _import(name)
    with open(CORPUS / "labels.csv", encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["file"] == name]
    assert rows
    for row in rows:
        assert doc.text[int(row["start"]) : int(row["end"])] == row["text"]


def test_h1_labelled_passages_are_participant_turns() -> None:
    doc = _import("haastattelu_H1.txt")
    by_span = {(t.start, t.end): t for t in doc.turns}
    with open(CORPUS / "labels.csv", encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["file"] == "haastattelu_H1.txt"]
    assert len(rows) == 18
    for row in rows:
        turn = by_span[(int(row["start"]), int(row["end"]))]
        assert (turn.speaker, turn.role, turn.case) == ("H1", "participant", "H1")
        assert doc.text[turn.start : turn.end] == row["text"]


def test_interview_header_metadata() -> None:
    doc = _import("haastattelu_H1.txt")
    assert doc.metadata["date"] == "12.3.2024, Kuurasalon toimisto"
    assert doc.metadata["Tutkija"] == "AV"
    assert str(doc.metadata["Litterointi"]).startswith("sanatarkka")
    assert len(doc.metadata) == 3
    english = _import("interview_H8.txt")
    assert english.metadata["Researcher"] == "TL"


def test_mystery_metadata_reaches_the_document() -> None:
    doc = _import("mysteeriasiointi_MS01_Tammiharju.txt")
    assert doc.metadata["store"] == (
        "Kuurakulma Tammiharju (tavaratalo, kodinkone- ja elektroniikkaosasto)"
    )
    assert doc.metadata["shopper"] == "MS-04"
    assert (doc.metadata["total_score"], doc.metadata["total_max"]) == (10, 18)
    first = doc.checklist[0]
    assert doc.text[first.start or 0 : first.end].startswith("1 | Asiakasta tervehdittiin")


def test_observation_metadata() -> None:
    doc = _import("havainnot_OBS01_kassa-alue_Tammiharju.txt")
    assert doc.metadata["Ajankohta"] == "lauantai 16.3.2024 klo 11.00–13.00"
    assert str(doc.metadata["Havainnoija"]).startswith("T2")


def test_options_override_detection() -> None:
    doc = _import("haastattelu_H1.txt", ImportOptions(kind="other", language="en"))
    assert (doc.kind, doc.language) == ("other", "en")
    assert len(doc.turns) == 46  # structure is still found


def test_markdown_is_kept_as_written(tmp_path: Path) -> None:
    text = (
        "# Haastattelu H9\n\n- **Päivämäärä:** 2024-03-12\n\n"
        "**Haastattelija:** Miten *sovellus* toimii?\n\n**H9:** No _ihan_ hyvin.\n\n"
        "**Haastattelija:** Entä haku?\n\n**H9:** Haku on **huono**.\n"
    )
    path = tmp_path / "h9.md"
    path.write_text(text, encoding="utf-8")
    reader, format_name = reader_for(path)
    assert format_name == "md"
    (doc,) = reader(path.read_bytes(), Source(path), ImportOptions())
    assert doc.text == text
    assert doc.date == dt.date(2024, 3, 12)
    assert [(t.speaker, doc.text[t.start : t.end]) for t in doc.turns] == [
        ("Haastattelija", "Miten *sovellus* toimii?"),
        ("H9", "No _ihan_ hyvin."),
        ("Haastattelija", "Entä haku?"),
        ("H9", "Haku on **huono**."),
    ]
    assert (doc.kind, doc.language) == ("interview", "fi")


def test_registry_picks_this_reader_for_txt() -> None:
    reader, format_name = reader_for(Path("a.TXT"))
    assert reader is read and format_name == "txt"


def test_document_date_from_a_bare_date_line() -> None:
    assert document_date(["Raportti", "14.3.2024 (torstai)"]) == dt.date(2024, 3, 14)
    assert document_date(["Tutkija: AV", "Kävijöitä 12.3.2024 jälkeen"]) is None


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \n\t\r\n  ", "white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06", "binary"),
        (bytes(range(256)) * 8, "binary"),
    ],
    ids=["empty", "whitespace", "png", "all-bytes"],
)
def test_bad_input_is_refused(data: bytes, reason: str) -> None:
    with pytest.raises(ImportRefused, match=reason):
        read(data, Source(Path("bad.txt")), ImportOptions())
