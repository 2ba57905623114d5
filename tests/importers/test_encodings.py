"""One Finnish text in every encoding and line ending it arrives in, through the text importer."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from tests.conftest import SHARED, needs_shared
from workbench.errors import ImportRefused
from workbench.importers.base import ImportOptions, Source
from workbench.importers.encoding import decode_text
from workbench.importers.text import read


def _seed() -> str:
    return sorted(needs_shared(SHARED / "seeds").glob("001_*.txt"))[0].read_text(encoding="utf-8")


#: A real Finnish text that cp1252 can hold, plus a line with the Swedish-Finnish å/Å
#: (none of the seeds has one) and the euro sign, which cp1252 and latin-1 place apart.
SEED = _seed() + "\nÅbo ja Åland: åäö ÅÄÖ, hinta 5 €.\n"


def _import(tmp_path: Path, data: bytes, name: str = "seed.txt") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    (doc,) = read(path.read_bytes(), Source(path), ImportOptions())
    return doc.text


def test_seed_has_the_letters_that_matter() -> None:
    for letter in "äöÄÖåÅ€":
        assert letter in SEED
    assert "\r" not in SEED


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("utf-8", SEED.encode("utf-8")),
        ("utf-8 with BOM", codecs.BOM_UTF8 + SEED.encode("utf-8")),
        ("utf-16-le with BOM", codecs.BOM_UTF16_LE + SEED.encode("utf-16-le")),
        ("utf-16-be with BOM", codecs.BOM_UTF16_BE + SEED.encode("utf-16-be")),
        ("utf-16-le without BOM", SEED.encode("utf-16-le")),
        ("cp1252", SEED.encode("cp1252")),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_same_text_in_every_encoding(tmp_path: Path, label: str, data: bytes) -> None:
    text = _import(tmp_path, data)
    assert text == SEED, label
    assert "Åbo ja Åland: åäö ÅÄÖ" in text


def test_latin1(tmp_path: Path) -> None:
    # latin-1 has no dashes or euro sign: the file holds '?' there, the letters survive.
    data = SEED.encode("latin-1", errors="replace")
    expected = data.decode("latin-1")
    assert expected.count("?") > SEED.count("?")
    text = _import(tmp_path, data)
    assert text == expected
    assert "Digitaalinen asiakaskokemus" in text
    assert "åäö ÅÄÖ" in text


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16"])
@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_line_endings_become_lf(tmp_path: Path, encoding: str, newline: str) -> None:
    data = SEED.replace("\n", newline).encode(encoding)
    text = _import(tmp_path, data)
    assert "\r" not in text
    assert text == SEED


def test_crlf_transcript_turns_point_at_the_lf_text(tmp_path: Path) -> None:
    lf = "Otsikko\n\n[00:00:01] Haastattelija: Mitä kuuluu?\n\n[00:00:05] H1: Hyvää, kiitos.\n"
    path = tmp_path / "t.txt"
    path.write_bytes(lf.replace("\n", "\r\n").encode("cp1252"))
    (doc,) = read(path.read_bytes(), Source(path), ImportOptions())
    assert doc.text == lf
    assert [doc.text[t.start : t.end] for t in doc.turns] == ["Mitä kuuluu?", "Hyvää, kiitos."]


def test_decomposed_letters_are_composed(tmp_path: Path) -> None:
    text = _import(tmp_path, "Pa\u0308iva\u0308 ja sa\u0308a\u0308\n".encode())
    assert text == "Päivä ja sää\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n\t  \r\n", "white space"),
        (codecs.BOM_UTF8 + b"  \n", "white space"),
        (random.Random(20240312).randbytes(4096), "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x02", "binary"),
        (b"text with a NUL\x00 inside and more text here", "binary"),
    ],
    ids=["empty", "whitespace", "bom-whitespace", "random", "png", "nul"],
)
def test_bad_input_is_refused_with_a_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    with pytest.raises(ImportRefused, match=reason):
        _import(tmp_path, data)


def test_decode_text_is_what_the_importer_uses() -> None:
    data = SEED.encode("cp1252")
    assert decode_text(data) == SEED
