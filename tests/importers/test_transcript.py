"""Speaker-turn detection on the corpus transcripts and on the formats they vary in."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SHARED, needs_shared
from workbench.importers.transcript import (
    cases_for,
    detect_turns,
    is_label,
    parse_timestamp,
    speaker_role,
)


def _corpus() -> Path:
    return needs_shared(SHARED / "corpus")


CORPUS = _corpus()


def _raw(name: str) -> str:
    with open(CORPUS / name, encoding="utf-8", newline="") as handle:
        return handle.read()


def _labels(name: str) -> list[dict[str, str]]:
    with open(CORPUS / "labels.csv", encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row["file"] == name]


# file, turns, interviewer, participant, first ts (ms), last ts (ms), first/last participant text
TRANSCRIPTS = [
    (
        "haastattelu_H1.txt",
        46,
        "Haastattelija",
        "H1",
        4000,
        817000,
        "Joo. No mä oon kolmekymmentäkaheksan, kaks lasta, ne on kuus ja yheksän, ja me "
        "asutaan tossa Tammiharjussa, niin se Kuurakulman tavaratalo on ihan kävelymatkan "
        "päässä. Mä käyn siellä varmaan kaks–kolme kertaa viikossa, ruokaostoksilla lähinnä, "
        "mut sit myös lasten vaatteita ja kaikkee tämmöstä kodin pikkutavaraa, paristoja ja "
        "lamppuja ja mitä nyt aina puuttuu.",
        "Kiitos itselles. Ja onnea tutkimukseen!",
    ),
    (
        "haastattelu_H2.txt",
        44,
        "Haastattelija",
        "H2",
        6000,
        766000,
        "No mikäs siinä. Mä oon seittemänkymmentäyks, entinen sähköasentaja, neljäkymmentä "
        "vuotta tein sitä hommaa. Vaimo kuoli pari vuotta sitten, niin nyt mä sit hoidan "
        "kaikki nää kauppa-asiat itte. Ennen se oli sen hommaa, mä olin lähinnä kuski "
        "[naurahtaa]. Ja kyllä siinä alkuun oli opettelemista.",
        "Kiitos ite. Ota vielä pulla mukaan, ne jää muuten vanhaks.",
    ),
    (
        "haastattelu_H3.txt",
        44,
        "Haastattelija",
        "H3",
        2000,
        615000,
        "Kuuluu, kuuluu. Sori mun huoneessa on vähän sotkusta, kämppis on vieny puolet "
        "huonekaluista [naurahtaa].",
        "Eipä mitään. Toivottavasti se haku korjataan [naurahtaa].",
    ),
    (
        "haastattelu_H4.txt",
        44,
        "Haastattelija",
        "H4",
        3000,
        676000,
        "Joo, mulla on vartti ennen ku lounasporukka tulee [naurahtaa]. Eli mä oon "
        "neljäkymmentäviis, mulla on tää kahvila Tammiharjun torin laidalla, nyt kuudetta "
        "vuotta. Me ollaan kolme työntekijää, mä mukaan lukien. Ja Kuurakulmasta mä ostan "
        "käytännössä kaiken mitä tukusta ei saa tai mitä loppuu kesken viikon, maitoa, "
        "kermaa, servettejä, siivousaineita, joskus leivinpaperia kymmenen rullaa kerralla.",
        "Kiitos. Ja ota mukaan korvapuusti, ne on tänään tosi hyviä.",
    ),
    (
        "haastattelu_H5.txt",
        44,
        "Haastattelija",
        "H5",
        5000,
        654000,
        "Joo, sori siitä alun sählingistä, päiväkoti oli kiinni tänään. Mä oon "
        "kolmekymmentäkolme, töissä logistiikkafirmassa suunnittelijana, meillä on kaks "
        "lasta, neljä ja vajaa kaks. Ja Kuurakulma on meidän pääkauppa, sekä se Kuurasalon "
        "iso että verkkokauppa. Mä oon se joka hoitaa meillä ruokaostokset, vaimo hoitaa "
        "kaiken muun [naurahtaa].",
        "Kiitos. Ja jos tarviitte testaajia sille uudelle versiolle, niin mä ilmottaudun.",
    ),
    (
        "haastattelu_H6.txt",
        44,
        "Haastattelija",
        "H6",
        8000,
        698000,
        "Joo, ei se mitään, mä en kuitenkaan saa heti unta [naurahtaa]. Mä oon viiskytkaks, "
        "sairaanhoitaja, kolmivuorotyössä tossa Kuurasalon terveyskeskussairaalassa. Ja asun "
        "yksin, lapset on jo lentäny pesästä. Mä käyn Kuurakulmassa aika satunnaisesti, "
        "enemmän mä käyn siinä halpakaupassa, mut Kuurakulmasta mä ostan kodintavaraa ja "
        "vaatteita ja joskus ruokaa, jos sattuu olemaan sopiva tarjous.",
        "Kiitos, hyvää päivänjatkoa.",
    ),
    (
        "interview_H8.txt",
        38,
        "Interviewer",
        "H8",
        4000,
        543000,
        "Of course. I'm forty-one, I'm originally from the north of England, and I've lived "
        "in Finland for twelve years now. I work from home as a translator, Finnish and "
        "Swedish into English, so I'm at my desk most of the day, which means I buy almost "
        "everything online. I go to the actual Kuurakulma store maybe once a month, for "
        "groceries I'd rather see.",
        "[laughs] I'll pass it on. Bye!",
    ),
]


@pytest.mark.parametrize(
    ("name", "count", "interviewer", "participant", "first_ms", "last_ms", "first", "last"),
    TRANSCRIPTS,
)
def test_corpus_transcript_turns(
    name: str,
    count: int,
    interviewer: str,
    participant: str,
    first_ms: int,
    last_ms: int,
    first: str,
    last: str,
) -> None:
    text = _raw(name)
    turns = detect_turns(text)
    assert len(turns) == count
    assert {t.speaker for t in turns} == {interviewer, participant}
    # Interviewer and participant alternate, interviewer first.
    assert [t.speaker for t in turns] == [interviewer, participant] * (count // 2)
    for turn in turns:
        expected_role = "interviewer" if turn.speaker == interviewer else "participant"
        assert turn.role == expected_role
        assert turn.case == (participant if expected_role == "participant" else None)
    assert turns[0].timestamp_ms == first_ms
    assert turns[-1].timestamp_ms == last_ms
    spoken = [text[t.start : t.end] for t in turns if t.role == "participant"]
    assert spoken[0] == first
    assert spoken[-1] == last
    assert [c.name for c in cases_for(turns)] == [participant]


@pytest.mark.parametrize("name", [row[0] for row in TRANSCRIPTS])
def test_every_labelled_passage_is_exactly_a_participant_turn(name: str) -> None:
    text = _raw(name)
    spans = {(t.start, t.end): t for t in detect_turns(text)}
    labels = _labels(name)
    assert len(labels) >= 17
    for row in labels:
        turn = spans[(int(row["start"]), int(row["end"]))]
        assert turn.role == "participant"
        assert text[turn.start : turn.end] == row["text"]


def test_header_lines_are_not_turns() -> None:
    text = _raw("haastattelu_H1.txt")
    turns = detect_turns(text)
    header_end = text.index("[00:00:04]")
    assert all(t.start > header_end for t in turns)
    assert "Tutkija" not in {t.speaker for t in turns}


def test_timestamp_forms() -> None:
    text = (
        "[0:03:12] H1: yksi\n"
        "00:03:15 Haastattelija: kaksi\n"
        "(03:20) H1: kolme\n"
        "H1 [00:04:00]: neljä\n"
        "00:05:00 - H1: viisi\n"
        "[00:05:01.500] Tutkija (AV): kuusi\n"
    )
    turns = detect_turns(text)
    assert [(t.speaker, t.timestamp_ms, text[t.start : t.end]) for t in turns] == [
        ("H1", 192_000, "yksi"),
        ("Haastattelija", 195_000, "kaksi"),
        ("H1", 200_000, "kolme"),
        ("H1", 240_000, "neljä"),
        ("H1", 300_000, "viisi"),
        ("Tutkija (AV)", 301_500, "kuusi"),
    ]
    assert [t.role for t in turns] == ["participant", "interviewer"] + ["participant"] * 3 + [
        "interviewer"
    ]


def test_parse_timestamp() -> None:
    assert parse_timestamp("00:03:12") == 192_000
    assert parse_timestamp("1:02:03") == 3_723_000
    assert parse_timestamp("03:12") == 192_000
    assert parse_timestamp("00:00:01.5") == 1_500
    assert parse_timestamp("00:00:01,250") == 1_250


def test_plain_labels_need_two_recurring_speakers() -> None:
    text = (
        "Päivämäärä: 12.3.2024\nTutkija: AV\n\n"
        "H: Mitä kuuluu?\nV: Hyvää.\nH: Entä kaupassa?\nV: Jono oli pitkä.\n"
        "Ja kassoja oli auki vain kaksi.\n\n"
    )
    turns = detect_turns(text)
    assert [(t.speaker, t.role) for t in turns] == [
        ("H", "interviewer"),
        ("V", "participant"),
        ("H", "interviewer"),
        ("V", "participant"),
    ]
    # A turn runs over following unlabelled lines; trailing blank lines are not in it.
    assert text[turns[-1].start : turns[-1].end] == (
        "Jono oli pitkä.\nJa kassoja oli auki vain kaksi."
    )
    assert all(t.timestamp_ms is None for t in turns)


def test_sentences_and_single_labels_are_not_turns() -> None:
    assert detect_turns("Haastattelija: hei\nH1: moi\nSe oli näin: kiva.\n") == []
    assert detect_turns("Huomio: tärkeää.\nHuomio: toinenkin.\nTulkinta: x\nTulkinta: y") == []
    prose = "Asiakaskokemus on tärkeää: se erottaa yritykset.\nKolme asiaa: hinta, laatu.\n"
    assert detect_turns(prose * 3) == []
    assert detect_turns("Lue lisää: https://example.com\nLue lisää: https://example.org") == []


def test_interviewer_label_seen_once_inside_the_dialogue() -> None:
    text = "Interviewer: a\nP1: b\nInterviewer: c\nP1: d\n\nModerator: once\nP1: e"
    turns = detect_turns(text)
    speakers = ["Interviewer", "P1", "Interviewer", "P1", "Moderator", "P1"]
    assert [t.speaker for t in turns] == speakers
    assert turns[4].role == "interviewer"


def test_markdown_bold_labels_and_labels_on_their_own_line() -> None:
    text = "**Haastattelija:** a\n**H1**: b\n**Haastattelija:** c\n**H1:** d"
    assert [(t.speaker, text[t.start : t.end]) for t in detect_turns(text)] == [
        ("Haastattelija", "a"),
        ("H1", "b"),
        ("Haastattelija", "c"),
        ("H1", "d"),
    ]
    text = "Haastattelija:\nkysymys tässä\nH1:\nvastaus\nHaastattelija:\nH1: x"
    assert [(t.speaker, text[t.start : t.end]) for t in detect_turns(text)] == [
        ("Haastattelija", "kysymys tässä"),
        ("H1", "vastaus"),
        ("H1", "x"),
    ]


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Haastattelija", "interviewer"),
        ("haastattelijat", "interviewer"),
        ("Tutkija", "interviewer"),
        ("Moderaattori", "interviewer"),
        ("Fasilitaattori", "interviewer"),
        ("INTERVIEWER", "interviewer"),
        ("Interviewer (AV)", "interviewer"),
        ("Moderator", "interviewer"),
        ("Facilitator", "interviewer"),
        ("Researcher", "interviewer"),
        ("I", "interviewer"),
        ("H", "interviewer"),
        ("Haastattelija 2", "interviewer"),
        ("H1", "participant"),
        ("H8", "participant"),
        ("K2", "participant"),
        ("Iines", "participant"),
        ("Maria", "participant"),
        ("Tulkki", "other"),
    ],
)
def test_speaker_role(name: str, role: str) -> None:
    assert speaker_role(name) == role


def test_is_label() -> None:
    assert is_label("H1")
    assert is_label("Speaker 1")
    assert not is_label("Päivämäärä")
    assert not is_label("Tämä on liian pitkä puhujaksi")
    assert not is_label("Se oli näin, kiva")
    assert not is_label("x" * 41)
    assert not is_label("12")


def _assert_well_formed(text: str) -> None:
    turns = detect_turns(text)
    previous_end = 0
    for turn in turns:
        assert 0 <= previous_end <= turn.start < turn.end <= len(text)
        spoken = text[turn.start : turn.end]
        assert spoken == spoken.strip()
        previous_end = turn.end


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_yields_bad_turns(text: str) -> None:
    _assert_well_formed(text)


_LINE = st.one_of(
    st.builds(
        lambda ts, name, said: f"[{ts}] {name}: {said}",
        st.sampled_from(["00:00:01", "0:01:02", "01:02", "12:34:56.789"]),
        st.sampled_from(["H1", "Haastattelija", "I", "Maria Virtanen", "K 2"]),
        st.text(alphabet=" \tabcä:.[]\n", max_size=30),
    ),
    st.builds(
        lambda name, said: f"{name}: {said}",
        st.sampled_from(["H1", "Haastattelija", "Päivämäärä", "V", ""]),
        st.text(alphabet=" \tabö:\r", max_size=20),
    ),
    st.text(alphabet=" \t\nabc:[]()0123456789", max_size=25),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE, max_size=15))
def test_transcript_like_text_never_yields_bad_turns(lines: list[str]) -> None:
    _assert_well_formed("\n".join(lines))
