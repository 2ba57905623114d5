"""``teema themes``: themes with keywords, sizes and quotes, as text or JSON lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.project import Project


def test_themes_as_json_lines(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["themes", str(demo_file), "--units", "answers", "--k", "4", "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["theme"] for r in records] == [1, 2, 3, 4]
    assert sum(r["size"] for r in records) == 56
    for r in records:
        assert len(r["keywords"]) == 8 and r["label"] == ", ".join(r["keywords"][:3])
        assert 3 <= len(r["quotes"]) <= 5
        quote = r["quotes"][0]
        assert quote["document"].startswith("kysely_avoimet_vastaukset")
        assert quote["end"] > quote["start"] and quote["text"]


def test_themes_as_text_and_saved(demo: Project, capsys: pytest.CaptureFixture[str]) -> None:
    path = demo.path
    demo.close()
    assert main(["themes", str(path), "--units", "answers", "--k", "3", "--save"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("Theme 1 (")
    assert "Stored as theme run 1." in captured.err
    with Project.open(path) as project:
        run = project.themes.latest_run()
        assert run is not None and run.unit_kind == "answers"
        assert len(project.themes.candidates(run.id)) == 3


def test_no_units_is_an_error(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["themes", str(demo_file), "--units", "turns", "--kind", "observation"])
    assert code == 1
    assert "no units" in capsys.readouterr().err
