"""The hypothesis sheet: what the qualitative phase hands the survey team.

One file, chosen by its extension: an .xlsx workbook (hypotheses, survey items
ready to paste into a survey tool, and the evidence behind each hypothesis), a
.csv of the hypothesis table with its items in a last column, or a .docx brief
(see :mod:`exports.hypothesis_docx`). Everything the reader sees is in the
project's language (or the one asked for), whatever the window speaks.

Hypotheses are numbered H1, H2 ... in the researcher's order and their items
H1.1, H1.2 ...; a hypothesis's votes are the workshop dots on its source codes
and themes. Counts and the emotion profile are those of its evidence segments
(:class:`coding.evidence.EvidenceIndex`). The file is written beside its target
and moved into place at the end, so a failed export never leaves half a file.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coding.evidence import EvidenceIndex, EvidenceSummary
from coding.item_checks import check_item
from coding.retrieval import RetrievedSegment
from exports.charts import family_labels
from exports.files import check_suffix, partial_file
from workbench.i18n import N_, translator
from workbench.labels import (
    kind_label,
    method_label,
    priority_label,
    scale_anchors,
    scale_label,
    status_label,
)
from workbench.model import DOCUMENT_KINDS
from workbench.project import Project

SUFFIXES = (".xlsx", ".csv", ".docx")
_FORMULA_START = ("=", "+", "-", "@")
#: Control characters a .xlsx cannot hold (tab, line feed and return it can).
_ILLEGAL = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32)])

HYPOTHESIS_HEADINGS = (
    N_("No."), N_("Hypothesis"), N_("Rationale"), N_("Sources"), N_("Journey stages"),
    N_("Target segment"), N_("Method"), N_("Metric"), N_("Priority"), N_("Status"), N_("Votes"),
    N_("Evidence segments"), N_("Documents"), N_("Participants"),
)  # fmt: skip
#: Headings after the per-kind columns.
PROFILE_HEADINGS = (
    N_("Emotion profile"), N_("Mean valence"), N_("Valence, n"), N_("Number of survey items"),
)  # fmt: skip
KIND_HEADING = N_("Segments: {kind}")
ITEM_HEADINGS = (
    N_("Item ID"), N_("Hypothesis"), N_("Statement"), N_("Response scale"),
    N_("Answer options"), N_("Reverse-worded"), N_("Wording warnings"),
)  # fmt: skip
EVIDENCE_HEADINGS = (
    N_("Hypothesis"), N_("Quote"), N_("Document"), N_("Document kind"), N_("Participant"),
    N_("Speaker"), N_("Emotion"), N_("Valence"), N_("Journey stage"),
)  # fmt: skip
SHEETS = (N_("Hypotheses"), N_("Survey items"), N_("Evidence"))
#: Character widths of the .xlsx columns (sheet 1: before and after the per-kind ones).
_WIDTHS: tuple[tuple[int, ...], ...] = (
    (6, 50, 45, 28, 24, 24, 18, 32, 11, 18, 8, 11, 11, 11),
    (9, 11, 60, 18, 40, 12, 60),
    (11, 70, 26, 18, 18, 16, 14, 9, 20),
)
_PROFILE_WIDTHS = (28, 11, 9, 11)
_KIND_WIDTH = 13


@dataclass(frozen=True)
class ItemRow:
    id: str  # 'H1.2'
    statement: str
    scale: str  # the scale's label
    anchors: tuple[str, ...]
    reversed: bool
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class HypothesisRow:
    number: str  # 'H1'
    statement: str
    rationale: str
    sources: tuple[str, ...]
    stages: tuple[str, ...]
    target_segment: str
    method: str
    metric: str
    priority: str
    status: str
    votes: int
    summary: EvidenceSummary
    #: 'viha 4, ilo 2': the family's basic emotion and its segments, most first
    emotion_profile: str
    items: tuple[ItemRow, ...]
    evidence: tuple[RetrievedSegment, ...]


@dataclass(frozen=True)
class Sheet:
    """Everything a writer needs, already in ``language``."""

    language: str
    project_name: str
    #: document kinds present in the project, in the standard order
    kinds: tuple[str, ...]
    rows: tuple[HypothesisRow, ...]
    #: emotion id -> label, stage id -> label (evidence rows)
    emotion_labels: dict[int, str]
    stage_labels: dict[int, str]

    def t(self, message: str) -> str:
        return translator(self.language).gettext(message)

    def n(self, singular: str, plural: str, count: int) -> str:
        return translator(self.language).ngettext(singular, plural, count).format(n=count)


def build_sheet(project: Project, language: str | None = None) -> Sheet:
    """The hypotheses of ``project`` with everything derived, labelled in ``language``."""
    lang = language or project.language
    hypotheses = project.hypotheses.list()
    index = EvidenceIndex(project, {i for h in hypotheses for i in h.evidence_ids})
    codes = {c.id: c.name for c in project.codes.list()}
    themes = {t.id: t.name for t in project.themes.accepted()}
    stages = {s.id: s.label(lang) for s in project.schemes.stages()}
    emotions = project.schemes.emotions()
    basic = family_labels(emotions, lang)
    dots = project.votes.hypothesis_totals()
    present = {d.kind for d in project.documents.list()}
    rows = []
    for n, h in enumerate(hypotheses, 1):
        summary = index.summary(h.evidence_ids)
        items = tuple(
            ItemRow(
                id=f"H{n}.{k}",
                statement=item.statement,
                scale=scale_label(item.scale, lang),
                anchors=scale_anchors(item.scale, lang),
                reversed=item.reversed,
                warnings=tuple(i.message for i in check_item(item.statement, lang)),
            )
            for k, item in enumerate(h.items, 1)
        )
        rows.append(
            HypothesisRow(
                number=f"H{n}",
                statement=h.statement,
                rationale=h.rationale,
                sources=(
                    *(codes[i] for i in h.code_ids if i in codes),
                    *(themes[i] for i in h.theme_ids if i in themes),
                ),
                stages=tuple(stages[i] for i in h.stage_ids if i in stages),
                target_segment=h.target_segment,
                method=method_label(h.method, lang),
                metric=h.metric,
                priority=priority_label(h.priority, lang),
                status=status_label(h.status, lang),
                votes=dots.get(h.id, 0),
                summary=summary,
                emotion_profile=", ".join(
                    f"{basic.get(family, family)} {count}"
                    for family, count in summary.emotions.items()
                ),
                items=items,
                evidence=tuple(index.get(list(dict.fromkeys(h.evidence_ids)))),
            )
        )
    return Sheet(
        language=lang,
        project_name=project.name,
        kinds=tuple(k for k in DOCUMENT_KINDS if k in present),
        rows=tuple(rows),
        emotion_labels={e.id: e.label(lang) for e in emotions},
        stage_labels=stages,
    )


def export_hypotheses(project: Project, path: str | Path, *, language: str | None = None) -> Path:
    """Write the hypothesis sheet to ``path`` (.xlsx, .csv or .docx); returns the path."""
    path = Path(path)
    suffix = check_suffix(path, SUFFIXES)
    sheet = build_sheet(project, language)
    write: Callable[[Sheet, Path], None]
    if suffix == ".xlsx":
        write = _write_xlsx
    elif suffix == ".csv":
        write = _write_csv
    else:
        from exports.hypothesis_docx import write_docx

        write = write_docx
    with partial_file(path) as part:
        write(sheet, part)
    return path


# -- tables --------------------------------------------------------------------------


def decimal(value: float, language: str) -> str:
    """'−0,83' in Finnish, '-0.83' in English (for text, not for numeric cells)."""
    text = f"{value:.2f}"
    return text.replace(".", ",").replace("-", "\N{MINUS SIGN}") if language == "fi" else text


def hypothesis_headings(sheet: Sheet) -> list[str]:
    kinds = [sheet.t(KIND_HEADING).format(kind=kind_label(k, sheet.language)) for k in sheet.kinds]
    return [
        *(sheet.t(h) for h in HYPOTHESIS_HEADINGS),
        *kinds,
        *(sheet.t(h) for h in PROFILE_HEADINGS),
    ]


def hypothesis_values(sheet: Sheet, row: HypothesisRow) -> list[Any]:
    s = row.summary
    mean = round(s.mean_valence, 2) if s.mean_valence is not None else None
    return [
        row.number, row.statement, row.rationale, "; ".join(row.sources), "; ".join(row.stages),
        row.target_segment, row.method, row.metric, row.priority, row.status, row.votes,
        s.segments, s.documents, s.participants,
        *(s.segments_by_kind.get(k, 0) for k in sheet.kinds),
        row.emotion_profile, mean, s.valence_n, len(row.items),
    ]  # fmt: skip


def item_values(sheet: Sheet, row: HypothesisRow, item: ItemRow) -> list[Any]:
    return [
        item.id,
        row.number,
        item.statement,
        item.scale,
        " | ".join(item.anchors),
        sheet.t(N_("Yes") if item.reversed else N_("No")),
        "\n".join(item.warnings),
    ]


def evidence_values(sheet: Sheet, row: HypothesisRow, ev: RetrievedSegment) -> list[Any]:
    seg = ev.segment
    return [
        row.number,
        ev.text,
        ev.document_name,
        kind_label(ev.document_kind, sheet.language),
        ", ".join(ev.case_names),
        ev.speaker or "",
        sheet.emotion_labels.get(seg.emotion_id, "") if seg.emotion_id is not None else "",
        seg.valence,
        sheet.stage_labels.get(seg.stage_id, "") if seg.stage_id is not None else "",
    ]


def tables(sheet: Sheet) -> list[tuple[str, list[str], list[list[Any]]]]:
    """The three sheets: (name, headings, rows)."""
    return [
        (
            sheet.t(SHEETS[0]),
            hypothesis_headings(sheet),
            [hypothesis_values(sheet, r) for r in sheet.rows],
        ),
        (
            sheet.t(SHEETS[1]),
            [sheet.t(h) for h in ITEM_HEADINGS],
            [item_values(sheet, r, i) for r in sheet.rows for i in r.items],
        ),
        (
            sheet.t(SHEETS[2]),
            [sheet.t(h) for h in EVIDENCE_HEADINGS],
            [evidence_values(sheet, r, e) for r in sheet.rows for e in r.evidence],
        ),
    ]


# -- writers -------------------------------------------------------------------------


def _write_csv(sheet: Sheet, path: Path) -> None:
    def cell(value: Any) -> Any:
        if value is None:
            return ""
        if isinstance(value, float):
            return decimal(value, sheet.language).replace("\N{MINUS SIGN}", "-")
        if isinstance(value, str) and value.startswith(_FORMULA_START):
            return "'" + value  # as Excel does: text, never a formula
        return value

    headings = [*hypothesis_headings(sheet), sheet.t(SHEETS[1])]
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";" if sheet.language == "fi" else ",")
        writer.writerow(headings)
        for row in sheet.rows:
            items = "\n".join(f"{i.id} {i.statement}" for i in row.items)
            writer.writerow([cell(v) for v in (*hypothesis_values(sheet, row), items)])


def _write_xlsx(sheet: Sheet, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DCE6F1")
    wrap = Alignment(wrap_text=True, vertical="top")
    for n, (title, headings, rows) in enumerate(tables(sheet)):
        ws = book.create_sheet(title)
        ws.append(headings)
        for values in rows:
            ws.append([v.translate(_ILLEGAL) if isinstance(v, str) else v for v in values])
        for r, cells in enumerate(ws.iter_rows(), 1):
            for c in cells:
                c.alignment = wrap
                if r == 1:
                    c.font, c.fill = bold, fill
                elif isinstance(c.value, str) and c.value.startswith("="):
                    c.data_type = "s"  # a quote like '=hyvä' is text, not a formula
                elif isinstance(c.value, float):
                    c.number_format = "0.00"
        widths = _WIDTHS[n]
        if n == 0:
            widths += (_KIND_WIDTH,) * len(sheet.kinds) + _PROFILE_WIDTHS
        for i, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headings))}{len(rows) + 1}"
    with path.open("wb") as out:
        book.save(out)
