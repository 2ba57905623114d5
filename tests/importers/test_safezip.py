"""The zip checks every .docx/.xlsx passes before a library unpacks it."""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.conftest import CORPUS, needs_shared
from workbench.errors import ImportRefused
from workbench.importers import safezip
from workbench.importers.safezip import OLE_MAGIC, open_zip, read_member

H1_DOCX = CORPUS / "haastattelu_H1.docx"


def make_zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression, compresslevel=9) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def refusal(data: bytes) -> str:
    with pytest.raises(ImportRefused) as caught:
        open_zip(data, "Word document")
    return str(caught.value)


def test_real_docx_opens_with_its_parts() -> None:
    with open_zip(needs_shared(H1_DOCX).read_bytes(), "Word document") as archive:
        names = archive.namelist()
        assert "word/document.xml" in names
        assert read_member(archive, "word/document.xml").startswith(b"<?xml")


def test_ole_compound_file_is_refused_as_encrypted_or_legacy() -> None:
    reason = refusal(OLE_MAGIC + b"\x00" * 504)
    assert "password-protected" in reason
    assert "old binary Word/Excel" in reason
    assert ".docx/.xlsx" in reason


def test_truncated_zip_is_refused_as_damaged() -> None:
    data = needs_shared(H1_DOCX).read_bytes()
    assert "damaged or incomplete" in refusal(data[: len(data) // 2])


def test_non_zip_is_refused() -> None:
    assert "not a Word document" in refusal(b"just some text, not a zip at all")


def test_empty_data_is_refused() -> None:
    assert "empty" in refusal(b"")


def test_zip_bomb_member_is_refused() -> None:
    bomb = make_zip({"word/document.xml": b"\0" * (8 * 1024 * 1024)})
    assert len(bomb) < 100_000  # really compressed far beyond the limit
    reason = refusal(bomb)
    assert "zip bomb" in reason
    assert "word/document.xml" in reason


def test_small_repetitive_member_is_not_a_bomb() -> None:
    data = make_zip({"word/styles.xml": b"<a/>" * 20_000})  # ratio > 200 but only 80 kB
    with open_zip(data, "Word document") as archive:
        assert archive.namelist() == ["word/styles.xml"]


def test_total_uncompressed_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safezip, "MAX_UNZIPPED_BYTES", 10_000)
    data = make_zip({"a.xml": b"x" * 6_000, "b.xml": b"y" * 6_000}, zipfile.ZIP_STORED)
    assert "would unpack" in refusal(data)


def test_absurd_member_count_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safezip, "MAX_MEMBERS", 5)
    data = make_zip({f"part{n}.xml": b"<x/>" for n in range(6)})
    assert "too many parts" in refusal(data)


@pytest.mark.parametrize(
    "name", ["../evil.xml", "word/../../evil.xml", "/etc/passwd", "C:/Windows/evil.dll", "a\\..\\b"]
)
def test_path_traversal_member_names_are_refused(name: str) -> None:
    data = make_zip({"[Content_Types].xml": b"<Types/>", name: b"x"})
    assert "unsafe part name" in refusal(data)


def test_encrypted_member_is_refused() -> None:
    data = bytearray(make_zip({"word/document.xml": b"scrambled"}))
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x1  # general purpose flag bit 0: the member is encrypted
    assert "password-protected" in refusal(bytes(data))


def test_read_member_stops_at_the_cap() -> None:
    data = make_zip({"big.xml": b"z" * 300_000})
    with open_zip(data, "Word document") as archive, pytest.raises(ImportRefused) as caught:
        read_member(archive, "big.xml", limit=100_000)
    assert "more than 100000 bytes" in str(caught.value)


def test_read_member_missing_part() -> None:
    with open_zip(make_zip({"a.xml": b"<a/>"}), "Word document") as archive:
        with pytest.raises(ImportRefused, match=r"no part 'b\.xml'"):
            read_member(archive, "b.xml")
        assert read_member(archive, "a.xml") == b"<a/>"


def corrupted(data: bytes) -> bytes:
    damaged = bytearray(data)
    start = damaged.index(b"a.xml") + len(b"a.xml")  # compressed bytes follow the local header
    damaged[start + 10 : start + 40] = b"\xff" * 30
    return bytes(damaged)


def test_damaged_member_data_is_refused_when_opening() -> None:
    data = corrupted(make_zip({"a.xml": b"hello world " * 1000}))
    reason = refusal(data)
    assert "'a.xml' is damaged" in reason


def test_read_member_with_corrupt_data_is_refused() -> None:
    data = corrupted(make_zip({"a.xml": b"hello world " * 1000}))
    with zipfile.ZipFile(io.BytesIO(data)) as archive, pytest.raises(ImportRefused) as caught:
        read_member(archive, "a.xml")
    assert "cannot be unpacked" in str(caught.value)


def test_understated_member_size_is_not_trusted() -> None:
    data = bytearray(make_zip({"a.xml": b"0123456789" * 50_000}))
    central = data.index(b"PK\x01\x02")
    data[central + 24 : central + 28] = (100).to_bytes(4, "little")  # declared: 100 bytes
    assert "damaged" in refusal(bytes(data))
