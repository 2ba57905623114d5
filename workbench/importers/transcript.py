"""Speaker turns in plain transcript text.

Transcripts arrive as ``[00:03:12] H1: text``, ``00:03:12 H1: text``,
``(03:12) H1: text``, ``H1 [00:03:12]: text`` or plain ``H1: text``. A line with
a timestamp and a label is strong evidence of a turn. A plain ``Label:`` line is
not: header lines (``Päivämäärä: 12.3.2024``) and ordinary sentences look the
same, so plain labels only count when the text is clearly a dialogue (see
:func:`detect_turns`).

The docx importer feeds its paragraphs through :func:`detect_turns` too, so the
rules here are the one place that decides what a turn is.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from workbench.importers.base import ImportedCase, ImportedTurn, SpeakerRole

#: First words of a label that make the speaker the interviewer. ``H``, ``I`` and
#: ``Q`` are the usual one-letter forms (``H:`` haastattelija, ``I:`` interviewer);
#: ``H1``…``H8`` are participants, so only the bare letter counts.
INTERVIEWER_WORDS: frozenset[str] = frozenset(
    {
        "haastattelija",
        "haastattelijat",
        "haastattelijan",
        "tutkija",
        "tutkijat",
        "moderaattori",
        "fasilitaattori",
        "interviewer",
        "interviewers",
        "moderator",
        "facilitator",
        "researcher",
        "h",
        "i",
        "q",
        "int",
    }
)
#: Speakers who are present but neither ask nor answer.
OTHER_WORDS: frozenset[str] = frozenset(
    {"tulkki", "interpreter", "havainnoija", "observer", "muistiinpanija", "notetaker"}
)
#: Words that head ``Key: value`` lines of notes and headers, never speakers.
NOT_SPEAKERS: frozenset[str] = frozenset(
    {
        "päivämäärä",
        "pvm",
        "päiväys",
        "date",
        "aika",
        "time",
        "kellonaika",
        "ajankohta",
        "paikka",
        "place",
        "location",
        "huom",
        "huomio",
        "huomautus",
        "note",
        "notes",
        "havainto",
        "tulkinta",
        "observation",
        "interpretation",
        "tehtävä",
        "tehtävät",
        "task",
        "tasks",
        "skenaario",
        "scenario",
        "olosuhteet",
        "myymälä",
        "store",
        "yhteensä",
        "total",
        "pisteet",
        "points",
        "lähde",
        "source",
        "http",
        "https",
        "mailto",
        "ftp",
        "www",
        "litterointi",
        "transcription",
        "yhteenveto",
        "summary",
        "esimerkki",
        "example",
        "vinkki",
        "tip",
    }
)

#: Lower-case words that may stand inside a name (``Jan van der Berg``).
_NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "af", "la", "le", "du"})
MAX_LABEL_CHARS = 40
MAX_LABEL_WORDS = 4

_EMPH = r"(?:\*\*|__|\*|_)?"
_LABEL = r"(?P<label>[^\s:\[\]()*_][^:\n\[\]*]{0,60}?)"
#: The colon after a label; ``**Name:**`` and ``**Name**:`` in Markdown. Written so
#: that a run of blanks can be matched one way only (no quadratic backtracking).
_COLON = r"(?:[ \t]*(?:\*\*|__|\*|_))?[ \t]*:(?:\*\*|__|\*|_)?(?=\s|$)"
_LEAD = r"^[ \t]*" + _EMPH


def _ts(group: str, hours: bool = False) -> str:
    """A timestamp group: ``h:mm:ss`` when ``hours``, else also ``mm:ss``; ``.ttt`` optional."""
    minutes_only = "" if hours else "?"
    return rf"(?P<{group}>\d{{1,2}}:\d{{2}}(?::\d{{2}}){minutes_only}(?:[.,]\d{{1,3}})?)"


_BRACKETED = rf"(?:\[[ \t]*{_ts('ts')}[ \t]*\]|\([ \t]*{_ts('ts2')}[ \t]*\))"
#: ``[00:03:12] Name:``, ``(03:12) Name:``, ``00:03:12 Name:`` / ``00:03:12 - Name:``
_LEADING_TS = re.compile(
    rf"{_LEAD}(?:{_BRACKETED}|{_ts('ts3', hours=True)})[ \t]*(?:[-–][ \t]*)?{_EMPH}{_LABEL}{_COLON}"
)
#: ``Name [00:03:12]: text`` and ``Name (00:03:12): text``
_TRAILING_TS = re.compile(rf"{_LEAD}{_LABEL}[ \t]*{_BRACKETED}{_COLON}")
#: ``Name: text`` (or ``**Name:** text`` in Markdown)
_PLAIN = re.compile(_LEAD + _LABEL + _COLON)
_SENTENCE_PUNCT = re.compile(r"[.,;!?\"“”„«»…=<>{}|#@/\\]")
_WORD_SPLIT = re.compile(r"[\s/()\-–_.,:]+")


@dataclass(frozen=True)
class _Candidate:
    """A line that starts like a turn: label, timestamp, and where the speech begins."""

    line_start: int
    text_start: int
    speaker: str
    timestamp_ms: int | None


def speaker_role(name: str) -> SpeakerRole:
    """'interviewer' for the usual interviewer labels in Finnish and English,
    'other' for interpreters and observers, else 'participant'."""
    words = [w for w in _WORD_SPLIT.split(name.strip().lower()) if w]
    if not words:
        return "participant"
    if words[0] in INTERVIEWER_WORDS:
        return "interviewer"
    if words[0] in OTHER_WORDS:
        return "other"
    return "participant"


def parse_timestamp(value: str) -> int:
    """Milliseconds of ``h:mm:ss``, ``mm:ss`` (each optionally ``.ttt``/``,ttt``)."""
    main, _sep, fraction = value.replace(",", ".").partition(".")
    parts = [int(p) for p in main.split(":")]
    seconds = 0
    for part in parts:
        seconds = seconds * 60 + part
    millis = int((fraction + "000")[:3]) if fraction else 0
    return seconds * 1000 + millis


def is_label(label: str) -> bool:
    """Whether ``label`` can name a speaker: short, few words, no sentence punctuation."""
    label = label.strip()
    if not label or len(label) > MAX_LABEL_CHARS or len(label.split()) > MAX_LABEL_WORDS:
        return False
    if _SENTENCE_PUNCT.search(label) or not any(ch.isalpha() for ch in label):
        return False
    return label.split()[0].lower() not in NOT_SPEAKERS


def detect_turns(text: str) -> list[ImportedTurn]:
    """The speaker turns of ``text``, in order, never overlapping.

    A turn's ``start:end`` covers the spoken text after the label, including any
    following unlabelled lines up to the next turn; surrounding whitespace is
    excluded. Timestamped labels always start a turn. Plain ``Label:`` lines only
    when the text is a dialogue: if there are timestamped turns, plain lines of the
    same speakers; otherwise name-like labels (``Maria Virtanen``, not ``Se oli
    näin``) that occur at least twice, and at least two such labels (plus
    interviewer labels seen once inside the dialogue)."""
    strong, plain = _candidates(text)
    accepted = _accept(strong, plain)
    turns: list[ImportedTurn] = []
    for index, cand in enumerate(accepted):
        limit = accepted[index + 1].line_start if index + 1 < len(accepted) else len(text)
        start, end = _trim(text, cand.text_start, limit)
        if start >= end:
            continue
        role = speaker_role(cand.speaker)
        turns.append(
            ImportedTurn(
                start=start,
                end=end,
                speaker=cand.speaker,
                timestamp_ms=cand.timestamp_ms,
                role=role,
                case=cand.speaker if role == "participant" else None,
            )
        )
    return turns


def cases_for(turns: list[ImportedTurn]) -> list[ImportedCase]:
    """One case per distinct participant speaker, in order of first appearance."""
    names = dict.fromkeys(t.case for t in turns if t.case)
    return [ImportedCase(name=name) for name in names if name]


def _candidates(text: str) -> tuple[list[_Candidate], list[_Candidate]]:
    strong: list[_Candidate] = []
    plain: list[_Candidate] = []
    offset = 0
    for line in text.split("\n"):
        found = _match_line(line, offset)
        if found is not None:
            (strong if found.timestamp_ms is not None else plain).append(found)
        offset += len(line) + 1
    return strong, plain


def _match_line(line: str, offset: int) -> _Candidate | None:
    for pattern in (_LEADING_TS, _TRAILING_TS, _PLAIN):
        match = pattern.match(line)
        if match is None or not is_label(match.group("label")):
            continue
        stamps = [v for k, v in match.groupdict().items() if k.startswith("ts") and v]
        return _Candidate(
            line_start=offset,
            text_start=offset + match.end(),
            speaker=" ".join(match.group("label").split()),
            timestamp_ms=parse_timestamp(stamps[0]) if stamps else None,
        )
    return None


def _name_like(label: str) -> bool:
    """Whether a label without timestamp reads as a name (``Maria Virtanen``,
    ``Speaker 1``, ``Tutkija (AV)``) rather than the start of a sentence
    (``Asiakaskokemus on tärkeää``): words after the first are capitalised."""
    return all(
        word[:1].isupper() or word[:1].isdigit() or word[:1] == "(" or word in _NAME_PARTICLES
        for word in label.split()[1:]
    )


def _accept(strong: list[_Candidate], plain: list[_Candidate]) -> list[_Candidate]:
    if strong:
        known = {c.speaker for c in strong}
        chosen = strong + [c for c in plain if c.speaker in known]
        return sorted(chosen, key=lambda c: c.line_start)
    plain = [c for c in plain if _name_like(c.speaker)]
    counts = Counter(c.speaker for c in plain)
    recurring = {name for name, n in counts.items() if n >= 2}
    if len(recurring) < 2:
        return []
    first = min(c.line_start for c in plain if c.speaker in recurring)
    return [
        c
        for c in plain
        if c.speaker in recurring
        or (c.line_start > first and speaker_role(c.speaker) == "interviewer")
    ]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
