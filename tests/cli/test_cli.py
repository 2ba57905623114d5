"""The ``teema`` command line, run as a user runs it (a real subprocess where it matters)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT, needs_shared
from workbench.cli import main
from workbench.project import Project


def teema(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workbench", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={"TEEMA_LANG": "en", "PATH": "/usr/bin:/bin"},
    )


def test_new_import_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = needs_shared(CORPUS)
    project = tmp_path / "study.teema"
    assert main(["new", str(project), "--name", "Kevät 2024"]) == 0
    good = [
        corpus / "haastattelu_H1.txt",
        corpus / "interview_H7.vtt",
        corpus / "mysteeriasiointi_MS01_Tammiharju.txt",
    ]
    empty = tmp_path / "tyhjä.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "kuva.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    unknown = tmp_path / "muistiinpanot.odt"
    unknown.write_bytes(b"PK\x03\x04")
    capsys.readouterr()
    status = main(["import", str(project), *map(str, good), str(empty), str(binary), str(unknown)])
    out = capsys.readouterr().out.splitlines()
    assert status == 1  # some files were refused ...
    assert out[0].startswith("haastattelu_H1.txt: imported – 1 document (interview, Finnish")
    assert out[1].startswith("interview_H7.vtt: imported – 1 document (interview, English")
    assert out[2].startswith(
        "mysteeriasiointi_MS01_Tammiharju.txt: imported – 1 document (mystery shopping, Finnish"
    )
    assert out[3] == "tyhjä.txt: REFUSED – the file is empty"
    assert out[4].startswith("kuva.txt: REFUSED – the file is binary")
    assert out[5].startswith("muistiinpanot.odt: REFUSED – files of type '.odt' cannot be imported")
    assert out[6] == "3 documents imported from 3 files; 3 files refused."
    with Project.open(project) as p:  # ... and the good ones are in
        assert sorted(d.source_name for d in p.documents.list()) == sorted(g.name for g in good)
        ms = next(d for d in p.documents.list() if d.kind == "mystery_shopping")
        assert len(p.documents.checklist(ms.id)) == 11
    # Importing the same file again is skipped, not duplicated, and is not an error.
    assert main(["import", str(project), str(good[0])]) == 0
    assert "skipped – already imported as" in capsys.readouterr().out
    assert main(["info", str(project), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["name"] == "Kevät 2024"
    assert info["documents"] == 3
    assert info["documents_by_kind"] == {"interview": 2, "mystery_shopping": 1}


def test_import_options_override_detection(tmp_path: Path) -> None:
    corpus = needs_shared(CORPUS)
    project = tmp_path / "p.teema"
    Project.create(project).close()
    assert (
        main(
            [
                "import",
                str(project),
                str(corpus / "havainnot_OBS01_kassa-alue_Tammiharju.txt"),
                "--kind",
                "probe_diary",
                "--language",
                "other",
            ]
        )
        == 0
    )
    with Project.open(project) as p:
        [doc] = p.documents.list()
        assert (doc.kind, doc.language) == ("probe_diary", "other")


def test_import_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder imports the files Teema can read inside it, and only those."""
    import shutil

    corpus = needs_shared(CORPUS)
    folder = tmp_path / "aineisto"
    (folder / "haastattelut").mkdir(parents=True)
    (folder / ".git").mkdir()
    shutil.copy(corpus / "haastattelu_H2.txt", folder / "haastattelut")
    shutil.copy(corpus / "interview_H7.vtt", folder / "haastattelut")
    shutil.copy(corpus / "haastattelu_H2.txt", folder / ".git" / "piilossa.txt")
    (folder / "verify_labels.py").write_text("print(1)", encoding="utf-8")
    project = tmp_path / "p.teema"
    Project.create(project).close()
    assert main(["import", str(project), str(folder)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == ["haastattelu_H2.txt", "interview_H7.vtt"]


def test_errors_are_one_clear_line_not_a_traceback(tmp_path: Path) -> None:
    not_project = tmp_path / "notes.teema"
    not_project.write_text("hello", encoding="utf-8")
    result = teema("info", str(not_project))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"teema: error: {not_project} is not a Teema project (it is not an SQLite database)."
    )
    assert "Traceback" not in result.stderr
    result = teema("import", str(tmp_path / "missing.teema"), "x.txt")
    assert result.returncode == 1
    assert "does not exist" in result.stderr


def test_locked_project_import_is_refused(tmp_path: Path) -> None:
    project = tmp_path / "p.teema"
    holder = Project.create(project)
    try:
        result = teema("import", str(project), str(needs_shared(CORPUS) / "interview_H8.txt"))
        assert result.returncode == 1
        assert "is already open for writing" in result.stderr
        # info only reads, so it works while the project is open elsewhere
        assert teema("info", str(project)).returncode == 0
    finally:
        holder.close()


def test_finnish_messages(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "workbench", "info", str(tmp_path / "x.teema")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={"TEEMA_LANG": "fi", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 1
    assert "ei ole olemassa" in result.stderr


def test_gui_refuses_a_bad_project_on_the_terminal(tmp_path: Path) -> None:
    result = teema("gui", str(tmp_path / "puuttuu.teema"))
    assert result.returncode == 1
    assert "does not exist" in result.stderr


def test_demo_builds_a_coded_project(tmp_path: Path) -> None:
    path = tmp_path / "demo.teema"
    result = teema("demo", str(path), "--no-gui")
    assert result.returncode == 0, result.stderr
    with Project.open(path) as p:
        info = p.info()
        kinds = info.documents_by_kind
        assert kinds["interview"] == 8
        assert kinds["mystery_shopping"] == 4
        assert kinds["observation"] == 3
        assert kinds["survey_answer"] == 58  # 60 respondents, two left the answer empty
        assert info.codes == 10
        assert info.segments == 312  # every labelled passage found and coded
        assert "not found" not in result.stdout
        # The coding carries emotions, valence and journey stages.
        n_emotion = p.conn.execute(
            "SELECT count(*) FROM segments WHERE emotion_id IS NOT NULL"
        ).fetchone()[0]
        assert n_emotion > 250
        h1 = p.cases.find("H1")
        assert h1 is not None
        assert p.attributes.values("case", h1.id)["segment"] == "kanta-asiakas"
    # Run again: it reuses the project instead of overwriting the researcher's work.
    again = teema("demo", str(path), "--no-gui")
    assert again.returncode == 0 and "existing demo project" in again.stdout
