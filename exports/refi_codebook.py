"""REFI-QDA codebook exchange (``.qdc``): the code tree in and out of Teema.

A ``.qdc`` is how ATLAS.ti, MAXQDA, NVivo and QualCoder hand each other a
codebook, so a team can start coding in Teema with a codebook built elsewhere,
or take Teema's codebook to a tool the client uses.

Export writes what the REFI Codebook schema accepts: ``Description`` only when
there is one, no empty ``<Sets/>``, GUIDs and ``#rrggbb`` colours as stored.
Import matches element names whatever namespace a vendor spelled, compares GUIDs
case-insensitively (braces or not) so a codebook imported twice adds nothing the
second time, and runs in one transaction through the domain API, so the window
can undo it as one step by wrapping it in ``project.undo.record``.

The XML comes from outside: it is parsed with defusedxml and any DTD is refused,
which rules out entity expansion ("billion laughs") and external entities.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import defusedxml
import defusedxml.ElementTree as SafeET

from exports.files import write_bytes
from workbench.errors import ImportRefused
from workbench.i18n import _

if TYPE_CHECKING:
    from workbench.project import Project

NAMESPACE = "urn:QDA-XML:codebook:1.0"
#: A codebook is a few hundred kilobytes; anything far bigger is not one.
MAX_BYTES = 32 * 1024 * 1024
_GUID = re.compile(r"^\{?([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})\}?$")
_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")


@dataclass
class CodebookEntry:
    """One code read from a codebook, with the codes below it."""

    guid: str | None
    name: str
    color: str | None = None
    description: str = ""
    children: list[CodebookEntry] = field(default_factory=list)


@dataclass
class CodebookImport:
    """What an import did: codes created and codes already present (by GUID or
    by name under the same parent), plus a warning per item that was adjusted."""

    created: int = 0
    existing: int = 0
    warnings: list[str] = field(default_factory=list)


def normalize_guid(guid: str | None) -> str | None:
    """Lower case without braces, or None for something that is not a GUID."""
    match = _GUID.match((guid or "").strip())
    return match.group(1).lower() if match else None


def _colour(value: str | None) -> str | None:
    if not value or not _COLOUR.match(value.strip()):
        return None
    value = value.strip().lower()
    if len(value) == 4:  # #abc -> #aabbcc, as CSS reads it
        value = "#" + "".join(c * 2 for c in value[1:])
    return value


# -- export -------------------------------------------------------------------


def append_codes(container: ET.Element, project: Project) -> None:
    """Nest the project's code tree under ``container`` (also used by the ``.qdpx`` export,
    whose schema declares the same ``Code`` element)."""
    elements: dict[int, ET.Element] = {}
    for code in project.codes.list():  # parents come before their children
        parent = elements[code.parent_id] if code.parent_id is not None else container
        attrs = {"guid": code.guid, "name": code.name, "isCodable": "true"}
        if _colour(code.color):
            attrs["color"] = code.color
        element = ET.SubElement(parent, "Code", attrs)
        if code.description:
            ET.SubElement(element, "Description").text = code.description
        elements[code.id] = element


def to_bytes(root: ET.Element) -> bytes:
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n").encode("utf-8")


def codebook_xml(project: Project, origin: str = "Teema") -> bytes:
    """The project's code tree as a ``.qdc`` document (UTF-8 bytes)."""
    # Plain tags with an xmlns attribute: the stdlib serializer cannot mix a
    # default namespace with unqualified attributes.
    root = ET.Element("CodeBook", {"xmlns": NAMESPACE, "origin": origin})
    append_codes(ET.SubElement(root, "Codes"), project)
    return to_bytes(root)


def export_codebook(project: Project, out: str | Path, origin: str = "Teema") -> int:
    """Write the codebook to ``out`` and return how many codes it holds.

    Written beside the target and moved into place, so a failure never leaves
    half a file where the user expects a codebook."""
    from workbench.errors import ValidationError

    out = Path(out)
    if not project.codes.list():
        # The schema requires at least one Code: an empty codebook would be invalid.
        raise ValidationError(_("The project has no codes to export."))
    data = codebook_xml(project, origin)
    write_bytes(out, data)
    return len(project.codes.list())


# -- import -------------------------------------------------------------------


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def parse_xml(data: bytes) -> ET.Element:
    """Parse untrusted XML: no DTD, so no entities to expand or fetch."""
    try:
        return SafeET.fromstring(data, forbid_dtd=True)
    except defusedxml.DefusedXmlException as exc:
        raise ImportRefused(
            _("The file declares a DTD or entities, which Teema does not read for safety.")
        ) from exc
    except ET.ParseError as exc:
        raise ImportRefused(
            _("The file is not well-formed XML ({error}).").format(error=exc)
        ) from exc


def _entries(element: ET.Element) -> list[CodebookEntry]:
    entries = []
    for child in element:
        if _local(child.tag) != "Code":
            continue
        description = next(
            (d.text or "" for d in child if _local(d.tag) == "Description"), ""
        ).strip()
        entries.append(
            CodebookEntry(
                guid=child.get("guid"),
                name=(child.get("name") or "").strip(),
                color=child.get("color"),
                description=description,
                children=_entries(child),
            )
        )
    return entries


def read_codebook(data: bytes) -> list[CodebookEntry]:
    """The code tree of a ``.qdc`` document (sets are not read: Teema has no code sets)."""
    if len(data) > MAX_BYTES:
        raise ImportRefused(_("The file is too large to be a codebook."))
    root = parse_xml(data)
    if _local(root.tag) != "CodeBook":
        raise ImportRefused(_("This is not a REFI-QDA codebook (no CodeBook element)."))
    codes = next((c for c in root if _local(c.tag) == "Codes"), None)
    return _entries(codes) if codes is not None else []


def import_entries(
    project: Project, entries: list[CodebookEntry], result: CodebookImport | None = None
) -> CodebookImport:
    """Create the codes of ``entries`` (one transaction); shared with the ``.qdpx`` import."""
    result = result or CodebookImport()
    with project.transaction():
        for entry in entries:
            _import_entry(project, entry, None, result)
    return result


def _import_entry(
    project: Project, entry: CodebookEntry, parent_id: int | None, result: CodebookImport
) -> None:
    if not entry.name:
        result.warnings.append(
            _("A code without a name was skipped (GUID {guid}).").format(guid=entry.guid or "-")
        )
        return
    guid = normalize_guid(entry.guid)
    if entry.guid and guid is None:
        result.warnings.append(
            _("Code '{name}': '{guid}' is not a GUID; a new one was given.").format(
                name=entry.name, guid=entry.guid
            )
        )
    color = _colour(entry.color)
    if entry.color and color is None:
        result.warnings.append(
            _("Code '{name}': '{color}' is not a colour; a palette colour was used.").format(
                name=entry.name, color=entry.color
            )
        )
    code = (project.codes.by_guid(guid) if guid else None) or project.codes.find(
        entry.name, parent_id
    )
    if code is not None:
        result.existing += 1
    else:
        code = project.codes.create(
            entry.name,
            parent_id=parent_id,
            color=color,
            description=entry.description,
            guid=guid,
        )
        result.created += 1
    for child in entry.children:
        _import_entry(project, child, code.id, result)


def import_codebook(project: Project, path: str | Path) -> CodebookImport:
    """Import the codes of a ``.qdc`` file into ``project``.

    Codes whose GUID (or name under the same parent) is already in the project
    are kept as they are, and their children are placed under them."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportRefused(_("The file cannot be read ({error}).").format(error=exc)) from exc
    if size > MAX_BYTES:
        raise ImportRefused(_("The file is too large to be a codebook."))
    return import_entries(project, read_codebook(path.read_bytes()))
