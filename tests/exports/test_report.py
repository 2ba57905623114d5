"""The Word client summary: reopened with python-docx and checked against the
project — headings and their order, every number, every quote and its
attribution, fields, pictures, templates and cancelling."""

from __future__ import annotations

import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.shared import Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from coding.evidence import EvidenceIndex
from coding.quotes import ELLIPSIS, choose_quotes, trim_quote
from coding.retrieval import RetrievedSegment, retrieve
from exports.report import ReportCancelled, ReportError, write_report
from exports.report.document import DOCUMENT_TYPE, TEMPLATE_TYPE
from workbench.demo import build_demo
from workbench.domain.themes import NewTheme, NewUnit
from workbench.i18n import translator
from workbench.labels import kind_label, method_label, priority_label, status_label
from workbench.model import Segment
from workbench.project import Project

FI = translator("fi").gettext


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    path = tmp_path_factory.mktemp("demo") / "demo.teema"
    build_demo(path)
    project = Project.open(path)
    yield project
    project.close()


@pytest.fixture(scope="module")
def fi_report(demo: Project, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_report(demo, tmp_path_factory.mktemp("out") / "raportti.docx")


@pytest.fixture(scope="module")
def en_report(demo: Project, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_report(demo, tmp_path_factory.mktemp("out") / "report.docx", language="en")


def _headings(document: Document, level: int = 1) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def _blocks(document: Document) -> list[Paragraph | Table]:
    return list(document.iter_inner_content())


def _sections(document: Document) -> dict[str, list[Paragraph | Table]]:
    """Heading 1 text -> the paragraphs and tables up to the next Heading 1."""
    out: dict[str, list[Paragraph | Table]] = {}
    current: list[Paragraph | Table] | None = None
    for block in _blocks(document):
        if isinstance(block, Paragraph) and block.style.name == "Heading 1":
            current = out.setdefault(block.text, [])
        elif current is not None:
            current.append(block)
    return out


def _cells(table: Table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def _theme_ids(project: Project) -> dict[str, list[int]]:
    """Top-level code -> its segments and its sub-codes', counted independently."""
    return {
        c.name: [s.id for s in project.segments.for_code(c.id, include_subcodes=True)]
        for c in project.codes.list()
        if c.parent_id is None
    }


def _expected_ranking(project: Project) -> list[str]:
    index = EvidenceIndex(project)
    votes = project.votes.code_totals()
    codes = {c.name: c.id for c in project.codes.list()}
    rows = [
        (-len(ids), -index.summary(ids).participants, -votes.get(codes[name], 0), name)
        for name, ids in _theme_ids(project).items()
    ]
    return [row[-1] for row in sorted(rows)]


# -- structure ---------------------------------------------------------------------


def test_headings_in_order_with_themes_ranked(demo: Project, fi_report: Path) -> None:
    document = docx.Document(str(fi_report))
    ranking = _expected_ranking(demo)
    assert len(ranking) == 10
    expected = [
        FI("Summary"),
        *ranking,
        FI("Charts"),
        FI("Hypotheses for the quantitative phase"),
        FI("Appendix: methods and material"),
        FI("Appendix: codebook"),
    ]
    assert _headings(document) == expected
    paragraphs = document.paragraphs
    assert paragraphs[0].style.name == "Title" and paragraphs[0].text == demo.name
    assert paragraphs[1].style.name == "Subtitle"
    assert paragraphs[1].text == FI("Customer experience research – summary")
    # the study's period: first and last document date
    dates = sorted(d.date for d in demo.documents.list() if d.date)
    period = f"{dates[0].day}.{dates[0].month}.{dates[0].year}–"
    assert any(period in p.text for p in paragraphs[:8])


def test_toc_field_and_update_on_open(fi_report: Path) -> None:
    with zipfile.ZipFile(fi_report) as package:
        body = package.read("word/document.xml").decode()
        settings = package.read("word/settings.xml").decode()
    assert 'TOC \\o "1-3" \\h \\z \\u' in body
    assert 'w:fldCharType="separate"' in body and 'w:fldCharType="end"' in body
    assert '<w:updateFields w:val="true"/>' in settings


def test_page_numbers_in_footer(fi_report: Path) -> None:
    document = docx.Document(str(fi_report))
    footer = document.sections[0].footer
    xml = footer._element.xml
    assert " PAGE " in xml and " NUMPAGES " in xml
    page_text = FI("Page {page} of {pages}").split("{page}")[0]
    assert footer.paragraphs[0].text.startswith(page_text)
    for section in document.sections[1:]:  # later sections show the same footer
        assert section.footer.is_linked_to_previous


def test_charts_are_pictures_with_captions(fi_report: Path) -> None:
    document = docx.Document(str(fi_report))
    assert len(document.inline_shapes) >= 3
    captions = [p for p in document.paragraphs if p.style.name == "Caption"]
    assert len(captions) == len(document.inline_shapes)
    assert all(" SEQ Figure " in c._p.xml for c in captions)
    charts = _sections(document)[FI("Charts")]
    headings = [b.text for b in charts if isinstance(b, Paragraph) and b.style.name == "Heading 2"]
    assert headings == [FI("Coded segments by code"), FI("Emotions"), FI("Emotion journey")]


# -- numbers -------------------------------------------------------------------------


def test_summary_table_numbers(demo: Project, fi_report: Path) -> None:
    document = docx.Document(str(fi_report))
    summary = _sections(document)[FI("Summary")]
    table = next(b for b in summary if isinstance(b, Table))
    rows = _cells(table)
    assert rows[0][1] == FI("Theme")
    ids = _theme_ids(demo)
    codes = {c.name: c.id for c in demo.codes.list()}
    votes = demo.votes.code_totals()
    for rank, row in enumerate(rows[1:], 1):
        name = row[1]
        docs = {demo.segments.get(i).document_id for i in ids[name]}
        assert row[0] == str(rank)
        assert int(row[2]) == len(ids[name])
        assert int(row[3]) == len(docs)
        assert int(row[5]) == votes.get(codes[name], 0)
    assert [r[1] for r in rows[1:]] == _expected_ranking(demo)
    text = " ".join(b.text for b in summary if isinstance(b, Paragraph))
    top = rows[1][1]
    assert top in text and FI("{n} segments").format(n=len(ids[top])) in text


def test_theme_sections_count_what_the_project_holds(demo: Project, fi_report: Path) -> None:
    document = docx.Document(str(fi_report))
    sections = _sections(document)
    ids = _theme_ids(demo)
    documents = {d.id: d for d in demo.documents.list()}
    votes = demo.votes.code_totals()
    for code in (c for c in demo.codes.list() if c.parent_id is None):
        blocks = sections[code.name]
        assert blocks[0].text == code.description  # type: ignore[union-attr]
        figures = dict(tuple(r) for r in _cells(next(b for b in blocks if isinstance(b, Table))))
        segments = [demo.segments.get(i) for i in ids[code.name]]
        kinds = Counter(documents[s.document_id].kind for s in segments)
        assert int(figures[FI("Coded segments")]) == len(segments)
        assert int(figures[FI("Documents")]) == len({s.document_id for s in segments})
        assert int(figures[FI("Workshop dots")]) == votes.get(code.id, 0)
        for kind, n in kinds.items():
            assert f"{kind_label(kind, 'fi')} {n}" in figures[FI("Segments by document kind")]


def test_quotes_come_from_the_theme_with_right_attribution(demo: Project, fi_report: Path) -> None:
    document = docx.Document(str(fi_report))
    sections = _sections(document)
    rows = {r.segment.id: r for r in retrieve(demo)}
    for name, ids in _theme_ids(demo).items():
        quotes = [b for b in sections[name] if isinstance(b, Paragraph)
                  and b.style.name == "Quote"]  # fmt: skip
        assert 3 <= len(quotes) <= 5, name
        sources = []
        for paragraph in quotes:
            text, attribution = paragraph.text.split("\n")
            body = text.removesuffix(" " + ELLIPSIS)
            matches = [rows[i] for i in ids if rows[i].text.strip().startswith(body)]
            assert matches, f"quote not from theme {name}: {text[:60]}"
            assert len(text) <= 352
            if text.endswith(ELLIPSIS):
                assert body[-1] in ".!?…" or len(body) > 40
            row = matches[0]
            assert attribution == _attribution(row, "fi")
            assert row.speaker_role != "interviewer"
            sources.append(row.case_names or row.segment.document_id)
        # one quote per person or document where the theme has enough of them
        assert len({str(s) for s in sources}) == len(sources), name


def _attribution(row: RetrievedSegment, language: str) -> str:
    kind = kind_label(row.document_kind, language)
    if row.case_names:
        return f"— {row.case_names[0]}, {kind}"
    name = row.document_name.replace("_", " ")
    return f"— {name}" if name.casefold().startswith(kind.casefold()) else f"— {name}, {kind}"


def test_hypotheses_table(demo: Project, fi_report: Path) -> None:
    document = docx.Document(str(fi_report))
    blocks = _sections(document)[FI("Hypotheses for the quantitative phase")]
    rows = _cells(next(b for b in blocks if isinstance(b, Table)))
    hypotheses = demo.hypotheses.list()
    assert len(rows) == len(hypotheses) + 1
    # the demo's hypotheses come from codes only: their dots are their codes' dots
    code_dots = demo.votes.code_totals()
    dots = {h.id: sum(code_dots.get(c, 0) for c in h.code_ids) for h in hypotheses}
    rank = {"high": 0, "medium": 1, "low": 2}
    numbered = list(enumerate(hypotheses, 1))
    expected = sorted(numbered, key=lambda nh: (rank[nh[1].priority], -dots[nh[1].id], nh[0]))
    assert [row[0] for row in rows[1:]] == [f"H{n}" for n, _h in expected]
    for row, (_n, h) in zip(rows[1:], expected, strict=True):
        assert row[1] == h.statement
        assert row[2] == method_label(h.method, "fi")
        assert row[3] == h.metric
        assert row[4] == priority_label(h.priority, "fi")
        assert row[5] == status_label(h.status, "fi")
        assert int(row[6]) == dots[h.id]
        assert int(row[7]) == len(h.items)
    assert dots[hypotheses[0].id] == 3  # three dots on 'Jonot ja kassa'
    landscape = [s for s in document.sections if s.page_width > s.page_height]
    assert len(landscape) == 1


def test_methods_and_codebook(demo: Project, fi_report: Path) -> None:
    document = docx.Document(str(fi_report))
    sections = _sections(document)
    methods = sections[FI("Appendix: methods and material")]
    kinds = _cells(next(b for b in methods if isinstance(b, Table)))
    expected = Counter(d.kind for d in demo.documents.list())
    assert {r[0]: int(r[1]) for r in kinds[1:-1]} == {
        kind_label(k, "fi"): n for k, n in expected.items()
    }
    assert kinds[-1][1:] == [str(sum(expected.values())), str(demo.segments.count())]
    text = " ".join(b.text for b in methods if isinstance(b, Paragraph))
    assert FI("Participants (cases): {n}.").format(n=len(demo.cases.list())) in text
    assert "AV" in text
    codebook = _cells(next(b for b in sections[FI("Appendix: codebook")] if isinstance(b, Table)))
    counts = demo.codes.counts()
    assert [(r[0], int(r[2])) for r in codebook[1:]] == [
        (c.name, counts.get(c.id, (0, 0))[0]) for c in demo.codes.list()
    ]


def test_english_report(demo: Project, en_report: Path) -> None:
    document = docx.Document(str(en_report))
    headings = _headings(document)
    assert headings[0] == "Summary" and headings[-1] == "Appendix: codebook"
    assert "Charts" in headings and "Hypotheses for the quantitative phase" in headings
    assert document.paragraphs[1].text == "Customer experience research – summary"
    quotes = [p.text for p in document.paragraphs if p.style.name == "Quote"]
    assert any(q.endswith(", interview") for q in quotes)
    assert "Page " in document.sections[0].footer.paragraphs[0].text


# -- accepted themes -------------------------------------------------------------------


def test_accepted_themes_replace_codes(project: Project, tmp_path: Path) -> None:
    text = (
        "Jono oli pitkä ja kassalla odotettiin kauan, mikä ärsytti minua todella paljon. "
        "Myyjä oli ystävällinen ja auttoi minua löytämään oikean tuotteen nopeasti."
    )
    doc = project.documents.add("V1", text, kind="survey_answer", language="fi")
    palvelu = project.codes.create("Palvelu")
    jono = project.codes.create("Jonot", parent_id=palvelu.id)
    anger = project.schemes.emotion("anger").id
    first = project.segments.add(doc.id, 0, 79, code_ids=[jono.id], emotion_id=anger, valence=-2,
                                 stage_id=project.schemes.stage("purchase").id)  # fmt: skip
    run = project.themes.create_run(
        "segments", {}, {}, [NewUnit(doc.id, 0, 79, first.id), NewUnit(doc.id, 80, len(text))],
        [NewTheme("jono", ("jono",), (0, 1), (0,))],
    )  # fmt: skip
    candidate = project.themes.candidates(run.id)[0]
    project.themes.accept(candidate.id, name="Odottaminen", description="Jonot.", code=True)
    out = write_report(project, tmp_path / "r.docx", language="en")
    document = docx.Document(str(out))
    assert _headings(document)[1] == "Odottaminen"
    blocks = _sections(document)["Odottaminen"]
    figures = dict(tuple(r) for r in _cells(next(b for b in blocks if isinstance(b, Table))))
    assert figures["Coded segments"] == "2"
    assert "the accepted themes" in " ".join(p.text for p in document.paragraphs)


# -- templates -----------------------------------------------------------------------


def _logo(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (60, 20), (200, 30, 30)).save(path)
    return path


def _template(tmp_path: Path, *, footer: str | None = None) -> tuple[Path, Path]:
    """A client template made with python-docx, as .docx and as .dotx."""
    document = docx.Document()
    heading = document.styles["Heading 1"]
    heading.font.name = "Georgia"
    heading.font.color.rgb = RGBColor(0xC0, 0x10, 0x10)
    heading.font.size = Pt(22)
    header = document.sections[0].header.paragraphs[0]
    header.text = "ACME Oy "
    header.add_run().add_picture(str(_logo(tmp_path / "logo.png")))
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
    document.add_paragraph("Poista tämä pohjan malliteksti.")
    docx_path = tmp_path / "acme.docx"
    document.save(str(docx_path))
    dotx_path = tmp_path / "acme.dotx"
    with zipfile.ZipFile(docx_path) as source, zipfile.ZipFile(dotx_path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(DOCUMENT_TYPE.encode(), TEMPLATE_TYPE.encode())
            target.writestr(item, data)
    return docx_path, dotx_path


@pytest.mark.parametrize("kind", ["docx", "dotx"])
def test_report_on_client_template(demo: Project, tmp_path: Path, kind: str) -> None:
    templates = dict(zip(("docx", "dotx"), _template(tmp_path), strict=True))
    out = write_report(demo, tmp_path / "acme-raportti.docx", template=templates[kind])
    document = docx.Document(str(out))
    heading = document.styles["Heading 1"]
    assert heading.font.name == "Georgia"
    assert heading.font.color.rgb == RGBColor(0xC0, 0x10, 0x10)
    header = document.sections[0].header
    assert "ACME Oy" in header.paragraphs[0].text
    assert "<w:drawing" in header._element.xml
    assert any(r.reltype.endswith("/image") for r in header.part.rels.values())
    assert "Poista tämä" not in "".join(p.text for p in document.paragraphs)
    assert " PAGE " in document.sections[0].footer._element.xml  # none of its own: ours
    assert _headings(document)[1:11] == _expected_ranking(demo)


def test_template_footer_is_kept(demo: Project, tmp_path: Path) -> None:
    template, _dotx = _template(tmp_path, footer="ACME Oy · Luottamuksellinen")
    out = write_report(demo, tmp_path / "r.docx", template=template)
    footer = docx.Document(str(out)).sections[0].footer
    assert footer.paragraphs[0].text == "ACME Oy · Luottamuksellinen"
    assert " PAGE " not in footer._element.xml


def test_unusable_templates_are_refused_by_name(demo: Project, tmp_path: Path) -> None:
    missing = tmp_path / "ei-ole.dotx"
    with pytest.raises(ReportError, match=r"ei-ole\.dotx.*does not exist"):
        write_report(demo, tmp_path / "a.docx", template=missing)
    text = tmp_path / "muistio.docx"
    text.write_text("ei Word-tiedosto", encoding="utf-8")
    with pytest.raises(ReportError, match=r"muistio\.docx.*not a Word document"):
        write_report(demo, tmp_path / "b.docx", template=text)
    workbook = tmp_path / "taulukko.docx"
    with zipfile.ZipFile(workbook, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(ReportError, match=r"taulukko\.docx"):
        write_report(demo, tmp_path / "c.docx", template=workbook)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["muistio.docx", "taulukko.docx"]


# -- progress and cancel -------------------------------------------------------------


def test_progress_is_reported_to_the_end(demo: Project, tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    write_report(demo, tmp_path / "r.docx", progress=lambda d, t, m: calls.append((d, t, m)))
    assert calls and calls[-1][0] == calls[-1][1]
    assert [c[0] for c in calls[1:]] == sorted(c[0] for c in calls[1:])


@pytest.mark.parametrize("after", [0, 4])
def test_cancel_leaves_no_file(demo: Project, tmp_path: Path, after: int) -> None:
    target = tmp_path / "raportti.docx"
    target_before = tmp_path / "vanha.docx"
    target_before.write_bytes(b"old")
    asked = iter(range(100))
    with pytest.raises(ReportCancelled):
        write_report(demo, target, cancelled=lambda: next(asked) >= after)
    assert [p.name for p in tmp_path.iterdir()] == ["vanha.docx"]
    # cancelling a rewrite keeps the old report
    with pytest.raises(ReportCancelled):
        write_report(demo, target_before, cancelled=lambda: True)
    assert target_before.read_bytes() == b"old"


# -- quote choice (coding.quotes) ------------------------------------------------------


def _row(
    i: int, text: str, *, role: str | None = "participant", case: str | None = "H1",
    valence: int | None = 0, document: int = 1,
) -> RetrievedSegment:  # fmt: skip
    segment = Segment(i, f"g{i}", document, i * 1000, i * 1000 + len(text), text, valence=valence)
    return RetrievedSegment(segment, f"doc{document}", "interview", (case,) if case else (),
                            case, role, (), None, None, None, None)  # fmt: skip


def test_trim_quote_cuts_at_a_sentence_end() -> None:
    text = (
        "Ensimmäinen lause on tässä ja se kertoo jotain. " * 4
        + "Lopuksi pitkä häntä ilman pistettä " * 5
    )
    trimmed = trim_quote(text, max_chars=200)
    assert trimmed.endswith("jotain. " + ELLIPSIS) and len(trimmed) <= 202
    assert text.startswith(trimmed.removesuffix(" " + ELLIPSIS))
    no_stop = "sana " * 100
    cut = trim_quote(no_stop, max_chars=100)
    assert cut.endswith(" " + ELLIPSIS) and len(cut) <= 102 and " sa " not in cut
    assert trim_quote("  lyhyt  ") == "lyhyt"


def test_choose_quotes_prefers_participants_strong_feeling_and_variety() -> None:
    long = "Tämä on riittävän pitkä lainaus, jotta sen voi lukea raportista. "
    rows = [
        _row(1, "Liian lyhyt.", valence=-2, case="H1"),
        _row(2, "Haastattelija kysyy: " + long, role="interviewer", valence=-2, case="H1"),
        _row(3, "H1 lievä: " + long, valence=-1, case="H1"),
        _row(4, "H1 vahva: " + long, valence=2, case="H1"),
        _row(5, "H2 neutraali: " + long, valence=0, case="H2"),
        _row(6, "Muistiinpano: " + long, role=None, case=None, valence=-2, document=7),
        _row(4, "H1 vahva: " + long, valence=2, case="H1"),  # the same segment twice
    ]
    chosen = choose_quotes(rows, 3)
    assert [q.row.segment.id for q in chosen] == [4, 5, 6]
    # with room for more: the rest of the readable ones, interviewer and too-short last
    assert [q.row.segment.id for q in choose_quotes(rows, 6)] == [4, 3, 5, 6, 2, 1]
    # a theme run's quote rank breaks ties in feeling
    ranked = choose_quotes([rows[2], _row(8, "H3 lievä: " + long, valence=-1, case="H3")], 1,
                           ranks={8: 0})  # fmt: skip
    assert ranked[0].row.segment.id == 8
