"""Reading REFI-QDA XML the way vendors really write it: element names matched
whatever namespace was spelled, GUIDs compared lower-case without braces, and the
``.qdpx`` zip opened only after the traversal and bomb checks."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from exports.refi_codebook import normalize_guid, parse_xml
from workbench.errors import ImportRefused
from workbench.i18n import _
from workbench.importers.safezip import open_zip, read_member

if TYPE_CHECKING:
    import zipfile


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _children(element: ET.Element | None, name: str) -> list[ET.Element]:
    return [c for c in element if _local(c.tag) == name] if element is not None else []


def _child(element: ET.Element | None, name: str) -> ET.Element | None:
    found = _children(element, name)
    return found[0] if found else None


def _text(element: ET.Element | None, name: str) -> str:
    child = _child(element, name)
    return (child.text or "").strip() if child is not None else ""


def _guid(element: ET.Element, attribute: str = "guid") -> str:
    return normalize_guid(element.get(attribute)) or (element.get(attribute) or "").lower()


def _int(value: str | None) -> int:
    try:
        return int(value or "")
    except ValueError:
        return -1


def read_archive(data: bytes) -> tuple[zipfile.ZipFile, ET.Element]:
    """Open a ``.qdpx`` safely and parse its ``project.qde`` (whatever its case)."""
    archive = open_zip(data, _("REFI-QDA project"))
    qde = next(
        (i.filename for i in archive.infolist() if i.filename.lower().endswith("project.qde")),
        None,
    )
    if qde is None:
        archive.close()
        raise ImportRefused(_("This is not a REFI-QDA project (no project.qde in the file)."))
    root = parse_xml(read_member(archive, qde))
    if _local(root.tag) != "Project":
        archive.close()
        raise ImportRefused(_("This is not a REFI-QDA project (no Project element)."))
    return archive, root
