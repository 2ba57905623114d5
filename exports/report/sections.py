"""The front of the report: cover, table of contents, summary, one section per theme."""

from __future__ import annotations

from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt

from coding.quotes import Quote
from exports.charts import family_labels
from exports.report.content import ReportContent, Theme
from exports.report.document import add_field, style
from exports.report.writer import Writer
from workbench.i18n import N_
from workbench.labels import kind_label

#: themes listed in the summary's table
SUMMARY_THEMES = 10
#: emotion families named under a theme
EMOTIONS = 3


def add_cover(w: Writer, content: ReportContent) -> None:
    document = w.document
    title = document.add_paragraph(content.name, style=style(document, "Title"))
    title.paragraph_format.space_before = Cm(6)
    document.add_paragraph(
        w.t(N_("Customer experience research – summary")), style=style(document, "Subtitle")
    )
    spacer = w.paragraph()
    spacer.paragraph_format.space_before = Cm(2)
    w.paragraph(w.t(N_("Report date: {date}")).format(date=w.date(content.today)))
    if content.first_date and content.last_date:
        w.paragraph(
            w.t(N_("Study period: {start}–{end}")).format(
                start=w.date(content.first_date), end=w.date(content.last_date)
            )
        )
    w.paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_contents(w: Writer) -> None:
    document = w.document
    heading = document.add_paragraph(w.t(N_("Contents")), style=style(document, "TOC Heading"))
    heading.runs[0].font.bold = True
    heading.runs[0].font.size = Pt(16)
    paragraph = w.paragraph()
    add_field(
        paragraph,
        'TOC \\o "1-3" \\h \\z \\u',
        w.t(N_("Right-click here and choose Update Field to build the table of contents.")),
    )


def _segments(w: Writer, n: int) -> str:
    return w.count(n, N_("{n} segment"), N_("{n} segments"))


def _participants(w: Writer, n: int) -> str:
    return w.count(n, N_("{n} participant"), N_("{n} participants"))


def _dots(w: Writer, n: int) -> str:
    return w.count(n, N_("{n} dot"), N_("{n} dots"))


def add_summary(w: Writer, content: ReportContent) -> None:
    w.heading(w.t(N_("Summary")))
    overall = content.overall
    w.paragraph(
        w.t(N_("The material: {documents}, {participants} and {segments}.")).format(
            documents=w.count(
                sum(content.documents_by_kind.values()), N_("{n} document"), N_("{n} documents")
            ),
            participants=_participants(w, content.cases),
            segments=w.count(overall.segments, N_("{n} coded segment"), N_("{n} coded segments")),
        )
    )
    themes = content.themes
    if themes:
        top = themes[0]
        w.bullet(
            w.t(N_("Most evidence: {theme} ({segments}, {participants}).")).format(
                theme=top.name,
                segments=_segments(w, top.evidence.segments),
                participants=_participants(w, top.evidence.participants),
            )
        )
        voted = max(themes, key=lambda t: t.votes)
        if voted.votes:
            w.bullet(
                w.t(N_("Most dots in the workshop: {theme} ({dots}).")).format(
                    theme=voted.name, dots=_dots(w, voted.votes)
                )
            )
    stages = [s for s in content.journey if s.n and s.mean_valence is not None]
    if stages:
        low = min(stages, key=lambda s: s.mean_valence or 0.0)
        high = max(stages, key=lambda s: s.mean_valence or 0.0)
        for message, stage in (
            (N_("Most negative journey stage: {stage} (mean valence {mean}, n = {n})."), low),
            (N_("Most positive journey stage: {stage} (mean valence {mean}, n = {n})."), high),
        ):
            mean = w.number(stage.mean_valence or 0.0, 2, signed=True)
            w.bullet(w.t(message).format(stage=stage.label, n=stage.n, mean=mean))
    if not themes:
        return
    w.heading(w.t(N_("Themes ranked by evidence")), 2)
    rows = [
        [str(i), t.name, w.number(t.evidence.segments), w.number(t.evidence.documents),
         w.number(t.evidence.participants), w.number(t.votes)]
        for i, t in enumerate(themes[:SUMMARY_THEMES], 1)
    ]  # fmt: skip
    headers = ["#", w.t(N_("Theme")), w.t(N_("Segments")), w.t(N_("Documents")),
               w.t(N_("Participants")), w.t(N_("Dots"))]  # fmt: skip
    w.table(headers, rows, [0.8, 6.6, 2.2, 2.4, 2.6, 1.6], numeric=(0, 2, 3, 4, 5))
    w.paragraph(
        w.t(
            N_(
                "Themes are ranked by their coded segments; ties are broken by "
                "participants, then by workshop dots."
            )
        )
    )


def attribution(w: Writer, quote: Quote) -> str:
    """'— H3, interview': the pseudonym (case) and the document kind; a note with
    no case is attributed to its document."""
    row = quote.row
    kind = kind_label(row.document_kind, w.language)
    if row.case_names:
        return f"— {row.case_names[0]}, {kind}"
    name = row.document_name.replace("_", " ")
    if name.casefold().startswith(kind.casefold()):
        return f"— {name}"
    return f"— {name}, {kind}"


def _emotions(w: Writer, content: ReportContent, theme: Theme) -> str:
    names = family_labels(content.emotions, w.language)
    top = list(theme.evidence.emotions.items())[:EMOTIONS]
    return ", ".join(f"{names.get(f, f)} ({w.number(n)})" for f, n in top) or "–"


def add_theme(w: Writer, content: ReportContent, theme: Theme) -> None:
    w.heading(theme.name)
    if theme.description:
        w.paragraph(theme.description)
    evidence = theme.evidence
    by_kind = " · ".join(
        f"{kind_label(kind, w.language)} {w.number(n)}"
        for kind, n in evidence.segments_by_kind.items()
        if n
    )
    valence = "–"
    if evidence.mean_valence is not None:
        valence = f"{w.number(evidence.mean_valence, 2, True)} (n = {evidence.valence_n})"
    rows = [
        [w.t(N_("Coded segments")), w.number(evidence.segments)],
        [w.t(N_("Documents")), w.number(evidence.documents)],
        [w.t(N_("Participants")), w.number(evidence.participants)],
        [w.t(N_("Segments by document kind")), by_kind or "–"],
        [w.t(N_("Workshop dots")), w.number(theme.votes)],
        [w.t(N_("Dominant emotions")), _emotions(w, content, theme)],
        [w.t(N_("Mean valence (−2…+2)")), valence],
    ]
    w.table([], rows, [5.8, 10.6], header_row=False)
    if not theme.quotes:
        return
    w.heading(w.t(N_("Quotes")), 2)
    quote_style = style(w.document, "Quote", "Intense Quote")
    for quote in theme.quotes:
        paragraph = w.document.add_paragraph(quote.text, style=quote_style)
        paragraph.paragraph_format.keep_together = True
        run = paragraph.add_run()
        run.add_break()
        source = paragraph.add_run(attribution(w, quote))
        source.italic = False
        source.font.size = Pt(9)
