"""GUI test fixtures (pytest-qt, offscreen): the demo project built once, and a fresh
copy of it, opened in a Session, for every test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings

from workbench.demo import build_demo
from workbench.project import Project


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.teema"
    build_demo(path)
    return path


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "study.teema"
    shutil.copy(demo_file, target)
    return target


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_gui_thread(qapp):  # type: ignore[no-untyped-def]
    """As in the app: cyclic garbage (matplotlib canvases hold Qt widgets in
    cycles) is collected on the GUI thread, never in a worker."""
    from ui import gc_guard

    gc_guard.install(qapp)
    yield


@pytest.fixture(autouse=True)
def _fresh_settings(tmp_path: Path, qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Each test gets its own empty QSettings (no state leaks between tests or from
    the developer's own settings)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    qapp.setOrganizationName("TeemaTests")
    qapp.setApplicationName("teema-test")
    yield


@pytest.fixture
def session(demo_copy: Path, qtbot) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from ui.session import Session

    project = Project.open(demo_copy, coder="tester")
    s = Session(project)
    yield s
    project.close()
