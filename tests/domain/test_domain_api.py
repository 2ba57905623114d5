"""The domain API: codebook, segments, emotions and journeys, cases and attributes, memos."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.domain.documents import NewChecklistItem, NewTurn
from workbench.errors import NotFoundError, ValidationError
from workbench.project import Project

TEXT = (
    "[00:00:04] Haastattelija: Miten asioit?\n\n"
    "[00:00:25] H1: Kassajonot on järkyttävät 😤 ja sovellus kaatuu.\n"
)


@pytest.fixture
def doc(project: Project) -> int:
    start = TEXT.index("Miten")
    h1 = TEXT.index("Kassajonot")
    return project.documents.add(
        "H1",
        TEXT,
        kind="interview",
        language="fi",
        date=dt.date(2024, 3, 12),
        metadata={"place": "Kuurasalo"},
        turns=[
            NewTurn(start, start + len("Miten asioit?"), "Haastattelija", "interviewer", 4000),
            NewTurn(h1, len(TEXT) - 1, "H1", "participant", 25000),
        ],
    ).id


def test_document_round_trip(project: Project, doc: int) -> None:
    d = project.documents.get(doc)
    assert (d.name, d.kind, d.language, d.date, d.metadata) == (
        "H1",
        "interview",
        "fi",
        dt.date(2024, 3, 12),
        {"place": "Kuurasalo"},
    )
    assert d.length == len(TEXT)
    assert project.documents.text(doc) == TEXT
    turns = project.documents.turns(doc)
    assert [(t.speaker, t.role, t.timestamp_ms) for t in turns] == [
        ("Haastattelija", "interviewer", 4000),
        ("H1", "participant", 25000),
    ]
    assert TEXT[turns[1].start : turns[1].end].startswith("Kassajonot")


def test_document_rules(project: Project) -> None:
    with pytest.raises(ValidationError, match="Unknown document kind"):
        project.documents.add("x", "teksti", kind="podcast")
    with pytest.raises(ValidationError, match="Unknown language"):
        project.documents.add("x", "teksti", language="sv")
    with pytest.raises(ValidationError, match="turn lies outside"):
        project.documents.add("x", "abc", turns=[NewTurn(0, 10, "H1")])
    assert project.documents.list() == []


def test_checklist_is_kept_as_data(project: Project) -> None:
    d = project.documents.add(
        "MS01",
        "1 | Tervehdittiin | Ei | 0/2\n",
        kind="mystery_shopping",
        checklist=[NewChecklistItem("Tervehdittiin", "Ei", 0, 2, "Palvelu", "1", 0, 27)],
    )
    [item] = project.documents.checklist(d.id)
    assert (item.item, item.answer, item.score, item.max_score, item.section, item.number) == (
        "Tervehdittiin",
        "Ei",
        0.0,
        2.0,
        "Palvelu",
        "1",
    )


def test_codebook_tree_move_and_names(project: Project) -> None:
    a = project.codes.create("Kassa")
    b = project.codes.create("Jonot", parent_id=a.id)
    c = project.codes.create("Itsepalvelu", parent_id=a.id)
    d = project.codes.create("Sovellus")
    assert [x.name for x in project.codes.list()] == ["Kassa", "Jonot", "Itsepalvelu", "Sovellus"]
    assert project.codes.path(b.id) == "Kassa / Jonot"
    with pytest.raises(ValidationError, match="already exists"):
        project.codes.create("jonot", parent_id=a.id)
    project.codes.create("Jonot")  # same name elsewhere in the tree is fine
    with pytest.raises(ValidationError, match="under itself"):
        project.codes.move(a.id, b.id)
    project.codes.move(c.id, a.id, 0)
    assert [x.name for x in project.codes.children(a.id)] == ["Itsepalvelu", "Jonot"]
    project.codes.move(d.id, a.id)
    assert project.codes.get(d.id).parent_id == a.id
    assert project.codes.rename(d.id, "Mobiilisovellus").name == "Mobiilisovellus"
    assert project.codes.recolor(d.id, "#AA0000").color == "#aa0000"
    with pytest.raises(ValidationError, match="not a colour"):
        project.codes.recolor(d.id, "red")
    assert project.codes.get(d.id).guid == d.guid  # the GUID is stable through edits


def test_coding_reuses_span_and_counts(project: Project, doc: int) -> None:
    jonot, sovellus = project.codes.create("Jonot"), project.codes.create("Sovellus")
    start = TEXT.index("Kassajonot")
    end = TEXT.index(" ja sovellus")
    s1 = project.segments.code(doc, start, end, jonot.id)
    s2 = project.segments.code(doc, start, end, sovellus.id)
    assert s1.id == s2.id and s2.code_ids == (jonot.id, sovellus.id)
    assert s2.text == "Kassajonot on järkyttävät 😤"
    assert s2.coder_id == project.coder_id
    overlap = project.segments.code(doc, TEXT.index("😤"), len(TEXT) - 1, sovellus.id)
    assert overlap.text == "😤 ja sovellus kaatuu."
    assert project.codes.counts() == {jonot.id: (1, 1), sovellus.id: (2, 1)}
    assert [s.id for s in project.segments.for_code(sovellus.id)] == [s1.id, overlap.id]
    with pytest.raises(ValidationError, match="inside its document"):
        project.segments.code(doc, 5, len(TEXT) + 1, jonot.id)


def test_emotion_valence_and_journey(project: Project, doc: int) -> None:
    rage = project.schemes.emotion("anger", 3)
    assert (rage.label_en, rage.label_fi, rage.valence) == ("rage", "raivo", -2)
    assert project.schemes.emotion("joy", 1).label("fi") == "seesteisyys"
    seg = project.segments.add(
        doc,
        70,
        80,
        emotion_id=rage.id,
        stage_id=project.schemes.stage("purchase").id,
        touchpoint_id=project.schemes.touchpoint("checkout").id,
    )
    assert seg.valence == -2  # from the emotion unless the researcher says otherwise
    seg = project.segments.update(seg.id, valence=-1, memo="ärtymys, ei raivo")
    assert (seg.valence, seg.memo) == (-1, "ärtymys, ei raivo")
    with pytest.raises(ValidationError, match="-2 to \\+2"):
        project.segments.update(seg.id, valence=3)
    resized = project.segments.update(seg.id, start=66, end=84)
    assert resized.text == TEXT[66:84]
    # Stages are configurable: removing one clears it from its segments.
    assert project.schemes.remove_stage(project.schemes.stage("purchase").id) == 1
    assert project.segments.get(seg.id).stage_id is None
    new = project.schemes.add_stage("Onboarding", "Käyttöönotto", position=4)
    assert [s.key for s in project.schemes.stages()][4] == "onboarding"
    assert new.label("fi") == "Käyttöönotto"


def test_unmark_removes_bare_segments_only(project: Project, doc: int) -> None:
    code = project.codes.create("Jonot")
    bare = project.segments.code(doc, 66, 76, code.id)
    assert project.segments.remove_code(bare.id, code.id) is True
    with pytest.raises(NotFoundError):
        project.segments.get(bare.id)
    felt = project.segments.add(
        doc, 66, 76, code_ids=[code.id], emotion_id=project.schemes.emotion("anger").id
    )
    assert project.segments.remove_code(felt.id, code.id) is False
    assert project.segments.get(felt.id).code_ids == ()


def test_merge_and_delete_codes(project: Project, doc: int) -> None:
    jonot, kassat, hinnat = (project.codes.create(n) for n in ("Jonot", "Kassat", "Hinnat"))
    child = project.codes.create("Iltapäivä", parent_id=kassat.id)
    both = project.segments.add(doc, 66, 76, code_ids=[jonot.id, kassat.id])
    only = project.segments.add(doc, 80, 90, code_ids=[kassat.id])
    project.memos.add("Kassoista", target_type="code", target_id=kassat.id)
    # kassat coded two segments; one already had jonot, so one link is new
    assert project.codes.merge(kassat.id, jonot.id) == 1
    assert project.segments.get(both.id).code_ids == (jonot.id,)
    assert project.segments.get(only.id).code_ids == (jonot.id,)
    assert project.codes.get(child.id).parent_id == jonot.id
    assert [m.body for m in project.memos.list("code", jonot.id)] == ["Kassoista"]
    hinta = project.segments.add(doc, 95, 100, code_ids=[hinnat.id, jonot.id])
    result = project.codes.delete(jonot.id)
    assert result == {"codes": 2, "segments": 3, "segments_removed": 2}
    assert project.segments.get(hinta.id).code_ids == (hinnat.id,)


def test_cases_and_typed_attributes(project: Project, doc: int) -> None:
    h1 = project.cases.create("H1")
    project.documents.link_case(doc, h1.id)
    assert project.cases.documents(h1.id) == [doc]
    project.attributes.set("case", h1.id, "segmentti", "kanta-asiakas", "category")
    project.attributes.set("case", h1.id, "NPS", "9,5", "number")
    project.attributes.set("case", h1.id, "haastateltu", dt.date(2024, 3, 12), "date")
    project.attributes.set("document", doc, "paikka", "Kuurasalo", "text")
    assert project.attributes.values("case", h1.id) == {
        "segmentti": "kanta-asiakas",
        "NPS": 9.5,
        "haastateltu": dt.date(2024, 3, 12),
    }
    assert project.attributes.find("case", "segmentti").choices == ("kanta-asiakas",)
    with pytest.raises(ValidationError, match="not a number"):
        project.attributes.set("case", h1.id, "NPS", "paljon")
    with pytest.raises(ValidationError, match="already defined as number"):
        project.attributes.define("case", "nps", "text")
    assert project.attributes.table("document") == {doc: {"paikka": "Kuurasalo"}}
    with pytest.raises(ValidationError, match="already exists"):
        project.cases.create("h1")


def test_memos_on_every_target(project: Project, doc: int) -> None:
    code = project.codes.create("Jonot")
    case = project.cases.create("H1")
    seg = project.segments.add(doc, 66, 76, code_ids=[code.id])
    for target_type, target_id in (
        ("project", None),
        ("document", doc),
        ("case", case.id),
        ("code", code.id),
        ("segment", seg.id),
    ):
        memo = project.memos.add(
            f"muistio {target_type}", target_type=target_type, target_id=target_id
        )
        assert (memo.target_type, memo.target_id) == (target_type, target_id)
        assert project.memos.list(target_type, target_id)[0].body == f"muistio {target_type}"
    with pytest.raises(ValidationError):
        project.memos.add("x", target_type="document")
    project.memos.update(project.memos.list("project")[0].id, body="uusi")
    assert project.memos.list("project")[0].body == "uusi"
    project.documents.delete(doc)  # a document's memos and segments go with it
    assert project.memos.list("document") == [] and project.memos.list("segment") == []
    assert len(project.memos.list()) == 3
