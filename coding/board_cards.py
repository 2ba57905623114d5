"""What a workshop board card shows, and the quotes the presenter steps through.

Per card: its name and colour, the evidence behind it (segments, documents and
participants, each counted once), the emotion family most of it carries, its
best quote (chosen as the client summary chooses them, see
:mod:`coding.quotes`: a participant's words of 40-250 characters, strongest
feeling first) and the dots on it, per participant.

A code card's evidence is the segments coded with the code or any code below
it; a theme card's is its code's segments, or, for a theme accepted without a
code, the coded segments its clustering put in it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coding.evidence import EvidenceIndex
from coding.quotes import choose_quotes
from coding.retrieval import RetrievedSegment
from workbench.domain.board import BoardItem
from workbench.labels import kind_label

if TYPE_CHECKING:
    from workbench.project import Project

CARD_QUOTE_CHARS = 250
PRESENTER_QUOTE_CHARS = 700
NEUTRAL = "#8a8f98"


@dataclass(frozen=True)
class CardFacts:
    card_id: int
    name: str
    color: str
    segments: int
    documents: int
    participants: int
    #: the dominant Plutchik family ('anger' ...), its name in the language asked
    #: for and its colour; None when no evidence carries an emotion
    emotion: str | None
    emotion_label: str
    emotion_color: str | None
    quote: str
    #: who said it: 'pseudonym · document kind'
    quote_source: str
    #: dots per participant (participant id, dots), in participant order; only >0
    dots: tuple[tuple[int, int], ...]

    @property
    def votes(self) -> int:
        return sum(n for _pid, n in self.dots)


@dataclass(frozen=True)
class PresenterQuote:
    segment_id: int
    text: str
    #: the pseudonym (case) behind it, or '' when it has none
    case: str
    document_name: str
    document_kind: str


class BoardFacts:
    """Reads the project's evidence once; asked again per card (or after votes change)."""

    def __init__(self, project: Project, language: str | None = None) -> None:
        self.project = project
        self.language = language or project.language
        self.index = EvidenceIndex(project)
        codes = project.codes.list()
        self._codes = {c.id: c for c in codes}
        children: dict[int | None, list[int]] = {}
        for code in codes:
            children.setdefault(code.parent_id, []).append(code.id)
        self._children = children
        self._by_code: dict[int, list[int]] = {}
        for row in self.index.rows.values():
            for code_id in row.segment.code_ids:
                self._by_code.setdefault(code_id, []).append(row.segment.id)
        self._themes = {t.id: t for t in project.themes.accepted()}
        emotions = project.schemes.emotions()
        self._family_colour = {e.family: e.color for e in emotions}
        # A family is named by its middle intensity ('joy', not 'serenity' or 'ecstasy').
        self._family_label: dict[str, str] = {}
        for e in sorted(emotions, key=lambda e: e.intensity != 2):
            self._family_label.setdefault(e.family, e.label(self.language))

    # -- evidence ----------------------------------------------------------------------

    def _subtree(self, code_id: int) -> list[int]:
        found, stack = [], [code_id]
        while stack:
            current = stack.pop()
            found.append(current)
            stack += self._children.get(current, [])
        return found

    def _code_of(self, card: BoardItem) -> int | None:
        if card.code_id is not None:
            return card.code_id
        theme = self._themes.get(card.theme_id or 0)
        return theme.code_id if theme else None

    def segment_ids(self, card: BoardItem) -> list[int]:
        code_id = self._code_of(card)
        if code_id is not None:
            ids = {s for c in self._subtree(code_id) for s in self._by_code.get(c, [])}
            return sorted(ids)
        theme = self._themes.get(card.theme_id or 0)
        if theme is None or theme.candidate_id is None:
            return []
        units = self.project.themes.units(theme.candidate_id)
        return sorted({u.segment_id for u in units if u.segment_id is not None})

    def facts(
        self, cards: Sequence[BoardItem], dots: dict[int, tuple[tuple[int, int], ...]] | None = None
    ) -> dict[int, CardFacts]:
        dots = self.dots(cards) if dots is None else dots
        out: dict[int, CardFacts] = {}
        for card in cards:
            if card.kind != "card":
                continue
            ids = self.segment_ids(card)
            summary = self.index.summary(ids)
            family = next(iter(summary.emotions), None)
            rows = self.index.get(ids)
            best = choose_quotes(rows, 1, max_chars=CARD_QUOTE_CHARS)
            code = self._codes.get(self._code_of(card) or 0)
            out[card.id] = CardFacts(
                card_id=card.id,
                name=card.name,
                color=code.color if code else NEUTRAL,
                segments=summary.segments,
                documents=summary.documents,
                participants=summary.participants,
                emotion=family,
                emotion_label=self._family_label.get(family, "") if family else "",
                emotion_color=self._family_colour.get(family) if family else None,
                quote=best[0].text if best else "",
                quote_source=self._source(best[0].row) if best else "",
                dots=dots.get(card.id, ()),
            )
        return out

    def _source(self, row: RetrievedSegment) -> str:
        kind = kind_label(row.document_kind, self.language)
        who = row.case_names[0] if row.case_names else row.document_name
        return f"{who} · {kind}"

    # -- votes ------------------------------------------------------------------------

    def dots(self, cards: Sequence[BoardItem]) -> dict[int, tuple[tuple[int, int], ...]]:
        """Dots per card and participant (cheap: read again after every vote)."""
        order = [p.id for p in self.project.votes.participants()]
        themes = {t.id: t for t in self.project.themes.accepted()}
        by_code: dict[int, Counter[int]] = {}
        by_theme: dict[int, Counter[int]] = {}
        for vote in self.project.votes.list():
            if vote.code_id is not None:
                by_code.setdefault(vote.code_id, Counter())[vote.participant_id] += 1
            if vote.theme_id is not None:
                by_theme.setdefault(vote.theme_id, Counter())[vote.participant_id] += 1
        out: dict[int, tuple[tuple[int, int], ...]] = {}
        for card in cards:
            if card.kind != "card":
                continue
            counts: Counter[int] = Counter()
            if card.code_id is not None:
                counts += by_code.get(card.code_id, Counter())
            if card.theme_id is not None:
                counts += by_theme.get(card.theme_id, Counter())
                theme = themes.get(card.theme_id)
                if theme is not None and theme.code_id is not None:
                    counts += by_code.get(theme.code_id, Counter())
            out[card.id] = tuple((pid, counts[pid]) for pid in order if counts[pid])
        return out

    # -- presenter ------------------------------------------------------------------------

    def quotes(self, card: BoardItem) -> list[PresenterQuote]:
        """Every evidence segment of the card, best first."""
        rows = self.index.get(self.segment_ids(card))
        chosen = choose_quotes(rows, len(rows), max_chars=PRESENTER_QUOTE_CHARS)
        return [
            PresenterQuote(
                segment_id=q.row.segment.id,
                text=q.text,
                case=q.row.case_names[0] if q.row.case_names else "",
                document_name=q.row.document_name,
                document_kind=kind_label(q.row.document_kind, self.language),
            )
            for q in chosen
        ]


def card_facts(project: Project, language: str | None = None) -> dict[int, CardFacts]:
    """The facts of every card on the project's board."""
    return BoardFacts(project, language).facts(project.board.items())
