"""The PDF importer on a LibreOffice export of the H1 interview and on bad PDFs.

``tests/data/haastattelu_H1.pdf`` was made once with
``soffice --headless --convert-to pdf --outdir tests/data haastattelu_H1.docx``.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from tests.conftest import CORPUS, DATA, needs_shared
from workbench.errors import ImportRefused
from workbench.importers import pdf
from workbench.importers.base import ImportedDocument, ImportOptions, Source

H1_PDF = Path(__file__).resolve().parent.parent / "data" / "haastattelu_H1.pdf"
TXT_TURN = re.compile(r"^\[(\d\d):(\d\d):(\d\d)\] ([^:\n]+): (.*)$", re.MULTILINE)


def read_pdf(data: bytes) -> ImportedDocument:
    [doc] = pdf.read(data, Source(Path("doc.pdf")), ImportOptions())
    doc.check()
    return doc


def refusal(data: bytes) -> str:
    with pytest.raises(ImportRefused) as caught:
        pdf.read(data, Source(Path("doc.pdf")), ImportOptions())
    return str(caught.value)


def flat(text: str) -> str:
    """PDF lines joined back into the transcript's one-line turns."""
    return re.sub(r"\s+", " ", text.replace("-\n", "-"))


def encrypted(user_password: str, owner_password: str) -> bytes:
    writer = PdfWriter(clone_from=H1_PDF)
    writer.encrypt(user_password, owner_password, algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def image_only_pdf() -> bytes:
    """A one-page PDF holding only a grey image, like a scan without OCR."""
    pixels = zlib.compress(bytes((x * 7 + y * 3) % 256 for y in range(64) for x in range(64)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] "
        b"/Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream"
        % (len(pixels), pixels),
        b"<< /Length 34 >>\nstream\nq 200 0 0 200 0 0 cm /Im1 Do Q\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_h1_pdf_turns_match_the_transcript() -> None:
    doc = read_pdf(H1_PDF.read_bytes())
    text = (needs_shared(CORPUS) / "haastattelu_H1.txt").read_text(encoding="utf-8")
    expected = TXT_TURN.findall(text)
    assert len(doc.turns) == len(expected) == 46
    for turn, (h, m, s, speaker, said) in zip(doc.turns, expected, strict=True):
        assert turn.speaker == speaker
        assert turn.timestamp_ms == (int(h) * 3600 + int(m) * 60 + int(s)) * 1000
        # a section heading after a turn has no style in a PDF, so it may trail the turn
        assert flat(doc.text[turn.start : turn.end]).startswith(said)
    assert {t.speaker: t.role for t in doc.turns} == {
        "Haastattelija": "interviewer",
        "H1": "participant",
    }
    assert [c.name for c in doc.cases] == ["H1"]
    assert (doc.kind, doc.language) == ("interview", "fi")


def test_pages_and_their_offsets() -> None:
    doc = read_pdf(H1_PDF.read_bytes())
    pages = doc.metadata["pages"]
    assert isinstance(pages, list)
    assert [p["page"] for p in pages] == [1, 2, 3, 4, 5]
    starts = [p["start"] for p in pages]
    assert starts[0] == 0 and starts == sorted(starts)
    assert doc.text[starts[1] :].startswith("[00:01:30] H1: No tavallinen on semmonen")
    for start in starts[1:]:
        assert doc.text[start - 2 : start] == "\n\n"
    assert doc.text.startswith("Haastattelu H1 – Kuurakulman\nasiakaskokemustutkimus 2024\n")
    assert " \n" not in doc.text  # no trailing spaces on lines


def test_hard_hyphen_at_line_end_is_kept() -> None:
    doc = read_pdf(H1_PDF.read_bytes())
    assert "Puhutaan vähän kanta-\nasiakkuudesta." in doc.text


def test_clean_page_joins_soft_hyphens_and_ligatures() -> None:
    raw = "Kassa\u00ad \njonot ovat pitkät.\r\nEﬃcient ﬁx \nkanta-\nasiakas"
    assert pdf.clean_page(raw) == "Kassajonot ovat pitkät.\nEfficient fix\nkanta-\nasiakas"


def test_owner_password_only_is_read() -> None:
    doc = read_pdf(encrypted("", "omistaja"))
    assert len(doc.turns) == 46


def test_user_password_is_refused() -> None:
    data = encrypted("salasana", "omistaja")
    assert PdfReader(io.BytesIO(data)).is_encrypted
    assert "password-protected" in refusal(data)


def test_scanned_pdf_without_text_layer_is_refused() -> None:
    data = image_only_pdf()
    assert len(PdfReader(io.BytesIO(data)).pages) == 1  # a valid PDF
    assert refusal(data) == "the PDF has no text layer (scanned image?); run OCR first"


def test_blank_pdf_is_refused_as_without_text() -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "no text layer" in refusal(buffer.getvalue())


def test_not_a_pdf_and_empty() -> None:
    assert "not a PDF" in refusal(b"<html>no</html>")
    assert "empty" in refusal(b"")


def test_corrupt_pdf_is_refused() -> None:
    data = b"%PDF-1.7\n" + bytes(range(256)) * 20
    assert "damaged" in refusal(data)


def test_mystery_shopping_report_as_pdf_keeps_its_checklist() -> None:
    """A report printed to PDF (LibreOffice, from the corpus text) is parsed like the .txt:
    header fields, date, the scored checklist and its totals."""
    data = (DATA / "mysteeriasiointi_MS02_Kuurasalo.pdf").read_bytes()
    [doc] = pdf.read(data, Source(Path("MS02.pdf")), ImportOptions())
    assert doc.kind == "mystery_shopping"
    assert doc.date == dt.date(2024, 3, 16)
    assert doc.metadata["store"].startswith("Kuurakulma Kuurasalo")
    assert len(doc.checklist) == 9
    assert (doc.metadata["total_score"], doc.metadata["total_max"]) == (8.0, 15.0)
    first = doc.checklist[0]
    assert doc.text[first.start : first.end].startswith("1 |")
