"""WebVTT and SubRip files (``.vtt``, ``.srt``): recorded meetings and interviews.

Subtitle files cut speech into cues of a few seconds, which is no unit to code.
The document text is therefore rebuilt as one paragraph per turn,
``Speaker: text``, with consecutive cues of one speaker joined by spaces and
turns separated by a blank line; each turn points at the text after
``Speaker: `` and keeps its first cue's start time. Cues without a speaker (and
none before them) stand on their own lines without a turn.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field

from workbench.errors import ImportRefused
from workbench.i18n import _
from workbench.importers.base import (
    ImportedDocument,
    ImportedTurn,
    ImportOptions,
    Source,
    normalise_text,
)
from workbench.importers.detect import guess_language
from workbench.importers.encoding import decode_text
from workbench.importers.transcript import cases_for, is_label, parse_timestamp, speaker_role

_TIMING = re.compile(
    r"^\s*(?P<start>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}"
)
#: ``<v Name>``, ``<v.loud Name>``; closed by ``</v>``, the next voice, or the cue's end.
_VOICE = re.compile(
    r"<v(?:\.[^\s<>]*)?\s+(?P<name>[^<>\n]*)>(?P<text>.*?)(?:</v\s*>|(?=<v[\s.])|$)", re.S
)
_TAG = re.compile(r"</?[a-zA-Z][^<>\n]*>|<\d[\d:.]*>")
_ASS_OVERRIDE = re.compile(r"\{\\[^}]*\}")
_PREFIX = re.compile(r"^\s*(?P<label>[^\s:][^:\n]{0,40}?)\s*:\s+(?=\S)")


@dataclass
class _Segment:
    """Speech of one speaker (or of nobody known) from one or more cues."""

    speaker: str | None
    timestamp_ms: int
    texts: list[str] = field(default_factory=list)


def read(data: bytes, source: Source, options: ImportOptions) -> list[ImportedDocument]:
    """One document per subtitle file; kind 'interview' unless the user chose otherwise."""
    text = decode_text(data)
    segments = _parse_cues(text)
    if not segments:
        raise ImportRefused(_("no subtitle cues with text were found"))
    body, turns = _assemble(_merge(_resolve_prefixes(segments)))
    doc = ImportedDocument(
        name=source.stem,
        text=body,
        kind=options.kind if options.kind is not None else "interview",
        language=options.language if options.language is not None else guess_language(body),
        turns=turns,
        cases=cases_for(turns),
    )
    doc.check()
    return [doc]


def _parse_cues(text: str) -> list[_Segment]:
    """Segments of every cue in order: voice-tagged parts get their speaker, the
    rest ``None``. Header, NOTE, STYLE and REGION blocks hold no timing line and
    are skipped with any cue ids."""
    segments: list[_Segment] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = block.split("\n")
        timing_index = next((i for i, ln in enumerate(lines) if _TIMING.match(ln)), None)
        if timing_index is None:
            continue
        match = _TIMING.match(lines[timing_index])
        assert match is not None
        start_ms = parse_timestamp(match.group("start"))
        payload = "\n".join(lines[timing_index + 1 :])
        segments.extend(_cue_segments(payload, start_ms))
    return segments


def _cue_segments(payload: str, start_ms: int) -> list[_Segment]:
    payload = _ASS_OVERRIDE.sub("", payload)
    segments: list[_Segment] = []
    position = 0
    for voice in _VOICE.finditer(payload):
        _append(segments, None, payload[position : voice.start()], start_ms)
        name = _clean(voice.group("name")) or None
        _append(segments, name, voice.group("text"), start_ms)
        position = voice.end()
    _append(segments, None, payload[position:], start_ms)
    return segments


def _append(segments: list[_Segment], speaker: str | None, raw: str, start_ms: int) -> None:
    cleaned = _clean(raw)
    if cleaned:
        segments.append(_Segment(speaker, start_ms, [cleaned]))


def _clean(raw: str) -> str:
    """Cue text without tags and entities (an entity may spell a control character,
    so the text is normalised again), its lines joined by single spaces."""
    return " ".join(normalise_text(html.unescape(_TAG.sub("", raw))).split())


def _resolve_prefixes(segments: list[_Segment]) -> list[_Segment]:
    """SRT-style ``Name: text`` cues: the prefix becomes the speaker when the same
    label starts at least two cues (a lone ``Note: …`` is speech, not a speaker)."""
    labels = Counter(
        label for seg in segments if seg.speaker is None and (label := _prefix(seg.texts[0]))
    )
    result: list[_Segment] = []
    for seg in segments:
        label = _prefix(seg.texts[0]) if seg.speaker is None else None
        if label is not None and labels[label] >= 2:
            match = _PREFIX.match(seg.texts[0])
            assert match is not None
            seg = _Segment(label, seg.timestamp_ms, [seg.texts[0][match.end() :]])
        result.append(seg)
    return result


def _prefix(text: str) -> str | None:
    match = _PREFIX.match(text)
    if match is None or not is_label(match.group("label")):
        return None
    return " ".join(match.group("label").split())


def _merge(segments: list[_Segment]) -> list[_Segment]:
    """Join consecutive segments of one speaker; speakerless cues after a speaker's
    cue continue that speaker (SRT marks only the changes)."""
    merged: list[_Segment] = []
    for seg in segments:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.speaker is not None
            and seg.speaker in (None, previous.speaker)
        ):
            previous.texts.extend(seg.texts)
            continue
        merged.append(_Segment(seg.speaker, seg.timestamp_ms, list(seg.texts)))
    return merged


def _assemble(segments: list[_Segment]) -> tuple[str, list[ImportedTurn]]:
    """The document text and its turns (code-point offsets into that text)."""
    parts: list[str] = []
    turns: list[ImportedTurn] = []
    length = 0
    for index, seg in enumerate(segments):
        if index:
            gap = "\n" if seg.speaker is None and segments[index - 1].speaker is None else "\n\n"
            parts.append(gap)
            length += len(gap)
        spoken = " ".join(seg.texts)
        prefix = f"{seg.speaker}: " if seg.speaker is not None else ""
        parts.append(prefix + spoken)
        if seg.speaker is not None:
            role = speaker_role(seg.speaker)
            turns.append(
                ImportedTurn(
                    start=length + len(prefix),
                    end=length + len(prefix) + len(spoken),
                    speaker=seg.speaker,
                    timestamp_ms=seg.timestamp_ms,
                    role=role,
                    case=seg.speaker if role == "participant" else None,
                )
            )
        length += len(prefix) + len(spoken)
    return "".join(parts), turns
