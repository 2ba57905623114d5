"""Hypotheses, survey items, dot votes and the item-writing checks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from coding.evidence import EvidenceIndex
from coding.item_checks import check_item
from workbench.domain.documents import NewTurn
from workbench.errors import NotFoundError, ValidationError
from workbench.project import Project
from workbench.store import migrations

TEXT = (
    "Haastattelija: Miten kassalla meni?\n"
    "Liisa: Jono oli tosi pitkä, odotin kymmenen minuuttia ja suututti.\n"
    "Haastattelija: Entä sovellus?\n"
    "Liisa: Sovellus on kätevä, tykkään skannata itse.\n"
)


@pytest.fixture
def study(project: Project) -> dict[str, int]:
    turns = []
    pos = 0
    for line in TEXT.splitlines(keepends=True):
        speaker = line.split(":")[0]
        role = "interviewer" if speaker == "Haastattelija" else "participant"
        turns.append(NewTurn(pos, pos + len(line) - 1, speaker, role))
        pos += len(line)
    doc = project.documents.add("H1", TEXT, kind="interview", language="fi", turns=turns)
    survey = project.documents.add(
        "V1", "Kassajonot ovat liian pitkiä.", kind="survey_answer", language="fi"
    )
    liisa = project.cases.create("Liisa")
    project.documents.link_case(doc.id, liisa.id)
    respondent = project.cases.create("V1")
    project.documents.link_case(survey.id, respondent.id)
    queue = project.codes.create("Jonot")
    slow = project.codes.create("Hitaus", parent_id=queue.id)
    app = project.codes.create("Sovellus")
    anger = project.schemes.emotion("anger", 3)
    joy = project.schemes.emotion("joy", 2)
    checkout = project.schemes.stage("purchase")
    start = TEXT.index("Jono oli")
    s1 = project.segments.add(
        doc.id, start, start + 30, code_ids=[queue.id], emotion_id=anger.id, valence=-2,
        stage_id=checkout.id,
    )  # fmt: skip
    s2 = project.segments.add(
        survey.id, 0, 28, code_ids=[slow.id], emotion_id=anger.id, valence=-1,
        stage_id=checkout.id,
    )  # fmt: skip
    start = TEXT.index("Sovellus on")
    s3 = project.segments.add(
        doc.id, start, start + 18, code_ids=[app.id], emotion_id=joy.id, valence=1
    )
    return {"doc": doc.id, "queue": queue.id, "slow": slow.id, "app": app.id,
            "s1": s1.id, "s2": s2.id, "s3": s3.id, "stage": checkout.id}  # fmt: skip


def test_a_hypothesis_cites_its_sources_segments_and_their_stages(
    project: Project, study: dict[str, int]
) -> None:
    h = project.hypotheses.create(
        "Pitkä jono suututtaa asiakkaat", code_ids=[study["queue"]], method="exit_poll"
    )
    # the code and its sub-code, in document order
    assert set(h.evidence_ids) == {study["s1"], study["s2"]}
    assert h.stage_ids == (study["stage"],)
    assert h.code_ids == (study["queue"],) and h.method == "exit_poll" and h.status == "draft"
    summary = EvidenceIndex(project).summary(h.evidence_ids)
    assert (summary.segments, summary.documents, summary.participants) == (2, 2, 2)
    assert summary.segments_by_kind["interview"] == 1
    assert summary.segments_by_kind["survey_answer"] == 1
    assert summary.emotions == {"anger": 2}
    assert summary.mean_valence == pytest.approx(-1.5) and summary.valence_n == 2


def test_edits_are_validated_and_logged(project: Project, study: dict[str, int]) -> None:
    h = project.hypotheses.create("Jono", code_ids=[study["queue"]])
    h = project.hypotheses.update(h.id, status="ready", metric="Jonotusaika", priority="high")
    assert (h.status, h.metric, h.priority) == ("ready", "Jonotusaika", "high")
    with pytest.raises(ValidationError, match="not a valid status"):
        project.hypotheses.update(h.id, status="proven")
    with pytest.raises(ValidationError, match="no field"):
        project.hypotheses.update(h.id, colour="red")
    with pytest.raises(ValidationError, match="needs a statement"):
        project.hypotheses.update(h.id, statement="   ")
    with pytest.raises(NotFoundError):
        project.hypotheses.set_evidence(h.id, [9999])
    assert project.hypotheses.get(h.id).status == "ready"  # nothing half-written
    assert project.changes(entity="hypothesis", limit=1)[0].details["new"]["status"] == "ready"


def test_evidence_and_items_keep_their_order(project: Project, study: dict[str, int]) -> None:
    h = project.hypotheses.create("Sovellus ilahduttaa", code_ids=[study["app"]], evidence=[])
    assert h.evidence_ids == ()
    assert project.hypotheses.add_evidence(h.id, [study["s3"], study["s1"], study["s3"]]) == 2
    assert project.hypotheses.get(h.id).evidence_ids == (study["s3"], study["s1"])
    assert project.hypotheses.remove_evidence(h.id, [study["s3"]]) == 1
    first = project.hypotheses.add_item(h.id, "Sovellus on helppokäyttöinen.", scale="likert7")
    second = project.hypotheses.add_item(h.id, "Suosittelisin sovellusta?", scale="nps")
    project.hypotheses.update_item(first.id, reversed=True)
    items = project.hypotheses.get(h.id).items
    assert [(i.statement, i.scale, i.reversed) for i in items] == [
        ("Sovellus on helppokäyttöinen.", "likert7", True),
        ("Suosittelisin sovellusta?", "nps", False),
    ]
    with pytest.raises(ValidationError, match="response scale"):
        project.hypotheses.update_item(second.id, scale="likert11")
    project.hypotheses.delete_item(first.id)
    assert [i.id for i in project.hypotheses.get(h.id).items] == [second.id]


def test_deleting_a_segment_or_code_drops_its_citations(
    project: Project, study: dict[str, int]
) -> None:
    h = project.hypotheses.create("Jono", code_ids=[study["queue"], study["app"]])
    project.segments.delete(study["s1"])
    project.codes.delete(study["app"])
    h = project.hypotheses.get(h.id)
    assert study["s1"] not in h.evidence_ids and h.code_ids == (study["queue"],)


def test_move_and_delete(project: Project, study: dict[str, int]) -> None:
    a, _b, c = (project.hypotheses.create(s, evidence=[]) for s in ("A", "B", "C"))
    project.hypotheses.move(c.id, 0)
    assert [h.statement for h in project.hypotheses.list()] == ["C", "A", "B"]
    project.hypotheses.delete(a.id)
    assert [h.statement for h in project.hypotheses.list()] == ["C", "B"]
    assert project.conn.execute("SELECT count(*) FROM hypothesis_stages").fetchone()[0] == 0


def test_hypothesis_edits_undo_exactly(project: Project, study: dict[str, int]) -> None:
    project.undo.enable()
    h = project.hypotheses.create("Jono", code_ids=[study["queue"]])
    tables = ("hypotheses", "hypothesis_sources", "hypothesis_evidence", "survey_items")

    def dump() -> list[list[tuple[object, ...]]]:
        return [project.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables]

    before = dump()
    with project.undo.record("edit") as recording:
        project.hypotheses.add_item(h.id, "Jonotin liian kauan.")
        project.hypotheses.update(h.id, statement="Jono suututtaa", status="ready")
        project.hypotheses.set_evidence(h.id, [study["s3"]])
    after = dump()
    redo = recording.changeset.apply(project, "undo")
    assert dump() == before
    redo.apply(project, "redo")
    assert dump() == after


def test_votes_respect_each_participants_dots(project: Project, study: dict[str, int]) -> None:
    project.votes.set_dots_per_participant(2)
    anna = project.votes.add_participant("Anna")
    mikko = project.votes.add_participant("Mikko")
    with pytest.raises(ValidationError, match="already a participant"):
        project.votes.add_participant(" anna ")
    project.votes.vote(anna.id, code_id=study["queue"])
    project.votes.vote(anna.id, code_id=study["queue"])
    project.votes.vote(mikko.id, code_id=study["app"])
    with pytest.raises(ValidationError, match="all 2 dots"):
        project.votes.vote(anna.id, code_id=study["app"])
    assert project.votes.code_totals() == {study["queue"]: 2, study["app"]: 1}
    assert project.votes.unvote(anna.id, code_id=study["queue"])
    assert not project.votes.unvote(mikko.id, code_id=study["queue"])
    project.votes.remove_participant(mikko.id)
    assert project.votes.code_totals() == {study["queue"]: 1}


def test_the_dots_per_participant_setting_is_undoable(project: Project) -> None:
    project.undo.enable()
    assert project.votes.dots_per_participant == 3
    with project.undo.record("dots") as recording:
        project.votes.set_dots_per_participant(5)
    assert project.votes.dots_per_participant == 5
    redo = recording.changeset.apply(project, "undo")
    assert project.votes.dots_per_participant == 3
    redo.apply(project, "redo")
    assert project.votes.dots_per_participant == 5


def test_a_hypothesis_counts_each_dot_on_its_sources_once(
    project: Project, study: dict[str, int]
) -> None:
    from workbench.domain.theme_store import NewTheme, NewUnit

    run = project.themes.create_run(
        "segments", {}, {}, [NewUnit(project.segments.get(study["s1"]).document_id, 0, 5)],
        [NewTheme("Jonot", ("jono",), (0,))],
    )  # fmt: skip
    candidate = project.themes.candidates(run.id)[0]
    theme = project.themes.accept(candidate.id)
    # the theme's code is the queue code: dots on either count for the theme
    project.conn.execute(
        "UPDATE accepted_themes SET code_id = ? WHERE id = ?", (study["queue"], theme.id)
    )
    anna = project.votes.add_participant("Anna")
    project.votes.vote(anna.id, code_id=study["queue"])
    project.votes.vote(anna.id, theme_id=theme.id)
    project.votes.vote(anna.id, code_id=study["app"])
    both = project.hypotheses.create("Jono", code_ids=[study["queue"]], theme_ids=[theme.id])
    app = project.hypotheses.create("Sovellus", code_ids=[study["app"]])
    none = project.hypotheses.create("Muu", evidence=[])
    totals = project.votes.hypothesis_totals()
    assert (totals[both.id], totals[app.id], totals.get(none.id, 0)) == (2, 1, 0)


def test_a_version_3_project_gains_the_tables_on_upgrade(project_path: Path) -> None:
    # A project as Teema wrote it at schema version 3: only the first three migrations.
    conn = sqlite3.connect(project_path)
    saved = dict(migrations.MIGRATIONS)
    try:
        for version in [v for v in saved if v > 3]:
            migrations.MIGRATIONS.pop(version)
        migrations.upgrade(conn, None, 0)
    finally:
        migrations.MIGRATIONS.clear()
        migrations.MIGRATIONS.update(saved)
    conn.execute("INSERT INTO teema_meta VALUES ('name', 'old'), ('language', 'fi')")
    conn.commit()
    conn.close()
    with Project.open(project_path) as p:
        assert migrations.read_version(p.conn) == migrations.current_version()
        assert p.migration_backup is not None and p.migration_backup.exists()
        assert p.hypotheses.list() == [] and p.votes.participants() == []


@pytest.mark.parametrize(
    ("statement", "kinds"),
    [
        ("Henkilökunta on ystävällistä ja osaavaa.", {"double_barrelled"}),
        ("Maksan mieluummin kortilla tai mobiilisti.", {"double_barrelled"}),
        ("En löydä tuotteita verkkokaupan haulla.", {"negation"}),
        ("Sovellus ei kaadu.", {"negation"}),
        ("Kassajono on aina liian pitkä.", {"absolute"}),
        ("Jokaisella kassalla on jono.", {"absolute"}),
        ("Kaikkien tuotteiden hinnat ovat selkeitä.", {"absolute"}),
        ("The app never crashes.", {"negation", "absolute"}),
        ("I don't trust the reference prices.", {"negation"}),
        ("Staff are friendly and knowledgeable.", {"double_barrelled"}),
        ("Löydän etsimäni tuotteen verkkokaupan haulla helposti.", set()),
        ("Jonotin kassalla tänään kohtuullisen ajan.", set()),
        ("The delivery arrived on the promised day.", set()),
        (" ".join(["sana"] * 21), {"too_long"}),
        (" ".join(["sana"] * 20), set()),
    ],
)
def test_item_checks(statement: str, kinds: set[str]) -> None:
    issues = check_item(statement)
    assert {i.kind for i in issues} == kinds
    assert all(i.message for i in issues)


def test_item_checks_name_the_word_in_the_message() -> None:
    (issue,) = check_item("Kassajono on aina liian pitkä.", "fi")
    assert issue.word == "aina" and "'aina'" in issue.message
