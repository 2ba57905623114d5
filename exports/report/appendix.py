"""The back of the report: charts, hypotheses, methods and the codebook."""

from __future__ import annotations

from docx.shared import Cm
from matplotlib.figure import Figure

from exports.charts import (
    WIDTH,
    Bar,
    draw_code_frequencies,
    draw_emotion_journey,
    draw_emotions,
    new_figure,
)
from exports.journey_map import draw_journey_map
from exports.report.content import ReportContent
from exports.report.writer import Writer
from workbench.i18n import N_
from workbench.labels import kind_label, method_label, priority_label, status_label
from workbench.store.schema_v4 import PRIORITIES

#: codes drawn in the frequency chart
CHART_CODES = 20


def add_charts(w: Writer, content: ReportContent) -> None:
    w.heading(w.t(N_("Charts")))
    rows = sorted(
        (r for r in content.codebook if r.segments),
        key=lambda r: (-r.segments, r.code.position),
    )[:CHART_CODES]
    if rows:
        paths = {r.code.id: r.code.name for r in content.codebook}
        parents = {r.code.id: r.code.parent_id for r in content.codebook}

        def path(code_id: int) -> str:
            parent = parents.get(code_id)
            return f"{path(parent)} / {paths[code_id]}" if parent else paths[code_id]

        bars = [Bar(path(r.code.id), r.segments, r.code.color) for r in rows]
        w.heading(w.t(N_("Coded segments by code")), 2)
        fig = new_figure(height=max(2.4, 0.32 * len(bars) + 1.0))
        draw_code_frequencies(fig, bars, w.language)
        w.figure(fig, w.t(N_("Coded segments per code, most frequent first.")))
    w.heading(w.t(N_("Emotions")), 2)
    fig = new_figure(height=3.0)
    draw_emotions(fig, content.overall.emotions, content.emotions, w.language)
    w.figure(fig, w.t(N_("Coded segments per Plutchik emotion family (all intensities).")))
    if content.journey:
        w.heading(w.t(N_("Emotion journey")), 2)
        fig = new_figure(height=3.4)
        draw_emotion_journey(fig, content.journey, w.language)
        w.figure(
            fig,
            w.t(
                N_(
                    "Mean valence per journey stage with ±1 standard deviation; n = segments "
                    "with a valence. A gap in the line means the stage has no coded segments."
                )
            ),
        )
        fig = Figure(figsize=(WIDTH, 7.4))
        fig.set_facecolor("white")
        draw_journey_map(fig, content.journey, content.emotions, w.language)
        w.figure(
            fig,
            w.t(
                N_(
                    "Customer-journey map drawn from the coded data: mean valence, the mix "
                    "of emotions, and the strongest pain point (−) and moment of delight (+) "
                    "at each stage."
                )
            ),
        )


def add_hypotheses(w: Writer, content: ReportContent) -> None:
    """On landscape pages of their own: seven columns of prose need the width."""
    w.orientation(landscape=True)
    w.heading(w.t(N_("Hypotheses for the quantitative phase")), new_page=False)
    try:
        _hypotheses_table(w, content)
    finally:
        w.orientation(landscape=False)


def _hypotheses_table(w: Writer, content: ReportContent) -> None:
    if not content.hypotheses:
        w.paragraph(w.t(N_("No hypotheses have been written yet.")))
        return
    headers = ["#", w.t(N_("Statement")), w.t(N_("Method")), w.t(N_("Metric")),
               w.t(N_("Priority")), w.t(N_("Status")), w.t(N_("Dots")),
               w.t(N_("Survey items"))]  # fmt: skip
    # Numbered as in the hypothesis sheet (H1 … in the researcher's order), listed
    # by priority, then by the workshop's dots.
    votes = content.hypothesis_votes
    order = sorted(
        enumerate(content.hypotheses, 1),
        key=lambda nh: (PRIORITIES.index(nh[1].priority), -votes.get(nh[1].id, 0), nh[0]),
    )
    rows = [
        [f"H{n}", h.statement, method_label(h.method, w.language), h.metric or "–",
         priority_label(h.priority, w.language), status_label(h.status, w.language),
         w.number(votes.get(h.id, 0)), w.number(len(h.items))]
        for n, h in order
    ]  # fmt: skip
    w.table(headers, rows, [1.0, 6.4, 3.2, 5.6, 2.6, 3.0, 1.6, 2.4], numeric=(6, 7))
    w.paragraph(
        w.t(N_("Listed by priority, then by the workshop's dots; the numbers are those of "
               "the hypothesis sheet."))
    )  # fmt: skip


def add_methods(w: Writer, content: ReportContent) -> None:
    w.heading(w.t(N_("Appendix: methods and material")), new_page=False)
    w.heading(w.t(N_("Documents by kind")), 2)
    segments = content.overall.segments_by_kind
    rows = [
        [kind_label(kind, w.language), w.number(n), w.number(segments.get(kind, 0))]
        for kind, n in content.documents_by_kind.items()
    ]
    rows.append([w.t(N_("Total")), w.number(sum(content.documents_by_kind.values())),
                 w.number(content.overall.segments)])  # fmt: skip
    w.table([w.t(N_("Kind")), w.t(N_("Documents")), w.t(N_("Coded segments"))], rows,
            [7.0, 3.5, 4.0], numeric=(1, 2))  # fmt: skip
    w.heading(w.t(N_("Participants")), 2)
    w.paragraph(w.t(N_("Participants (cases): {n}.")).format(n=w.number(content.cases)))
    if content.attributes:
        rows = [
            [name.replace("_", " ").capitalize(),
             " · ".join(f"{value} ({w.number(n)})" for value, n in values.items())]
            for name, values in content.attributes.items()
        ]  # fmt: skip
        w.table([w.t(N_("Attribute")), w.t(N_("Distribution"))], rows, [3.5, 12.5])
    w.heading(w.t(N_("Analysis")), 2)
    facts = []
    if content.first_date and content.last_date:
        facts.append(w.t(N_("Documents are dated {start}–{end}.")).format(
            start=w.date(content.first_date), end=w.date(content.last_date)))  # fmt: skip
    facts += [
        w.t(N_("Coded segments: {n}.")).format(n=w.number(content.overall.segments)),
        w.t(N_("Codes in the codebook: {n}.")).format(n=w.number(len(content.codebook))),
    ]
    if content.coders:
        facts.append(w.t(N_("Coders: {names}.")).format(names=", ".join(content.coders)))
    facts.append(
        w.t(N_("The themes of this report are the accepted themes of the analysis."))
        if content.from_accepted_themes
        else w.t(
            N_(
                "The themes of this report are the codebook's top-level codes, each with "
                "its sub-codes."
            )
        )
    )
    facts.append(
        w.t(
            N_(
                "A participant is a case linked to a segment: the interviewee whose turn it "
                "is, or the respondent of a survey answer. A segment counts once however "
                "many codes it has."
            )
        )
    )
    for fact in facts:
        w.bullet(fact)


def add_codebook(w: Writer, content: ReportContent) -> None:
    w.heading(w.t(N_("Appendix: codebook")))
    rows = [[r.code.name, r.code.description or "–", w.number(r.segments)]
            for r in content.codebook]  # fmt: skip
    table = w.table([w.t(N_("Code")), w.t(N_("Description")), w.t(N_("Segments"))], rows,
                    [4.6, 9.4, 2.0], numeric=(2,))  # fmt: skip
    for row, entry in zip(table.rows[1:], content.codebook, strict=True):
        row.cells[0].paragraphs[0].paragraph_format.left_indent = Cm(0.5 * entry.depth)
