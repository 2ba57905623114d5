"""Workshop board paint speed (offscreen Qt, 1920×1080 view): one frame of a board
with 200 cards while panning at three zoom levels (the whole board, 35 %, 100 %)
and while zooming (every frame a new scale, so the card caches are redrawn).
Target: < 16 ms per frame (median).

Run:  .venv/bin/python -m pytest benchmarks/test_board_paint.py --benchmark-only \\
          --benchmark-columns=min,median,max
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from itertools import cycle
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytest.importorskip("PySide6")

from benchmarks.conftest import finnish_paragraphs, scaled
from workbench.project import Project

CARDS = scaled(200)


@pytest.fixture(scope="module")
def board_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 top-level codes, each with a few coded passages carrying emotions."""
    path = tmp_path_factory.mktemp("board") / "board.teema"
    rng = random.Random(5)
    paragraphs = finnish_paragraphs()
    with Project.create(path, coder="bench") as p, p.transaction():
        text = "\n\n".join(rng.choice(paragraphs) for _ in range(CARDS * 2))
        doc = p.documents.add("Haastattelu", text, kind="interview", language="fi")
        emotions = [e.id for e in p.schemes.emotions()]
        for i in range(CARDS):
            code = p.codes.create(f"Teema {i + 1}: {rng.choice(paragraphs)[:40]}")
            for _ in range(3):
                start = rng.randrange(0, len(text) - 300)
                end = start + rng.randrange(60, 300)
                valence = rng.choice((-2, -1, 1, 2))
                emotion = rng.choice(emotions)
                p.segments.add(doc.id, start, end, code_ids=[code.id], emotion_id=emotion,
                               valence=valence)  # fmt: skip
        p.board.ensure_cards()
        participant = p.votes.add_participant("Anna")
        p.votes.set_dots_per_participant(99)
        for code in p.codes.list()[: min(CARDS, 40)]:
            p.votes.vote(participant.id, code_id=code.id)
    return path


@pytest.fixture
def view(board_project: Path, qapp) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from ui.session import Session
    from ui.workshop.board_scene import BoardScene
    from ui.workshop.board_view import BoardView
    from ui.workshop.controller import BoardController

    project = Project.open(board_project, coder="bench", check="quick_check")
    session = Session(project)
    scene = BoardScene(session, BoardController(session))
    widget = BoardView(scene)
    widget.resize(1920, 1080)
    widget.show()
    qapp.processEvents()
    yield widget
    widget.close()
    widget.deleteLater()
    qapp.processEvents()
    project.close()


def _points(view) -> list[object]:  # type: ignore[no-untyped-def]
    rect = view.board.board_rect()
    return [
        rect.topLeft() + (rect.bottomRight() - rect.topLeft()) * f
        for f in (0.2, 0.35, 0.5, 0.65, 0.8, 0.5)
    ]


@pytest.mark.parametrize("zoom", ["fit", 0.35, 1.0], ids=["fit", "35%", "100%"])
def test_pan_frame(benchmark, view, zoom) -> None:  # type: ignore[no-untyped-def]
    view.fit_all()
    if zoom != "fit":
        view.set_zoom(zoom)
    points = cycle(_points(view))

    def frame() -> None:
        view.centerOn(next(points))
        view.viewport().grab()

    benchmark.pedantic(frame, rounds=30, iterations=1, warmup_rounds=6)
    assert len(view.board.cards()) == CARDS
    benchmark.extra_info["cards"] = CARDS
    benchmark.extra_info["zoom"] = round(view.zoom(), 3)


def test_zoom_frame(benchmark, view) -> None:  # type: ignore[no-untyped-def]
    view.fit_all()
    view.centerOn(view.board.board_rect().center())
    steps = cycle([1.1, 1.1, 1.1, 1 / 1.1, 1 / 1.1, 1 / 1.1])

    def frame() -> None:
        view.zoom_by(next(steps))
        view.viewport().grab()

    benchmark.pedantic(frame, rounds=30, iterations=1, warmup_rounds=2)
    benchmark.extra_info["cards"] = CARDS
