"""Emotion suggestions: the shipped models load from resources (no network, no
pickle), rank the obvious emotion of clear sentences high, are deterministic, and
write nothing until accepted — and accepting is one undoable action."""

from __future__ import annotations

import pickle
import shutil
import socket
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from coding import emotions
from coding.emotion_model import FORMAT, XED_FAMILIES, EmotionModel, ModelError, features
from coding.emotions import Candidate, EmotionHint, suggest, suggest_many
from workbench.project import Project
from workbench.store.defaults import PLUTCHIK_FAMILIES

CLEAR = [
    ("Olen todella vihainen, kassajono oli taas tunnin", "fi", "anger"),
    ("Ihana palvelu, kiitos paljon! Olen tosi iloinen.", "fi", "joy"),
    ("Pelkään, että paketti katoaa matkalla.", "fi", "fear"),
    ("I am so angry, the queue took an hour again!", "en", "anger"),
    ("Thank you so much, I love this store!", "en", "joy"),
    ("I am scared the parcel will get lost.", "en", "fear"),
]


@pytest.mark.parametrize("language", ["fi", "en"])
def test_the_shipped_models_load_from_resources_and_stay_small(language: str) -> None:
    path = emotions.MODELS_DIR / f"emotions-{language}.npz"
    assert path.is_file() and path.stat().st_size < 2_000_000
    model = emotions.load_model(language)
    assert model.families == XED_FAMILIES
    assert set(model.families) == set(PLUTCHIK_FAMILIES)
    assert model.meta["language"] == language and "CC BY 4.0" in model.meta["licence"]
    attribution = (emotions.MODELS_DIR / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "Öhman" in attribution and "COLING 2020" in attribution and "CC BY 4.0" in attribution


@pytest.mark.parametrize(("text", "language", "family"), CLEAR)
def test_clear_sentences_get_their_emotion_in_the_top_three(
    text: str, language: str, family: str
) -> None:
    hints = suggest(text, language)
    assert len(hints) == 3
    assert family in [h.family for h in hints]
    confidences = [h.confidence for h in hints]
    assert confidences == sorted(confidences, reverse=True)
    assert all(0.0 <= c <= 1.0 for c in confidences)


def test_a_plainly_happy_sentence_ranks_joy_first() -> None:
    assert suggest("Ihana palvelu, kiitos paljon! Olen tosi iloinen.", "fi")[0].family == "joy"
    assert suggest("Thank you so much, I love this store!", "en")[0].family == "joy"


def test_suggestions_are_deterministic_and_batching_changes_nothing() -> None:
    texts = [t for t, lang, _f in CLEAR if lang == "fi"]
    batch = suggest_many(texts, "fi")
    assert batch == suggest_many(texts, "fi")
    assert batch == [suggest(t, "fi") for t in texts]


def test_no_hints_without_a_model_or_without_known_words() -> None:
    assert suggest("Det här är svenska.", "other") == []
    assert suggest("   ", "fi") == []
    assert suggest_many([], "fi") == []


def test_the_model_loads_with_the_network_unavailable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(emotions.MODELS_DIR / "emotions-fi.npz", tmp_path / "emotions-fi.npz")

    def no_network(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("the emotion model must not touch the network")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    hints = suggest("Olen todella vihainen", "fi", models_dir=tmp_path)
    assert hints and hints[0].family == "anger"


class _Exploit:
    """Unpickling this would create a file: proof that the loader never unpickles."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (Path.touch, (self.marker,))


def test_the_loader_refuses_pickled_data(tmp_path: Path) -> None:
    marker = tmp_path / "unpickled"
    good = emotions.load_model("fi")
    arrays = {
        "vocabulary": np.frombuffer("\n".join(good.vocabulary).encode(), np.uint8),
        "idf": good.idf,
        "coef": good.coef,
        "intercept": good.intercept,
        "platt_a": good.platt_a,
        "platt_b": good.platt_b,
        "meta": np.array([_Exploit(marker)], dtype=object),  # an object array = a pickle
    }
    with_objects = tmp_path / "objects" / "emotions-fi.npz"
    with_objects.parent.mkdir()
    np.savez(with_objects, allow_pickle=True, **arrays)  # type: ignore[arg-type]
    plain_pickle = tmp_path / "pickle" / "emotions-fi.npz"
    plain_pickle.parent.mkdir()
    plain_pickle.write_bytes(pickle.dumps(_Exploit(marker)))
    for folder in (with_objects.parent, plain_pickle.parent):
        with pytest.raises(ModelError, match="not a valid Teema model"):
            emotions.load_model("fi", folder)
    with pytest.raises(ModelError, match="not a valid Teema model"):
        EmotionModel.load(tmp_path / "emotions-fi.pkl")
    assert not marker.exists()


def test_a_missing_model_says_so(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="missing"):
        emotions.load_model("fi", tmp_path)


def test_a_saved_model_round_trips(tmp_path: Path) -> None:
    model = emotions.load_model("en")
    model.save(tmp_path / "copy.npz")
    again = EmotionModel.load(tmp_path / "copy.npz")
    assert again.meta["format"] == FORMAT and again.vocabulary == model.vocabulary
    text = "I am scared the parcel will get lost."
    assert np.array_equal(again.scores([text]), model.scores([text]))


def test_features_see_inflected_forms_of_one_stem() -> None:
    shared = set(features("vihainen")) & set(features("vihaisena"))
    assert "c: viha" in shared


# -- batch review and applying ------------------------------------------------------------


@pytest.fixture
def coded(project: Project) -> tuple[Project, list[int]]:
    text = "Olen todella vihainen, kassajono oli taas tunnin. Kiitos, myyjä oli ihana!"
    doc = project.documents.add("H1", text, kind="interview", language="fi")
    angry = project.segments.add(doc.id, 0, 48)
    happy = project.segments.add(doc.id, 50, len(text))
    done = project.segments.add(doc.id, 5, 20, emotion_id=project.schemes.emotion("joy").id)
    return project, [angry.id, happy.id, done.id]


def test_review_lists_only_segments_without_an_emotion(coded: tuple[Project, list[int]]) -> None:
    project, (angry, happy, _done) = coded
    candidates = emotions.review_candidates(project)
    assert [c.segment_id for c in candidates] == [angry, happy]
    assert all(c.language == "fi" for c in candidates)
    assert emotions.review_candidates(project, document_id=-1) == []


def test_the_batch_job_reports_progress_and_stops_when_cancelled() -> None:
    candidates = [Candidate(i, 1, text, lang) for i, (text, lang, _f) in enumerate(CLEAR)]
    steps: list[tuple[int, int]] = []
    result = emotions.suggest_work(candidates, batch=2)(
        lambda done, total, _msg: steps.append((done, total)), lambda: False
    )
    assert sorted(result) == list(range(len(CLEAR)))
    assert all(isinstance(h, EmotionHint) for hints in result.values() for h in hints)
    assert steps[-1] == (len(CLEAR), len(CLEAR))
    assert emotions.suggest_work(candidates)(lambda *_a: None, lambda: True) == {}


def test_accepting_sets_the_family_and_is_one_undoable_action(
    coded: tuple[Project, list[int]],
) -> None:
    project, (angry, happy, _done) = coded
    project.undo.enable()
    with project.undo.record("Accept emotion suggestions") as recording:
        changed = emotions.apply_suggestions(project, [(angry, "anger"), (happy, "joy")])
    assert changed == 2
    anger = project.schemes.emotion("anger", emotions.DEFAULT_INTENSITY)
    segment = project.segments.get(angry)
    assert (segment.emotion_id, segment.valence) == (anger.id, anger.valence)
    recording.changeset.apply(project, "undo")
    assert project.segments.get(angry).emotion_id is None
    assert project.segments.get(happy).emotion_id is None
