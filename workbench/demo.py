"""The demo project: the bundled Kuurakulma sample study, imported and coded.

Built from ``resources/demo`` (never from anything outside the program): the
files go through the real importers, the ten themes become codes, and the 312
labelled passages become coded segments with their emotion, valence and
journey stage, so every view has real material to show.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from workbench.errors import TeemaError
from workbench.i18n import _
from workbench.importers.base import ImportOptions
from workbench.importers.batch import import_files
from workbench.model import Document
from workbench.project import Project

DEMO_DIR = Path(__file__).resolve().parent.parent / "resources" / "demo"

#: theme key -> Finnish code name (the project reports in Finnish).
THEME_NAMES: dict[str, str] = {
    "queue_and_checkout": "Jonot ja kassa",
    "staff_expertise": "Henkilökunnan osaaminen",
    "web_search_and_navigation": "Verkkokaupan haku ja navigointi",
    "mobile_app": "Mobiilisovellus",
    "delivery_and_lockers": "Toimitukset ja pakettiautomaatit",
    "returns": "Palautukset",
    "loyalty_program": "Kanta-asiakasohjelma",
    "price_perception": "Hintamielikuva",
    "personalisation": "Personointi",
    "customer_service_channels": "Asiakaspalvelukanavat",
}

STUDY_MEMO = (
    "Kuurakulma Oy:n asiakaskokemustutkimus, kevät 2024 (kuvitteellinen demoaineisto).\n\n"
    "Laadullinen vaihe: 8 teemahaastattelua, 4 mysteeriasiointia, 3 havainnointia ja "
    "kyselyn avoimet vastaukset. Tavoitteena on muodostaa hypoteeseja, jotka testataan "
    "määrällisessä vaiheessa (asiakaskysely, exit poll, verkkoanalytiikka)."
)


def demo_files() -> list[Path]:
    """The study's documents in a sensible order: interviews, reports, notes, survey."""
    order = ("haastattelu_", "interview_", "mysteeriasiointi_", "havainnot_", "kysely_")
    files = [
        p
        for p in DEMO_DIR.iterdir()
        if p.suffix in (".txt", ".vtt", ".csv") and p.name not in ("labels.csv", "participants.csv")
    ]
    return sorted(
        files, key=lambda p: (next(i for i, o in enumerate(order) if p.name.startswith(o)), p.name)
    )


def _theme_descriptions() -> dict[str, str]:
    """Theme key -> code description, in Finnish (the project's language) where
    ``themes_fi.md`` has one, else the corpus's English."""
    found: dict[str, str] = {}
    for name in ("themes.md", "themes_fi.md"):
        text = (DEMO_DIR / name).read_text(encoding="utf-8")
        found.update(
            (m.group(1), m.group(2).strip())
            for m in re.finditer(r"^- `(\w+)` – (.+)$", text, flags=re.MULTILINE)
        )
    return found


def _locate(
    docs: list[Document], project: Project, start: int, end: int, text: str
) -> tuple[int, int, int] | None:
    """Where a labelled passage stands in the imported documents of its file."""
    for doc in docs:
        body = project.documents.text(doc.id)
        if body[start:end] == text:
            return doc.id, start, end
    for doc in docs:
        found = project.documents.text(doc.id).find(text)
        if found >= 0:
            return doc.id, found, found + len(text)
    return None


def _add_participants(project: Project) -> None:
    with open(DEMO_DIR / "participants.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            case = project.cases.ensure(row.pop("case"))
            for name, value in row.items():
                project.attributes.set("case", case.id, name, value, "category")


def _add_hypotheses_and_votes(project: Project) -> None:
    """The hypotheses the demo study's analysts drafted and the dots of its workshop."""
    data = json.loads((DEMO_DIR / "hypotheses.json").read_text(encoding="utf-8"))
    code_ids = {key: project.codes.find(name) for key, name in THEME_NAMES.items()}
    for entry in data["hypotheses"]:
        sources = [code.id for key in entry["themes"] if (code := code_ids[key]) is not None]
        hypothesis = project.hypotheses.create(
            entry["statement"],
            code_ids=sources,
            rationale=entry["rationale"],
            target_segment=entry["target_segment"],
            method=entry["method"],
            metric=entry["metric"],
            priority=entry["priority"],
            status=entry["status"],
        )
        for statement, scale, reversed_ in entry["items"]:
            project.hypotheses.add_item(hypothesis.id, statement, scale=scale, reversed=reversed_)
    workshop = data["workshop"]
    project.votes.set_dots_per_participant(workshop["dots"])
    for name, keys in workshop["votes"].items():
        participant = project.votes.add_participant(name)
        for key in keys:
            code = code_ids[key]
            if code is not None:
                project.votes.vote(participant.id, code_id=code.id)


def _code_labels(project: Project, by_file: dict[str, list[Document]]) -> tuple[int, int]:
    descriptions = _theme_descriptions()
    codes = {
        key: project.codes.create(name, description=descriptions.get(key, ""))
        for key, name in THEME_NAMES.items()
    }
    coded = missed = 0
    with open(DEMO_DIR / "labels.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            where = _locate(
                by_file.get(row["file"], []),
                project,
                int(row["start"]),
                int(row["end"]),
                row["text"],
            )
            if where is None:
                missed += 1
                continue
            emotion = (
                project.schemes.emotion(row["emotion"], int(row["intensity"])).id
                if row["emotion"] != "none"
                else None
            )
            project.segments.add(
                *where,
                code_ids=[codes[row["theme"]].id],
                emotion_id=emotion,
                valence=int(row["valence"]),
                stage_id=project.schemes.stage(row["journey_stage"]).id,
            )
            coded += 1
    return coded, missed


def build_demo(path: Path, *, overwrite: bool = False) -> str:
    """Build the demo project at ``path``; returns a short report for the user."""
    path = Path(path)
    if overwrite:
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
    project = Project.create(
        path, name="Kuurakulma – asiakaskokemus 2024 (demo)", language="fi", coder="AV"
    )
    try:
        results = import_files(project, demo_files(), ImportOptions())
        refused = [r for r in results if not r.ok]
        if refused:
            raise TeemaError(
                _("The demo study could not be imported: {lines}").format(
                    lines="; ".join(r.line() for r in refused)
                )
            )
        by_file = {r.path.name: r.documents for r in results}
        with project.transaction():
            _add_participants(project)
            _coded, missed = _code_labels(project, by_file)
            project.memos.add(STUDY_MEMO, title="Tutkimuksen tausta")
            _add_hypotheses_and_votes(project)
        info = project.info()
    finally:
        project.close()
    report = _(
        "Built the demo project {path}: {docs} documents, {codes} codes, "
        "{segments} coded segments, {cases} cases."
    ).format(
        path=path, docs=info.documents, codes=info.codes, segments=info.segments, cases=info.cases
    )
    if missed:
        report += " " + _("{n} labelled passages were not found in the text.").format(n=missed)
    return report
