"""Fuzzy matching of what a researcher types against code names, for the quick coder.

A query matches when its letters appear in order in the text (a subsequence), so
``jka`` finds "Jonot ja kassa". Among matches the best alignment wins: letters
at the start of a word and runs of consecutive letters score high, skipped
letters cost a little. Matching ignores case, and a plain vowel also finds its
Finnish or Swedish letter (``a`` finds ``ä`` and ``å``, ``o`` finds ``ö``) for
people typing on a keyboard without them, at a small cost, so typing the real
letter still ranks first. Whitespace separates words of the query; each word
must match somewhere in the text, in any order.

Pure Python, no Qt: the window calls :func:`rank` on every keystroke.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Hashable, Iterable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)

#: Characters after which a letter starts a new word.
_SEPARATORS = frozenset(" /-_.,:;()[]'\"“”")
_MATCH = 1.0
_WORD_START = 2.0
_TEXT_START = 1.0
_CONSECUTIVE = 1.5
_GAP = 0.05
_FOLDED = 0.3
_LEAF_BONUS = 0.5


def _fold(ch: str) -> str:
    """``ch`` without case or diacritics: 'Ä' -> 'a'."""
    decomposed = unicodedata.normalize("NFD", ch.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)) or ch


def _char_score(q: str, t: str) -> float | None:
    """How well typed ``q`` matches text letter ``t``: exact (ignoring case), folded, or not."""
    if q.casefold() == t.casefold():
        return _MATCH
    # Only a plain typed letter may stand for an accented one, never the reverse:
    # someone who types 'ä' means 'ä'.
    if _fold(q) == q.casefold() and _fold(q) == _fold(t):
        return _MATCH - _FOLDED
    return None


def _word_score(word: str, text: str) -> float | None:
    """Best score of ``word`` as a subsequence of ``text``, or None if it is not one.

    Dynamic programming over (query letter i, text position j): ``best[j]`` is the
    best score with letter i matched exactly at j. O(len(word) * len(text)).
    """
    n = len(text)
    if not word or len(word) > n:
        return None if word else 0.0
    bonus = [
        (_TEXT_START + _WORD_START)
        if j == 0
        else (_WORD_START if text[j - 1] in _SEPARATORS and text[j] not in _SEPARATORS else 0.0)
        for j in range(n)
    ]
    neg = float("-inf")
    previous: list[float] = []
    for i, q in enumerate(word):
        current = [neg] * n
        # best score of letter i-1 matched at some k < j - 1, minus the gap up to j
        carried = neg
        for j in range(i, n):
            if i > 0 and j >= 2:
                carried = max(carried - _GAP, previous[j - 2] - _GAP)
            s = _char_score(q, text[j])
            if s is None:
                continue
            s += bonus[j]
            if i == 0:
                current[j] = s - _GAP * j * 0.5  # a late start costs a little
                continue
            best = carried
            if previous[j - 1] > neg:
                best = max(best, previous[j - 1] + _CONSECUTIVE)
            if best > neg:
                current[j] = best + s
        previous = current
    result = max(previous, default=neg)
    return None if result == neg else result


def fuzzy_score(query: str, text: str) -> float | None:
    """Score of ``query`` against ``text`` (higher is better), None if it does not match.
    Each whitespace-separated word of the query must match on its own."""
    words = query.split()
    if not words:
        return 0.0
    total = 0.0
    for word in words:
        score = _word_score(word, text)
        if score is None:
            return None
        total += score
    return total


def code_score(query: str, path: str) -> float | None:
    """Score of ``query`` against a code shown as its path 'Parent / Child'. A match
    inside the code's own name beats one spread over its parents."""
    whole = fuzzy_score(query, path)
    if whole is None:
        return None
    leaf = path.rsplit(" / ", 1)[-1]
    if leaf != path:
        own = fuzzy_score(query, leaf)
        if own is not None:
            return max(whole, own + _LEAF_BONUS)
    return whole


def rank(query: str, items: Iterable[tuple[K, str]], limit: int | None = None) -> list[K]:
    """Keys of ``items`` (key, path) that match ``query``, best first. Ties keep the
    shorter path first, then the given order (so tree order breaks the rest). A blank
    query keeps every item in the given order."""
    if not query.split():
        keys = [key for key, _path in items]
        return keys if limit is None else keys[:limit]
    scored: list[tuple[float, int, int, K]] = []
    for order, (key, path) in enumerate(items):
        score = code_score(query, path)
        if score is not None:
            scored.append((-score, len(path), order, key))
    scored.sort(key=lambda row: row[:3])
    keys = [row[3] for row in scored]
    return keys if limit is None else keys[:limit]
