"""Language and kind guesses on the corpus, the seed texts, and neighbouring languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SHARED, needs_shared
from workbench.importers.base import ImportedChecklistItem, ImportedDocument, ImportedTurn
from workbench.importers.detect import guess_kind, guess_language


def _shared(sub: str, marker: str) -> Path:
    return needs_shared(SHARED / sub)


CORPUS = _shared("corpus", "labels.csv")
SEEDS = _shared("seeds", ".")
SEED_FILES = sorted(SEEDS.glob("*.txt"))

SWEDISH = (
    "Kunderna var mycket nöjda med servicen i butiken, men kön vid kassan var lång och "
    "personalen hade inte tid att hjälpa alla. Jag beställde en lampa på nätet och den "
    "kom två dagar för sent, men det var lätt att hämta paketet från automaten."
)
GERMAN = (
    "Die Kunden waren mit dem Service im Geschäft sehr zufrieden, aber die Schlange an der "
    "Kasse war lang und das Personal hatte keine Zeit, allen zu helfen. Ich habe online "
    "bestellt und die Lieferung kam zwei Tage zu spät, aber die Abholung war einfach."
)


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_there_are_seeds() -> None:
    assert len(SEED_FILES) >= 5


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_every_seed_is_finnish(path: Path) -> None:
    assert guess_language(_read(path)) == "fi"


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("haastattelu_H1.txt", "fi"),
        ("haastattelu_H2.txt", "fi"),
        ("haastattelu_H3.txt", "fi"),
        ("haastattelu_H4.txt", "fi"),
        ("haastattelu_H5.txt", "fi"),
        ("haastattelu_H6.txt", "fi"),
        ("interview_H7.vtt", "en"),
        ("interview_H8.txt", "en"),
        ("mysteeriasiointi_MS01_Tammiharju.txt", "fi"),
        ("mysteeriasiointi_MS02_Kuurasalo.txt", "fi"),
        ("mysteeriasiointi_MS03_verkkokauppa.txt", "fi"),
        ("mysteeriasiointi_MS04_asiakaspalvelu.txt", "fi"),
        ("havainnot_OBS01_kassa-alue_Tammiharju.txt", "fi"),
        ("havainnot_OBS02_verkkokauppa_kaytettavyys.txt", "fi"),
        ("havainnot_OBS03_sovellus_ja_nouto.txt", "fi"),
        ("kysely_avoimet_vastaukset.csv", "fi"),
        ("themes.md", "en"),
    ],
)
def test_corpus_languages(name: str, language: str) -> None:
    assert guess_language(_read(CORPUS / name)) == language


@pytest.mark.parametrize("text", [SWEDISH, GERMAN], ids=["swedish", "german"])
def test_swedish_and_german_are_other(text: str) -> None:
    assert guess_language(text) == "other"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Palvelu oli hyvää ja nopeaa.", "fi"),
        ("Kassajonot liian pitkät", "fi"),
        ("Hyvä", "fi"),
        ("The queue was long and nobody helped.", "en"),
        ("", "other"),
        ("-", "other"),
        ("ok", "other"),
        ("12345 678", "other"),
    ],
)
def test_short_texts(text: str, language: str) -> None:
    assert guess_language(text) == language


def _doc(text: str, **fields: object) -> ImportedDocument:
    return ImportedDocument(name="d", text=text, **fields)  # type: ignore[arg-type]


def test_kind_from_checklist() -> None:
    item = ImportedChecklistItem(item="Tervehdittiin", answer="Kyllä")
    assert guess_kind(_doc("x", checklist=[item])) == "mystery_shopping"


def test_kind_from_title_of_a_report_without_table() -> None:
    assert guess_kind(_doc("MYSTEERIASIOINTIRAPORTTI\n\nVapaata tekstiä.")) == "mystery_shopping"


def test_kind_interview_needs_two_speakers() -> None:
    text = "Haastattelija: a\nH1: b"
    two = [ImportedTurn(16, 17, "Haastattelija", role="interviewer"), ImportedTurn(22, 23, "H1")]
    assert guess_kind(_doc(text, turns=two)) == "interview"
    assert guess_kind(_doc(text, turns=two[1:])) == "other"


def test_kind_observation_from_timed_entries_without_title() -> None:
    clock = "Kassa-alue\n\n11.00 Jonoja kolme.\n\n11.03 Tarjoushylly.\n\n11.08 Valvoja tulee.\n"
    recording = "Testi\n\n00:40 K1 avaa sivun.\n\n01:15 Hakee.\n\n02:05 Valikko.\n"
    assert guess_kind(_doc(clock)) == "observation"
    assert guess_kind(_doc(recording)) == "observation"
    assert guess_kind(_doc("Field notes\n\nA quiet morning.")) == "observation"


def test_kind_other() -> None:
    assert guess_kind(_doc(_read(SEED_FILES[0]))) == "other"
    assert guess_kind(_doc("Päivämäärä: 12.3.2024\n14.3.2024 oli torstai.")) == "other"
