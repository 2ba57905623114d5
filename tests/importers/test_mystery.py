"""Mystery-shopping reports: the four corpus reports item by item, and the table variants."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SHARED, needs_shared
from workbench.importers.mystery import header_fields, parse_mystery_report, split_key_value


def _corpus() -> Path:
    return needs_shared(SHARED / "corpus")


CORPUS = _corpus()


def _raw(name: str) -> str:
    with open(CORPUS / name, encoding="utf-8", newline="") as handle:
        return handle.read()


def _words(spaced: str) -> list[str]:
    return spaced.split()


# file: (answers, scores, max scores, total, max, percent, store, date, time, shopper)
SINGLE = {
    "mysteeriasiointi_MS01_Tammiharju.txt": (
        _words("Ei Ei Kyllä Kyllä Osittain Kyllä Ei Ei Kyllä Kyllä Kyllä"),
        [0, 0, 2, 2, 1, 2, 0, 0, 1, 1, 1],
        [2, 2, 2, 2, 2, 2, 1, 2, 1, 1, 1],
        (10, 18, 56),
        "Kuurakulma Tammiharju (tavaratalo, kodinkone- ja elektroniikkaosasto)",
        "14.3.2024 (torstai)",
        "16.35–17.20",
        "MS-04",
    ),
    "mysteeriasiointi_MS02_Kuurasalo.txt": (
        _words("Kyllä Ei Kyllä Ei Kyllä Kyllä Ei Kyllä Ei"),
        [1, 0, 1, 0, 2, 2, 0, 2, 0],
        [1, 2, 1, 2, 2, 2, 2, 2, 1],
        (8, 15, 53),
        "Kuurakulma Kuurasalo (hypermarket, asiakaspalvelupiste)",
        "16.3.2024 (lauantai)",
        "12.10–12.45",
        "MS-11",
    ),
    "mysteeriasiointi_MS03_verkkokauppa.txt": (
        _words("Ei Kyllä Osittain Kyllä Kyllä Ei Kyllä Ei Ei Kyllä"),
        [0, 2, 1, 2, 2, 0, 1, 0, 0, 2],
        [2, 2, 2, 2, 2, 1, 1, 2, 2, 2],
        (10, 18, 56),
        None,
        None,
        None,
        "MS-07",
    ),
}


@pytest.mark.parametrize("name", sorted(SINGLE))
def test_single_column_reports(name: str) -> None:
    answers, scores, maxima, totals, store, date, time, shopper = SINGLE[name]
    text = _raw(name)
    parsed = parse_mystery_report(text)
    assert parsed is not None
    metadata, items = parsed
    assert len(items) == len(answers)
    assert [i.number for i in items] == [str(n) for n in range(1, len(items) + 1)]
    assert [i.answer for i in items] == answers
    assert [i.score for i in items] == scores
    assert [i.max_score for i in items] == maxima
    assert sum(scores) == totals[0] and sum(maxima) == totals[1]
    assert (metadata["total_score"], metadata["total_max"]) == totals[:2]
    assert metadata["total_percent"] == totals[2]
    assert all(i.section is None for i in items)
    assert metadata.get("store") == store
    assert metadata.get("date") == date
    assert metadata.get("time") == time
    assert metadata["shopper"] == shopper
    assert str(metadata["scenario"]).startswith("Asiakas ")
    for item in items:
        assert item.start is not None and item.end is not None
        line = text[item.start : item.end]
        assert (
            line
            == f"{item.number} | {item.item} | {item.answer} | {item.score:g}/{item.max_score:g}"
        )
        assert text[item.start - 1] == "\n" and text[item.end] == "\n"


def test_ms01_items_and_other_header_fields() -> None:
    metadata, items = parse_mystery_report(_raw("mysteeriasiointi_MS01_Tammiharju.txt")) or ({}, [])
    assert items[0].item == "Asiakasta tervehdittiin 60 sekunnin kuluessa osastolle saapumisesta"
    assert items[-1].item == "Asiakasta kiitettiin ja hyvästeltiin"
    assert metadata["conditions"] == (
        "Arki-iltapäivä, myymälässä keskivilkasta. Osastolla kaksi myyjää, joista toinen hyllytti."
    )


def test_ms03_keeps_unknown_header_fields_under_their_own_name() -> None:
    metadata, _items = parse_mystery_report(_raw("mysteeriasiointi_MS03_verkkokauppa.txt")) or (
        {},
        [],
    )
    assert metadata["Tilauspäivä"] == "18.3.2024 (maanantai) klo 21.10"
    assert str(metadata["Nouto"]).startswith("22.3.2024 (perjantai) klo 17.30")
    assert str(metadata["channel"]).startswith("kuurakulma.fi")


def test_ms04_scores_channels_side_by_side() -> None:
    text = _raw("mysteeriasiointi_MS04_asiakaspalvelu.txt")
    parsed = parse_mystery_report(text)
    assert parsed is not None
    metadata, items = parsed
    channels = ["Chat", "Puhelin", "Sähköposti"]
    assert len(items) == 6 * 3
    assert [i.section for i in items] == channels * 6
    assert [i.number for i in items] == [str(n) for n in range(1, 7) for _ in channels]
    answers = {(i.number, i.section): i.answer for i in items}
    assert answers[("1", "Chat")] == "Ei (12 min)"
    assert answers[("1", "Puhelin")] == "Ei (17 min)"
    assert answers[("1", "Sähköposti")] == "– (vastaus 2 arkipäivää)"
    assert [answers[(str(n), "Puhelin")] for n in range(1, 7)] == [
        "Ei (17 min)",
        "Kyllä",
        "Kyllä",
        "Ei",
        "Ei",
        "Kyllä",
    ]
    assert [answers[(str(n), "Sähköposti")] for n in range(2, 7)] == [
        "Kyllä",
        "Osittain",
        "Kyllä",
        "Ei",
        "Osittain",
    ]
    assert all(i.score is None and i.max_score is None for i in items)
    assert items[0].item == "Yhteyden saaminen ihmiseen alle 5 minuutissa"
    assert text[items[0].start : items[0].end].startswith("1 | Yhteyden saaminen")
    assert metadata["channel_totals"] == {
        "chat": {"score": 9, "max": 10},
        "puhelin": {"score": 5, "max": 10},
        "sähköposti": {"score": 5, "max": 10},
    }
    assert (metadata["total_score"], metadata["total_max"]) == (19, 30)
    assert metadata["shopper"] == "MS-02"
    assert metadata["Ajankohta"] == "19.–20.3.2024"
    assert "date" not in metadata


ENGLISH_MARKDOWN = """MYSTERY SHOPPING REPORT
Store: Kuurakulma Test
Date: 2024-03-12
Shopper: MS-99
Weather: rain

| No | Item | Answer | Points |
|---|---|---|---|
Arrival
| 1 | Greeted within a minute | yes | 2 |
| 2 | Offered help | no | 0/2 |

**Checkout**
| 3 | Queue under 5 min | partly | 1,5/2 |
|  | Returns desk |  |  |
| 4 | Receipt offered | N/A | - |
Total: 3.5/6 points (58 %)

Free text follows.
"""


def test_english_markdown_table_with_sections() -> None:
    parsed = parse_mystery_report(ENGLISH_MARKDOWN)
    assert parsed is not None
    metadata, items = parsed
    assert [(i.number, i.section, i.answer, i.score, i.max_score) for i in items] == [
        ("1", "Arrival", "yes", 2, None),
        ("2", "Arrival", "no", 0, 2),
        ("3", "Checkout", "partly", 1.5, 2),
        ("4", "Returns desk", "N/A", None, None),
    ]
    assert metadata["store"] == "Kuurakulma Test"
    assert metadata["date"] == "2024-03-12"
    assert metadata["shopper"] == "MS-99"
    assert metadata["Weather"] == "rain"
    assert (metadata["total_score"], metadata["total_max"], metadata["total_percent"]) == (
        3.5,
        6,
        58,
    )
    last = items[-1]
    assert ENGLISH_MARKDOWN[last.start or 0 : last.end] == "| 4 | Receipt offered | N/A | - |"


@pytest.mark.parametrize(
    "name",
    [
        "haastattelu_H1.txt",
        "interview_H8.txt",
        "havainnot_OBS01_kassa-alue_Tammiharju.txt",
        "havainnot_OBS02_verkkokauppa_kaytettavyys.txt",
        "havainnot_OBS03_sovellus_ja_nouto.txt",
        "themes.md",
    ],
)
def test_other_documents_are_not_reports(name: str) -> None:
    assert parse_mystery_report(_raw(name)) is None


def test_tables_without_a_checklist_header_are_not_reports() -> None:
    assert parse_mystery_report("a | b | c\n1 | 2 | 3\n") is None
    assert parse_mystery_report("Nro | Kohde | Vastaus\n\nEi rivejä.") is None
    assert parse_mystery_report("") is None


def test_split_key_value() -> None:
    assert split_key_value("Päivämäärä: 12.3.2024") == ("Päivämäärä", "12.3.2024")
    assert split_key_value("- **Asioijan tunnus:** MS-04") == ("Asioijan tunnus", "MS-04")
    assert split_key_value("Tämä on lause, jossa on kaksoispiste: näin.") is None
    assert split_key_value("https://example.com") is None
    assert split_key_value("Klo 12:30 alkoi") is None
    assert split_key_value("Tyhjä:") is None


def test_header_fields_canonical_names() -> None:
    fields = header_fields(
        ["Myymälä: A", "Store: B", "Kellonaika: 10.00", "Shopper ID: MS-1", "Tutkija: AV"]
    )
    assert fields == {"store": "A", "time": "10.00", "shopper": "MS-1", "Tutkija": "AV"}
