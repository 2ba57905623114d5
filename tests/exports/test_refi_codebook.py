"""REFI-QDA codebooks: schema-valid export, faithful round trip, real vendor files,
and hostile XML refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from exports.refi_codebook import export_codebook, import_codebook, read_codebook
from tests.conftest import SHARED, needs_shared
from workbench.errors import ImportRefused
from workbench.project import Project

REFI = SHARED / "refi"


def _schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(needs_shared(REFI / "schemas" / "Codebook.xsd"))))


def _tree(project: Project) -> list[tuple[str, str | None, str, str, str]]:
    """(path, parent GUID, guid, colour, description) of every code, comparable across projects."""
    rows = []
    for code in project.codes.list():
        parent = project.codes.get(code.parent_id).guid if code.parent_id else None
        rows.append((project.codes.path(code.id), parent, code.guid, code.color, code.description))
    return sorted(rows)


@pytest.fixture
def coded(project: Project) -> Project:
    top = project.codes.create("Palvelu", color="#1F77B4", description="Kaikki palvelusta")
    project.codes.create(
        "Kassajonot", parent_id=top.id, color="#ff7f0e", description="Jono <5 min & yli"
    )
    deep = project.codes.create("Henkilökunta", parent_id=top.id)
    project.codes.create("Ystävällisyys 😊", parent_id=deep.id, description="")
    project.codes.create("Hinta", color="#2ca02c")
    return project


def test_export_validates_against_the_codebook_schema(coded: Project, tmp_path: Path) -> None:
    out = tmp_path / "codes.qdc"
    assert export_codebook(coded, out) == 5
    doc = etree.parse(str(out))
    schema = _schema()
    assert schema.validate(doc), schema.error_log
    ns = {"q": "urn:QDA-XML:codebook:1.0"}
    # hierarchy is nesting: the grandchild sits inside its parent inside the top code
    names = doc.xpath(
        "/q:CodeBook/q:Codes/q:Code[@name='Palvelu']/q:Code/q:Code/@name", namespaces=ns
    )
    assert names == ["Ystävällisyys 😊"]
    assert not doc.xpath("//q:Sets", namespaces=ns)
    assert not (tmp_path / "codes.qdc.part").exists()


def test_round_trip_keeps_names_hierarchy_colours_descriptions_guids(
    coded: Project, tmp_path: Path
) -> None:
    out = tmp_path / "codes.qdc"
    export_codebook(coded, out)
    with Project.create(tmp_path / "other.teema", coder="b") as other:
        result = import_codebook(other, out)
        assert (result.created, result.existing, result.warnings) == (5, 0, [])
        assert _tree(other) == _tree(coded)
        # the same codebook again adds nothing: GUIDs match
        again = import_codebook(other, out)
        assert (again.created, again.existing) == (0, 5)
        assert len(other.codes.list()) == 5


def test_guids_compare_case_insensitively_with_or_without_braces(
    project: Project, tmp_path: Path
) -> None:
    existing = project.codes.create("Alkuperäinen")
    qdc = tmp_path / "x.qdc"
    qdc.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0">'
        f'<Codes><Code guid="{{{existing.guid.upper()}}}" name="Eri nimi" isCodable="true">'
        '<Code guid="AAAAAAAA-0000-4000-8000-00000000000A" name="Lapsi" color="#ABC" '
        'isCodable="true"/></Code></Codes></CodeBook>',
        encoding="utf-8",
    )
    result = import_codebook(project, qdc)
    assert (result.created, result.existing) == (1, 1)
    child = project.codes.by_guid("aaaaaaaa-0000-4000-8000-00000000000a")
    assert child is not None
    assert child.parent_id == existing.id and child.color == "#aabbcc"
    assert project.codes.get(existing.id).name == "Alkuperäinen"


def test_atlasti_sample_imports(project: Project) -> None:
    sample = needs_shared(REFI / "samples" / "atlasti-23.4_codebook.qdc")
    expected = etree.parse(str(sample)).xpath("//*[local-name()='Code']")
    result = import_codebook(project, sample)
    assert result.created == len(expected) == len(project.codes.list())
    for element in expected:
        code = project.codes.by_guid(element.get("guid"))  # upper case in the file
        assert code is not None
        assert code.name == element.get("name")
        assert code.color == element.get("color").lower()
    code1 = project.codes.find("code1")
    assert code1 is not None and code1.description == "description"


def test_import_is_one_undoable_step(project: Project) -> None:
    sample = needs_shared(REFI / "samples" / "atlasti-23.4_codebook.qdc")
    project.codes.create("Ennestään")
    with project.undo.record("import codebook") as recording:
        import_codebook(project, sample)
    assert project.codes.find("code1") is not None
    recording.changeset.apply(project, "undo")
    assert [c.name for c in project.codes.list()] == ["Ennestään"]


def test_bad_colour_is_warned_and_replaced(project: Project, tmp_path: Path) -> None:
    qdc = tmp_path / "odd.qdc"
    qdc.write_text(
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'
        '<Code guid="11111111-1111-4111-8111-111111111111" name="A" isCodable="true">'
        '<Code guid="22222222-2222-4222-8222-222222222222" name="B" isCodable="true"/></Code>'
        '<Code guid="33333333-3333-4333-8333-333333333333" name="C" color="red" '
        'isCodable="true"/></Codes></CodeBook>',
        encoding="utf-8",
    )
    result = import_codebook(project, qdc)
    assert result.created == 3
    assert any("'red' is not a colour" in w for w in result.warnings)
    c = project.codes.find("C")
    assert c is not None and c.color.startswith("#") and len(c.color) == 7


BOMBS = {
    "laughs": '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'
    '<Code guid="11111111-1111-4111-8111-111111111111" name="&lol2;" isCodable="true"/>'
    "</Codes></CodeBook>",
    "external": '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'
    '<Code guid="11111111-1111-4111-8111-111111111111" name="&xxe;" isCodable="true"/>'
    "</Codes></CodeBook>",
}


@pytest.mark.parametrize("kind", sorted(BOMBS))
def test_hostile_xml_is_refused_not_expanded(project: Project, tmp_path: Path, kind: str) -> None:
    qdc = tmp_path / "evil.qdc"
    qdc.write_text(BOMBS[kind], encoding="utf-8")
    with pytest.raises(ImportRefused, match="DTD or entities"):
        import_codebook(project, qdc)
    assert project.codes.list() == []


def test_not_a_codebook_is_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused, match="not well-formed"):
        read_codebook(b"<CodeBook><Codes>")
    with pytest.raises(ImportRefused, match="not a REFI-QDA codebook"):
        read_codebook(b"<Project/>")


def test_cli_exports_the_demo_codebook(tmp_path: Path) -> None:
    from workbench.cli import main
    from workbench.demo import build_demo

    demo = tmp_path / "demo.teema"
    build_demo(demo)
    out = tmp_path / "demo.qdc"
    assert main(["export", "qdc", str(demo), str(out)]) == 0
    schema = _schema()
    assert schema.validate(etree.parse(str(out))), schema.error_log
    with Project.open(demo, readonly=True) as source, Project.create(tmp_path / "b.teema") as other:
        import_codebook(other, out)
        assert _tree(other) == _tree(source)
