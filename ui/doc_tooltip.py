"""What hovering coded text or a stripe tells: codes, emotion, valence, journey
stage, touchpoint and memo of each segment there, and a checklist line's answer.

Read from the project when asked (a hover is rare and cheap), so renamed
emotions or stages never show stale names. Labels follow the project's
reporting language, as the rest of the analysis does.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from workbench.errors import NotFoundError
from workbench.model import ChecklistItem, Code, Segment
from workbench.project import Project

#: Memos are notes, sometimes long; a tooltip shows their start.
MEMO_CHARS = 280


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else ("−" + str(-value) if value < 0 else "0")


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def segment_lines(project: Project, segment: Segment, codes: dict[int, Code]) -> list[str]:
    """HTML lines describing one segment."""
    language = project.language
    lines: list[str] = []
    names = [
        f'<span style="color:{codes[c].color}">■</span>&nbsp;<b>{html.escape(codes[c].name)}</b>'
        for c in segment.code_ids
        if c in codes
    ]
    lines.append(
        ", ".join(names)
        if names
        else "<i>{}</i>".format(QCoreApplication.translate("DocumentView", "No code"))
    )
    if segment.emotion_id is not None:
        try:
            emotion = project.schemes.get_emotion(segment.emotion_id)
        except NotFoundError:
            emotion = None
        if emotion is not None:
            lines.append(
                QCoreApplication.translate(
                    "DocumentView", "Emotion: {label} (intensity {intensity}/3)"
                ).format(label=html.escape(emotion.label(language)), intensity=emotion.intensity)
            )
    if segment.valence is not None:
        lines.append(
            QCoreApplication.translate("DocumentView", "Valence: {valence}").format(
                valence=_signed(segment.valence)
            )
        )
    if segment.stage_id is not None:
        stages = {s.id: s for s in project.schemes.stages()}
        if segment.stage_id in stages:
            lines.append(
                QCoreApplication.translate("DocumentView", "Journey stage: {stage}").format(
                    stage=html.escape(stages[segment.stage_id].label(language))
                )
            )
    if segment.touchpoint_id is not None:
        points = {t.id: t for t in project.schemes.touchpoints()}
        if segment.touchpoint_id in points:
            lines.append(
                QCoreApplication.translate("DocumentView", "Touchpoint: {touchpoint}").format(
                    touchpoint=html.escape(points[segment.touchpoint_id].label(language))
                )
            )
    if segment.memo:
        memo = segment.memo if len(segment.memo) <= MEMO_CHARS else segment.memo[:MEMO_CHARS] + "…"
        lines.append(
            QCoreApplication.translate("DocumentView", "Memo: {memo}").format(
                memo=html.escape(memo).replace("\n", "<br>")
            )
        )
    memos = project.memos.list("segment", segment.id)
    if memos:
        titles = ", ".join(html.escape(m.title or m.body[:40]) for m in memos[:3])
        lines.append(
            QCoreApplication.translate("DocumentView", "Linked memos: {titles}").format(
                titles=titles
            )
        )
    return lines


def checklist_lines(item: ChecklistItem) -> list[str]:
    lines = [
        "<b>{}</b>".format(
            html.escape(
                QCoreApplication.translate("DocumentView", "Checklist item {number}").format(
                    number=item.number
                )
                if item.number
                else QCoreApplication.translate("DocumentView", "Checklist item")
            )
        ),
        html.escape(item.item),
    ]
    if item.answer:
        lines.append(
            QCoreApplication.translate("DocumentView", "Answer: {answer}").format(
                answer=html.escape(item.answer)
            )
        )
    if item.score is not None:
        score = _number(item.score)
        if item.max_score is not None:
            score += " / " + _number(item.max_score)
        lines.append(
            QCoreApplication.translate("DocumentView", "Score: {score}").format(score=score)
        )
    return lines


def tooltip_html(
    project: Project,
    segments: list[Segment],
    codes: dict[int, Code],
    checklist: ChecklistItem | None = None,
) -> str:
    """A rich-text tooltip for the segments (innermost first) and checklist line at a
    point; empty when there is nothing to tell."""
    blocks = ["<br>".join(segment_lines(project, s, codes)) for s in segments]
    if checklist is not None:
        blocks.append("<br>".join(checklist_lines(checklist)))
    if not blocks:
        return ""
    return "<qt>" + "<hr>".join(blocks) + "</qt>"
