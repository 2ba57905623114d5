"""Lemma- and compound-aware search, on the shared seed texts and small cases;
"code all hits"; the ``teema search`` command."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from coding.autocode import code_passages, preview
from coding.nlp.lemma_search import NotProcessedError, parse_query
from coding.nlp.processing import process_project
from coding.search import search
from tests.conftest import SEEDS, needs_shared
from workbench.cli import main
from workbench.project import Project

SMALL = (
    "Kassalla 👩‍👩‍👧 jono kasvoi, ja jonossa seisoi kymmenen. Jonot purkautuivat hitaasti.\n"
    "Asiakaspalvelussa luvattiin palvelua; kassajonossa ei. Palveluita on vähän."
)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    path = tmp_path_factory.mktemp("seeds") / "seeds.teema"
    with Project.create(path) as project:
        for file in sorted(needs_shared(SEEDS).glob("*.txt")):
            project.documents.add(file.stem, file.read_text(encoding="utf-8"), language="fi")
        project.documents.add("small", SMALL, language="fi")
        project.documents.add("en", "Customers complained. One customer left.", language="en")
        process_project(project)
        yield project


def words(project: Project, query: str) -> set[str]:
    return {h.text.lower() for h in search(project, query, mode="lemma")}


def test_palvelu_finds_inflected_and_compound_forms_in_the_seeds(seeds: Project) -> None:
    seed_ids = {d.id for d in seeds.documents.list() if d.name != "small"}
    found = {h.text.lower() for h in search(seeds, "palvelu", mode="lemma", document_ids=seed_ids)}
    assert {"asiakaspalvelu", "asiakaspalvelussa", "palvelun", "palveluita"} <= found
    assert "verkkopalvelussa" in found  # another compound whose last part is palvelu


def test_jono_finds_its_forms(seeds: Project) -> None:
    seed_ids = {d.id for d in seeds.documents.list() if d.name not in ("small", "en")}
    assert {h.text for h in search(seeds, "jono", mode="lemma", document_ids=seed_ids)} == {"jono"}
    assert words(seeds, "jono") >= {"jono", "jonossa", "jonot", "kassajonossa"}


def test_english_lemmas(seeds: Project) -> None:
    assert words(seeds, "customer") == {"customers", "customer"}


def test_phrase_near_and_compound_phrase(seeds: Project) -> None:
    # an emoji is no word: it does not separate a phrase or count in NEAR (as in FTS5)
    assert words(seeds, '"kassa jono"') == {"kassajonossa", "kassalla 👩‍👩‍👧 jono"}
    assert words(seeds, "NEAR(kassa kasvaa, 1)") == {"kassalla 👩‍👩‍👧 jono kasvoi"}
    assert words(seeds, "NEAR(kasvaa kassa, 0)") == set()
    assert words(seeds, "NEAR(seisoa jono)") == {"jonossa seisoi"}
    assert words(seeds, '"jono kasvaa"') == {"jono kasvoi"}
    assert parse_query('a "b c" NEAR(d e, 3) near(f g)') == [
        parse_query("a")[0],
        parse_query('"b c"')[0],
        parse_query("NEAR(d e, 3)")[0],
        parse_query("NEAR(f g, 10)")[0],
    ]


def test_positions_are_code_points_after_emoji(seeds: Project) -> None:
    small = next(d for d in seeds.documents.list() if d.name == "small").id
    text = seeds.documents.text(small)
    hits = search(seeds, "jono", mode="lemma", document_ids=[small])
    assert [text[h.start : h.end] for h in hits] == [h.text for h in hits]
    assert hits[0].start == SMALL.index(" jono ") + 1 and hits[0].before.endswith("👩‍👩‍👧 ")


def test_unprocessed_documents_policy(project: Project) -> None:
    project.documents.add("fi", "Jonossa oli ruuhkaa.", language="fi")
    assert search(project, "jono", mode="lemma", unprocessed="skip") == []
    with pytest.raises(NotProcessedError, match="1 document is not processed"):
        search(project, "jono", mode="lemma", unprocessed="error")
    assert [h.text for h in search(project, "jono", mode="lemma")] == ["Jonossa"]
    assert project.nlp.state() == {}  # processed in memory, stored only by processing


def test_code_all_hits_reviews_then_codes_in_one_undoable_action(project: Project) -> None:
    doc = project.documents.add("fi", SMALL, language="fi").id
    process_project(project)
    code = project.codes.create("Jonot").id
    hits = search(project, "jono", mode="lemma")
    candidates = preview(project, hits, code)
    assert len(candidates) == 4 and not any(c.already_coded for c in candidates)
    sentences = preview(project, hits, code, scope="sentence")
    assert [c.text for c in sentences][:2] == [
        "Kassalla 👩‍👩‍👧 jono kasvoi, ja jonossa seisoi kymmenen.",
        "Jonot purkautuivat hitaasti.",
    ]
    assert sentences[0].hits == 2
    with project.undo.record("Code all hits") as recording:
        code_passages(project, candidates[:3], code)  # the researcher unticked one
    assert len(project.segments.for_code(code)) == 3
    assert [c.already_coded for c in preview(project, hits, code)] == [True, True, True, False]
    recording.changeset.apply(project)
    assert project.segments.for_document(doc) == []


def test_cli_search_processes_first_and_prints_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cli.teema"
    with Project.create(path) as project:
        project.documents.add("Haastattelu", SMALL, language="fi")
    assert main(["search", str(path), "palvelu", "--json"]) == 0
    out, err = capsys.readouterr()
    assert "Processed 1 document" in err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["text"] for r in rows] == ["Asiakaspalvelussa", "palvelua", "Palveluita"]
    assert set(rows[0]) == {"document", "document_id", "start", "end", "text", "context"}
    assert SMALL[rows[0]["start"] : rows[0]["end"]] == "Asiakaspalvelussa"
    assert main(["search", str(path), "palvelu"]) == 0  # cached now: nothing processed
    out, err = capsys.readouterr()
    assert err == "" and "[Palveluita]" in out
    assert main(["search", str(path), "jono[a-z]+", "--mode", "regex"]) == 0
    assert "[jonossa]" in capsys.readouterr().out
