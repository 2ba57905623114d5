"""Representative quotes: the few passages a client summary prints under a theme.

A good quote is a participant's own words (not the interviewer's question), of
a readable length, and says something strongly; a handful of them should come
from different people. So the candidates are ranked by

1. length: passages of at least ``min_chars`` before ones too short to say
   anything (too long ones are trimmed at a sentence boundary, so they count);
2. whose words they are: participants and survey respondents first, then
   researchers' notes (mystery shopping, observation), interviewer turns last;
3. strength of feeling (``|valence|``, strongest first);
4. the theme run's ``quote_rank`` when the theme came from clustering (closest
   to the theme's centre first) — a tie-breaker, optional;
5. document order;

and picked one per case (or per document when a passage has no case) before any
source is used twice.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from coding.retrieval import RetrievedSegment

MIN_CHARS = 40
MAX_CHARS = 350
ELLIPSIS = "…"
_SENTENCE_END = re.compile(r"[.!?…](?=[\s\"”’)\]]|$)")


@dataclass(frozen=True)
class Quote:
    row: RetrievedSegment
    #: the passage as printed: the segment's text, or its beginning up to a
    #: sentence boundary followed by an ellipsis
    text: str

    @property
    def trimmed(self) -> bool:
        return self.text != self.row.text.strip()


def trim_quote(text: str, max_chars: int = MAX_CHARS, min_chars: int = MIN_CHARS) -> str:
    """``text`` stripped; when longer than ``max_chars``, cut after the last
    sentence ending that fits (or, failing one past ``min_chars``, the last whole
    word) and marked with an ellipsis."""
    text = text.strip()
    if len(text) <= max_chars:
        return text
    head = text[:max_chars]
    ends = [m.end() for m in _SENTENCE_END.finditer(head) if m.end() >= min_chars]
    if ends:
        return head[: ends[-1]].rstrip() + " " + ELLIPSIS
    space = head.rfind(" ", 0, max_chars - 2)
    cut = head[:space] if space >= min_chars else head[: max_chars - 2]
    return cut.rstrip(" ,;:–-") + " " + ELLIPSIS


def voice(row: RetrievedSegment) -> int:
    """0 = a participant's words, 1 = a researcher's note, 2 = an interviewer's turn."""
    if row.speaker_role is None:
        return 0 if row.case_names else 1
    return 0 if row.speaker_role == "participant" else 2


def source(row: RetrievedSegment) -> str:
    """Who a quote is from: its first case, else its document."""
    return f"case:{row.case_names[0]}" if row.case_names else f"doc:{row.segment.document_id}"


def choose_quotes(
    rows: Sequence[RetrievedSegment],
    limit: int = 5,
    *,
    min_chars: int = MIN_CHARS,
    max_chars: int = MAX_CHARS,
    ranks: Mapping[int, int] | None = None,
) -> list[Quote]:
    """Up to ``limit`` quotes from ``rows`` in the order described above.
    ``ranks`` maps segment ids to a theme run's quote rank (0 = closest)."""
    ranks = ranks or {}
    unique: dict[int, RetrievedSegment] = {}
    for row in rows:
        unique.setdefault(row.segment.id, row)
    candidates = [r for r in unique.values() if r.text.strip()]

    def key(row: RetrievedSegment) -> tuple[int, int, int, int, int, int]:
        length = len(row.text.strip())
        return (
            0 if length >= min_chars else 1,
            voice(row),
            -abs(row.segment.valence or 0),
            ranks.get(row.segment.id, len(ranks) + 1),
            row.segment.document_id,
            row.segment.start,
        )

    candidates.sort(key=key)
    chosen: list[RetrievedSegment] = []
    used: set[str] = set()
    for row in candidates:  # one per person or document first
        if len(chosen) < limit and source(row) not in used:
            chosen.append(row)
            used.add(source(row))
    taken = {r.segment.id for r in chosen}
    for row in candidates:  # then fill up, still by rank
        if len(chosen) >= limit:
            break
        if row.segment.id not in taken:
            chosen.append(row)
            taken.add(row.segment.id)
    chosen.sort(key=key)
    return [Quote(row, trim_quote(row.text, max_chars, min_chars)) for row in chosen]
