"""Processing once: stored compactly, reused on reopen, only changed documents
redone; the schema upgrade from version 1; undo ignores the cache."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from coding.nlp import processing
from coding.nlp.pipelines import LanguagePipeline
from coding.nlp.processing import collect_pending, process_documents, process_project
from workbench.domain.nlp_cache import decode
from workbench.project import Project
from workbench.store import migrations

FI = "Asiakaspalvelussa 😀 oli pitkät jonot.\nJonossa odotin palvelun takia."
EN = "The customers were happy. Customer service was quick."


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many texts went through a spaCy pipeline."""
    counted: list[int] = []
    real = processing.run_pipeline

    def counting(pipeline: LanguagePipeline, texts: list[str], batch_size: int = 32) -> list[Any]:
        counted.append(len(texts))
        return real(pipeline, texts, batch_size)

    monkeypatch.setattr(processing, "run_pipeline", counting)
    return counted


def test_tokens_sentences_lemmas_pos_and_parts_are_stored(
    project: Project, finnish: LanguagePipeline
) -> None:
    doc = project.documents.add("fi", FI, language="fi")
    process_project(project)
    table = project.nlp.get(doc.id)
    assert table is not None and table.language == "fi" and not table.degraded
    words = [FI[s:e] for s, e in zip(table.starts.tolist(), table.ends.tolist(), strict=True)]
    assert words[:5] == ["Asiakaspalvelussa", "😀", "oli", "pitkät", "jonot"]
    assert table.lemmas()[words.index("jonot")] == "jono"
    assert table.pos_tags()[words.index("jonot")] == "NOUN"
    assert [words[i] for i in table.sents] == ["Asiakaspalvelussa", "Jonossa"]
    assert table.vocab[int(table.terms[0])].parts == ("asiakas", "palvelu")
    # positions are code points: the emoji is one
    assert FI[table.starts[2] : table.ends[2]] == "oli"


def test_token_table_round_trips_through_its_blob(
    project: Project, english: LanguagePipeline
) -> None:
    doc = project.documents.add("en", EN, language="en")
    table = process_documents(collect_pending(project)).done[0][0]
    vocab, blob = table.encode()
    again = decode((doc.id, table.text_hash, table.model, "en", 0, vocab, blob))
    assert again.lemmas() == table.lemmas() == [
        "the", "customer", "be", "happy", ".", "customer", "service", "be", "quick", ".",
    ]  # fmt: skip
    for name in ("starts", "ends", "terms", "pos", "sents"):
        assert np.array_equal(getattr(again, name), getattr(table, name))


def test_reopening_recomputes_nothing_and_only_changed_documents_are_redone(
    project_path: Path, calls: list[int], finnish: LanguagePipeline, english: LanguagePipeline
) -> None:
    with Project.create(project_path) as project:
        fi = project.documents.add("fi", FI, language="fi").id
        en = project.documents.add("en", EN, language="en").id
        assert len(process_project(project).done) == 2
    assert calls
    calls.clear()
    with Project.open(project_path) as project:
        assert collect_pending(project) == []
        assert process_project(project).done == []
        from coding.search import search

        assert [h.text for h in search(project, "jono", mode="lemma")] == ["jonot", "Jonossa"]
        assert calls == []  # neither processing nor searching ran a pipeline
        project.documents.set_language(en, "fi")  # a manual override: redo that one
        third = project.documents.add("new", "Kassajonot olivat pitkiä.", language="fi").id
        assert {p.document_id for p in collect_pending(project)} == {en, third}
        process_project(project)
        assert project.nlp.get(en).language == "fi"  # type: ignore[union-attr]
        assert project.nlp.get(fi) is not None and collect_pending(project) == []


def test_cancel_stops_between_batches(project: Project) -> None:
    project.documents.add("fi", FI, language="fi")
    result = process_documents(collect_pending(project), cancelled=lambda: True)
    assert result.cancelled and result.done == []


def test_long_documents_are_cut_at_line_breaks() -> None:
    text = ("Rivi numero yksi on tässä.\n" * 200) + "x" * 5000
    pieces = list(processing.chunks(text, 2000))
    assert "".join(p for _o, p in pieces) == text
    assert all(text[o : o + len(p)] == p for o, p in pieces)
    assert all(p.endswith("\n") for _o, p in pieces[:-3])


def test_deleting_a_document_drops_its_cache_and_undo_ignores_the_cache(project: Project) -> None:
    project.undo.enable()  # the FTS5 table must not break undo's triggers
    doc = project.documents.add("fi", FI, language="fi").id
    process_project(project)
    assert project.nlp.candidates('"jono"') == {doc}
    with project.undo.record("delete") as recording:
        project.documents.delete(doc)
    assert project.nlp.get(doc) is None and project.nlp.candidates('"jono"') == set()
    recording.changeset.apply(project)  # undo: the document is back, not processed
    assert project.documents.get(doc).name == "fi"
    assert [p.document_id for p in collect_pending(project)] == [doc]


def test_version_1_project_upgrades_and_then_processes(
    project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", {1: migrations.MIGRATIONS[1]})
        with Project.create(project_path) as old:
            old.documents.add("fi", FI, language="fi")
            assert migrations.read_version(old.conn) == 1
    with Project.open(project_path) as project:
        assert migrations.read_version(project.conn) == migrations.current_version()
        assert project.migration_backup is not None
        assert len(process_project(project).done) == 1
        assert project.nlp.candidates('"palvelu"') == {1}
