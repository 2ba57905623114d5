"""WebVTT and SRT: the Teams-style H7 interview and the format's many small variants."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SHARED, needs_shared
from workbench.errors import ImportRefused
from workbench.importers import reader_for
from workbench.importers.base import ImportedDocument, ImportOptions, Source
from workbench.importers.subtitles import read
from workbench.importers.transcript import detect_turns


def _corpus() -> Path:
    return needs_shared(SHARED / "corpus")


CORPUS = _corpus()
H7 = CORPUS / "interview_H7.vtt"


def _read(data: bytes | str, name: str = "x.vtt", **options: str) -> ImportedDocument:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    (doc,) = read(raw, Source(Path(name)), ImportOptions(**options))  # type: ignore[arg-type]
    return doc


def _spoken(doc: ImportedDocument) -> list[tuple[str, str]]:
    return [(t.speaker, doc.text[t.start : t.end]) for t in doc.turns]


def test_h7_turns() -> None:
    doc = _read(H7.read_bytes(), H7.name)
    assert doc.name == "interview_H7"
    assert (doc.kind, doc.language) == ("interview", "en")
    assert len(doc.turns) == 38
    assert [t.speaker for t in doc.turns] == ["Interviewer", "H7"] * 19
    assert [(t.role, t.case) for t in doc.turns[:2]] == [
        ("interviewer", None),
        ("participant", "H7"),
    ]
    assert [c.name for c in doc.cases] == ["H7"]
    assert [t.timestamp_ms for t in doc.turns[:4]] == [1_500, 15_551, 19_986, 29_249]
    assert doc.turns[-1].timestamp_ms == 9 * 60_000 + 46_613
    assert _spoken(doc)[1] == ("H7", "Yes, yes, that's fine. No problem.")
    assert _spoken(doc)[-1] == ("H7", "You're welcome. Good luck with the study.")
    assert doc.text.startswith("Interviewer: OK, I think the recording is on now.")
    assert "<v" not in doc.text and "WEBVTT" not in doc.text and "-->" not in doc.text


def test_h7_text_layout_one_paragraph_per_turn() -> None:
    doc = _read(H7.read_bytes(), H7.name)
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == len(doc.turns)
    for paragraph, turn in zip(paragraphs, doc.turns, strict=True):
        assert paragraph == f"{turn.speaker}: {doc.text[turn.start : turn.end]}"
    # The rebuilt text reads back as the same turns through the plain-text rules.
    assert [(t.start, t.end, t.speaker) for t in detect_turns(doc.text)] == [
        (t.start, t.end, t.speaker) for t in doc.turns
    ]


def test_every_h7_label_is_a_turn_of_h7() -> None:
    doc = _read(H7.read_bytes(), H7.name)
    spoken = {text for speaker, text in _spoken(doc) if speaker == "H7"}
    with open(CORPUS / "labels.csv", encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["file"] == H7.name]
    assert len(rows) == 15
    for row in rows:
        assert row["text"] in spoken


SRT = (
    "1\r\n00:00:01,000 --> 00:00:03,500\r\nHaastattelija: Kerro vähän itsestäsi.\r\n\r\n"
    "2\r\n00:00:04,000 --> 00:00:06,000\r\nH1: No mä oon <i>kolmekymmentä</i>\r\n"
    "ja asun Tammiharjussa.\r\n\r\n"
    "3\r\n00:00:06,500 --> 00:00:08,000\r\nvielä jatkoa &amp; muuta\r\n\r\n"
    "4\r\n00:00:09,000 --> 00:00:10,000\r\nHaastattelija: Kiitos.\r\n\r\n"
    "5\r\n01:00:10,500 --> 01:00:12,000\r\nH1: {\\an8}Ole hyvä.\r\n"
)


def test_srt_speaker_prefixes_continuations_and_tags() -> None:
    doc = _read(SRT, "x.srt")
    assert _spoken(doc) == [
        ("Haastattelija", "Kerro vähän itsestäsi."),
        ("H1", "No mä oon kolmekymmentä ja asun Tammiharjussa. vielä jatkoa & muuta"),
        ("Haastattelija", "Kiitos."),
        ("H1", "Ole hyvä."),
    ]
    assert [t.timestamp_ms for t in doc.turns] == [1_000, 4_000, 9_000, 3_610_500]
    assert [c.name for c in doc.cases] == ["H1"]
    assert doc.language == "fi"


def test_registry_picks_this_reader() -> None:
    assert reader_for(Path("a.srt")) == (read, "srt")
    assert reader_for(Path("a.VTT")) == (read, "vtt")


VTT_VARIANTS = """WEBVTT - Kind of a title
Kind: captions

NOTE a note
spanning two lines

STYLE
::cue { color: red }

intro
00:01.000 --> 00:02.500 align:start position:10%
<v.loud Maria>Hello <c.yellow>there</c> <b>&lt;friend&gt;</b>

00:02.500 --> 00:04.000
<v Maria>still me</v> <v John>and me

00:04.000 --> 00:05.000
no voice here

00:06.000 --> 00:07.000
<v Maria><00:06.500>Bye
"""


def test_vtt_voices_classes_unclosed_and_skipped_blocks() -> None:
    doc = _read(VTT_VARIANTS, kind="observation", language="en")
    assert _spoken(doc) == [
        ("Maria", "Hello there <friend> still me"),
        ("John", "and me no voice here"),
        ("Maria", "Bye"),
    ]
    assert [t.timestamp_ms for t in doc.turns] == [1_000, 2_500, 6_000]
    assert (doc.kind, doc.language) == ("observation", "en")
    assert "NOTE" not in doc.text and "color" not in doc.text and "intro" not in doc.text


def test_cues_without_speakers_become_lines_without_turns() -> None:
    doc = _read(
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nfirst line\n\n"
        "00:00:02.000 --> 00:00:03.000\nsecond <i>line</i>\n"
    )
    assert doc.text == "first line\nsecond line"
    assert doc.turns == [] and doc.cases == []


def test_a_lone_prefix_is_speech_not_a_speaker() -> None:
    doc = _read("1\n00:00:01,000 --> 00:00:02,000\nHuom: tämä on tekstiä\n", "x.srt")
    assert doc.text == "Huom: tämä on tekstiä"
    assert doc.turns == []


@pytest.mark.parametrize(
    "data",
    [b"WEBVTT\n\nNOTE only a note\n", b"just some text\nwithout cues\n", b"WEBVTT\n\n"],
)
def test_files_without_cues_are_refused(data: bytes) -> None:
    with pytest.raises(ImportRefused, match="no subtitle cues"):
        _read(data)


@pytest.mark.parametrize("data", [b"", b"\x00\x01\x02\x03" * 64])
def test_empty_and_binary_files_are_refused(data: bytes) -> None:
    with pytest.raises(ImportRefused):
        _read(data)


_CUE = st.tuples(
    st.sampled_from(["Interviewer", "H7", "Maria Virtanen", None]),
    st.text(alphabet="abc äö<>&;:/v\n", min_size=0, max_size=30),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_CUE, min_size=1, max_size=12))
def test_turns_always_point_into_the_text(cues: list[tuple[str | None, str]]) -> None:
    blocks = ["WEBVTT"]
    for index, (speaker, said) in enumerate(cues):
        body = said.replace("\n\n", "\n") or "x"
        if speaker is not None:
            body = f"<v {speaker}>{body}</v>"
        blocks.append(f"{index}\n00:00:{index:02d}.000 --> 00:00:{index + 1:02d}.000\n{body}")
    try:
        doc = _read("\n\n".join(blocks))
    except ImportRefused:
        return  # every cue was empty after cleaning
    previous_end = 0
    for turn in doc.turns:
        assert previous_end <= turn.start < turn.end <= len(doc.text)
        assert doc.text[: turn.start].endswith(f"{turn.speaker}: ")
        previous_end = turn.end
