"""The hypothesis sheet as a Word brief: one section per hypothesis with its
fields, its draft survey items and a few quotes from its evidence.

Built from Word's own styles (Title, Heading 2/3, Table Grid, Quote), so the
client's template restyles it, and the document's language is set to the
sheet's so Word checks Finnish spelling in a Finnish brief.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from exports.hypothesis_sheet import HypothesisRow, Sheet, decimal
from workbench.i18n import N_, N_plural
from workbench.labels import kind_label

#: Quotes shown per hypothesis; the spreadsheet has them all.
QUOTES = 3
_LOCALES = {"fi": "fi-FI", "en": "en-GB"}


def write_docx(sheet: Sheet, path: Path) -> None:
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    for section in doc.sections:  # A4 with 2.5 cm margins: 16 cm of text, as the tables expect
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
    _set_language(doc, _LOCALES.get(sheet.language, "en-GB"))
    title = f"{sheet.project_name} \N{EN DASH} {sheet.t(N_('Hypotheses'))}"
    doc.core_properties.title = title
    doc.core_properties.language = _LOCALES.get(sheet.language, "en-GB")
    doc.add_paragraph(title, style="Title")
    for row in sheet.rows:
        doc.add_heading(f"{row.number}. {row.statement}", level=2)
        _fields(doc, sheet, row)
        doc.add_heading(sheet.t(N_("Survey items")), level=3)
        if row.items:
            _items(doc, sheet, row)
        else:
            doc.add_paragraph(sheet.t(N_("No survey items yet.")))
        doc.add_heading(sheet.t(N_("Evidence")), level=3)
        if not row.evidence:
            doc.add_paragraph(sheet.t(N_("No evidence cited yet.")))
        quote_style = _style(doc, "Quote", "Intense Quote")
        opening = "\u201d" if sheet.language == "fi" else "\u201c"  # Finnish: ”…”, English: “…”
        for ev in row.evidence[:QUOTES]:
            who = ", ".join(ev.case_names) or ev.document_name
            kind = kind_label(ev.document_kind, sheet.language)
            para = doc.add_paragraph(f"{opening}{ev.text.strip()}\u201d", style=quote_style)
            para.paragraph_format.space_after = Pt(2)
            attribution = doc.add_paragraph(f"\N{EM DASH} {who}, {kind}", style=quote_style)
            attribution.paragraph_format.space_after = Pt(10)
            for run in attribution.runs:
                run.italic = False
                run.font.size = Pt(9)
        if len(row.evidence) > QUOTES:
            doc.add_paragraph(
                sheet.t(N_("{shown} of {n} evidence segments quoted.")).format(
                    shown=QUOTES, n=len(row.evidence)
                )
            )
    with path.open("wb") as out:
        doc.save(out)


def _style(doc: Any, *names: str) -> str | None:
    """The first of ``names`` the document's template has (None: the default style)."""
    present = {s.name for s in doc.styles}
    return next((n for n in names if n in present), None)


def _set_language(doc: Any, locale: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), locale)
    rpr.append(lang)


def _evidence_text(sheet: Sheet, row: HypothesisRow) -> str:
    s = row.summary
    counts = ", ".join(
        (
            sheet.n(*N_plural("{n} segment", "{n} segments"), s.segments),
            sheet.n(*N_plural("{n} document", "{n} documents"), s.documents),
            sheet.n(*N_plural("{n} participant", "{n} participants"), s.participants),
        )
    )
    kinds = ", ".join(
        f"{kind_label(k, sheet.language)} {s.segments_by_kind[k]}"
        for k in sheet.kinds
        if s.segments_by_kind.get(k)
    )
    return f"{counts} ({kinds})" if kinds else counts


def _fields(doc: Any, sheet: Sheet, row: HypothesisRow) -> None:
    s = row.summary
    valence = ""
    if s.mean_valence is not None:
        valence = f"{decimal(s.mean_valence, sheet.language)} (n = {s.valence_n})"
    fields = (
        (N_("Rationale"), row.rationale),
        (N_("Sources"), "; ".join(row.sources)),
        (N_("Journey stages"), "; ".join(row.stages)),
        (N_("Target segment"), row.target_segment),
        (N_("Method"), row.method),
        (N_("Metric"), row.metric),
        (N_("Priority"), row.priority),
        (N_("Status"), row.status),
        (N_("Votes"), str(row.votes)),
        (N_("Evidence"), _evidence_text(sheet, row)),
        (N_("Emotion profile"), row.emotion_profile),
        (N_("Mean valence"), valence),
    )
    _table(doc, None, [(sheet.t(label), value) for label, value in fields], (1.8, 4.5))


def _items(doc: Any, sheet: Sheet, row: HypothesisRow) -> None:
    headings = [sheet.t(h) for h in (N_("Statement"), N_("Response scale"),
                                     N_("Reverse-worded"), N_("Wording warnings"))]  # fmt: skip
    rows = [
        (
            f"{i.id} {i.statement}",
            i.scale,
            sheet.t(N_("Yes") if i.reversed else N_("No")),
            "\n".join(i.warnings),
        )
        for i in row.items
    ]
    _table(doc, headings, rows, (2.15, 1.35, 1.1, 1.7))


def _table(
    doc: Any,
    headings: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    inches: tuple[float, ...],
) -> None:
    from docx.shared import Inches, Pt

    table = doc.add_table(rows=0, cols=len(inches))
    style = _style(doc, "Table Grid")
    if style:
        table.style = style
    table.autofit = False
    for column, width in zip(table.columns, inches, strict=True):
        column.width = Inches(width)  # LibreOffice reads the grid, Word the cells
    body = [*([headings] if headings else []), *rows]
    for r, values in enumerate(body):
        cells = table.add_row().cells
        for c, value in enumerate(values):
            cell = cells[c]
            cell.width = Inches(inches[c])
            para = cell.paragraphs[0]
            for k, line in enumerate(value.split("\n")):
                if k:
                    para = cell.add_paragraph()
                run = para.add_run(line)
                run.font.size = Pt(9)
                # header row, or the label column of a field table
                run.bold = (headings is not None and r == 0) or (headings is None and c == 0)
    doc.add_paragraph()
