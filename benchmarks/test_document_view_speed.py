"""Document view speed targets (2-core machine, offscreen Qt): open a 2 MB transcript
with 4,000 overlapping coded segments, highlights and stripes painted, < 0.25 s;
code one more passage on it, re-highlight and repaint included, < 20 ms; switch
between two such documents < 0.3 s; and opening with 1,000 / 2,000 / 4,000
segments, to see how it grows.

Run:  .venv/bin/python -m pytest benchmarks/test_document_view_speed.py --benchmark-only \\
          --benchmark-columns=min,median,max
"""

from __future__ import annotations

import os
import random
import re
from collections.abc import Iterator
from itertools import cycle
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytest.importorskip("PySide6")

from benchmarks.conftest import finnish_paragraphs, scaled
from workbench.domain.documents import NewTurn
from workbench.project import Project

CHARS = scaled(2_000_000)
SEGMENT_COUNTS = (scaled(1000), scaled(2000), scaled(4000))
CODES = 50
_LABEL = re.compile(r"^\s*(\[[^\]]*\]\s*)?[\w ]{1,20}:\s*")


def transcript(rng: random.Random, chars: int) -> tuple[str, list[NewTurn]]:
    """Real Finnish paragraphs as alternating interviewer and participant turns."""
    paragraphs = [_LABEL.sub("", p) for p in finnish_paragraphs()]
    parts: list[str] = []
    turns: list[NewTurn] = []
    size, seconds = 0, 0
    while size < chars:
        asking = len(turns) % 2 == 0
        speaker = "Haastattelija" if asking else "H1"
        label = f"[{seconds // 3600:02}:{seconds // 60 % 60:02}:{seconds % 60:02}] {speaker}: "
        body = rng.choice(paragraphs)
        start = size + len(label)
        turns.append(
            NewTurn(start, start + len(body), speaker, "interviewer" if asking else "participant")
        )
        parts.append(label + body)
        size += len(label) + len(body) + 2
        seconds += rng.randrange(5, 60)
    text = "\n\n".join(parts)
    cut = min(chars, len(text))
    return text[:cut], [t for t in turns if t.end <= cut]


@pytest.fixture(scope="module")
def view_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One 2 MB transcript per segment count, and a second 4,000-segment one to switch to."""
    path = tmp_path_factory.mktemp("view") / "view.teema"
    rng = random.Random(11)
    with Project.create(path, coder="bench") as p, p.transaction():
        codes = [p.codes.create(f"Koodi {i}").id for i in range(CODES)]
        emotions = [e.id for e in p.schemes.emotions()]
        for n, name in [(c, f"Haastattelu {c}") for c in SEGMENT_COUNTS] + [
            (SEGMENT_COUNTS[-1], "Toinen haastattelu")
        ]:
            text, turns = transcript(rng, CHARS)
            doc = p.documents.add(name, text, kind="interview", language="fi", turns=turns)
            longest = max(2, min(800, len(text) // 4))
            for _ in range(n):
                start = rng.randrange(0, len(text) - longest)
                p.segments.add(
                    doc.id,
                    start,
                    start + rng.randrange(1, longest),
                    code_ids=rng.sample(codes, rng.choice((1, 1, 1, 2))),
                    emotion_id=rng.choice(emotions),
                )
    return path


@pytest.fixture
def view(view_project: Path, qapp, tmp_path: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from ui.document_view import DocumentView
    from ui.session import Session

    project = Project.open(view_project, coder="bench", check="quick_check")
    session = Session(project)
    widget = DocumentView(session)
    widget.resize(1200, 900)
    widget.show()
    qapp.processEvents()
    yield widget
    widget.close()
    widget.deleteLater()
    qapp.processEvents()
    project.close()


def _documents(view) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {d.name: d.id for d in view.session.project.documents.list()}


def _shown(view, document_id: int) -> None:  # type: ignore[no-untyped-def]
    """Open and paint everything once (highlights and stripes included)."""
    view.show_document(document_id)
    view.grab()
    assert view.doc is not None and view.doc.id == document_id


@pytest.mark.parametrize("segments", SEGMENT_COUNTS, ids=["1000", "2000", "4000"])
def test_open_document(benchmark, view, segments: int) -> None:  # type: ignore[no-untyped-def]
    docs = _documents(view)
    target, other = docs[f"Haastattelu {segments}"], docs["Toinen haastattelu"]

    benchmark.pedantic(
        lambda: _shown(view, target),
        setup=lambda: view.show_document(other),
        rounds=5,
        iterations=1,
        warmup_rounds=1,
    )
    assert len(view.doc.marks) == segments
    assert view.editor.decorator.applied_count > 0 and view.editor.margin.stripes()
    benchmark.extra_info["characters"] = len(view.doc.text)
    benchmark.extra_info["segments"] = segments
    benchmark.extra_info["lanes"] = view.doc.lanes.count


def test_code_one_more_segment(benchmark, view) -> None:  # type: ignore[no-untyped-def]
    docs = _documents(view)
    _shown(view, docs[f"Haastattelu {SEGMENT_COUNTS[-1]}"])
    session = view.session
    code = session.project.codes.list()[7].id
    rng = random.Random(3)
    length = len(view.doc.text)

    def select() -> None:
        start = rng.randrange(0, length - 200)
        view.select_passage(start, start + rng.randrange(20, 200))
        view.grab()

    def code_it() -> None:
        session.code_selection(code)
        view.editor.viewport().repaint()
        view.editor.margin.repaint()

    before = len(view.doc.marks)
    benchmark.pedantic(code_it, setup=select, rounds=20, iterations=1, warmup_rounds=1)
    assert len(view.doc.marks) > before


def test_switch_between_documents(benchmark, view) -> None:  # type: ignore[no-untyped-def]
    docs = _documents(view)
    pair = cycle([docs[f"Haastattelu {SEGMENT_COUNTS[-1]}"], docs["Toinen haastattelu"]])
    _shown(view, next(pair))
    benchmark.pedantic(lambda: _shown(view, next(pair)), rounds=6, iterations=1, warmup_rounds=1)
