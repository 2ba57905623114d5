"""PDF files: the text layer, page by page (pypdf).

Pages are joined with a blank line; ``metadata["pages"]`` says where each page
starts (``[{"page": 1, "start": 0}, …]``; an empty page starts where the next
text does). Lines stay as the PDF lays them out: nothing tells a wrapped line
from a paragraph end reliably. Only soft hyphens (U+00AD, which mark a
hyphenation point by definition) are removed, joining the word across the line
break; a hard hyphen at a line end is kept as it is, since Finnish compounds
('kanta-asiakas') break there and removing it would misspell them.

Speaker turns are found in the text with
:func:`~workbench.importers.transcript.detect_turns`, as for plain text.
"""

from __future__ import annotations

import io
import re
import zlib

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

from workbench.errors import ImportRefused
from workbench.i18n import _
from workbench.importers.base import ImportedDocument, ImportOptions, Source, normalise_text
from workbench.importers.text import document_from_text

#: What pypdf raises on damaged files: its own errors, and plain Python ones from
#: parsing code that meets objects of the wrong type, missing keys or unknown filters
#: (its internal type asserts included).
_PDF_ERRORS = (
    PyPdfError,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    NotImplementedError,
    AssertionError,
    zlib.error,
    RecursionError,
)
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st"})
_SOFT_HYPHEN_BREAK = re.compile("\u00ad[ \t]*\n[ \t]*")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)


def read(data: bytes, source: Source, options: ImportOptions) -> list[ImportedDocument]:
    """Read a PDF's text layer into one document (see the module docstring)."""
    reader = _open(data)
    pages = _page_texts(reader)
    text, starts = _join(pages)
    if not text.strip():
        raise ImportRefused(_("the PDF has no text layer (scanned image?); run OCR first"))
    # A PDF is text once its layer is read: find turns, header fields, dates and
    # a mystery-shopping checklist exactly as for a .txt file.
    doc = document_from_text(text, source.stem, options)
    doc.metadata["pages"] = [{"page": n, "start": s} for n, s in enumerate(starts, start=1)]
    return [doc]


def _open(data: bytes) -> PdfReader:
    """A reader for ``data``, decrypted with the empty password when the PDF is
    encrypted only against editing (an owner password)."""
    if not data:
        raise ImportRefused(_("the file is empty"))
    if b"%PDF-" not in data[:1024]:
        raise ImportRefused(_("the file is not a PDF"))
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ImportRefused(
                _("the PDF is password-protected; save a copy without a password and import that")
            )
        len(reader.pages)  # parses the page tree now, so damage shows here
    except DependencyError as exc:
        raise ImportRefused(
            _("the PDF is encrypted in a way Teema cannot open ({error})").format(error=exc)
        ) from exc
    except FileNotDecryptedError as exc:
        raise ImportRefused(
            _("the PDF is password-protected; save a copy without a password and import that")
        ) from exc
    except _PDF_ERRORS as exc:
        raise ImportRefused(
            _("the PDF is damaged and cannot be read ({error})").format(error=exc)
        ) from exc
    return reader


def _page_texts(reader: PdfReader) -> list[str]:
    texts: list[str] = []
    for number, page in enumerate(reader.pages, start=1):
        try:
            raw = page.extract_text()
        except _PDF_ERRORS as exc:
            raise ImportRefused(
                _("page {page} of the PDF is damaged and cannot be read ({error})").format(
                    page=number, error=exc
                )
            ) from exc
        texts.append(clean_page(raw or ""))
    return texts


def clean_page(raw: str) -> str:
    """One page's text: normalised, ligatures spelt out, soft-hyphen breaks joined,
    no trailing spaces on lines and no blank lines around the page."""
    text = normalise_text(raw).translate(_LIGATURES)
    text = _SOFT_HYPHEN_BREAK.sub("", text).replace("\u00ad", "")
    return _TRAILING_SPACE.sub("", text).strip("\n")


def _join(pages: list[str]) -> tuple[str, list[int]]:
    """Pages joined by blank lines, and where each page starts in the result (an
    empty page where the next text starts)."""
    parts: list[str] = []
    starts: list[int | None] = []
    position = 0
    for page in pages:
        if not page.strip():
            starts.append(None)
            continue
        position += 2 if parts else 0
        starts.append(position)
        parts.append(page)
        position += len(page)
    filled: list[int] = []
    following = position
    for start in reversed(starts):
        following = following if start is None else start
        filled.append(following)
    return "\n\n".join(parts), filled[::-1]
