"""Retrieval: each condition alone and together, against a hand-built study whose
answers are known, and against the demo study with answers computed independently
(plain Python over the per-document domain API)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from coding.retrieval import (
    RetrievalFilter,
    attribute_sort_key,
    attribute_text,
    retrieve,
    starting_turn,
)
from workbench.demo import build_demo
from workbench.domain.documents import NewTurn
from workbench.model import Segment, Turn
from workbench.project import Project

INTERVIEW = (
    "[00:00:04] Haastattelija: Miten asioit Kuurakulmassa?\n\n"
    "[00:00:25] H1: Kassajonot ovat järkyttävät ja sovellus kaatuu aina maksaessa.\n\n"
    "[00:01:02] Haastattelija: Entä henkilökunta?\n\n"
    "[00:01:10] H1: Myyjät ovat ystävällisiä mutta kiireisiä.\n"
)
SURVEY = "Pakettiautomaatti oli täynnä, joten paketti meni postiin."
NOTES = "Kassalla seitsemän asiakasta jonossa, yksi kassa auki."


@dataclass
class Study:
    project: Project
    interview: int
    survey: int
    notes: int
    codes: dict[str, int]
    segments: dict[str, int]


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.fixture
def study(project: Project) -> Study:
    """Three documents, a small code tree, two cases with attributes, two coders."""
    p = project
    turns = []
    for speaker, role, words in (
        ("Haastattelija", "interviewer", "Miten asioit Kuurakulmassa?"),
        ("H1", "participant", "Kassajonot ovat järkyttävät ja sovellus kaatuu aina maksaessa."),
        ("Haastattelija", "interviewer", "Entä henkilökunta?"),
        ("H1", "participant", "Myyjät ovat ystävällisiä mutta kiireisiä."),
    ):
        start, end = _span(INTERVIEW, words)
        turns.append(NewTurn(start, end, speaker, role))
    interview = p.documents.add("H1", INTERVIEW, kind="interview", language="fi", turns=turns).id
    survey = p.documents.add("R001", SURVEY, kind="survey_answer", language="fi").id
    notes = p.documents.add("OBS01", NOTES, kind="observation", language="fi").id
    h1, r1 = p.cases.create("H1").id, p.cases.create("R001").id
    p.documents.link_case(interview, h1)
    p.documents.link_case(survey, r1)
    p.attributes.set("case", h1, "segment", "kanta-asiakas", "category")
    p.attributes.set("case", r1, "segment", "uusi asiakas", "category")
    p.attributes.set("case", h1, "nps", 9, "number")
    p.attributes.set("case", r1, "nps", 4, "number")
    service = p.codes.create("Palvelu").id
    codes = {
        "Palvelu": service,
        "Jonot": p.codes.create("Jonot", parent_id=service).id,
        "Henkilökunta": p.codes.create("Henkilökunta", parent_id=service).id,
        "Sovellus": p.codes.create("Sovellus").id,
        "Toimitus": p.codes.create("Toimitus").id,
    }
    anger = p.schemes.emotion("anger", 2).id
    rage = p.schemes.emotion("anger", 3).id
    joy = p.schemes.emotion("joy", 2).id
    purchase = p.schemes.stage("purchase").id
    delivery = p.schemes.stage("delivery").id
    other_coder = p.coders.ensure("MK").id

    def add(key: str, doc: int, text: str, words: str, **fields: object) -> None:
        start, end = _span(text, words)
        segments[key] = p.segments.add(doc, start, end, **fields).id  # type: ignore[arg-type]

    segments: dict[str, int] = {}
    add(
        "queue",
        interview,
        INTERVIEW,
        "Kassajonot ovat järkyttävät",
        code_ids=[codes["Jonot"]],
        emotion_id=rage,
        stage_id=purchase,
    )
    add(
        "app",
        interview,
        INTERVIEW,
        "sovellus kaatuu aina maksaessa",
        code_ids=[codes["Sovellus"], codes["Jonot"]],
        emotion_id=anger,
        stage_id=purchase,
    )
    add(
        "question",
        interview,
        INTERVIEW,
        "Entä henkilökunta?",
        code_ids=[codes["Henkilökunta"]],
        coder_id=other_coder,
    )
    add(
        "staff",
        interview,
        INTERVIEW,
        "Myyjät ovat ystävällisiä",
        code_ids=[codes["Henkilökunta"]],
        emotion_id=joy,
    )
    add(
        "locker",
        survey,
        SURVEY,
        "Pakettiautomaatti oli täynnä",
        code_ids=[codes["Toimitus"]],
        emotion_id=anger,
        stage_id=delivery,
    )
    add(
        "observed",
        notes,
        NOTES,
        "seitsemän asiakasta jonossa",
        code_ids=[codes["Jonot"], codes["Palvelu"]],
        stage_id=purchase,
        coder_id=other_coder,
    )
    return Study(p, interview, survey, notes, codes, segments)


def keys(study: Study, flt: RetrievalFilter) -> list[str]:
    by_id = {v: k for k, v in study.segments.items()}
    return [by_id[r.segment.id] for r in retrieve(study.project, flt)]


def test_no_filter_returns_everything_in_document_then_text_order(study: Study) -> None:
    assert keys(study, RetrievalFilter()) == [
        "queue", "app", "question", "staff", "locker", "observed",
    ]  # fmt: skip
    assert RetrievalFilter().is_empty()


def test_codes_with_and_without_subcodes(study: Study) -> None:
    parent = frozenset({study.codes["Palvelu"]})
    assert keys(study, RetrievalFilter(code_ids=parent)) == [
        "queue", "app", "question", "staff", "observed",
    ]  # fmt: skip
    assert keys(study, RetrievalFilter(code_ids=parent, include_subcodes=False)) == ["observed"]
    either = frozenset({study.codes["Sovellus"], study.codes["Toimitus"]})
    assert keys(study, RetrievalFilter(code_ids=either)) == ["app", "locker"]


def test_emotions_by_family_or_single_emotion(study: Study) -> None:
    p = study.project
    assert keys(study, RetrievalFilter(emotion_families=frozenset({"anger"}))) == [
        "queue", "app", "locker",
    ]  # fmt: skip
    rage = p.schemes.emotion("anger", 3).id
    assert keys(study, RetrievalFilter(emotion_ids=frozenset({rage}))) == ["queue"]
    both = RetrievalFilter(emotion_ids=frozenset({rage}), emotion_families=frozenset({"joy"}))
    assert keys(study, both) == ["queue", "staff"]


def test_stages_touchpoints_kinds_documents_and_coders(study: Study) -> None:
    p = study.project
    purchase = p.schemes.stage("purchase").id
    assert keys(study, RetrievalFilter(stage_ids=frozenset({purchase}))) == [
        "queue", "app", "observed",
    ]  # fmt: skip
    assert keys(study, RetrievalFilter(kinds=frozenset({"survey_answer", "observation"}))) == [
        "locker", "observed",
    ]  # fmt: skip
    assert keys(study, RetrievalFilter(document_ids=frozenset({study.survey}))) == ["locker"]
    other = p.coders.ensure("MK").id
    assert keys(study, RetrievalFilter(coder_ids=frozenset({other}))) == ["question", "observed"]
    locker = p.schemes.touchpoints()[0].id
    p.segments.update(study.segments["locker"], touchpoint_id=locker)
    assert keys(study, RetrievalFilter(touchpoint_ids=frozenset({locker}))) == ["locker"]


def test_case_attributes_and_cases(study: Study) -> None:
    loyal = RetrievalFilter(case_attributes={"segment": frozenset({"kanta-asiakas"})})
    assert keys(study, loyal) == ["queue", "app", "question", "staff"]
    # Numbers read as people write them: NPS 4.0 is '4'.
    detractors = RetrievalFilter(case_attributes={"nps": frozenset({"4", "5", "6"})})
    assert keys(study, detractors) == ["locker"]
    # Every attribute named must hold for the same case.
    both = RetrievalFilter(
        case_attributes={"segment": frozenset({"kanta-asiakas"}), "nps": frozenset({"4"})}
    )
    assert keys(study, both) == []
    r001 = study.project.cases.find("R001")
    assert r001 is not None
    assert keys(study, RetrievalFilter(case_ids=frozenset({r001.id}))) == ["locker"]


def test_speakers_and_roles(study: Study) -> None:
    participants = RetrievalFilter(speaker_roles=frozenset({"participant"}))
    # The interviewer's question and the texts without turns drop out.
    assert keys(study, participants) == ["queue", "app", "staff"]
    assert keys(study, RetrievalFilter(speakers=frozenset({"haastattelija"}))) == ["question"]


def test_words_in_the_quote_ignore_case(study: Study) -> None:
    assert keys(study, RetrievalFilter(text="KASSAJONOT")) == ["queue"]
    assert keys(study, RetrievalFilter(text="Ä")) == [
        "queue", "question", "staff", "locker", "observed",
    ]  # fmt: skip


def test_conditions_combine(study: Study) -> None:
    p = study.project
    flt = RetrievalFilter(
        code_ids=frozenset({study.codes["Palvelu"]}),
        emotion_families=frozenset({"anger"}),
        stage_ids=frozenset({p.schemes.stage("purchase").id}),
        speaker_roles=frozenset({"participant"}),
    )
    assert keys(study, flt) == ["queue", "app"]


def test_rows_carry_what_the_list_shows(study: Study) -> None:
    rows = {r.segment.id: r for r in retrieve(study.project)}
    app = rows[study.segments["app"]]
    assert app.text == "sovellus kaatuu aina maksaessa"
    assert (app.document_name, app.document_kind) == ("H1", "interview")
    assert (app.speaker, app.speaker_role, app.case_names) == ("H1", "participant", ("H1",))
    # Codebook order and full paths.
    assert app.code_names == ("Palvelu / Jonot", "Sovellus")
    # Labels in the project's language (Finnish).
    assert (app.emotion, app.stage, app.coder) == ("viha", "Ostaminen", "tester")
    assert app.before.endswith("Kassajonot ovat järkyttävät ja ")
    # The rest of the text is shorter than the context: all of it, on one line.
    assert app.after == (
        ". [00:01:02] Haastattelija: Entä henkilökunta? "
        "[00:01:10] H1: Myyjät ovat ystävällisiä mutta kiireisiä."
    )
    locker = rows[study.segments["locker"]]
    assert (locker.speaker, locker.speaker_role, locker.case_names) == (None, None, ("R001",))
    assert locker.before == "" and locker.after == ", joten paketti meni postiin."


def test_context_is_cut_at_word_boundaries(project: Project) -> None:
    words = " ".join(f"sana{i}" for i in range(100))
    doc = project.documents.add("pitkä", words).id
    start, end = _span(words, "sana50")
    project.segments.add(doc, start, end, memo="x")
    [row] = retrieve(project, context=30)
    assert row.before.startswith("…") and row.after.endswith("…")
    assert row.before[1:].split()[0] in words.split()  # whole words only
    assert row.after[:-1].split()[-1] in words.split()
    assert row.before.endswith("sana49 ") and row.after.startswith(" sana51")
    assert len(row.before) <= 32 and len(row.after) <= 32


def test_turn_a_passage_starts_in() -> None:
    turns = [Turn(1, 1, 10, 20, "A", "interviewer"), Turn(2, 1, 30, 40, "B", "participant")]
    starts = [t.start for t in turns]
    assert starting_turn(turns, starts, 12, 15) is turns[0]
    assert starting_turn(turns, starts, 30, 35) is turns[1]
    # On the speaker's label, before the turn proper: the turn it runs into.
    assert starting_turn(turns, starts, 25, 35) is turns[1]
    assert starting_turn(turns, starts, 22, 28) is None
    assert starting_turn(turns, starts, 5, 8) is None


def test_attribute_values_read_and_sort_as_people_expect() -> None:
    import datetime as dt

    assert [attribute_text(v) for v in (9.0, 7.5, "x", dt.date(2024, 3, 1))] == [
        "9", "7.5", "x", "2024-03-01",
    ]  # fmt: skip
    assert sorted(["10", "2", "b", "A"], key=attribute_sort_key) == ["2", "10", "A", "b"]


def test_query_count_does_not_grow_with_segments(project: Project) -> None:
    """A handful of queries, however many segments: never one per segment."""
    doc = project.documents.add("d", "sana " * 2000).id
    code = project.codes.create("K").id
    for i in range(300):
        project.segments.add(doc, i * 5, i * 5 + 4, code_ids=[code])
    statements: list[str] = []
    project.conn.set_trace_callback(statements.append)
    try:
        rows = retrieve(project, RetrievalFilter(code_ids=frozenset({code})))
    finally:
        project.conn.set_trace_callback(None)
    assert len(rows) == 300
    assert len(statements) < 25


# -- the demo study, answers computed independently ------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    path: Path = tmp_path_factory.mktemp("demo") / "demo.teema"
    build_demo(path)
    with Project.open(path, readonly=True) as project:
        yield project


def _all_segments(p: Project) -> list[tuple[Segment, list[Turn], list[int]]]:
    out = []
    for doc in p.documents.list():
        turns = p.documents.turns(doc.id)
        for seg in p.segments.for_document(doc.id):
            out.append((seg, turns, p.documents.case_ids(doc.id)))
    return out


def _turn_of(seg: Segment, turns: list[Turn]) -> Turn | None:
    inside = [t for t in turns if t.start <= seg.start < t.end]
    return inside[0] if inside else None


def test_demo_everything(demo: Project) -> None:
    assert len(retrieve(demo)) == demo.segments.count() == 312


def test_demo_anger_in_purchase_among_loyal_customers(demo: Project) -> None:
    anger = {e.id for e in demo.schemes.emotions() if e.family == "anger"}
    purchase = demo.schemes.stage("purchase").id
    loyal = {
        c.id
        for c in demo.cases.list()
        if demo.attributes.values("case", c.id).get("segment") == "kanta-asiakas"
    }
    expected = [
        seg.id
        for seg, _turns, cases in _all_segments(demo)
        if seg.emotion_id in anger and seg.stage_id == purchase and loyal & set(cases)
    ]
    flt = RetrievalFilter(
        emotion_families=frozenset({"anger"}),
        stage_ids=frozenset({purchase}),
        case_attributes={"segment": frozenset({"kanta-asiakas"})},
    )
    got = [r.segment.id for r in retrieve(demo, flt)]
    assert got == expected and len(got) > 3


def test_demo_participants_only_per_code(demo: Project) -> None:
    everything = _all_segments(demo)
    for code in demo.codes.list()[:4]:
        expected = []
        for seg, turns, _cases in everything:
            turn = _turn_of(seg, turns)
            if code.id in seg.code_ids and turn is not None and turn.role == "participant":
                expected.append(seg.id)
        flt = RetrievalFilter(
            code_ids=frozenset({code.id}), speaker_roles=frozenset({"participant"})
        )
        assert [r.segment.id for r in retrieve(demo, flt)] == expected


def test_demo_each_kind_and_stage(demo: Project) -> None:
    everything = _all_segments(demo)
    kinds = {d.id: d.kind for d in demo.documents.list()}
    for kind in set(kinds.values()):
        expected = [s.id for s, _t, _c in everything if kinds[s.document_id] == kind]
        got = retrieve(demo, RetrievalFilter(kinds=frozenset({kind})))
        assert [r.segment.id for r in got] == expected
    for stage in demo.schemes.stages():
        expected = [s.id for s, _t, _c in everything if s.stage_id == stage.id]
        got = retrieve(demo, RetrievalFilter(stage_ids=frozenset({stage.id})))
        assert [r.segment.id for r in got] == expected
