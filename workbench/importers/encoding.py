"""Turning a text file's bytes into text: BOMs, UTF-16, and the legacy Western
code pages Finnish files still arrive in (cp1252, latin-1, mac_roman)."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from workbench.errors import ImportRefused
from workbench.i18n import _
from workbench.importers.base import normalise_text

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: What charset-normalizer may choose among when a file is not UTF-8. Limiting it
#: to the encodings Finnish and English material really comes in keeps it from
#: reading cp1252 'å' (0xE5) as cp1250 'ĺ'.
_CANDIDATES = ["utf_16", "utf_32", "cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850"]


def detect_encoding(data: bytes) -> str:
    """The name of the encoding ``data`` is in; ImportRefused for binary or empty data."""
    if not data:
        raise ImportRefused(_("the file is empty"))
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if b"\x00" not in data:
        try:
            data.decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError:
            pass
    elif _looks_like_bomless_utf16(data):
        return "utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be"
    else:
        raise ImportRefused(_("the file is binary, not text"))
    matches = from_bytes(data, cp_isolation=_CANDIDATES)
    if not matches:
        raise ImportRefused(_("the file is binary or in an unknown encoding, not text"))
    # charset-normalizer tells text from binary well, but among the Western
    # single-byte code pages it often prefers mac_roman for Windows Finnish text
    # ("p‰iv‰" for "päivä"). Rank the plausible ones by how much of the result is
    # letters a Finnish or English text would hold.
    names = [m.encoding for m in matches if m.encoding not in ("utf_16", "utf_32")]
    if not names:
        return matches.best().encoding  # type: ignore[union-attr]
    for extra in ("cp1252", "latin_1"):
        if extra not in names:
            names.append(extra)
    return max(names, key=lambda name: (_western_score(data, name), name == "cp1252"))


_PLAUSIBLE = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "äöåÄÖÅéÉüÜõÕšŠžŽ0123456789 \n\t.,;:!?-–—'\"’”“„()[]/%€&+*=#@"
)


def _western_score(data: bytes, encoding: str) -> float:
    try:
        text = data[:65536].decode(encoding)
    except UnicodeDecodeError:
        return float("-inf")
    plausible = sum(1 for ch in text if ch in _PLAUSIBLE)
    controls = sum(
        1 for ch in text if (ord(ch) < 32 and ch not in "\n\r\t") or 0x7F <= ord(ch) <= 0x9F
    )
    return plausible - 5 * controls


def _looks_like_bomless_utf16(data: bytes) -> bool:
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    if not sample:
        return False
    even_zero = sample[0::2].count(0) / (len(sample) / 2)
    odd_zero = sample[1::2].count(0) / (len(sample) / 2)
    # Latin text in UTF-16 has a zero in nearly every other byte and almost none between.
    return max(even_zero, odd_zero) > 0.4 and min(even_zero, odd_zero) < 0.05


def decode_text(data: bytes) -> str:
    """Decode a text file's bytes and apply :func:`normalise_text`."""
    encoding = detect_encoding(data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ImportRefused(
            _("the text could not be decoded as {encoding}").format(encoding=encoding)
        ) from exc
    if "\x00" in text:
        raise ImportRefused(_("the file is binary, not text"))
    return normalise_text(text)
