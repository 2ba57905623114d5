"""REFI-QDA project import (``.qdpx``): a study coded in ATLAS.ti, MAXQDA, NVivo or
QualCoder becomes a Teema project to continue in.

Real exports differ from the spec (see ``shared/refi/README.md``): ``Sources/``
and ``Project.qde`` capitalised, GUIDs in upper case, NVivo's UTF-16 positions
over text with a BOM and CRLF, source files missing from re-packed zips. So
names are matched case-insensitively, positions go through
:mod:`exports.refi_positions`, and anything that cannot be placed becomes one
warning naming the item instead of stopping the import. The zip is checked for
traversal names and bombs before anything is read, the XML is parsed without
DTDs, and everything is written in one transaction, so the window can undo the
import as one step by wrapping it in ``project.undo.record``.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from exports.refi_codebook import (
    CodebookImport,
    _entries,
    import_entries,
    normalize_guid,
)
from exports.refi_positions import SourcePositions
from exports.refi_xml import _child, _children, _guid, _int, _local, _text, read_archive
from workbench.errors import ImportRefused, TeemaError
from workbench.i18n import _
from workbench.importers.safezip import read_member

if TYPE_CHECKING:
    import zipfile

    from workbench.project import Project

_TYPES = {"float": "number", "integer": "number", "date": "date", "datetime": "date"}


@dataclass
class RefiImport:
    """What an import created, and one warning per item that could not be taken over."""

    codes: int = 0
    sources: int = 0
    segments: int = 0
    cases: int = 0
    memos: int = 0
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        return _(
            "{codes} codes, {sources} sources, {segments} segments, {cases} cases, "
            "{memos} memos imported"
        ).format(
            codes=self.codes,
            sources=self.sources,
            segments=self.segments,
            cases=self.cases,
            memos=self.memos,
        )


class _Reader:
    """One import: the zip, the parsed XML and the maps from GUIDs to Teema ids."""

    def __init__(self, project: Project, archive: zipfile.ZipFile, root: ET.Element) -> None:
        self.project, self.archive, self.root = project, archive, root
        self.result = RefiImport()
        self.members = {info.filename.lower(): info.filename for info in archive.infolist()}
        self.users = {
            _guid(u): (u.get("name") or "").strip()
            for u in _children(_child(root, "Users"), "User")
        }
        self.documents: dict[str, int] = {}
        self.segments: dict[str, int] = {}
        self.cases: dict[str, int] = {}
        self.note_targets: dict[str, tuple[str, int | None]] = {}

    def coder(self, *elements: ET.Element) -> int | None:
        for element in elements:
            name = self.users.get(_guid(element, "creatingUser"))
            if name:
                return self.project.coders.ensure(name).id
        return None

    def notes_of(self, element: ET.Element, target: tuple[str, int | None]) -> None:
        for ref in _children(element, "NoteRef"):
            self.note_targets.setdefault(_guid(ref, "targetGUID"), target)

    def source_text(self, source: ET.Element, name: str) -> str | None:
        inline = _child(source, "PlainTextContent")
        if inline is not None and inline.text:
            return inline.text
        path = source.get("plainTextPath") or ""
        if not path.lower().startswith("internal://"):
            self.result.warnings.append(
                _(
                    "Source '{name}': its text is outside the project file ({path}); skipped."
                ).format(name=name, path=path or "-")
            )
            return None
        file = path[len("internal://") :].lower()
        member = self.members.get(f"sources/{file}") or self.members.get(file)
        if member is None:
            self.result.warnings.append(
                _("Source '{name}': the file {file} is missing from the project; skipped.").format(
                    name=name, file=path[len("internal://") :]
                )
            )
            return None
        data = read_member(self.archive, member)
        return data.decode("utf-8", errors="replace")

    def codes(self) -> None:
        codes = _child(_child(self.root, "CodeBook"), "Codes")
        entries = _entries(codes) if codes is not None else []
        outcome = import_entries(self.project, entries, CodebookImport())
        self.result.codes = outcome.created
        self.result.warnings.extend(outcome.warnings)
        self.code_ids = {c.guid.lower(): c.id for c in self.project.codes.list()}

    def sources(self) -> None:
        known = {d.guid.lower() for d in self.project.documents.list()}
        origin = self.root.get("origin") or ""
        for source in list(_child(self.root, "Sources") or []):
            name = (source.get("name") or "").strip() or _("Untitled")
            if _local(source.tag) != "TextSource":
                self.result.warnings.append(
                    _("Source '{name}' ({kind}) is not a text; skipped.").format(
                        name=name, kind=_local(source.tag)
                    )
                )
                continue
            guid = _guid(source)
            if guid in known:
                self.result.warnings.append(
                    _("Source '{name}' is already in the project; skipped.").format(name=name)
                )
                continue
            raw = self.source_text(source, name)
            if raw is None:
                continue
            self.text_source(source, name, guid, raw, origin)

    def text_source(self, source: ET.Element, name: str, guid: str, raw: str, origin: str) -> None:
        selections = _children(source, "PlainTextSelection")
        ranges = [(_int(s.get("startPosition")), _int(s.get("endPosition"))) for s in selections]
        positions = SourcePositions(raw, ranges, origin)
        doc = self.project.documents.add(name, positions.text, guid=guid or None)
        self.documents[guid] = doc.id
        self.result.sources += 1
        self.notes_of(source, ("document", doc.id))
        for selection, (start, end) in zip(selections, ranges, strict=True):
            self.selection(selection, name, doc.id, positions.convert(start, end))

    def selection(
        self, selection: ET.Element, source: str, doc_id: int, span: tuple[int, int] | None
    ) -> None:
        label = selection.get("name") or selection.get("guid") or "-"
        if span is None:
            self.result.warnings.append(
                _("Source '{source}': selection {label} lies outside the text; skipped.").format(
                    source=source, label=label
                )
            )
            return
        codings = _children(selection, "Coding")
        code_ids = []
        for coding in codings:
            ref = _child(coding, "CodeRef")
            code_id = self.code_ids.get(_guid(ref, "targetGUID")) if ref is not None else None
            if code_id is None:
                self.result.warnings.append(
                    _("Source '{source}': a coding refers to an unknown code; skipped.").format(
                        source=source
                    )
                )
            elif code_id not in code_ids:
                code_ids.append(code_id)
        try:
            segment = self.project.segments.add(
                doc_id,
                *span,
                code_ids=code_ids,
                memo=_text(selection, "Description"),
                guid=normalize_guid(selection.get("guid")),
                coder_id=self.coder(selection, *codings),
            )
        except TeemaError as exc:
            self.result.warnings.append(
                _("Source '{source}': selection {label} was skipped ({error}).").format(
                    source=source, label=label, error=exc
                )
            )
            return
        self.segments[_guid(selection)] = segment.id
        self.result.segments += 1
        self.notes_of(selection, ("segment", segment.id))

    def cases_and_variables(self) -> None:
        variables = {
            _guid(v): ((v.get("name") or "").strip(), (v.get("typeOfVariable") or "").lower())
            for v in _children(_child(self.root, "Variables"), "Variable")
        }
        for element in _children(_child(self.root, "Cases"), "Case"):
            name = (element.get("name") or "").strip() or _("Untitled")
            case = self.project.cases.find(name) or self.project.cases.create(
                name, _text(element, "Description"), guid=normalize_guid(element.get("guid"))
            )
            self.result.cases += 1
            self.notes_of(element, ("case", case.id))
            for ref in _children(element, "SourceRef"):
                doc_id = self.documents.get(_guid(ref, "targetGUID"))
                if doc_id is not None:
                    self.project.documents.link_case(doc_id, case.id)
            for value in _children(element, "VariableValue"):
                self.variable_value(case.id, name, value, variables)

    def variable_value(
        self, case_id: int, case: str, value: ET.Element, variables: dict[str, tuple[str, str]]
    ) -> None:
        ref = _child(value, "VariableRef")
        variable = variables.get(_guid(ref, "targetGUID")) if ref is not None else None
        content = next((c for c in value if _local(c.tag).endswith("Value")), None)
        if variable is None or not variable[0] or content is None:
            self.result.warnings.append(
                _("Case '{case}': a value of an unknown variable was skipped.").format(case=case)
            )
            return
        name, kind = variable
        type_ = _TYPES.get(kind, "text")
        text = (content.text or "").strip()
        try:
            stored: object = text
            if type_ == "date":
                stored = dt.date.fromisoformat(text[:10])
            self.project.attributes.set("case", case_id, name, stored, type_)
        except (TeemaError, ValueError) as exc:
            self.result.warnings.append(
                _("Case '{case}': the value '{value}' of {name} was skipped ({error}).").format(
                    case=case, value=text, name=name, error=exc
                )
            )

    def notes(self) -> None:
        self.notes_of(self.root, ("project", None))
        for code in self.root.iter():
            if _local(code.tag) == "Code" and _guid(code) in self.code_ids:
                self.notes_of(code, ("code", self.code_ids[_guid(code)]))
        for note in _children(_child(self.root, "Notes"), "Note"):
            target_type, target_id = self.note_targets.get(_guid(note), ("project", None))
            self.project.memos.add(
                _text(note, "PlainTextContent"),
                title=(note.get("name") or "").strip(),
                target_type=target_type,
                target_id=target_id,
                guid=normalize_guid(note.get("guid")),
            )
            self.result.memos += 1


def import_project(project: Project, path: str | Path) -> RefiImport:
    """Import a ``.qdpx`` into ``project`` in one transaction; see the module docstring."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ImportRefused(_("The file cannot be read ({error}).").format(error=exc)) from exc
    archive, root = read_archive(data)
    with archive, project.transaction():
        reader = _Reader(project, archive, root)
        reader.codes()
        reader.sources()
        reader.cases_and_variables()
        reader.notes()
    return reader.result
