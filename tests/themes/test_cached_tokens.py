"""Themes read processed documents from the language cache: no spaCy runs, and the
tokens are the cache's lemmas and POS with the same stop flags and vectors."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sklearn.metrics import adjusted_rand_score

from coding.nlp.processing import process_project
from coding.themes import tokenise as tokenise_module
from coding.themes.engine import build_model, run_themes
from coding.themes.represent import Tokenised
from coding.themes.tokenise import from_table, stop_words, tokenise, unit_tokens
from coding.themes.units import Unit, cached_tables, collect_units
from workbench.project import Project


def _spans(units: list[Unit]) -> list[tuple[int, int, int]]:
    return [(u.document_id, u.start, u.end) for u in units]


@pytest.fixture
def spacy_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Counts every run of a spaCy pipeline (``nlp(text)``, ``nlp.pipe(texts)``)
    and of the themes' own tokeniser from here on."""
    from spacy.language import Language

    calls: list[str] = []
    call, pipe = Language.__call__, Language.pipe

    def counted_call(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append("__call__")
        return call(self, *args, **kwargs)

    def counted_pipe(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append("pipe")
        return pipe(self, *args, **kwargs)

    def counted_tokenise(*args: Any, **kwargs: Any) -> Any:
        calls.append("tokenise")
        return tokenise(*args, **kwargs)

    monkeypatch.setattr(Language, "__call__", counted_call)
    monkeypatch.setattr(Language, "pipe", counted_pipe)
    monkeypatch.setattr(tokenise_module, "tokenise", counted_tokenise)
    yield calls


def test_processed_project_runs_no_spacy_and_matches_on_the_fly(
    demo: Project, spacy_calls: list[str]
) -> None:
    units = collect_units(demo, "answers")
    texts, languages = [u.text for u in units], [u.language for u in units]
    assert cached_tables(demo, units) == {}  # nothing processed yet: all on the fly
    fresh = tokenise(texts, languages)
    on_the_fly = build_model(units, fresh)
    process_project(demo)
    tables = cached_tables(demo, units)
    assert set(tables) == {u.document_id for u in units}

    spacy_calls.clear()
    model = run_themes(units, tables=tables)
    again = run_themes(units, tables=tables)
    cached = unit_tokens(texts, languages, _spans(units), tables)
    assert spacy_calls == []

    # Deterministic, with vectors, every unit placed.
    assert model.has_vectors
    assert sorted(i for t in model.themes(4) for i in t.members) == list(range(len(units)))
    assert [t.members for t in model.themes(4)] == [t.members for t in again.themes(4)]
    assert model.terms == again.terms

    # The same tokens, stop flags and vectors, apart from a few lemmas and POS
    # (the cache's tagger sees whole documents and takes POS from its tags):
    # on the demo's answers 700 of 703 lemmas and 697 POS agree.
    assert [len(u) for u in cached] == [len(u) for u in fresh]
    pairs = [
        (a, b) for ua, ub in zip(fresh, cached, strict=True) for a, b in zip(ua, ub, strict=True)
    ]
    assert all(a.is_stop == b.is_stop for a, b in pairs)
    assert sum(a.lemma == b.lemma for a, b in pairs) / len(pairs) >= 0.99
    assert sum(a.pos == b.pos for a, b in pairs) / len(pairs) >= 0.98
    same = [(a, b) for a, b in pairs if a.lemma == b.lemma]
    assert all(a.vector is not None and b.vector is not None for a, b in same)
    assert all((a.vector == b.vector).all() for a, b in same if a.vector is not None)

    # So the clustering is the on-the-fly one given those few tokens: the same
    # clusters exactly. (Ward over 56 short answers is sensitive to them: against
    # the on-the-fly clusters the adjusted Rand index is about 0.4 at 4 themes.)
    patched: list[Tokenised] = [
        [b if (a.lemma, a.pos) != (b.lemma, b.pos) else a for a, b in zip(ua, ub, strict=True)]
        for ua, ub in zip(fresh, cached, strict=True)
    ]
    expected = build_model(units, patched)
    for k in (3, 4, 6, 10):
        assert [t.members for t in model.themes(k)] == [t.members for t in expected.themes(k)]
        assert [t.keywords for t in model.themes(k)] == [t.keywords for t in expected.themes(k)]
    assert adjusted_rand_score(on_the_fly.labels(4), model.labels(4)) > 0.25


def test_stale_documents_fall_back_to_the_tokeniser(demo: Project) -> None:
    units = collect_units(demo, "answers")
    process_project(demo)
    document_id = units[0].document_id
    assert set(cached_tables(demo, units)) == {u.document_id for u in units}
    demo.documents.set_language(document_id, "en")  # its cached table is stale now
    assert document_id not in cached_tables(demo, units)


def test_from_table_reads_lemmas_pos_and_stop_words(demo: Project) -> None:
    process_project(demo)
    unit = collect_units(demo, "answers")[0]
    table = demo.nlp.get(unit.document_id)
    assert table is not None
    tokens = from_table(table, unit.start, unit.end, unit.text)
    span = table.span(unit.start, unit.end)
    surfaces = [
        unit.text[s - unit.start : e - unit.start]
        for s, e in zip(table.starts[span].tolist(), table.ends[span].tolist(), strict=True)
    ]
    words = [w for w in surfaces if any(c.isalnum() for c in w)]
    assert len(tokens) == len(words) and all(t.vector is None for t in tokens)
    assert [t.lemma for t in tokens] == [
        table.vocab[i].lemma
        for i, w in zip(table.terms[span].tolist(), surfaces, strict=True)
        if any(c.isalnum() for c in w)
    ]
    stops = stop_words("fi")
    assert [t.is_stop for t in tokens] == [w.lower() in stops for w in words]
    assert "ja" in stops and "the" in stop_words("other")
