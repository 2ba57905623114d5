"""Lemma- and compound-aware search over the processing cache.

A query word matches a token whose lemma, compound part, other base form or
written form equals one of the word's own lemmas (lemmatised with the pipeline
of each document's language): ``palvelu`` finds *palvelun*, *palveluita* and
*asiakaspalvelussa*; ``jono`` finds *jonossa* and *jonot*; ``customer`` finds
*customers*. The query language:

- ``palvelu jono`` — either word (each matching token is a hit);
- ``"kassa jono"`` — consecutive words (a compound whose parts run in that
  order, *kassajonossa*, counts too);
- ``NEAR(kassa jono, 5)`` — all the words with at most 5 other tokens between
  the first and the last (default 10), in any order.

The FTS5 index narrows the search to candidate documents; the exact matching
runs on their token tables. Documents not processed yet are, by choice of the
caller: processed in memory for this search ("process", the default: correct
but slow on a big fresh import), left out ("skip": the window, which shows how
many are still being processed), or refused with :class:`NotProcessedError`.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from coding.nlp import pipelines
from coding.nlp.processing import collect_pending, process_documents
from coding.search import CONTEXT, SearchHit, context_after, context_before
from workbench.domain.nlp_cache import TokenTable
from workbench.errors import ValidationError
from workbench.i18n import ngettext

if TYPE_CHECKING:
    from workbench.project import Project

UNPROCESSED = ("process", "skip", "error")
NEAR_DEFAULT = 10
_ITEM = re.compile(r'"([^"]*)"?|\bNEAR\(([^)]*)\)?|(\S+)', re.IGNORECASE)


class NotProcessedError(ValidationError):
    """Lemma search was asked not to process documents that are not processed yet."""


@dataclass(frozen=True)
class QueryItem:
    words: tuple[str, ...]
    #: None: consecutive words (a phrase, or one word); a number: NEAR distance
    near: int | None = None


def parse_query(query: str) -> list[QueryItem]:
    """The items of a lemma query (see the module docstring)."""
    items: list[QueryItem] = []
    for m in _ITEM.finditer(query):
        phrase, near, bare = m.groups()
        if near is not None:
            body, _sep, distance = near.rpartition(",")
            if not body or not distance.strip().isdigit():
                body, distance = near, str(NEAR_DEFAULT)
            words = tuple(
                w.group() for w in pipelines.WORD_RE.finditer(body) if w.group()[0].isalnum()
            )
            if words:
                items.append(QueryItem(words, int(distance)))
            continue
        text = phrase if phrase is not None else bare
        words = tuple(
            w.group() for w in pipelines.WORD_RE.finditer(text or "") if w.group()[0].isalnum()
        )
        if words:
            items.append(QueryItem(words))
    return items


def _fts(items: list[QueryItem], keys: list[list[frozenset[str]]]) -> str | None:
    """The FTS5 pre-filter, or None when a key has no word character to index."""
    ors = []
    for item_keys in keys:
        ands = []
        for word_keys in item_keys:
            if not all(re.search(r"\w", k) for k in word_keys):
                return None
            ands.append(
                "(" + " OR ".join('"' + k.replace('"', '""') + '"' for k in sorted(word_keys)) + ")"
            )
        ors.append("(" + " AND ".join(ands) + ")")
    return " OR ".join(ors)


class _Matcher:
    """One document's tokens, ready for matching query keys."""

    def __init__(self, table: TokenTable, text: str) -> None:
        self.table = table
        self.text = text
        self.surface = [
            text[s:e].lower()
            for s, e in zip(table.starts.tolist(), table.ends.tolist(), strict=True)
        ]
        self.term_keys = [term.keys() for term in table.vocab]
        #: the tokens that are words: phrases and NEAR count these only, as FTS5
        #: does (punctuation and the pieces of an emoji sequence do not separate)
        self.words = np.flatnonzero([any(c.isalnum() for c in w) for w in self.surface] or [False])
        self.words = self.words[self.words < len(self.surface)]

    def mask(self, keys: frozenset[str]) -> np.ndarray:
        by_term = np.array([bool(k & keys) for k in self.term_keys] or [False], dtype=bool)
        mask = by_term[self.table.terms] if len(self.table) else np.zeros(0, dtype=bool)
        return mask | np.fromiter(
            (s in keys for s in self.surface), dtype=bool, count=len(self.surface)
        )

    def spans(self, item: QueryItem, keys: list[frozenset[str]]) -> list[tuple[int, int]]:
        """(first, last) token index of every match of ``item``."""
        masks = [self.mask(k)[self.words] for k in keys]
        n = len(masks)
        size = len(self.words)
        at = self.words.tolist()
        if item.near is not None:
            return [(at[a], at[b]) for a, b in self._near(masks, item.near)]
        if size < n:
            return []
        ok = masks[0][: size - n + 1].copy()
        for j in range(1, n):
            ok &= masks[j][j : size - n + 1 + j]
        found = [(at[i], at[i + n - 1]) for i in np.flatnonzero(ok).tolist()]
        if n > 1:
            found += self._compounds(keys)
        return found

    def _compounds(self, keys: list[frozenset[str]]) -> list[tuple[int, int]]:
        n = len(keys)
        hit_terms = {
            t
            for t, term in enumerate(self.table.vocab)
            if any(
                all(term.parts[j + k] in keys[k] for k in range(n))
                for j in range(len(term.parts) - n + 1)
            )
        }
        return [(i, i) for i, t in enumerate(self.table.terms.tolist()) if t in hit_terms]

    @staticmethod
    def _near(masks: list[np.ndarray], distance: int) -> list[tuple[int, int]]:
        n = len(masks)
        events = sorted((int(i), w) for w, m in enumerate(masks) for i in np.flatnonzero(m))
        found: list[tuple[int, int]] = []
        left = 0
        count = [0] * n
        covered = 0
        after = -1  # hits do not overlap: the next starts after the last one's end
        for right, (pos, word) in enumerate(events):
            if pos <= after:
                left = right + 1
                continue
            count[word] += 1
            covered += count[word] == 1
            while covered == n:
                w = events[left][1]
                if count[w] > 1:  # a later match of the same word: the window shrinks
                    count[w] -= 1
                    left += 1
                    continue
                first = events[left][0]
                if pos - first + 1 - n <= distance:
                    found.append((first, pos))
                    after = pos
                    count = [0] * n
                    covered = 0
                    left = right + 1
                    break
                w = events[left][1]
                count[w] -= 1
                covered -= count[w] == 0
                left += 1
        return found


def search_lemmas(
    project: Project,
    query: str,
    *,
    document_ids: Collection[int] | None = None,
    kinds: Collection[str] | None = None,
    limit: int | None = None,
    context: int = CONTEXT,
    unprocessed: str = "process",
) -> list[SearchHit]:
    """Hits of a lemma query, in document order then text order."""
    if unprocessed not in UNPROCESSED:
        raise ValueError(f"unknown unprocessed policy {unprocessed!r} (one of {UNPROCESSED})")
    items = parse_query(query)
    if not items:
        return []
    documents = [
        d
        for d in project.documents.list()
        if (document_ids is None or d.id in document_ids) and (kinds is None or d.kind in kinds)
    ]
    scope = {d.id for d in documents}
    state = project.nlp.state()
    missing = [i for i in scope if i not in state]
    extra: dict[int, TokenTable] = {}
    if missing and unprocessed == "error":
        raise NotProcessedError(
            ngettext(
                "{n} document is not processed for word search yet; process the project first.",
                "{n} documents are not processed for word search yet; process the project first.",
                len(missing),
            ).format(n=len(missing))
        )
    if missing and unprocessed == "process":
        extra = {
            t.document_id: t
            for t, _text in process_documents(collect_pending(project, missing)).done
        }
    languages = project.nlp.languages() | {t.language for t in extra.values()}
    keys = {
        lang: [[pipelines.get_pipeline(lang).query_keys(w) for w in item.words] for item in items]
        for lang in sorted(languages)
    }
    merged = [
        [frozenset().union(*(keys[lang][i][j] for lang in keys)) for j in range(len(item.words))]
        for i, item in enumerate(items)
    ]
    fts = _fts(items, merged) if keys else None
    candidates = project.nlp.candidates(fts, scope) if fts else set(state) & scope
    candidates |= set(extra)
    hits: list[SearchHit] = []
    for document in documents:
        if document.id not in candidates:
            continue
        table = extra.get(document.id) or project.nlp.get(document.id)
        if table is None:
            continue
        text = project.documents.text(document.id)
        matcher = _Matcher(table, text)
        spans: set[tuple[int, int]] = set()
        for i, item in enumerate(items):
            spans.update(matcher.spans(item, keys[table.language][i]))
        for first, last in sorted(spans):
            start, end = int(table.starts[first]), int(table.ends[last])
            hits.append(
                SearchHit(
                    document.id,
                    document.name,
                    start,
                    end,
                    text[start:end],
                    context_before(text, start, context),
                    context_after(text, end, context),
                )
            )
            if limit is not None and len(hits) >= limit:
                return hits
    return hits


def unprocessed_count(project: Project) -> int:
    """Documents without a cached token table (the window shows this)."""
    state = project.nlp.state()
    return sum(1 for d in project.documents.list() if d.id not in state)
