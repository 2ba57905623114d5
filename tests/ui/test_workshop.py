"""Workshop mode on a copy of the demo study: drag-merge two cards and undo it, vote
with two participants, add a sticky note, find the board as it was after reopening,
and step through a card's quotes in the presenter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt

from ui.session import Session
from ui.workshop.workshop_window import WorkshopWindow
from workbench.project import Project


@pytest.fixture
def workshop(session: Session, qtbot) -> Iterator[WorkshopWindow]:  # type: ignore[no-untyped-def]
    window = WorkshopWindow(session, ask_participants=False)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    window.view.fit_all()
    yield window
    window.close()


def card_ids(window: WorkshopWindow) -> dict[str, int]:
    return {c.facts.name: c.item_id for c in window.scene.cards()}


def test_one_card_per_code_with_facts(workshop: WorkshopWindow) -> None:
    project = workshop.session.project
    codes = [c for c in project.codes.list() if c.parent_id is None]
    cards = workshop.scene.cards()
    assert sorted(c.facts.name for c in cards) == sorted(c.name for c in codes)
    queues = workshop.scene.card(card_ids(workshop)["Jonot ja kassa"])
    segments = project.segments.for_code(queues.model.code_id or 0, include_subcodes=True)
    assert queues.facts.segments == len(segments)
    assert queues.facts.votes == project.votes.code_totals()[queues.model.code_id or 0]
    assert 40 <= len(queues.facts.quote) <= 252 and queues.facts.emotion_color


def test_drag_merge_and_undo(workshop: WorkshopWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    scene, project = workshop.scene, workshop.session.project
    ids = card_ids(workshop)
    source, target = (
        scene.card(ids["Palautukset"]),
        scene.card(ids["Toimitukset ja pakettiautomaatit"]),
    )
    before = project.board.items()
    merged_segments = {
        s.id
        for code in (source.model.code_id, target.model.code_id)
        for s in project.segments.for_code(code or 0, include_subcodes=True)
    }
    asked: list[tuple[str, str]] = []
    scene.confirm = lambda a, b: asked.append((a, b)) or True

    # Drag the source card onto the target (as a mouse release would leave it).
    source.setSelected(True)
    source.setPos(target.scenePos() + QPointF(30, 30))
    scene.commit_moves()

    assert asked == [("Palautukset", "Toimitukset ja pakettiautomaatit")]
    assert project.codes.find("Palautukset") is None
    assert ids["Palautukset"] not in scene.graphics
    code = target.model.code_id or 0
    assert {s.id for s in project.segments.for_code(code, include_subcodes=True)} == merged_segments
    assert scene.card(ids["Toimitukset ja pakettiautomaatit"]).facts.segments == len(
        merged_segments
    )

    workshop.session.undo_stack.undo()
    assert project.board.items() == before
    assert project.codes.find("Palautukset") is not None
    assert scene.card(ids["Palautukset"]).scenePos() == QPointF(
        before_pos(before, ids["Palautukset"])
    )


def before_pos(items: list, item_id: int) -> QPointF:  # type: ignore[type-arg]
    item = next(i for i in items if i.id == item_id)
    return QPointF(item.x, item.y)


def test_declined_drop_snaps_back(workshop: WorkshopWindow) -> None:
    scene = workshop.scene
    ids = card_ids(workshop)
    source, target = scene.card(ids["Palautukset"]), scene.card(ids["Personointi"])
    home = source.scenePos()
    scene.confirm = lambda a, b: False
    source.setSelected(True)
    source.setPos(target.scenePos())
    scene.commit_moves()
    assert source.scenePos() == home and "Palautukset" in card_ids(workshop)


def test_drag_moves_and_is_undoable(workshop: WorkshopWindow) -> None:
    scene, project = workshop.scene, workshop.session.project
    card = scene.card(card_ids(workshop)["Personointi"])
    card.setSelected(True)
    card.setPos(QPointF(3000, 2000))
    scene.commit_moves()
    saved = project.board.get(card.item_id)
    assert (saved.x, saved.y) == (3000, 2000)
    workshop.session.undo_stack.undo()
    assert project.board.get(card.item_id).x != 3000 and card.scenePos().x() != 3000


def test_vote_with_two_participants(workshop: WorkshopWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    project = workshop.session.project
    workshop.controller.set_participants(["Liisa", "Pekka"], 4)
    assert [p.name for p in project.votes.participants()] == ["Liisa", "Pekka"]
    assert project.votes.list() == []  # the demo's participants went with their dots
    ids = card_ids(workshop)
    view, scene = workshop.view, workshop.scene

    def select(name: str) -> None:
        scene.clearSelection()
        scene.card(ids[name]).setSelected(True)

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_1)
    select("Mobiilisovellus")
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    select("Hintamielikuva")
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Backspace)

    liisa, pekka = project.votes.participants()
    app = project.codes.find("Mobiilisovellus")
    prices = project.codes.find("Hintamielikuva")
    assert app is not None and prices is not None
    assert project.votes.code_totals() == {app.id: 3, prices.id: 1}
    assert (project.votes.used(liisa.id), project.votes.used(pekka.id)) == (2, 2)
    assert scene.card(ids["Mobiilisovellus"]).facts.dots == ((liisa.id, 2), (pekka.id, 1))
    assert "Pekka" in workshop.dots_label.text()

    # Voting by click: a click on a card places the active participant's dot.
    workshop.voting_action.setChecked(True)
    card = scene.card(ids["Personointi"])
    pos = view.mapFromScene(card.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    personalisation = project.codes.find("Personointi")
    assert personalisation is not None
    assert project.votes.code_totals()[personalisation.id] == 1
    # A participant with no dots left is refused with a message, nothing stored.
    for _ in range(3):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert project.votes.used(pekka.id) == 4
    assert "Pekka" in workshop.message.text()


def test_sticky_note_typed_in_place(workshop: WorkshopWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    scene, view, project = workshop.scene, workshop.view, workshop.session.project
    ids = card_ids(workshop)
    scene.card(ids["Palautukset"]).setSelected(True)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert scene.editing()
    qtbot.keyClicks(view, "Palautus kauppaan helpoksi")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not scene.editing()
    notes = [i for i in project.board.items() if i.kind == "note"]
    assert [(n.text, n.card_id) for n in notes] == [
        ("Palautus kauppaan helpoksi", ids["Palautukset"])
    ]
    memo = project.memos.get(notes[0].memo_id or 0)
    returns = project.codes.find("Palautukset")
    assert returns is not None and (memo.target_type, memo.target_id) == ("code", returns.id)
    assert notes[0].id in scene.graphics
    assert scene.graphics[notes[0].id].parentItem() is scene.card(ids["Palautukset"])


def test_rename_in_place_and_group(workshop: WorkshopWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    scene, view, project = workshop.scene, workshop.view, workshop.session.project
    ids = card_ids(workshop)
    scene.card(ids["Personointi"]).setSelected(True)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClicks(view, "Personoidut tarjoukset")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert project.codes.find("Personoidut tarjoukset") is not None
    assert scene.card(ids["Personointi"]).facts.name == "Personoidut tarjoukset"

    scene.card(ids["Hintamielikuva"]).setSelected(True)
    qtbot.keyClick(view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    groups = [i for i in project.board.items() if i.kind == "group"]
    assert len(groups) == 1
    members = {i.id for i in project.board.items() if i.group_id == groups[0].id}
    assert members == {ids["Personointi"], ids["Hintamielikuva"]}
    workshop.session.undo_stack.undo()
    assert not [i for i in project.board.items() if i.kind == "group"]


def test_reopen_finds_the_board_as_it_was(workshop: WorkshopWindow, demo_copy: Path) -> None:
    scene, controller, project = workshop.scene, workshop.controller, workshop.session.project
    ids = card_ids(workshop)
    controller.move([(ids["Personointi"], 2500.0, 100.0)])
    group = controller.group([ids["Palautukset"], ids["Hintamielikuva"]], "Raha")
    controller.add_note("Vapaa muistiinpano", None, -400.0, 50.0)
    controller.set_participants(["Anna", "Mikko", "Sari", "Liisa"], 5)
    liisa = project.votes.participants()[-1]
    controller.vote(ids["Palautukset"], liisa.id)
    items, votes = project.board.items(), project.votes.list()
    workshop.close()
    project.close()

    with Project.open(demo_copy) as again:
        assert again.board.items() == items
        assert again.board.get(group or 0).name == "Raha"
        assert [(v.participant_id, v.code_id) for v in again.votes.list()] == [
            (v.participant_id, v.code_id) for v in votes
        ]
        assert again.votes.dots_per_participant == 5
        session = Session(again)
        window = WorkshopWindow(session, ask_participants=False)
        try:
            assert window.scene.card(ids["Personointi"]).scenePos() == QPointF(2500, 100)
            assert {i.model.text for i in window.scene.graphics.values()} >= {"Vapaa muistiinpano"}
            assert not session.undo_stack.count()  # opening the board changed nothing
        finally:
            window.close()
            window.deleteLater()
    assert scene is not None


def test_presenter_steps_through_quotes(workshop: WorkshopWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from coding.board_cards import BoardFacts

    ids = card_ids(workshop)
    card = workshop.scene.card(ids["Jonot ja kassa"])
    card.setSelected(True)
    workshop.view.setFocus()
    qtbot.keyClick(workshop.view, Qt.Key.Key_P)
    presenter = workshop.presenter
    assert workshop.stack.currentWidget() is presenter
    quotes = BoardFacts(workshop.session.project).quotes(card.model)
    assert len(quotes) == card.facts.segments and presenter.quotes == quotes
    assert quotes[0].text in presenter.quote.text()
    assert (
        quotes[0].case in presenter.source.text()
        and quotes[0].document_kind in presenter.source.text()
    )
    assert presenter.quote.font().pointSize() >= 28
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    assert presenter.index == 2 and quotes[2].text in presenter.quote.text()
    assert f"3 / {len(quotes)}" in presenter.source.text()
    qtbot.keyClick(presenter, Qt.Key.Key_Left)
    assert presenter.index == 1
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert workshop.stack.currentWidget() is workshop.view


def test_keyboard_cycles_nudges_and_zooms(workshop: WorkshopWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view, scene, project = workshop.view, workshop.scene, workshop.session.project
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    first = scene.selected_cards()
    assert len(first) == 1 and first[0] is scene.cards()[0]
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert scene.selected_cards() == [scene.cards()[1]]
    card = scene.selected_cards()[0]
    x = project.board.get(card.item_id).x
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert project.board.get(card.item_id).x == x + 20
    zoom = view.zoom()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom() > zoom
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.zoom() == pytest.approx(zoom, rel=0.05)


def test_export_png_and_pdf(workshop: WorkshopWindow, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from ui.workshop.board_export import export_pdf, export_png

    png = export_png(workshop.scene, tmp_path / "board.png")
    image = QImage(str(png))
    rect = workshop.scene.board_rect()
    assert image.width() == int(rect.width() + 120)
    pdf = export_pdf(workshop.scene, tmp_path / "board.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_light_and_dark(workshop: WorkshopWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    start = workshop.scene.look.key
    workshop.view.setFocus()
    qtbot.keyClick(workshop.view, Qt.Key.Key_T)
    assert workshop.scene.look.key != start
    qtbot.keyClick(workshop.view, Qt.Key.Key_T)
    assert workshop.scene.look.key == start


def test_timer_starts_pauses_and_resets(workshop: WorkshopWindow) -> None:
    timer = workshop.timer
    assert not timer.running() and timer.label.text() == "00:00"
    timer.toggle()
    assert timer.running()
    timer.toggle()
    assert not timer.running()
    timer.reset()
    assert timer.elapsed_ms() == 0


def test_f11_opens_workshop_mode_from_the_main_window(demo_copy: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    window = MainWindow(Project.open(demo_copy, coder="tester"))
    qtbot.addWidget(window)
    window.show()
    action = window.actions_by_name["workshop"]
    assert action.shortcut().toString() == "F11"
    action.trigger()
    workshops = window.findChildren(WorkshopWindow)
    assert len(workshops) == 1 and workshops[0].isFullScreen()
    assert len(workshops[0].scene.cards()) == 10
    qtbot.keyClick(workshops[0].view, Qt.Key.Key_Escape)
    assert not workshops[0].isVisible()
    window.close()
