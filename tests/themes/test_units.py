"""The units a researcher clusters, and their filters, on the demo study."""

from __future__ import annotations

from coding.retrieval import RetrievalFilter
from coding.themes.units import collect_units, paragraphs
from workbench.importers.base import ImportOptions
from workbench.importers.batch import import_files
from workbench.project import Project


def test_segments_are_the_coded_passages(demo: Project) -> None:
    units = collect_units(demo, "segments")
    assert len(units) == demo.segments.count() == 312
    first = units[0]
    assert first.segment_id is not None
    assert demo.segments.get(first.segment_id).text == first.text


def test_kind_and_code_filters_on_segments(demo: Project) -> None:
    code = demo.codes.find("Jonot ja kassa")
    assert code is not None
    units = collect_units(
        demo,
        "segments",
        RetrievalFilter(code_ids=frozenset({code.id}), kinds=frozenset({"interview"})),
    )
    assert units
    kinds = {d.id: d.kind for d in demo.documents.list()}
    for unit in units:
        assert kinds[unit.document_id] == "interview"
        assert unit.segment_id is not None
        assert code.id in demo.segments.get(unit.segment_id).code_ids


def test_turns_are_the_interviewees_only(demo: Project) -> None:
    units = collect_units(demo, "turns")
    turns = {(t.document_id, t.start, t.end): t for ts in demo.queries.turns().values() for t in ts}
    assert units
    assert all(turns[(u.document_id, u.start, u.end)].role == "participant" for u in units)
    english = [u for u in units if u.language == "en"]
    assert english and all(demo.documents.get(u.document_id).language == "en" for u in english)


def test_turns_filtered_by_case_attribute_and_code(demo: Project) -> None:
    flt = RetrievalFilter(case_attributes={"persona": frozenset({"lapsiperhe"})})
    units = collect_units(demo, "turns", flt)
    names = {demo.documents.get(u.document_id).name for u in units}
    assert names == {"haastattelu_H1", "haastattelu_H5"}
    code = demo.codes.find("Mobiilisovellus")
    assert code is not None
    coded = collect_units(demo, "turns", RetrievalFilter(code_ids=frozenset({code.id})))
    spans = [(s.document_id, s.start, s.end) for s in demo.segments.for_code(code.id)]
    assert coded and len(coded) < len(collect_units(demo, "turns"))
    for u in coded:
        assert any(d == u.document_id and s < u.end and u.start < e for d, s, e in spans)


def test_paragraphs_are_trimmed_spans_of_their_document(demo: Project) -> None:
    units = collect_units(demo, "paragraphs", RetrievalFilter(kinds=frozenset({"observation"})))
    assert units
    for u in units:
        text = demo.documents.text(u.document_id)
        assert text[u.start : u.end] == u.text == u.text.strip()
        assert "\n\n" not in u.text


def test_paragraph_splitting() -> None:
    text = "  Eka kappale.\n\n\nToka\nrivi. \n \nKolmas"
    assert [text[s:e] for s, e in paragraphs(text)] == ["Eka kappale.", "Toka\nrivi.", "Kolmas"]


def test_answers_by_row_and_by_case_attribute(demo: Project) -> None:
    units = collect_units(demo, "answers")
    assert len(units) == 56  # 60 respondents: two left no answer, two fewer than 3 letters
    assert all(demo.documents.get(u.document_id).kind == "survey_answer" for u in units)
    few = collect_units(
        demo, "answers", RetrievalFilter(case_attributes={"nps": frozenset({"10"})})
    )
    assert 0 < len(few) < len(units)


def test_answers_of_a_per_column_survey_are_its_turns(project: Project, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "kysely.csv"
    path.write_text(
        "id,ryhmä,vastaus\nR1,a,Jonot olivat pitkät kassalla.\nR2,b,Sovellus kaatui taas.\nR3,a,\n",
        encoding="utf-8",
    )
    import_files(
        project, [path], ImportOptions(text_column="vastaus", id_column="id", per="column")
    )
    units = collect_units(project, "answers")
    assert [u.text for u in units] == ["Jonot olivat pitkät kassalla.", "Sovellus kaatui taas."]
    only_a = collect_units(
        project, "answers", RetrievalFilter(case_attributes={"ryhmä": frozenset({"a"})})
    )
    assert [u.text for u in only_a] == ["Jonot olivat pitkät kassalla."]
