"""The workshop board: cards follow the codes or themes, moves, groups, merges (undoable),
notes stored as memos, and the same board after reopening the project."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.domain.board import CARD_H, CARD_W, GROUP_HEADER, GROUP_PAD, NOTE_TITLE
from workbench.errors import ValidationError
from workbench.i18n import translator
from workbench.project import Project
from workbench.store import migrations

TEXT = "Kassajonot ovat pitkiä. Sovellus kaatuu usein. Palautus oli helppo ja nopea."


@pytest.fixture
def ids(project: Project) -> dict[str, int]:
    doc = project.documents.add("H1", TEXT, kind="interview", language="fi")
    a = project.codes.create("Jonot")
    b = project.codes.create("Sovellus")
    child = project.codes.create("Kaatuilu", parent_id=b.id)
    c = project.codes.create("Palautukset")
    s1 = project.segments.add(doc.id, 0, 22, code_ids=[a.id])
    s2 = project.segments.add(doc.id, 24, 46, code_ids=[child.id])
    project.segments.add(doc.id, 47, len(TEXT), code_ids=[c.id])
    anna = project.votes.add_participant("Anna")
    project.votes.vote(anna.id, code_id=b.id)
    return {"doc": doc.id, "a": a.id, "b": b.id, "child": child.id, "c": c.id,
            "s1": s1.id, "s2": s2.id, "anna": anna.id}  # fmt: skip


def cards(project: Project) -> dict[int, int]:
    """code id -> card id"""
    return {i.code_id: i.id for i in project.board.items() if i.kind == "card" and i.code_id}


def test_schema_is_current(project: Project) -> None:
    assert migrations.read_version(project.conn) == migrations.current_version() == 5


def test_ensure_cards_makes_one_card_per_top_level_code_in_a_grid(
    project: Project, ids: dict[str, int]
) -> None:
    assert project.board.ensure_cards() is True
    items = project.board.items()
    assert [i.code_id for i in items] == [ids["a"], ids["b"], ids["c"]]
    assert [(i.x, i.y) for i in items] == [(0, 0), (CARD_W + 40, 0), (2 * (CARD_W + 40), 0)]
    assert items[0].name == "Jonot"
    assert project.board.ensure_cards() is False  # nothing to do, nothing written

    project.codes.delete(ids["c"])  # the card goes with its code
    new = project.codes.create("Hinnat")
    assert project.board.ensure_cards() is True
    placed = {i.name: (i.x, i.y, i.code_id) for i in project.board.items()}
    assert "Palautukset" not in placed
    assert placed["Hinnat"] == (2 * (CARD_W + 40), 0, new.id)  # the slot that came free


def test_accepted_themes_replace_code_cards(project: Project, ids: dict[str, int]) -> None:
    project.board.ensure_cards()
    project.conn.execute(
        "INSERT INTO accepted_themes(guid, name, code_id, created, modified) "
        "VALUES ('g1', 'Jonotus', ?, 'now', 'now')",
        (ids["a"],),
    )
    assert project.board.themes_mode()
    project.board.ensure_cards()
    items = project.board.items()
    assert len(items) == 1 and items[0].theme_id is not None and items[0].name == "Jonotus"
    project.board.rename_card(items[0].id, "Jonottaminen")
    assert project.themes.accepted()[0].name == "Jonottaminen"
    assert project.codes.get(ids["a"]).name == "Jonottaminen"


def test_merging_theme_cards_of_one_run_merges_their_candidates(
    project: Project, ids: dict[str, int]
) -> None:
    from workbench.domain.theme_store import NewTheme, NewUnit

    doc = ids["doc"]
    run = project.themes.create_run(
        "segments", {}, {},
        [NewUnit(doc, 0, 22, ids["s1"]), NewUnit(doc, 24, 46, ids["s2"])],
        [NewTheme("Jonot", ("jono",), (0,)), NewTheme("Sovellus", ("sovellus",), (1,))],
    )  # fmt: skip
    first, second = project.themes.candidates(run.id)
    kept = project.themes.accept(first.id, code=True)
    gone = project.themes.accept(second.id, code=True)
    project.board.ensure_cards()
    card = {i.theme_id: i.id for i in project.board.items() if i.kind == "card"}
    project.board.merge_cards(card[gone.id], card[kept.id])
    assert [t.id for t in project.themes.accepted()] == [kept.id]
    (left,) = project.themes.candidates(run.id)
    assert left.id == first.id and left.size == 2  # the other theme's unit joined it
    assert {u.segment_id for u in project.themes.units(first.id)} == {ids["s1"], ids["s2"]}


def test_move_group_and_follow(project: Project, ids: dict[str, int]) -> None:
    project.board.ensure_cards()
    c = cards(project)
    project.board.move(c[ids["a"]], 100, 900)
    assert (project.board.get(c[ids["a"]]).x, project.board.get(c[ids["a"]]).y) == (100, 900)

    group = project.board.group([c[ids["a"]], c[ids["b"]]], "Kassa ja sovellus")
    assert group.name == "Kassa ja sovellus"
    b = project.board.get(c[ids["b"]])
    assert (group.x, group.y) == (100 - GROUP_PAD, 0 - GROUP_PAD - GROUP_HEADER)
    assert group.x + group.w == b.x + CARD_W + GROUP_PAD
    assert group.y + group.h == 900 + CARD_H + GROUP_PAD
    assert {i.group_id for i in project.board.items() if i.kind == "card"} == {group.id, None}

    # Moving the group moves its cards by the same distance.
    project.board.move(group.id, group.x + 50, group.y + 10)
    assert (project.board.get(c[ids["a"]]).x, project.board.get(c[ids["a"]]).y) == (150, 910)

    # A card dragged out of the frame leaves the group, which shrinks around the rest.
    project.board.move_many([(c[ids["a"]], 5000, 5000)], regroup=True)
    assert project.board.get(c[ids["a"]]).group_id is None
    assert project.board.get(group.id).h == CARD_H + 2 * GROUP_PAD + GROUP_HEADER
    # ... and a card dropped into it joins it.
    frame = project.board.get(group.id)
    project.board.move_many([(c[ids["c"]], frame.x + 10, frame.y + 90)], regroup=True)
    assert project.board.get(c[ids["c"]]).group_id == group.id

    project.board.rename_group(group.id, "Kaupassa")
    assert project.board.get(group.id).name == "Kaupassa"
    project.board.ungroup(group.id)
    assert all(i.group_id is None for i in project.board.items())
    with pytest.raises(ValidationError):
        project.board.group([], "tyhjä")


def test_merge_cards_is_one_undoable_action(project: Project, ids: dict[str, int]) -> None:
    project.board.ensure_cards()
    c = cards(project)
    project.undo.enable()
    note = project.board.add_note("Tärkeä!", c[ids["b"]])
    before = project.board.items()
    with project.undo.record("merge") as recording:
        merged = project.board.merge_cards(c[ids["b"]], c[ids["a"]])
    assert merged.id == c[ids["a"]]
    assert cards(project) == {ids["a"]: c[ids["a"]], ids["c"]: c[ids["c"]]}
    # Segments, the sub-code, the dot and the note moved to the target.
    coded = {s.id for s in project.segments.for_code(ids["a"], include_subcodes=True)}
    assert {ids["s1"], ids["s2"]} <= coded
    assert project.codes.get(ids["child"]).parent_id == ids["a"]
    assert project.votes.code_totals() == {ids["a"]: 1}
    moved = project.board.get(note.id)
    assert moved.card_id == c[ids["a"]]
    assert project.memos.get(moved.memo_id or 0).target_id == ids["a"]

    recording.changeset.apply(project, "undo")
    assert project.board.items() == before
    assert project.codes.get(ids["b"]).name == "Sovellus"
    assert project.votes.code_totals() == {ids["b"]: 1}
    with pytest.raises(ValidationError):
        project.board.merge_cards(c[ids["a"]], c[ids["a"]])


def test_rename_card_renames_the_code(project: Project, ids: dict[str, int]) -> None:
    project.board.ensure_cards()
    card = cards(project)[ids["a"]]
    assert project.board.rename_card(card, "  Kassajonot ").name == "Kassajonot"
    assert project.codes.get(ids["a"]).name == "Kassajonot"
    with pytest.raises(ValidationError):
        project.board.rename_card(card, " ")


def test_notes_are_memos(project: Project, ids: dict[str, int]) -> None:
    project.board.ensure_cards()
    card = project.board.get(cards(project)[ids["a"]])
    on_card = project.board.add_note("Jonot pahimmillaan iltaisin", card.id)
    free = project.board.add_note("Kysy myymäläpäälliköltä", x=-300, y=50)
    memo = project.memos.get(on_card.memo_id or 0)
    assert (memo.target_type, memo.target_id, memo.body) == (
        "code",
        ids["a"],
        "Jonot pahimmillaan iltaisin",
    )
    assert memo.title == translator(project.language).gettext(NOTE_TITLE)
    assert project.memos.get(free.memo_id or 0).target_type == "project"
    assert (free.x, free.y, free.card_id) == (-300, 50, None)
    assert card.contains(*on_card.centre[:1], on_card.y)  # placed on the card

    # A note on a card follows the card.
    project.board.move(card.id, card.x + 100, card.y)
    assert project.board.get(on_card.id).x == on_card.x + 100

    project.board.edit_note(free.id, "Kysy kassahenkilökunnalta")
    assert project.memos.get(free.memo_id or 0).body == "Kysy kassahenkilökunnalta"
    project.board.delete_note(free.id)
    assert [m.id for m in project.memos.list()] == [on_card.memo_id]
    with pytest.raises(ValidationError):
        project.board.add_note("   ")


def test_a_dragged_note_sticks_to_the_card_it_lands_on(
    project: Project, ids: dict[str, int]
) -> None:
    project.board.ensure_cards()
    a = project.board.get(cards(project)[ids["a"]])
    b = project.board.get(cards(project)[ids["b"]])
    free = project.board.add_note("Kysy myymäläpäälliköltä", x=-400, y=-400)
    # dropped with its centre on card b: it sticks there, and its memo is b's code's
    x, y = b.centre[0] - free.w / 2, b.centre[1] - free.h / 2
    project.board.move_many([(free.id, x, y)], regroup=True)
    note = project.board.get(free.id)
    assert note.card_id == b.id
    memo = project.memos.get(note.memo_id or 0)
    assert (memo.target_type, memo.target_id) == ("code", ids["b"])
    # it now follows b, and moving it onto a re-sticks it there
    x, y = a.centre[0] - note.w / 2, a.centre[1] - note.h / 2
    project.board.move_many([(note.id, x, y)], regroup=True)
    assert project.board.get(note.id).card_id == a.id
    assert project.memos.get(note.memo_id or 0).target_id == ids["a"]
    # dropped on empty board it comes free again, a project memo
    project.board.move_many([(note.id, -900.0, -900.0)], regroup=True)
    assert project.board.get(note.id).card_id is None
    assert project.memos.get(note.memo_id or 0).target_type == "project"


def test_board_votes_go_to_the_card_target(project: Project, ids: dict[str, int]) -> None:
    project.board.ensure_cards()
    card = cards(project)[ids["c"]]
    project.board.vote(card, ids["anna"])
    assert project.votes.code_totals()[ids["c"]] == 1
    assert project.board.unvote(card, ids["anna"]) is True
    assert ids["c"] not in project.votes.code_totals()


def test_reopening_gives_the_same_board(project_path: Path, project: Project) -> None:
    project.codes.create("Jonot")
    project.codes.create("Hinnat")
    project.board.ensure_cards()
    first, second = (i.id for i in project.board.items())
    project.board.move(first, 321.5, -40)
    group = project.board.group([second], "Hinnat")
    project.board.add_note("Muistiinpano", first)
    items = project.board.items()
    project.close()

    with Project.open(project_path) as again:
        assert again.board.items() == items
        assert again.board.ensure_cards() is False
        assert again.board.get(group.id).name == "Hinnat"


def test_card_facts(project: Project, ids: dict[str, int]) -> None:
    from coding.board_cards import BoardFacts, card_facts

    project.segments.update(ids["s2"], emotion_id=project.schemes.emotion("anger").id)
    project.board.ensure_cards()
    facts = card_facts(project)
    b = facts[cards(project)[ids["b"]]]
    assert (b.name, b.segments, b.documents) == ("Sovellus", 1, 1)  # via the sub-code
    assert (b.emotion, b.emotion_label, b.votes) == ("anger", "viha", 1)  # project language
    assert b.quote == "Sovellus kaatuu usein."
    assert b.dots == ((ids["anna"], 1),)
    card = project.board.get(cards(project)[ids["a"]])
    quotes = BoardFacts(project).quotes(card)
    assert [q.text for q in quotes] == [TEXT[:22]]
    assert quotes[0].document_kind == "haastattelu"
