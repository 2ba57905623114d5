"""REFI-QDA project export: the demo study as a schema-valid .qdpx whose selections
land on the coded text."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from exports.refi_project import export_project
from tests.conftest import SHARED, needs_shared
from workbench.project import Project

NS = {"q": "urn:QDA-XML:project:1.0"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from workbench.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.teema"
    build_demo(path)
    return path


@pytest.fixture(scope="module")
def qdpx(demo: Path) -> Path:
    with Project.open(demo, readonly=True) as project:
        return export_project(project, demo.with_suffix(".qdpx"))


def _qde(qdpx: Path) -> etree._ElementTree:
    with zipfile.ZipFile(qdpx) as archive:
        return etree.ElementTree(etree.fromstring(archive.read("project.qde")))


def test_demo_export_validates_against_the_project_schema(qdpx: Path) -> None:
    schema_path = needs_shared(SHARED / "refi" / "schemas" / "Project.xsd")
    schema = etree.XMLSchema(etree.parse(str(schema_path)))
    doc = _qde(qdpx)
    assert schema.validate(doc), schema.error_log
    assert not (qdpx.parent / (qdpx.name + ".part")).exists()


def test_export_holds_every_code_case_memo_and_segment(demo: Path, qdpx: Path) -> None:
    doc = _qde(qdpx)
    with Project.open(demo, readonly=True) as project:
        info = project.info()
        assert len(doc.xpath("//q:CodeBook//q:Code", namespaces=NS)) == info.codes
        assert len(doc.xpath("/q:Project/q:Cases/q:Case", namespaces=NS)) == info.cases
        assert len(doc.xpath("/q:Project/q:Notes/q:Note", namespaces=NS)) == info.memos
        assert len(doc.xpath("//q:PlainTextSelection", namespaces=NS)) == info.segments
        assert len(doc.xpath("//q:TextSource", namespaces=NS)) == info.documents
        codings = sum(len(s.code_ids) for d in project.documents.list()
                      for s in project.segments.for_document(d.id))  # fmt: skip
        assert len(doc.xpath("//q:Coding/q:CodeRef", namespaces=NS)) == codings
        users = {u.get("guid") for u in doc.xpath("//q:User", namespaces=NS)}
        creators = {c.get("creatingUser") for c in doc.xpath("//q:Coding", namespaces=NS)}
        assert creators <= users


def test_selections_land_on_the_coded_text(demo: Path, qdpx: Path) -> None:
    doc = _qde(qdpx)
    with zipfile.ZipFile(qdpx) as archive, Project.open(demo, readonly=True) as project:
        names = set(archive.namelist())
        checked = 0
        for source in doc.xpath("//q:TextSource", namespaces=NS):
            member = "sources/" + source.get("plainTextPath").removeprefix("internal://")
            assert member in names
            text = archive.read(member).decode("utf-8")
            for sel in source.xpath("q:PlainTextSelection", namespaces=NS):
                start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
                assert 0 <= start < end <= len(text)
                segment = project.segments.find(
                    project.documents.get(
                        next(d.id for d in project.documents.list() if d.guid == source.get("guid"))
                    ).id,
                    start,
                    end,
                )
                assert segment is not None and text[start:end] == segment.text
                checked += 1
        assert checked == project.info().segments > 0


def test_empty_project_leaves_out_empty_containers(project: Project, tmp_path: Path) -> None:
    out = export_project(project, tmp_path / "empty.qdpx")
    doc = _qde(out)
    for container in ("CodeBook", "Cases", "Sources", "Notes", "Variables"):
        assert not doc.xpath(f"/q:Project/q:{container}", namespaces=NS)
    schema_path = needs_shared(SHARED / "refi" / "schemas" / "Project.xsd")
    assert etree.XMLSchema(etree.parse(str(schema_path))).validate(doc)


def test_cli_exports_qdpx(demo: Path, tmp_path: Path) -> None:
    from workbench.cli import main

    out = tmp_path / "cli.qdpx"
    assert main(["export", "qdpx", str(demo), str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        assert "project.qde" in archive.namelist()
