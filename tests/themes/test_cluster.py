"""Representation, clustering and labelling: deterministic, cut at any k without
clustering again, keywords that tell themes apart."""

from __future__ import annotations

import numpy as np
import pytest

from coding.themes import cluster
from coding.themes.cluster import build_tree, canonical
from coding.themes.engine import build_model
from coding.themes.label import c_tf_idf, representatives
from coding.themes.represent import Settings, Token, is_content, is_keyword, represent
from coding.themes.units import Unit, collect_units
from tests.themes.conftest import plain_model, plain_tokens
from workbench.project import Project

TOPICS = {
    "jono": "jono kassa odotus jono kassa",
    "sovellus": "sovellus kaatuminen päivitys sovellus puhelin",
    "palautus": "palautus kuitti hyvitys palautus paketti",
}


def _units(n: int = 10) -> list[Unit]:
    return [
        Unit(0, i, i + 1, f"{words} {name}{i % 3}")
        for name, words in TOPICS.items()
        for i in range(n)
    ]


def test_same_input_gives_identical_themes(demo: Project) -> None:
    units = collect_units(demo, "segments")
    first, second = plain_model(units), plain_model(units)
    assert np.array_equal(first.matrix, second.matrix)
    assert first.themes(10) == second.themes(10)
    assert first.method == "ward"


def test_topics_fall_apart_with_telling_keywords() -> None:
    model = plain_model(_units())
    themes = model.themes(3)
    assert sorted(len(t.members) for t in themes) == [10, 10, 10]
    for theme in themes:
        words = " ".join(model.units[i].text for i in theme.members)
        topic = next(name for name, text in TOPICS.items() if text in words)
        assert set(theme.keywords[:2]) <= set(TOPICS[topic].split())
        assert 3 <= len(theme.quotes) <= 5 and set(theme.quotes) <= set(theme.members)


def test_the_slider_cuts_the_kept_tree_without_clustering_again(
    demo: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = plain_model(collect_units(demo, "segments"))
    tree_linkage = model.tree.linkage
    monkeypatch.setattr(cluster, "linkage", lambda *a, **k: pytest.fail("clustered again"))
    for k in (2, 5, 10, 25):
        labels = model.labels(k)
        assert len(set(labels.tolist())) == k
        assert len(model.themes(k)) == k
        assert sum(len(t.members) for t in model.themes(k)) == len(model.units)
    assert model.tree.linkage is tree_linkage
    sizes = [len(t.members) for t in model.themes(10)]
    assert sizes == sorted(sizes, reverse=True)  # theme 0 is the largest


def test_above_the_ward_limit_minibatch_kmeans_is_used_and_reproducible(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cluster, "WARD_LIMIT", 20)
    units = _units()
    first = plain_model(units)
    assert first.method == "kmeans" and first.tree.linkage is None
    assert first.themes(3) == plain_model(units).themes(3)
    assert len(set(first.labels(3).tolist())) == 3


def test_kmeans_can_be_chosen_below_the_limit() -> None:
    model = plain_model(_units(), method="kmeans")
    assert model.method == "kmeans"
    assert model.parameters(3)["method"] == "kmeans"


def test_canonical_numbers_by_size_then_first_member() -> None:
    assert canonical(np.array([5, 2, 2, 7, 5, 2])).tolist() == [1, 0, 0, 2, 1, 0]


def test_content_and_keyword_words() -> None:
    assert is_content(Token("jono", "NOUN", False))
    assert is_content(Token("odottaa", "VERB", False))
    assert not is_keyword(Token("odottaa", "VERB", False))
    assert not is_content(Token("olla", "AUX", True))
    assert not is_content(Token("2024", "NUM", False))
    assert is_keyword(Token("card", "", False))  # no tagger (English blank): any non-stop word


def test_representation_blocks_with_and_without_vectors() -> None:
    tokens = plain_tokens([u.text for u in _units()])
    lsa_only = represent(tokens, Settings(dims=5))
    assert lsa_only.shape[1] <= 5
    with_vectors = [
        [Token(t.lemma, t.pos, t.is_stop, np.full(4, float(len(t.lemma)), np.float32)) for t in u]
        for u in tokens
    ]
    both = represent(with_vectors, Settings(dims=5, vector_weight=2.0))
    assert both.shape[1] == lsa_only.shape[1] + 4
    assert np.allclose(np.linalg.norm(both[:, -4:], axis=1), 2.0)
    assert build_model(_units(), with_vectors).has_vectors


def test_c_tf_idf_prefers_words_particular_to_a_class() -> None:
    classes = [["jono", "jono", "asiakas"], ["sovellus", "asiakas", "sovellus"]]
    assert c_tf_idf(classes, 1) == [["jono"], ["sovellus"]]
    assert c_tf_idf([[], ["a"]], 2) == [[], ["a"]]


def test_representatives_are_closest_to_the_centre() -> None:
    matrix = np.array([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0], [0.5, 0.5]])
    labels = np.array([0, 0, 1, 0])
    assert representatives(matrix, labels, 0, 2) == [1, 0]


def test_a_few_or_no_units_still_cluster() -> None:
    assert build_tree(np.zeros((1, 3))).cut(5).tolist() == [0]
    model = plain_model([Unit(0, 0, 1, "jono kassa"), Unit(0, 1, 2, "sovellus")])
    assert len(model.themes(5)) == 2


def test_the_spacy_adapter_gives_finnish_lemmas_and_vectors() -> None:
    from coding.themes.tokenise import tokenise

    (unit,) = tokenise(["Asiakaspalvelussa jonot olivat pitkiä."], "fi")
    lemmas = {t.lemma: t for t in unit}
    assert {"asiakaspalvelu", "jono", "pitkä"} <= set(lemmas)
    assert lemmas["jono"].pos == "NOUN" and lemmas["jono"].vector is not None
    assert lemmas["olla"].is_stop
    (english,) = tokenise(["The cards were arriving"], "en")
    assert [t.lemma for t in english] == ["the", "card", "be", "arrive"]
    assert all(t.vector is None for t in english)
