"""Fuzzy code search for the quick coder: subsequence matching with scoring."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from coding.fuzzy import _fold, code_score, fuzzy_score, rank

CODEBOOK = [
    "Jonot ja kassa",
    "Henkilökunnan osaaminen",
    "Verkkokaupan haku ja navigointi",
    "Mobiilisovellus",
    "Palautukset",
    "Kanta-asiakasohjelma",
    "Asiakaspalvelukanavat",
    "Jonot ja kassa / Itsepalvelukassat",
]


def ranked(query: str) -> list[str]:
    return [CODEBOOK[i] for i in rank(query, enumerate(CODEBOOK))]


def test_letters_in_order_match_and_others_do_not() -> None:
    assert fuzzy_score("jka", "Jonot ja kassa") is not None
    assert fuzzy_score("akj", "Jonot ja kassa") is None
    assert fuzzy_score("zzz", "Jonot ja kassa") is None


def test_case_and_finnish_letters() -> None:
    assert ranked("HENKILÖ") == ["Henkilökunnan osaaminen"]
    # a plain letter finds the Finnish one, but typing the real letter scores higher
    plain, real = fuzzy_score("henkilo", "Henkilökunnan"), fuzzy_score("henkilö", "Henkilökunnan")
    assert plain is not None and real is not None and real > plain
    # someone who types 'ä' means 'ä'
    assert fuzzy_score("ä", "Jonot ja kassa") is None
    assert fuzzy_score("ä", "Äänestys") is not None


def test_word_starts_and_runs_rank_first() -> None:
    assert ranked("kassa")[0] == "Jonot ja kassa"
    assert ranked("pal")[0] == "Palautukset"
    assert ranked("asiakas")[0] == "Asiakaspalvelukanavat"
    assert ranked("jk")[0] == "Jonot ja kassa"


def test_full_path_matches_and_words_match_in_any_order() -> None:
    assert ranked("jonot itse") == ["Jonot ja kassa / Itsepalvelukassat"]
    assert ranked("itse jonot") == ["Jonot ja kassa / Itsepalvelukassat"]
    # the code's own name counts more than its parent's
    own = code_score("itse", "Jonot ja kassa / Itsepalvelukassat")
    assert own is not None and own > (fuzzy_score("itse", "Jonot ja kassa / Itsepalvelu") or 0) - 1


def test_empty_query_keeps_every_item_in_order() -> None:
    assert ranked("") == CODEBOOK
    assert ranked("  ") == CODEBOOK
    assert rank("a", [(1, "ab"), (2, "a")]) == [2, 1]  # equal scores: shorter first
    assert rank("x", [(1, "x"), (2, "x")], limit=1) == [1]


@given(st.text(min_size=1, max_size=40), st.data())
def test_any_subsequence_matches(text: str, data: st.DataObject) -> None:
    picks = data.draw(st.lists(st.integers(0, len(text) - 1), max_size=8, unique=True))
    query = "".join(text[i] for i in sorted(picks) if not text[i].isspace())
    assert fuzzy_score(query, text) is not None


@given(st.text(max_size=30), st.text(max_size=30))
def test_scores_are_finite_and_a_match_implies_all_letters_occur(query: str, text: str) -> None:
    score = fuzzy_score(query, text)
    if score is not None:
        assert score == score and score != float("inf")
        folded = {_fold(ch) for ch in text}
        for ch in "".join(query.split()):
            assert _fold(ch) in folded
