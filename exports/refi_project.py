"""REFI-QDA project export (``.qdpx``): a whole study for ATLAS.ti, MAXQDA, NVivo, QualCoder.

A ``.qdpx`` is a zip holding ``project.qde`` (QDA-XML) and each source's text as
``sources/<guid>.txt`` in UTF-8. Positions are Unicode code points, end
exclusive, which is exactly how Teema stores segments, so they are written as
they are. Names inside the zip are lower case (readers differ in how they treat
case). Empty containers are left out because the schema rejects them.

Coders carry no GUID in Teema; a stable one is derived from the name, so the
same coder is the same ``User`` in every export of the project.
"""

from __future__ import annotations

import datetime as dt
import uuid
import xml.etree.ElementTree as ET
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from exports.files import partial_file
from exports.refi_codebook import append_codes, to_bytes

if TYPE_CHECKING:
    from workbench.model import Attribute, AttributeScalar, Memo
    from workbench.project import Project

NAMESPACE = "urn:QDA-XML:project:1.0"
_TEEMA = uuid.UUID("6c1b3f0e-7a52-4a8e-9d7e-3f2b51c0e001")
_VARIABLE_TYPES = {
    "text": "Text",
    "number": "Float",
    "date": "Date",
    "category": "Text",
}  # 1.0 has no Nominal


def stable_guid(kind: str, name: str) -> str:
    """A GUID that is the same every time for the same thing (coders, variables)."""
    return str(uuid.uuid5(_TEEMA, f"{kind}:{name}"))


def _value(element: ET.Element, attribute: Attribute, value: AttributeScalar) -> None:
    entry = ET.SubElement(element, "VariableValue")
    guid = stable_guid(f"variable:{attribute.scope}", attribute.name)
    ET.SubElement(entry, "VariableRef", {"targetGUID": guid})
    if attribute.type == "number" and isinstance(value, float | int):
        ET.SubElement(entry, "FloatValue").text = format(Decimal(str(value)), "f")
    elif attribute.type == "date" and isinstance(value, dt.date):
        ET.SubElement(entry, "DateValue").text = value.isoformat()
    else:
        ET.SubElement(entry, "TextValue").text = str(value)


def _variables(root: ET.Element, project: Project) -> list[Attribute]:
    attributes = project.attributes.list("case")
    if attributes:
        container = ET.SubElement(root, "Variables")
        for a in attributes:
            ET.SubElement(
                container,
                "Variable",
                {
                    "guid": stable_guid("variable:case", a.name),
                    "name": a.name,
                    "typeOfVariable": _VARIABLE_TYPES.get(a.type, "Text"),
                },
            )
    return attributes


def _cases(root: ET.Element, project: Project, attributes: list[Attribute]) -> None:
    cases = project.cases.list()
    if not cases:
        return
    by_name = {a.name: a for a in attributes}
    values = project.attributes.table("case")
    container = ET.SubElement(root, "Cases")
    for case in cases:
        element = ET.SubElement(container, "Case", {"guid": case.guid, "name": case.name})
        if case.description:
            ET.SubElement(element, "Description").text = case.description
        for name, value in values.get(case.id, {}).items():
            if name in by_name and value not in (None, ""):
                _value(element, by_name[name], value)
        for document_id in project.cases.documents(case.id):
            ET.SubElement(
                element, "SourceRef", {"targetGUID": project.documents.get(document_id).guid}
            )


def _sources(
    root: ET.Element,
    project: Project,
    users: dict[int, str],
    memos: dict[tuple[str, int], list[Memo]],
) -> dict[str, str]:
    """Add TextSource elements; return zip member name -> text."""
    documents = project.documents.list()
    files: dict[str, str] = {}
    if not documents:
        return files
    container = ET.SubElement(root, "Sources")
    for doc in documents:
        member = f"{doc.guid}.txt"
        files[f"sources/{member}"] = project.documents.text(doc.id)
        source = ET.SubElement(
            container,
            "TextSource",
            {"guid": doc.guid, "name": doc.name, "plainTextPath": f"internal://{member}"},
        )
        for segment in project.segments.for_document(doc.id):
            attrs = {
                "guid": segment.guid,
                "startPosition": str(segment.start),
                "endPosition": str(segment.end),
            }
            user = users.get(segment.coder_id) if segment.coder_id is not None else None
            if user:
                attrs["creatingUser"] = user
            selection = ET.SubElement(source, "PlainTextSelection", attrs)
            if segment.memo:
                ET.SubElement(selection, "Description").text = segment.memo
            for code_id in segment.code_ids:
                coding_attrs = {"guid": stable_guid(f"coding:{segment.guid}", str(code_id))}
                if user:
                    coding_attrs["creatingUser"] = user
                coding = ET.SubElement(selection, "Coding", coding_attrs)
                ET.SubElement(coding, "CodeRef", {"targetGUID": project.codes.get(code_id).guid})
            for memo in memos.get(("segment", segment.id), []):
                ET.SubElement(selection, "NoteRef", {"targetGUID": memo.guid})
        for memo in memos.get(("document", doc.id), []):
            ET.SubElement(source, "NoteRef", {"targetGUID": memo.guid})
    return files


def project_xml(project: Project, origin: str = "Teema") -> tuple[bytes, dict[str, str]]:
    """``project.qde`` and the source texts to store beside it."""
    coders = project.coders.list()
    users = {c.id: stable_guid("user", c.name) for c in coders}
    root = ET.Element("Project", {"xmlns": NAMESPACE, "name": project.name, "origin": origin})
    if coders:
        container = ET.SubElement(root, "Users")
        for c in coders:
            ET.SubElement(container, "User", {"guid": users[c.id], "name": c.name})
    if project.codes.list():
        append_codes(ET.SubElement(ET.SubElement(root, "CodeBook"), "Codes"), project)
    attributes = _variables(root, project)
    _cases(root, project, attributes)
    all_memos = project.memos.list()
    memos: dict[tuple[str, int], list[Memo]] = {}
    for memo in all_memos:
        if memo.target_id is not None:
            memos.setdefault((memo.target_type, memo.target_id), []).append(memo)
    files = _sources(root, project, users, memos)
    if all_memos:
        container = ET.SubElement(root, "Notes")
        for memo in all_memos:
            attrs = {"guid": memo.guid, "name": memo.title}
            if memo.coder_id in users:
                attrs["creatingUser"] = users[memo.coder_id]
            note = ET.SubElement(container, "Note", attrs)
            ET.SubElement(note, "PlainTextContent").text = memo.body
    for memo in all_memos:
        if memo.target_type == "project":
            ET.SubElement(root, "NoteRef", {"targetGUID": memo.guid})
    return to_bytes(root), files


def export_project(project: Project, out: str | Path, origin: str = "Teema") -> Path:
    """Write ``out`` as a ``.qdpx`` (moved into place only when complete)."""
    out = Path(out)
    qde, files = project_xml(project, origin)
    with partial_file(out) as part, zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", qde)
        for name, text in files.items():
            archive.writestr(name, text.encode("utf-8"))
    return out
