"""The review queue: every step is one undoable action (do -> undo -> the database
as before), and accepting with a code codes every unit of the theme."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from coding.themes import review
from coding.themes.units import collect_units
from tests.themes.conftest import dump, plain_model
from workbench.errors import ValidationError
from workbench.project import Project


def _run(project: Project, kind: str = "segments", k: int = 8) -> int:
    units = collect_units(project, kind)  # type: ignore[arg-type]
    return review.store_model(project, plain_model(units), k, kind).id


def _undoable(project: Project, action: Callable[[], object]) -> None:
    """Do, check something changed, undo, check the database is as before; redo."""
    before = dump(project)
    with project.undo.record("review") as recording:
        action()
    after = dump(project)
    assert after != before
    redo = recording.changeset.apply(project, "undo")
    assert dump(project) == before
    redo.apply(project, "redo")
    assert dump(project) == after


def test_a_stored_run_holds_every_unit_in_one_theme(demo: Project) -> None:
    run_id = _run(demo)
    run = demo.themes.get_run(run_id)
    assert run.unit_kind == "segments" and run.parameters["k"] == 8
    assert run.parameters["method"] == "ward"
    themes = demo.themes.candidates(run_id)
    assert len(themes) == 8
    assert sum(t.size for t in themes) == len(demo.themes.run_units(run_id)) == 312
    first = themes[0]
    assert first.keywords and first.label == ", ".join(first.keywords[:3])
    quotes = demo.themes.quotes(first.id)
    assert 3 <= len(quotes) <= 5
    assert all(q in {s.text for s in demo.queries.segments()} for q in quotes)


def test_the_same_units_store_the_same_themes(demo: Project) -> None:
    a, b = _run(demo), _run(demo)
    themes_a = [(t.label, t.keywords, t.size) for t in demo.themes.candidates(a)]
    themes_b = [(t.label, t.keywords, t.size) for t in demo.themes.candidates(b)]
    assert themes_a == themes_b


def test_rename_is_undoable(demo: Project) -> None:
    theme = demo.themes.candidates(_run(demo))[0]
    _undoable(demo, lambda: demo.themes.rename(theme.id, "  Kassajonot  "))
    assert demo.themes.get(theme.id).label == "Kassajonot"
    with pytest.raises(ValidationError):
        demo.themes.rename(theme.id, " ")


def test_merge_is_undoable(demo: Project) -> None:
    run_id = _run(demo)
    a, b, c = demo.themes.candidates(run_id)[:3]
    _undoable(demo, lambda: review.merge(demo, [b.id, c.id]))
    merged = demo.themes.get(b.id)
    assert merged.size == b.size + c.size
    assert c.id not in {t.id for t in demo.themes.candidates(run_id)}
    assert len(demo.themes.quotes(b.id)) == 5
    with pytest.raises(ValidationError):
        review.merge(demo, [a.id])


def test_split_is_undoable_and_divides_all_units(demo: Project) -> None:
    run_id = _run(demo)
    theme = demo.themes.candidates(run_id)[0]
    units = {u.id for u in demo.themes.units(theme.id)}
    _undoable(demo, lambda: review.split(demo, theme.id))
    themes = demo.themes.candidates(run_id)
    assert len(themes) == 9
    first, second = themes[0], themes[1]
    assert first.id == theme.id
    halves = [{u.id for u in demo.themes.units(t.id)} for t in (first, second)]
    assert halves[0] and halves[1] and halves[0] | halves[1] == units
    assert not halves[0] & halves[1]


def test_drop_units_is_undoable(demo: Project) -> None:
    theme = demo.themes.candidates(_run(demo))[0]
    units = demo.themes.units(theme.id)
    _undoable(demo, lambda: demo.themes.drop_units(theme.id, [units[0].id, units[1].id]))
    assert demo.themes.get(theme.id).size == theme.size - 2


def test_reject_is_undoable(demo: Project) -> None:
    theme = demo.themes.candidates(_run(demo))[0]
    _undoable(demo, lambda: demo.themes.reject(theme.id))
    assert demo.themes.get(theme.id).status == "rejected"
    demo.themes.reopen(theme.id)
    assert demo.themes.get(theme.id).status == "candidate"


def test_accept_is_undoable(demo: Project) -> None:
    theme = demo.themes.candidates(_run(demo))[0]
    _undoable(demo, lambda: demo.themes.accept(theme.id, name="Palvelu", description="kuvaus"))
    (accepted,) = demo.themes.accepted()
    assert (accepted.name, accepted.description, accepted.code_id) == ("Palvelu", "kuvaus", None)
    assert demo.themes.get(theme.id).status == "accepted"
    with pytest.raises(ValidationError):
        demo.themes.reject(theme.id)


def test_accept_with_a_code_codes_every_segment_unit(demo: Project) -> None:
    theme = demo.themes.candidates(_run(demo))[1]
    _undoable(demo, lambda: demo.themes.accept(theme.id, name="Uusi teema", code=True))
    (accepted,) = demo.themes.accepted()
    code = demo.codes.find("Uusi teema")
    assert code is not None and accepted.code_id == code.id
    coded = {s.id for s in demo.segments.for_code(code.id)}
    assert coded == {u.segment_id for u in demo.themes.units(theme.id)}
    assert len(coded) == theme.size


def test_accept_with_a_code_on_paragraphs_makes_segments(demo: Project) -> None:
    run_id = _run(demo, "paragraphs", 12)
    theme = demo.themes.candidates(run_id)[-1]
    before = demo.segments.count()
    _undoable(demo, lambda: demo.themes.accept(theme.id, code=True))
    code = demo.codes.find(theme.label)
    assert code is not None
    spans = {(s.document_id, s.start, s.end) for s in demo.segments.for_code(code.id)}
    assert spans == {(u.document_id, u.start, u.end) for u in demo.themes.units(theme.id)}
    assert demo.segments.count() >= before


def test_recut_replaces_themes_until_one_is_reviewed(demo: Project) -> None:
    units = collect_units(demo, "segments")
    model = plain_model(units)
    run = review.store_model(demo, model, 5, "segments")
    review.recut(demo, run.id, model, 12)
    assert len(demo.themes.candidates(run.id)) == 12
    assert demo.themes.get_run(run.id).parameters["k"] == 12
    demo.themes.reject(demo.themes.candidates(run.id)[0].id)
    with pytest.raises(ValidationError):
        review.recut(demo, run.id, model, 6)


def test_deleting_a_document_takes_its_units_out(demo: Project) -> None:
    run_id = _run(demo)
    doc_id = demo.themes.run_units(run_id)[0].document_id
    demo.documents.delete(doc_id)
    assert all(u.document_id != doc_id for u in demo.themes.run_units(run_id))
