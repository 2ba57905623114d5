"""Pipelines: Finnish and English lemmas, compound parts, language choice, and the
degraded mode when Voikko's library is missing."""

from __future__ import annotations

from pathlib import Path

import libvoikko
import pytest

from coding.nlp import pipelines
from coding.nlp.language import effective_language
from coding.nlp.pipelines import LanguagePipeline, compound_parts
from coding.nlp.processing import process_project
from coding.search import search
from workbench.project import Project


def test_finnish_pipeline_lemmatises_without_parser_or_ner(finnish: LanguagePipeline) -> None:
    assert "parser" not in finnish.nlp.pipe_names and "ner" not in finnish.nlp.pipe_names
    doc = finnish.nlp("Palveluita oli vähän, ja jonot olivat pitkät.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["Palveluita"] == "palvelu"
    assert lemmas["jonot"] == "jono"
    assert finnish.model.startswith("v1/fi/spacy_fi_experimental_web_md-")


def test_english_pipeline_lemmatises(english: LanguagePipeline) -> None:
    assert not english.degraded
    assert english.query_keys("customers") >= {"customer", "customers"}


@pytest.mark.parametrize(
    ("wordbases", "base", "parts"),
    [
        ("+asiakas(asiakas)+palvel(palvella)+u(+u)", "asiakaspalvelu", ("asiakas", "palvelu")),
        ("+kassa(kassa)+jono(jono)", "kassajono", ("kassa", "jono")),
        ("+palvel(palvella)+u(+u)", "palvelu", ()),
        ("+jono(jono)", "jono", ()),
        ("", "", ()),
    ],
)
def test_compound_parts_from_voikko_wordbases(
    wordbases: str, base: str, parts: tuple[str, ...]
) -> None:
    assert compound_parts(wordbases, base) == parts


def test_voikko_gives_parts_and_other_base_forms(finnish: LanguagePipeline) -> None:
    with finnish.lock:
        assert finnish.analyse_word("asiakaspalvelussa") == (
            ("asiakas", "palvelu"),
            ("asiakaspalvelu",),
        )
        assert "jono" in finnish.analyse_word("Jonossa")[1]


def test_document_language_stored_wins_and_other_is_guessed() -> None:
    english = "The customers said the queue at the checkout was far too long and slow."
    assert effective_language("fi", english) == "fi"
    assert effective_language("other", english) == "en"
    assert (
        effective_language(
            "other", "Jonossa odotettiin pitkään, ja asiakkaat olivat tyytymättömiä."
        )
        == "fi"
    )
    assert effective_language("other", "1234 5678") == "other"


def test_missing_voikko_gives_message_and_searches_written_forms(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def missing(*_args: object, **_kwargs: object) -> None:
        raise OSError("libvoikko.so.1: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(libvoikko, "Voikko", missing)
    monkeypatch.setattr(pipelines, "_loaded", {})  # the real pipelines come back afterwards
    pipeline = pipelines.get_pipeline("fi")
    assert pipeline.degraded and pipeline.nlp is None
    assert "Voikko" in pipeline.message and "libvoikko1" in pipeline.message

    with Project.create(tmp_path / "p.teema") as project:
        project.documents.add("a", "Palvelun laatu vaihteli. Palvelu oli hidasta.", language="fi")
        result = process_project(project)
        assert result.messages == [pipelines.degraded_message()]
        assert [h.text for h in search(project, "palvelun", mode="lemma")] == ["Palvelun"]
        assert [h.text for h in search(project, "palvelu", mode="lemma")] == ["Palvelu"]
        assert project.nlp.get(1) is not None and project.nlp.get(1).degraded  # type: ignore[union-attr]
