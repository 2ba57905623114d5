"""Shared fixtures: a fresh project per test, paths to the shared sample material."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TEEMA_LANG"] = "en"  # messages asserted in English whatever the machine's locale

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SEEDS = SHARED / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _english_messages() -> Iterator[None]:
    """Messages are asserted in English, whatever the machine's language or what a
    previous test switched to."""
    from workbench.i18n import set_language

    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "study.teema"


@pytest.fixture
def project(project_path: Path) -> Iterator[Project]:  # noqa: F821
    from workbench.project import Project

    p = Project.create(project_path, coder="tester")
    yield p
    p.close()


def needs_shared(path: Path) -> Path:
    """Fail loudly when the shared sample material is not beside the checkout
    (CI clones the project with ``shared/`` next to it; a skip would hide lost coverage)."""
    if not path.exists():
        pytest.fail(f"shared material missing: {path} (expected ../shared beside the checkout)")
    return path
