"""Text search: plain and regular expression, case, scope, limits, code-point
positions with emoji, broken patterns, and the keyword-in-context snippets."""

from __future__ import annotations

import re

import pytest

from coding.search import context_after, context_before, search
from workbench.errors import ValidationError
from workbench.project import Project
from workbench.textpos import Utf16Map

H1 = "Kassajonot 😤 ovat pitkiä. Jono, jonossa ja JONOT – aina jonoa!\nSovellus kaatuu."
H2 = "Myyjä neuvoi hyvin. 👍🏽 Ei jonoa tänään."
SURVEY = "Pakettiautomaatti oli täynnä."


@pytest.fixture
def docs(project: Project) -> dict[str, int]:
    return {
        "h1": project.documents.add("H1", H1, kind="interview").id,
        "h2": project.documents.add("H2", H2, kind="interview").id,
        "r1": project.documents.add("R001", SURVEY, kind="survey_answer").id,
    }


def spans(hits: list) -> list[tuple[int, int, int]]:  # type: ignore[type-arg]
    return [(h.document_id, h.start, h.end) for h in hits]


def test_plain_search_ignores_case_by_default(project: Project, docs: dict[str, int]) -> None:
    hits = search(project, "jono")
    expected = [
        (docs[key], m.start(), m.end())
        for key, text in (("h1", H1), ("h2", H2))
        for m in re.finditer("jono", text, re.IGNORECASE)
    ]
    assert spans(hits) == expected and len(hits) == 6
    for hit in hits:
        text = H1 if hit.document_id == docs["h1"] else H2
        assert text[hit.start : hit.end] == hit.text
        assert hit.document_name in ("H1", "H2")


def test_match_case(project: Project, docs: dict[str, int]) -> None:
    assert [h.text for h in search(project, "JONO", case_sensitive=True)] == ["JONO"]
    assert [h.text for h in search(project, "Jono", case_sensitive=True)] == ["Jono"]


def test_plain_text_is_not_a_pattern(project: Project, docs: dict[str, int]) -> None:
    assert search(project, "pitkiä.") != []
    assert search(project, "pitki..") == []
    assert [h.text for h in search(project, "(")] == []


def test_regular_expressions(project: Project, docs: dict[str, int]) -> None:
    hits = search(project, r"\bjono\w*", regex=True)
    assert [h.text for h in hits] == ["Jono", "jonossa", "JONOT", "jonoa", "jonoa"]
    # A pattern that can match empty text finds only real matches.
    assert [h.text for h in search(project, r"x*", regex=True)] == []
    exact = search(project, r"jono(t|ssa)", regex=True, case_sensitive=True)
    assert [h.text for h in exact] == ["jonot", "jonossa"]


def test_invalid_regular_expression_is_a_clear_error(
    project: Project, docs: dict[str, int]
) -> None:
    with pytest.raises(ValidationError) as caught:
        search(project, "jono(", regex=True)
    message = str(caught.value)
    assert "'jono('" in message and "not a valid regular expression" in message
    assert "position 5" in message


def test_positions_are_code_points_with_emoji(project: Project, docs: dict[str, int]) -> None:
    [hit] = search(project, "ovat")
    assert hit.start == H1.index("ovat") == 13  # the emoji counts as one
    assert Utf16Map(H1).to_utf16(hit.start) == 14  # Qt counts it as two
    [thumb] = search(project, "👍🏽")
    assert (thumb.start, thumb.end) == (20, 22) and H2[thumb.start : thumb.end] == "👍🏽"
    [after] = search(project, "Ei jonoa")
    assert H2[after.start : after.end] == "Ei jonoa"


def test_scope_by_documents_and_kinds(project: Project, docs: dict[str, int]) -> None:
    assert {h.document_id for h in search(project, "jono", document_ids=[docs["h2"]])} == {
        docs["h2"]
    }
    assert search(project, "jono", kinds=["survey_answer"]) == []
    assert [h.text for h in search(project, "täynnä", kinds=["survey_answer"])] == ["täynnä"]
    assert search(project, "jono", document_ids=[]) == []


def test_limit_and_empty_query(project: Project, docs: dict[str, int]) -> None:
    assert len(search(project, "jono", limit=2)) == 2
    assert search(project, "") == []


def test_unknown_mode_is_a_programming_error(project: Project, docs: dict[str, int]) -> None:
    with pytest.raises(ValueError, match="unknown search mode"):
        search(project, "jono", mode="stem")


def test_hits_carry_keyword_in_context(project: Project, docs: dict[str, int]) -> None:
    [hit] = search(project, "kaatuu")
    # 60 characters back is a space: the context starts at the next whole word, and
    # the line break reads as a space.
    assert hit.before == "…ovat pitkiä. Jono, jonossa ja JONOT – aina jonoa! Sovellus "
    assert hit.after == "."
    [narrow] = search(project, "kaatuu", context=12)
    assert narrow.before == "…Sovellus "  # "jonoa!" was cut, so it goes


def test_context_snippets() -> None:
    text = "yksi kaksi kolme neljä viisi kuusi seitsemän"
    five = text.index("viisi")
    assert context_before(text, five, 8) == "…neljä "
    assert context_before(text, five, 6) == "…neljä "  # the cut fell on a space: nothing lost
    assert context_before(text, five, 100) == "yksi kaksi kolme neljä "
    assert context_after(text, five + 5, 8) == " kuusi…"
    assert context_after(text, five + 5, 100) == " kuusi seitsemän"
    assert context_before("a\n\n b", 5) == "a b"
    assert context_after(text, len(text)) == ""


def test_a_large_study_is_read_one_text_at_a_time(project: Project) -> None:
    """Search streams texts: many documents, hits found in each, nothing dropped."""
    for i in range(40):
        project.documents.add(f"D{i}", ("sana " * 500) + f"kassajono{i} " + ("sana " * 500))
    hits = search(project, r"kassajono\d+", regex=True)
    assert [h.text for h in hits] == [f"kassajono{i}" for i in range(40)]
