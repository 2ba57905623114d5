"""The document view, driven with real mouse and key events on the demo project:
what it shows (highlights exactly on the coded text, also after emoji), what it
reports (code points), and every edit it makes, with undo and redo."""

from __future__ import annotations

import random

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QPalette,
)
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from tests.ui.docview.helpers import (
    EMOJI_TEXT,
    LEFT,
    NO_MOD,
    _coded_ranges,
    _highlights,
    _open,
    _paint,
    _point,
    _stripe,
    _text16,
)
from ui.doc_marks import is_valid_lanes
from ui.highlighter import layered


def test_requested_document_is_shown_with_the_passage_selected_in_code_points(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    project = view.session.project
    segment = project.segments.for_document(2)[3]
    with qtbot.waitSignal(view.session.text_selection_changed, timeout=2000) as selected:
        _open(view, qtbot, 2, segment.start, segment.end)
    assert selected.args == [2, segment.start, segment.end]
    assert view.editor.toPlainText() == project.documents.text(2)
    assert view.editor.textCursor().selectedText() == segment.text.replace("\n", "\u2029")
    assert view.session.selection == (segment.start, segment.end)
    lo, hi = view.editor.visible_range()
    assert lo <= view.doc.to16(segment.start) < hi  # scrolled into view
    assert project.documents.get(2).name in view.title.text()


def test_every_segment_is_highlighted_exactly_on_its_text(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    _open(view, qtbot, 1)
    project = view.session.project
    base = view.editor.palette().color(QPalette.ColorRole.Base)
    text = project.documents.text(1)
    lo, hi = view.editor.visible_range()
    segments = [s for s in project.segments.for_document(1) if s.end <= hi]
    assert segments
    painted = _highlights(view)
    covered = {p for s, e, _ in painted for p in range(s, e)}
    wanted = {p for s in segments for p in range(s.start, s.end) if text[p] != "\n"}
    assert wanted <= covered
    assert all(colour != base for _, _, colour in painted)
    for s in segments:
        ranges = _coded_ranges(view, s)
        assert min(r[0] for r in ranges) == s.start and max(r[1] for r in ranges) == s.end
    uncoded = next(p for p in range(lo, hi) if p not in covered and text[p] not in "\n ")
    assert all(not s <= uncoded < e for s, e, _ in painted)


def test_highlight_after_emoji_lies_exactly_on_the_coded_words(view, qtbot, emoji_doc) -> None:  # type: ignore[no-untyped-def]
    doc_id, segment_id, _ = emoji_doc
    _open(view, qtbot, doc_id)
    segment = view.session.project.segments.get(segment_id)
    ranges = _coded_ranges(view, segment)
    assert len(ranges) == 1
    start, end = ranges[0]
    assert _text16(view, start, end) == "jono oli tosi pitkä"
    assert (start, end) == (segment.start + 2, segment.end + 2)  # two emoji before: +2 units
    # and the layout's own format ranges agree, read back from the block
    block = view.editor.document().findBlock(start)
    coloured = [
        r
        for r in block.layout().formats()
        if r.format.background().style() != Qt.BrushStyle.NoBrush
    ]
    assert [(block.position() + r.start, r.length) for r in coloured] == [(start, end - start)]


def test_selecting_after_emoji_reports_code_points(view, qtbot, emoji_doc) -> None:  # type: ignore[no-untyped-def]
    doc_id, _, _ = emoji_doc
    _open(view, qtbot, doc_id)
    doc = view.doc
    word = EMOJI_TEXT.index("Muuten")
    start16, end16 = doc.to16(word), doc.to16(word + len("Muuten kaikki"))
    assert start16 - word == 4  # 😤😤 and 👍🏽 (a skin-tone modifier too) precede it
    vp = view.editor.viewport()
    with qtbot.waitSignal(view.session.text_selection_changed, timeout=2000):
        qtbot.mousePress(vp, LEFT, NO_MOD, _point(view, start16))
        qtbot.mouseMove(vp, _point(view, end16, dx=0))
        qtbot.mouseRelease(vp, LEFT, NO_MOD, _point(view, end16, dx=0))
    assert view.session.selection == (word, word + len("Muuten kaikki"))
    # keyboard selection too: Shift+Right over an emoji moves one character
    emoji = EMOJI_TEXT.index("😤")
    cursor = view.editor.textCursor()
    cursor.setPosition(doc.to16(emoji))
    view.editor.setTextCursor(cursor)
    qtbot.keyClick(view.editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.session.selection == (emoji, emoji + 1)


# -- coding and refreshing -------------------------------------------------------------------


def test_coding_the_keyboard_selection_highlights_it_and_undo_redo_follow(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = view.session
    project = session.project
    _open(view, qtbot, 1)
    text = project.documents.text(1)
    start = text.index("Tutkija: AV")
    cursor = view.editor.textCursor()
    cursor.setPosition(view.doc.to16(start))
    view.editor.setTextCursor(cursor)
    for _ in range(len("Tutkija")):
        qtbot.keyClick(view.editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert session.selection == (start, start + 7)
    code = project.codes.list()[4]
    bar = view.editor.verticalScrollBar()
    scroll = bar.value()
    segment_id = session.code_selection(code.id)
    segment = project.segments.get(segment_id)
    assert (segment.text, segment.code_ids) == ("Tutkija", (code.id,))
    ranges = _coded_ranges(view, segment)
    assert ranges == [(view.doc.to16(start), view.doc.to16(start + 7))]
    assert view.editor.selected == segment_id and bar.value() == scroll
    assert "19 coded segments" in view.info.text()

    session.undo_stack.undo()
    assert project.segments.find(1, start, start + 7) is None
    assert _coded_ranges(view, segment) == []
    session.undo_stack.redo()
    assert project.segments.find(1, start, start + 7) is not None
    assert _coded_ranges(view, segment) == [(view.doc.to16(start), view.doc.to16(start + 7))]
    assert view.doc.marks.keys() == {s.id for s in project.segments.for_document(1)}


def test_a_new_segment_recolours_only_the_blocks_it_spans(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = view.session
    project = session.project
    _open(view, qtbot, 1)
    _paint(view)
    decorator = view.editor.decorator
    before = decorator.applied_count
    text = project.documents.text(1)
    start = text.index("Litterointi")
    code = project.codes.list()[0].id
    session.apply("Code", lambda: project.segments.code(1, start, start + 11, code))
    _paint(view)
    assert decorator.applied_count - before == 1  # the one block holding the new segment


def test_refreshing_after_any_edit_equals_a_fresh_load(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The change-log shortcut and the full re-read agree with loading afresh,
    whatever mix of edits, undos and code merges came before."""
    from ui.doc_model import LoadedDocument

    session = view.session
    project = session.project
    _open(view, qtbot, 1)
    rng = random.Random(4)
    length = len(project.documents.text(1))
    undo = session.undo_stack

    def edit(step: int) -> None:
        segments = project.segments.for_document(1)
        codes = [c.id for c in project.codes.list()]
        segment = rng.choice(segments)
        kind = step % 8
        if kind == 0:
            start = rng.randrange(0, length - 300)
            end = start + rng.randrange(1, 300)
            session.apply("Code", lambda: project.segments.code(1, start, end, rng.choice(codes)))
        elif kind == 1:
            session.apply("Add", lambda: project.segments.add_code(segment.id, rng.choice(codes)))
        elif kind == 2:
            code = segment.code_ids[0]
            session.apply("Remove", lambda: project.segments.remove_code(segment.id, code))
        elif kind == 3:
            end = min(length, segment.end + rng.randrange(-5, 60))
            session.apply(
                "Resize",
                lambda: project.segments.update(segment.id, end=max(end, segment.start + 1)),
            )
        elif kind == 4:
            session.apply("Delete", lambda: project.segments.delete(segment.id))
        elif kind == 5:
            undo.undo()
            undo.undo()
        elif kind == 6:
            undo.redo()
        elif len(codes) > 4:
            session.apply("Merge", lambda: project.codes.merge(codes[-1], codes[0]))

    for step in range(48):
        edit(step)
        fresh = LoadedDocument(project, 1)
        doc = view.doc
        assert doc.segments == fresh.segments
        assert doc.marks == fresh.marks
        assert doc.pieces.runs() == fresh.pieces.runs()
        assert is_valid_lanes(doc.lanes) and doc.lanes.lane.keys() == fresh.lanes.lane.keys()
    _paint(view)  # and what is painted follows
    for segment in project.segments.for_document(1):
        if (
            view.editor.visible_range()[0]
            <= view.doc.to16(segment.start)
            < view.editor.visible_range()[1]
        ):
            assert _coded_ranges(view, segment)


def test_recolouring_a_code_recolours_its_highlights(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = view.session
    project = session.project
    _open(view, qtbot, 1)
    segment = project.segments.for_document(1)[0]
    code = segment.code_ids[0]
    session.apply("Recolour", lambda: project.codes.recolor(code, "#00ff00"))
    start16 = view.doc.to16(segment.start)
    colours = {c.name() for s, e, c in _highlights(view) if s <= start16 < e}
    base = view.editor.palette().color(QPalette.ColorRole.Base)
    text = view.editor.palette().color(QPalette.ColorRole.Text)
    assert colours == {layered(base, [QColor("#00ff00")], False, text).name()}


def test_deleting_the_document_clears_the_view(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = view.session
    _open(view, qtbot, 3)
    with qtbot.waitSignal(session.document_shown, timeout=2000) as shown:
        session.apply("Delete", lambda: session.project.documents.delete(3))
    assert shown.args == [-1]
    assert view.doc is None and view.editor.toPlainText() == ""
    assert view.title.text() == "No document open"


def test_other_documents_arriving_or_a_rename_keep_the_view(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    from workbench.domain.documents import NewTurn

    session = view.session
    project = session.project
    segment = project.segments.for_document(1)[5]
    _open(view, qtbot, 1, segment.start, segment.end)
    loaded, bar = view.doc, view.editor.verticalScrollBar()
    scroll = bar.value()
    assert scroll > 0
    session.apply(
        "Import",
        lambda: project.documents.add("Uusi", "H9: Hei vaan\n", turns=[NewTurn(4, 12, "H9")]),
    )
    assert view.doc is loaded and bar.value() == scroll
    session.apply("Rename", lambda: project.documents.rename(1, "H1 uudelleen"))
    assert view.doc is loaded and view.title.text() == "H1 uudelleen"
    assert bar.value() == scroll


def test_unknown_document_is_reported(view, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    view.show_document(99999)
    assert shown and "99999" in shown[0]
    assert view.doc is None


# -- stripes, segment selection and editing ------------------------------------------------------


def test_clicking_a_stripe_selects_the_segment_and_its_text(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = view.session
    segment = session.project.segments.for_document(1)[0]
    _open(view, qtbot, 1, segment.start, segment.start)
    rect = _stripe(view, segment.id)
    with qtbot.waitSignal(session.segment_selected, timeout=2000) as chosen:
        qtbot.mouseClick(view.editor.margin, LEFT, NO_MOD, rect.center().toPoint())
    assert chosen.args == [segment.id]
    assert session.segment_id == segment.id
    assert session.selection == (segment.start, segment.end)
    assert view.editor.textCursor().selectedText() == segment.text.replace("\n", "\u2029")


def test_stripes_have_lanes_for_overlaps_and_names_fit(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = view.session
    project = session.project
    segment = project.segments.for_document(1)[0]
    codes = [c.id for c in project.codes.list()]
    other = next(c for c in codes if c not in segment.code_ids)
    session.apply(
        "Overlap",
        lambda: project.segments.add(
            1, segment.start + 5, segment.end + 40, code_ids=[other, codes[-1]]
        ),
    )
    _open(view, qtbot, 1, segment.start, segment.end)
    stripes = [(s, c, r) for s, c, r in view.editor.margin.stripes()]
    overlapping = [
        r
        for s, c, r in stripes
        if r.top() < _stripe(view, segment.id).bottom()
        and r.bottom() > _stripe(view, segment.id).top()
    ]
    assert len({round(r.left()) for r in overlapping}) == 3  # three lanes side by side
    assert view.editor.margin.width() >= 3 * view.editor.margin.lane_width()


def test_clicking_coded_text_selects_the_innermost_segment_and_escape_deselects(
    view, qtbot
) -> None:  # type: ignore[no-untyped-def]
    session = view.session
    project = session.project
    segment = project.segments.for_document(1)[0]
    inner = session.apply(
        "Inner",
        lambda: project.segments.add(
            1, segment.start + 10, segment.start + 30, code_ids=[project.codes.list()[5].id]
        ),
    )
    _open(view, qtbot, 1, segment.start, segment.start)
    vp = view.editor.viewport()
    with qtbot.waitSignal(session.segment_selected, timeout=2000) as chosen:
        qtbot.mouseClick(vp, LEFT, NO_MOD, _point(view, view.doc.to16(segment.start + 15)))
    assert chosen.args == [inner.id]
    with qtbot.waitSignal(session.segment_selected, timeout=2000) as chosen:
        qtbot.mouseClick(vp, LEFT, NO_MOD, _point(view, view.doc.to16(segment.start + 3)))
    assert chosen.args == [segment.id]
    with qtbot.waitSignal(session.segment_selected, timeout=2000) as chosen:
        qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    assert chosen.args == [-1] and view.editor.selected is None


def test_dragging_the_end_handle_resizes_and_undo_redo_restore(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = view.session
    project = session.project
    segment = project.segments.for_document(1)[0]
    _open(view, qtbot, 1, segment.start, segment.start)
    view.select_segment(segment.id, centre=False)
    _paint(view)
    handle = view.editor.resizer.rect("end")
    assert handle is not None
    new_end = segment.end - 20
    target = _point(view, view.doc.to16(new_end), dx=0)
    vp = view.editor.viewport()
    qtbot.mousePress(vp, LEFT, NO_MOD, handle.center())
    qtbot.mouseMove(vp, target)
    qtbot.mouseRelease(vp, LEFT, NO_MOD, target)
    resized = project.segments.get(segment.id)
    assert (resized.start, resized.end) == (segment.start, new_end)
    assert resized.text == project.documents.text(1)[segment.start : new_end]
    assert _coded_ranges(view, resized)[-1][1] == view.doc.to16(new_end)
    assert session.undo_stack.undoText() == "Resize segment"
    session.undo_stack.undo()
    assert project.segments.get(segment.id).end == segment.end
    assert max(e for _, e in _coded_ranges(view, segment)) == view.doc.to16(segment.end)
    session.undo_stack.redo()
    assert project.segments.get(segment.id).end == new_end


def test_dragging_a_stripe_top_moves_the_start_to_a_line_start(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = view.session
    project = session.project
    text = project.documents.text(1)
    segment = project.segments.for_document(1)[0]
    _open(view, qtbot, 1, segment.start, segment.start)
    view.select_segment(segment.id, centre=True)
    rect = _stripe(view, segment.id)
    margin = view.editor.margin
    above = view.doc.to16(text.rfind("\n\n", 0, segment.start - 2) + 2)  # the turn before
    y = int(view.editor.line_y(above, bottom=False) + 3)
    grab = QPoint(int(rect.center().x()), int(rect.top()) + 1)
    qtbot.mousePress(margin, LEFT, NO_MOD, grab)
    qtbot.mouseMove(margin, QPoint(grab.x(), y))
    qtbot.mouseRelease(margin, LEFT, NO_MOD, QPoint(grab.x(), y))
    moved = project.segments.get(segment.id)
    assert moved.end == segment.end and moved.start == view.doc.from16(above)
    session.undo_stack.undo()
    assert project.segments.get(segment.id).start == segment.start


def test_delete_key_unmarks_the_selected_segment_undoably(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = view.session
    project = session.project
    segment = project.segments.for_document(1)[2]
    _open(view, qtbot, 1, segment.start, segment.start)
    view.select_segment(segment.id, centre=True)
    view.editor.setFocus()
    qtbot.keyClick(view.editor, Qt.Key.Key_Delete)
    assert project.segments.find(1, segment.start, segment.end) is None
    assert _coded_ranges(view, segment) == []
    assert session.segment_id is None and view.editor.selected is None
    session.undo_stack.undo()
    restored = project.segments.get(segment.id)
    assert restored.code_ids == segment.code_ids and _coded_ranges(view, segment)


def test_alt_down_steps_through_segments(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    segments = view.session.project.segments.for_document(1)
    _open(view, qtbot, 1, 0, 0)
    view.editor.setFocus()
    qtbot.keyClick(view.editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.session.segment_id == segments[0].id
    qtbot.keyClick(view.editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.session.segment_id == segments[1].id
    assert view.session.selection == (segments[1].start, segments[1].end)
    qtbot.keyClick(view.editor, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert view.session.segment_id == segments[0].id


def test_zoom_keys_scale_text_and_stripes(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    _open(view, qtbot, 1)
    view.editor.setFocus()
    size, lane = view.editor.font().pointSizeF(), view.editor.margin.lane_width()
    qtbot.keyClick(view.editor, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.editor, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.editor.font().pointSizeF() > size
    assert view.editor.margin.lane_width() > lane
    assert view.editor.margin.font().pointSizeF() == view.editor.font().pointSizeF()
    qtbot.keyClick(view.editor, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.editor.font().pointSizeF() == size


def _run_menu(qtbot, open_menu, pick) -> None:  # type: ignore[no-untyped-def]
    """Open a context menu with a real event and click through it with the mouse."""
    done: list[bool] = []

    def click() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        pick(menu)
        done.append(True)

    QTimer.singleShot(50, click)
    open_menu()
    qtbot.waitUntil(lambda: bool(done), timeout=3000)


def _click_action(qtbot, menu: QMenu, text: str) -> QMenu | None:  # type: ignore[no-untyped-def]
    action = next(a for a in menu.actions() if a.text().startswith(text))
    qtbot.mouseClick(menu, LEFT, NO_MOD, menu.actionGeometry(action).center())
    return action.menu()


def test_context_menu_removes_one_code_of_a_segment(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = view.session
    project = session.project
    segment = project.segments.for_document(1)[0]
    extra = next(c for c in project.codes.list() if c.id not in segment.code_ids)
    session.apply("Add code", lambda: project.segments.add_code(segment.id, extra.id))
    _open(view, qtbot, 1, segment.start, segment.start)
    point = _point(view, view.doc.to16(segment.start + 5))
    vp = view.editor.viewport()

    def open_menu() -> None:
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, vp.mapToGlobal(point))
        QApplication.sendEvent(vp, event)

    def pick(menu: QMenu) -> None:
        sub = _click_action(qtbot, menu, "Remove code")
        assert sub is not None
        qtbot.waitUntil(sub.isVisible, timeout=2000)
        _click_action(qtbot, sub, f"Remove “{extra.name}”")

    _run_menu(qtbot, open_menu, pick)
    assert project.segments.get(segment.id).code_ids == segment.code_ids
    session.undo_stack.undo()
    assert extra.id in project.segments.get(segment.id).code_ids


def test_memo_edit_from_the_keyboard(view, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    session = view.session
    project = session.project
    segment = project.segments.for_document(1)[0]
    _open(view, qtbot, 1, segment.start, segment.start)
    view.select_segment(segment.id, centre=True)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *args: ("Jono ärsyttää 😤", True))
    qtbot.keyClick(
        view.editor,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert project.segments.get(segment.id).memo == "Jono ärsyttää 😤"
    assert "Jono ärsyttää" in view.editor.segment_tooltip(segment.id)
    session.undo_stack.undo()
    assert project.segments.get(segment.id).memo == segment.memo


# -- tooltips, drag source, looks ------------------------------------------------------------------
