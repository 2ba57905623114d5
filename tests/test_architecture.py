"""The layering is executable: the core never imports Qt, and runs without it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    """import-linter: workbench/coding/exports never import PySide6 or ui, and
    dependencies point one way (ui -> exports -> coding -> workbench)."""
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken." in result.stdout


def test_core_tests_pass_with_pyside6_absent() -> None:
    """Run the core's own tests in a Python where importing PySide6 fails, as on a
    headless server with no Qt installed."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "tests" / "_noqt"))
    command = [
        sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider",
        # pytest-qt would import Qt at start-up; without it, pyproject's qt_api
        # key is unknown, which is only a config warning here.
        "-p", "no:pytest-qt", "-W", "ignore::pytest.PytestConfigWarning",
        "tests/store", "tests/domain", "tests/importers", "tests/cli", "tests/nlp",
        "tests/themes", "tests/exports", "tests/coding",
    ]  # fmt: skip
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    # Prove the blocker was active: Qt really cannot be imported in that interpreter.
    probe = subprocess.run(
        [sys.executable, "-c", "import PySide6"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert probe.returncode != 0 and "blocked for this test" in probe.stderr
    tail = result.stdout[-3000:] + result.stderr[-2000:]
    assert result.returncode == 0, tail
    assert " passed" in result.stdout and "PySide6" not in result.stderr
