"""Text search over every document: plain words or a regular expression.

Positions are code points (``str`` indices), as everywhere in the store, so a
hit can be handed straight to the document view. Texts are read one document
at a time, which keeps ten million characters of transcripts out of memory.
``mode="lemma"`` searches words by their lemmas and compound parts instead
(Finnish inflects and compounds: "jono" finds "jonossa", "palvelu" finds
"asiakaspalvelussa"); see :mod:`coding.nlp.lemma_search` for its query
language and what happens to documents not processed yet.

The keyword-in-context helpers (:func:`context_before`, :func:`context_after`)
are shared with retrieval, which shows coded passages the same way.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from contextlib import closing
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.errors import ValidationError
from workbench.i18n import _

if TYPE_CHECKING:
    from workbench.project import Project

#: Characters of context on each side of a hit, before trimming to a whole word.
CONTEXT = 60
MODES = ("text", "lemma")


@dataclass(frozen=True)
class SearchHit:
    document_id: int
    document_name: str
    start: int
    end: int
    text: str
    before: str
    after: str


def context_before(text: str, start: int, width: int = CONTEXT) -> str:
    """Up to ``width`` characters before ``start`` on one line, cut at a word
    boundary, with an ellipsis where the cut falls inside the text."""
    begin = max(0, start - width)
    piece = text[begin:start]
    words = piece.split()
    # A word the cut split is dropped, unless it is all there is.
    if begin > 0 and len(words) > 1 and not text[begin - 1].isspace() and piece[:1].strip():
        del words[0]
    out = " ".join(words)
    if words and piece[-1:].isspace():
        out += " "  # keep the gap between the context and the quote
    if begin > 0:
        out = "…" + out
    elif piece[:1].isspace() and words:
        out = " " + out
    return out


def context_after(text: str, end: int, width: int = CONTEXT) -> str:
    """Up to ``width`` characters after ``end`` on one line, cut at a word boundary."""
    stop = min(len(text), end + width)
    piece = text[end:stop]
    words = piece.split()
    if stop < len(text) and len(words) > 1 and not text[stop].isspace() and piece[-1:].strip():
        del words[-1]
    out = " ".join(words)
    if words and piece[:1].isspace():
        out = " " + out
    if stop < len(text):
        out += "…"
    return out


def compile_query(
    query: str, *, regex: bool = False, case_sensitive: bool = False
) -> re.Pattern[str]:
    """The pattern a search runs; ValidationError (with the reason) for a broken regex."""
    flags = 0 if case_sensitive else re.IGNORECASE
    if not regex:
        return re.compile(re.escape(query), flags)
    try:
        return re.compile(query, flags)
    except re.error as exc:
        if exc.pos is None:
            reason = str(exc.msg)
        else:
            reason = _("{reason} at position {position}").format(
                reason=exc.msg, position=exc.pos + 1
            )
        raise ValidationError(
            _("'{pattern}' is not a valid regular expression: {reason}.").format(
                pattern=query, reason=reason
            )
        ) from exc


def search(
    project: Project,
    query: str,
    *,
    regex: bool = False,
    case_sensitive: bool = False,
    document_ids: Collection[int] | None = None,
    kinds: Collection[str] | None = None,
    mode: str = "text",
    limit: int | None = None,
    context: int = CONTEXT,
    unprocessed: str = "process",
) -> list[SearchHit]:
    """Every place ``query`` occurs, in document order then text order.

    ``document_ids``/``kinds`` narrow the documents searched (None = all). A
    regular expression that matches empty text finds only its non-empty matches.
    ``limit`` stops after that many hits (the window asks for one more than it
    shows, to know there are more). ``regex`` and ``case_sensitive`` apply to
    ``mode="text"``; ``unprocessed`` ("process", "skip" or "error") to
    ``mode="lemma"``.
    """
    if mode not in MODES:
        raise ValueError(f"unknown search mode {mode!r} (one of {MODES})")
    if not query:
        return []
    if mode == "lemma":
        from coding.nlp.lemma_search import search_lemmas

        return search_lemmas(
            project,
            query,
            document_ids=document_ids,
            kinds=kinds,
            limit=limit,
            context=context,
            unprocessed=unprocessed,
        )
    pattern = compile_query(query, regex=regex, case_sensitive=case_sensitive)
    hits: list[SearchHit] = []
    texts = project.queries.texts(document_ids=document_ids, kinds=kinds)
    with closing(texts):
        for document_id, name, text in texts:
            for match in pattern.finditer(text):
                start, end = match.span()
                if start == end:
                    continue
                hits.append(
                    SearchHit(
                        document_id,
                        name,
                        start,
                        end,
                        match.group(),
                        context_before(text, start, context),
                        context_after(text, end, context),
                    )
                )
                if limit is not None and len(hits) >= limit:
                    return hits
    return hits
