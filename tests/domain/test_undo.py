"""Every domain action can be undone and redone exactly (the whole database compared)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from workbench.domain.documents import NewTurn
from workbench.project import Project

TEXT = "[00:00:25] H1: Kassajonot on järkyttävät 😤 ja sovellus kaatuu.\n"


def dump(project: Project) -> dict[str, list[tuple[object, ...]]]:
    tables = [
        r[0]
        for r in project.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT IN ('change_log')"
        )
    ]
    return {
        t: sorted(project.conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
    }


@pytest.fixture
def setup(project: Project) -> dict[str, int]:
    doc = project.documents.add(
        "H1", TEXT, kind="interview", language="fi", turns=[NewTurn(15, len(TEXT) - 1, "H1")]
    )
    a = project.codes.create("Jonot")
    b = project.codes.create("Sovellus")
    child = project.codes.create("Kaatuilu", parent_id=b.id)
    seg = project.segments.add(
        doc.id, 15, 40, code_ids=[a.id, b.id], emotion_id=project.schemes.emotion("anger").id
    )
    project.memos.add("muistio", target_type="segment", target_id=seg.id)
    case = project.cases.create("H1")
    project.attributes.set("case", case.id, "segment", "kanta-asiakas", "category")
    return {"doc": doc.id, "a": a.id, "b": b.id, "child": child.id, "seg": seg.id, "case": case.id}


ACTIONS: dict[str, Callable[[Project, dict[str, int]], object]] = {
    "code a passage": lambda p, i: p.segments.code(i["doc"], 45, 60, i["a"]),
    "add code to segment": lambda p, i: p.segments.add_code(i["seg"], i["child"]),
    "unmark": lambda p, i: p.segments.remove_code(i["seg"], i["a"]),
    "resize and re-emote": lambda p, i: p.segments.update(
        i["seg"], start=16, end=44, valence=1, stage_id=p.schemes.stage("use").id
    ),
    "delete segment": lambda p, i: p.segments.delete(i["seg"]),
    "create code": lambda p, i: p.codes.create("Uusi", parent_id=i["a"], color="#123456"),
    "rename code": lambda p, i: p.codes.rename(i["a"], "Kassajonot"),
    "move code": lambda p, i: p.codes.move(i["a"], i["b"], 0),
    "merge codes": lambda p, i: p.codes.merge(i["b"], i["a"]),
    "delete code with children": lambda p, i: p.codes.delete(i["b"]),
    "delete document": lambda p, i: p.documents.delete(i["doc"]),
    "set attribute": lambda p, i: p.attributes.set("case", i["case"], "segment", "uusi"),
    "edit memo": lambda p, i: p.memos.update(p.memos.list()[0].id, body="uusi"),
    "remove stage": lambda p, i: p.schemes.remove_stage(p.schemes.stage("use").id),
}


@pytest.mark.parametrize("name", list(ACTIONS))
def test_undo_and_redo_restore_the_database_exactly(
    project: Project, setup: dict[str, int], name: str
) -> None:
    project.undo.enable()
    before = dump(project)
    with project.undo.record(name) as recording:
        ACTIONS[name](project, setup)
    after = dump(project)
    assert after != before
    redo = recording.changeset.apply(project, "undo")
    assert dump(project) == before
    again = redo.apply(project, "redo")
    assert dump(project) == after
    again.apply(project, "undo")
    assert dump(project) == before
    assert project.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    actions = [c.action for c in project.changes(limit=3)]
    assert actions == ["undo", "redo", "undo"][::-1]


def test_changeset_names_the_tables_it_touches(project: Project, setup: dict[str, int]) -> None:
    with project.undo.record("merge") as recording:
        project.codes.merge(setup["b"], setup["a"])
    assert {"codes", "segment_codes"} <= recording.changeset.tables
    assert "documents" not in recording.changeset.tables


def test_failed_action_records_nothing(project: Project, setup: dict[str, int]) -> None:
    from workbench.errors import ValidationError

    with pytest.raises(ValidationError), project.undo.record("bad"):
        project.codes.create("Ok")
        project.codes.create("ok")  # duplicate: the whole action rolls back
    assert project.codes.find("Ok") is None
    assert project.conn.execute("SELECT count(*) FROM undo_log").fetchone()[0] == 0
