"""Opening the zip containers of .docx and .xlsx files without trusting them.

A .docx/.xlsx is a zip archive, and a zip archive can lie: a few kilobytes can
declare (or really hold) gigabytes of zeros, member names can point outside any
folder, and a password-protected Office file is not a zip at all but an OLE
compound file. :func:`open_zip` checks the central directory before any
library unpacks a byte, so python-docx and openpyxl only ever see archives whose
declared sizes are sane; :func:`read_member` reads one member in chunks and stops
at a cap whatever the archive declares.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from workbench.errors import ImportRefused
from workbench.i18n import _
from workbench.importers.base import MAX_COMPRESSION_RATIO, MAX_UNZIPPED_BYTES

#: An Office file has tens of members; thousands mean something is wrong.
MAX_MEMBERS = 10_000
#: Members smaller than this are not checked for their compression ratio: tiny
#: repetitive XML parts compress very well and are harmless whatever their ratio.
RATIO_CHECK_MIN_BYTES = 1024 * 1024
#: OLE2 compound file: legacy .doc/.xls, and every password-protected Office file.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_CHUNK = 1024 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")

#: What zipfile raises on archives it cannot parse or decompress (NotImplementedError:
#: an unknown zip version or compression method; RuntimeError: an encrypted member).
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)


def open_zip(data: bytes, what: str) -> zipfile.ZipFile:
    """Open ``data`` as a zip container after checking it is safe to unpack.

    ``what`` names the expected format for the reasons (e.g. ``_("Word document")``).
    """
    if data.startswith(OLE_MAGIC):
        raise ImportRefused(
            _(
                "the file is password-protected (encrypted) or an old binary Word/Excel "
                "file; save it as .docx/.xlsx without a password"
            )
        )
    if not data:
        raise ImportRefused(_("the file is empty"))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS as exc:
        raise ImportRefused(_not_a_zip_reason(data, what)) from exc
    try:
        check_members(archive)
        verify_members(archive)
    except ImportRefused:
        archive.close()
        raise
    return archive


def _not_a_zip_reason(data: bytes, what: str) -> str:
    if data.startswith(ZIP_MAGIC):
        return _("the {what} is damaged or incomplete (a truncated download or copy?)").format(
            what=what
        )
    return _("the file is not a {what} (it is not a zip container)").format(what=what)


def check_members(archive: zipfile.ZipFile) -> None:
    """Refuse archives with too many members, unsafe names, encryption, or sizes that
    would unpack to more than the limits allow (zip bombs)."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise ImportRefused(
            _("the archive has too many parts ({n}; the limit is {limit})").format(
                n=len(members), limit=MAX_MEMBERS
            )
        )
    total = 0
    for info in members:
        _check_name(info.filename)
        if info.flag_bits & 0x1:
            raise ImportRefused(_("the archive is password-protected (encrypted)"))
        _check_ratio(info)
        total += info.file_size
    if total > MAX_UNZIPPED_BYTES:
        raise ImportRefused(
            _(
                "the archive would unpack to {size} MB, more than the limit of {limit} MB "
                "(a zip bomb?)"
            ).format(size=total // 2**20, limit=MAX_UNZIPPED_BYTES // 2**20)
        )


def _check_name(name: str) -> None:
    """No member may point outside the archive's root: we never extract to disk, but
    such a name only appears in crafted files."""
    normal = name.replace("\\", "/")
    parts = normal.split("/")
    if normal.startswith("/") or _DRIVE.match(normal) or ".." in parts or "\x00" in name:
        raise ImportRefused(
            _("the archive contains an unsafe part name '{name}'").format(name=name[:200])
        )


def _check_ratio(info: zipfile.ZipInfo) -> None:
    if info.file_size < RATIO_CHECK_MIN_BYTES:
        return
    if info.compress_size == 0 or info.file_size / info.compress_size > MAX_COMPRESSION_RATIO:
        raise ImportRefused(
            _(
                "the archive part '{name}' is compressed more than {ratio} times (a zip bomb?)"
            ).format(name=info.filename[:200], ratio=MAX_COMPRESSION_RATIO)
        )


def verify_members(archive: zipfile.ZipFile) -> None:
    """Unpack every member once, discarding the bytes, so a damaged archive is refused
    here with a clear reason instead of failing somewhere inside python-docx or
    openpyxl, and so what really comes out is counted, not what is declared."""
    budget = MAX_UNZIPPED_BYTES
    for info in archive.infolist():
        budget -= _unpacked_size(archive, info, budget)


def _unpacked_size(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> int:
    size = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise ImportRefused(
                        _("the archive unpacks to more than {limit} MB (a zip bomb?)").format(
                            limit=MAX_UNZIPPED_BYTES // 2**20
                        )
                    )
    except _ZIP_ERRORS as exc:
        raise ImportRefused(
            _("the archive part '{name}' is damaged and cannot be unpacked ({error})").format(
                name=info.filename[:200], error=exc
            )
        ) from exc
    return size


def read_member(archive: zipfile.ZipFile, name: str, limit: int = MAX_UNZIPPED_BYTES) -> bytes:
    """The bytes of member ``name``, refusing when it unpacks to more than ``limit``.

    Reads in chunks and counts what really comes out, since a crafted archive can
    declare a small size for a member that inflates to far more.
    """
    try:
        info = archive.getinfo(name)
    except KeyError as exc:
        raise ImportRefused(_("the archive has no part '{name}'").format(name=name)) from exc
    out = bytearray()
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                out += chunk
                if len(out) > limit:
                    raise ImportRefused(
                        _("the archive part '{name}' unpacks to more than {limit} bytes").format(
                            name=name, limit=limit
                        )
                    )
    except _ZIP_ERRORS as exc:
        raise ImportRefused(
            _("the archive part '{name}' cannot be unpacked ({error})").format(name=name, error=exc)
        ) from exc
    return bytes(out)
