"""Theme fixtures: the demo study built once per session, a fresh copy per test,
and a tokeniser that needs no spaCy (so review tests run in milliseconds)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from coding.themes.engine import ThemeModel, build_model
from coding.themes.represent import Token, Tokenised
from coding.themes.units import Unit
from workbench.demo import build_demo
from workbench.project import Project


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("themes-demo") / "demo.teema"
    build_demo(path)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Project]:
    target = tmp_path / "study.teema"
    shutil.copy(demo_file, target)
    project = Project.open(target, coder="tester")
    yield project
    project.close()


def plain_tokens(texts: Sequence[str]) -> list[Tokenised]:
    """Words as their own lemmas, every word a noun, no vectors."""
    out = []
    for text in texts:
        words = ["".join(c for c in w if c.isalnum()).casefold() for w in text.split()]
        out.append([Token(w, "NOUN", len(w) < 3) for w in words if w])
    return out


def plain_model(units: Sequence[Unit], method: str = "auto") -> ThemeModel:
    return build_model(units, plain_tokens([u.text for u in units]), method=method)  # type: ignore[arg-type]


def dump(project: Project) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table but the (append-only) change log."""
    tables = [
        r[0]
        for r in project.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT IN ('change_log')"
        )
    ]
    return {
        t: sorted(project.conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
    }
