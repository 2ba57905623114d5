"""REFI-QDA project import: Teema's own export comes back equal, real NVivo and
ATLAS.ti exports import with their quirks, hostile files are refused."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from exports.refi_import import import_project
from exports.refi_positions import SourcePositions
from exports.refi_project import export_project
from tests.conftest import SHARED, needs_shared
from workbench.errors import ImportRefused
from workbench.project import Project

NS = {"q": "urn:QDA-XML:project:1.0"}
SAMPLES = SHARED / "refi" / "samples"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from workbench.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.teema"
    build_demo(path)
    return path


def _snapshot(project: Project) -> dict[str, object]:
    codes = {c.id: c for c in project.codes.list()}
    docs = {d.id: d for d in project.documents.list()}
    cases = {c.id: c for c in project.cases.list()}
    coders = {c.id: c.name for c in project.coders.list()}
    segments = sorted(
        (
            docs[s.document_id].guid,
            s.guid,
            s.start,
            s.end,
            s.text,
            s.memo,
            tuple(sorted(codes[i].guid for i in s.code_ids)),
            coders.get(s.coder_id),
        )
        for d in docs
        for s in project.segments.for_document(d)
    )
    attributes = project.attributes.table("case")

    def memo_target(kind: str, target: int | None) -> str | None:
        if target is None:
            return None
        lookup = {"document": docs, "case": cases, "code": codes}
        if kind == "segment":
            return project.segments.get(target).guid
        return lookup[kind][target].guid  # type: ignore[attr-defined, no-any-return]

    return {
        "codes": sorted(
            (c.guid, c.name, project.codes.path(c.id), c.color, c.description)
            for c in codes.values()
        ),
        "documents": sorted((d.guid, d.name, project.documents.text(d.id)) for d in docs.values()),
        "segments": segments,
        "memos": sorted(
            (m.guid, m.title, m.body, m.target_type, memo_target(m.target_type, m.target_id))
            for m in project.memos.list()
        ),
        "cases": sorted(
            (
                c.guid,
                c.name,
                c.description,
                tuple(sorted(docs[i].guid for i in project.cases.documents(c.id))),
                tuple(sorted((k, str(v)) for k, v in attributes.get(c.id, {}).items())),
            )
            for c in cases.values()
        ),
    }


def test_round_trip_keeps_every_code_segment_memo_case_and_attribute(
    demo: Path, tmp_path: Path
) -> None:
    with Project.open(demo, readonly=True) as source:
        qdpx = export_project(source, tmp_path / "demo.qdpx")
        before = _snapshot(source)
    assert before["segments"] and before["cases"] and before["memos"]
    with Project.create(tmp_path / "copy.teema", coder="tester") as target:
        result = import_project(target, qdpx)
        after = _snapshot(target)
    assert result.warnings == []
    assert result.segments == len(before["segments"])  # type: ignore[arg-type]
    for key in before:
        assert after[key] == before[key], key


def test_nvivo_windows_export_lands_on_the_intended_text(tmp_path: Path) -> None:
    sample = needs_shared(SAMPLES / "nvivo-win-12.6_hungarian-social-media.qdpx")
    with zipfile.ZipFile(sample) as archive:
        root = etree.fromstring(archive.read("project.qde"))
        raw = {
            n.split("/")[-1].lower(): archive.read(n).decode("utf-8")
            for n in archive.namelist()
            if n.lower().endswith(".txt")
        }
    expected_codes = len(root.findall(".//q:Code", NS))
    expected_sources = len(root.findall(".//q:TextSource", NS))
    selections = root.findall(".//q:PlainTextSelection", NS)
    with Project.create(tmp_path / "nvivo.teema", coder="tester") as project:
        result = import_project(project, sample)
        docs = project.documents.list()
        segments = [s for d in docs for s in project.segments.for_document(d.id)]
        texts = {d.guid: project.documents.text(d.id) for d in docs}
        coders = {c.name for c in project.coders.list()}
    assert (result.codes, result.sources, result.segments) == (
        expected_codes,
        expected_sources,
        len(selections),
    )
    assert result.warnings == []
    assert len(segments) == len(selections) == 303
    assert {"Gergo", "floriansipos"} & coders
    for text in texts.values():
        assert "\r" not in text and not text.startswith("\ufeff")
    # The same range read as UTF-16 units over the raw text (BOM dropped) gives the
    # intended words; our segment must hold exactly those, with CRLF turned into LF.
    by_guid = {s.guid: s for s in segments}
    checked = 0
    for selection in selections:
        source = selection.getparent()
        text = raw[source.get("plainTextPath").split("//")[1].lower()].removeprefix("\ufeff")
        units = text.encode("utf-16-le")
        start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
        intended = units[2 * start : 2 * end].decode("utf-16-le").replace("\r\n", "\n")
        assert by_guid[selection.get("guid").lower()].text == intended
        checked += 1
    assert checked == 303
    assert by_guid["7154a758-6873-4134-badd-ae1dc04d3086"].text.startswith(
        "Senkit nem lehet kötelezni oltásra"
    )
    emoji = [s for s in segments if any(ord(c) > 0xFFFF for c in s.text)]
    assert emoji, "the sample's astral characters should appear in some selections"
    for s in segments:
        full = texts[next(d.guid for d in docs if d.id == s.document_id)]
        assert 0 <= s.start < s.end <= len(full)
        assert full[s.start : s.end] == s.text


def test_atlasti_export_without_source_files_warns_per_source(tmp_path: Path) -> None:
    sample = needs_shared(SAMPLES / "atlasti-8.4_standard-project.qdpx")
    with zipfile.ZipFile(sample) as archive:
        root = etree.fromstring(archive.read("Project.qde"))
    names = [s.get("name") for s in root.findall(".//q:TextSource", NS)]
    with Project.create(tmp_path / "atlas.teema", coder="tester") as project:
        result = import_project(project, sample)
        assert len(project.codes.list()) == len(root.findall(".//q:Code", NS)) == 14
        assert project.documents.list() == []
        memos = {m.title for m in project.memos.list()}
    assert result.sources == 0
    assert {"Research Plan", "My favorite Coke ad"} <= memos
    for name in names:
        assert any(name in w and "missing" in w for w in result.warnings), name
    assert any("PDFSource" in w for w in result.warnings)


def _qdpx(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_traversal_member_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "evil.qdpx"
    path.write_bytes(
        _qdpx({"project.qde": b'<Project xmlns="urn:QDA-XML:project:1.0"/>', "../x.txt": b"x"})
    )
    with Project.create(tmp_path / "p.teema") as project:
        with pytest.raises(ImportRefused, match="unsafe part name"):
            import_project(project, path)
        assert project.codes.list() == []


def test_entity_bomb_is_refused(tmp_path: Path) -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE P [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><Project name="&b;"/>'
    )
    path = tmp_path / "bomb.qdpx"
    path.write_bytes(_qdpx({"Project.qde": bomb}))
    with Project.create(tmp_path / "p.teema") as project, pytest.raises(ImportRefused, match="DTD"):
        import_project(project, path)


def test_not_a_project_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.qdpx"
    path.write_bytes(_qdpx({"readme.txt": b"hello"}))
    with Project.create(tmp_path / "p.teema") as project, pytest.raises(ImportRefused):
        import_project(project, path)


def test_positions_in_code_points_over_crlf_text_are_moved_onto_lf_text() -> None:
    raw = "\ufeffAb 😀 cd\r\nef gh"
    # A spec-following tool: code points over the raw text (BOM not counted).
    positions = SourcePositions(raw, [(5, 7), (12, 14)], origin="QualCoder")
    assert positions.unit == "code points"
    assert positions.text == "Ab 😀 cd\nef gh"
    start, end = positions.convert(12, 14)  # type: ignore[misc]
    assert positions.text[start:end] == "gh"
    # NVivo counts the emoji as two units.
    nvivo = SourcePositions(raw, [(6, 8), (13, 15)], origin="NVivo for Windows 12.6")
    assert nvivo.unit == "UTF-16"
    start, end = nvivo.convert(6, 8)  # type: ignore[misc]
    assert nvivo.text[start:end] == "cd"
    assert nvivo.convert(0, 999) is None
