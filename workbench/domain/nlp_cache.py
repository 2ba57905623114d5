"""The language-processing cache: each document's tokens, lemmas and search index.

Processing (``coding.nlp.processing``) computes a :class:`TokenTable` per
document off the GUI thread; this area stores and reads them, and asks the FTS5
index which documents can hold a lemma. A table is current while the document's
text hash and the model that made it are unchanged, so reopening a project
recomputes nothing. See :mod:`workbench.store.schema_v2` for the layout.
"""

from __future__ import annotations

import builtins
import hashlib
import json
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from workbench.domain.base import Area

#: Universal POS tags; a token's ``pos`` is an index into this tuple.
UPOS = (
    "",
    "ADJ",
    "ADP",
    "ADV",
    "AUX",
    "CCONJ",
    "DET",
    "INTJ",
    "NOUN",
    "NUM",
    "PART",
    "PRON",
    "PROPN",
    "PUNCT",
    "SCONJ",
    "SYM",
    "VERB",
    "X",
    "SPACE",
)
_POS_ID = {tag: i for i, tag in enumerate(UPOS)}
#: The order and types of the arrays in the BLOB (all little-endian).
_ARRAYS = (("starts", "<i4"), ("ends", "<i4"), ("terms", "<u4"), ("pos", "u1"), ("sents", "<i4"))


def pos_id(tag: str) -> int:
    return _POS_ID.get(tag, _POS_ID["X"])


def text_hash(text: str) -> str:
    """What decides whether a document must be processed again."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Term:
    """One distinct word of a document: its lemma, Voikko's compound parts
    (asiakaspalvelu → asiakas, palvelu) and other base forms the analyser offers
    (the tagger sometimes picks a wrong reading: *Jonossa* → adverb)."""

    lemma: str
    parts: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()

    def keys(self) -> frozenset[str]:
        return frozenset((self.lemma, *self.parts, *self.alternatives))


@dataclass
class TokenTable:
    """A processed document: token ``i`` spans ``text[starts[i]:ends[i]]`` (code
    points), has term ``vocab[terms[i]]`` and POS ``UPOS[pos[i]]``; ``sents`` are
    the indices of the tokens that start a sentence."""

    document_id: int
    text_hash: str
    model: str
    language: str
    degraded: bool
    vocab: list[Term]
    starts: np.ndarray
    ends: np.ndarray
    terms: np.ndarray
    pos: np.ndarray
    sents: np.ndarray

    def __len__(self) -> int:
        return int(self.starts.shape[0])

    def lemmas(self) -> builtins.list[str]:
        return [self.vocab[t].lemma for t in self.terms.tolist()]

    def pos_tags(self) -> builtins.list[str]:
        return [UPOS[p] for p in self.pos.tolist()]

    def span(self, start: int, end: int) -> slice:
        """The tokens lying inside ``[start, end)`` (code points), as a slice."""
        first = int(np.searchsorted(self.starts, start, side="left"))
        last = int(np.searchsorted(self.ends, end, side="right"))
        return slice(first, max(first, last))

    def index_text(self, text: str) -> str:
        """What the FTS5 row holds: every lemma, part, base form and surface word."""
        words: set[str] = set()
        for term in self.vocab:
            words |= term.keys()
        for s, e in zip(self.starts.tolist(), self.ends.tolist(), strict=True):
            words.add(text[s:e].lower())
        return " ".join(sorted(words))

    def encode(self) -> tuple[str, bytes]:
        vocab = json.dumps(
            [[t.lemma, list(t.parts), list(t.alternatives)] for t in self.vocab],
            ensure_ascii=False,
            separators=(",", ":"),
        )
        header = np.array([getattr(self, n).shape[0] for n, _t in _ARRAYS], dtype="<i4")
        blob = header.tobytes() + b"".join(
            np.ascontiguousarray(getattr(self, n), dtype=t).tobytes() for n, t in _ARRAYS
        )
        return vocab, blob


def decode(row: Sequence[Any]) -> TokenTable:
    document_id, digest, model, language, degraded, vocab_json, blob = row
    data = memoryview(bytes(blob))
    counts = np.frombuffer(data[: 4 * len(_ARRAYS)], dtype="<i4").tolist()
    offset = 4 * len(_ARRAYS)
    arrays = {}
    for (name, dtype), count in zip(_ARRAYS, counts, strict=True):
        size = np.dtype(dtype).itemsize * count
        arrays[name] = np.frombuffer(data[offset : offset + size], dtype=dtype)
        offset += size
    vocab = [Term(v[0], tuple(v[1]), tuple(v[2])) for v in json.loads(str(vocab_json))]
    return TokenTable(
        int(document_id),
        str(digest),
        str(model),
        str(language),
        bool(degraded),
        vocab,
        **arrays,
    )


_SELECT = (
    "SELECT document_id, text_hash, model, language, degraded, vocab, arrays "
    "FROM cache_nlp_documents"
)


class NlpCache(Area):
    def get(self, document_id: int) -> TokenTable | None:
        row = self.conn.execute(_SELECT + " WHERE document_id = ?", (document_id,)).fetchone()
        return decode(tuple(row)) if row else None

    def many(self, document_ids: Iterable[int]) -> dict[int, TokenTable]:
        ids = json.dumps(sorted(set(document_ids)))
        rows = self.conn.execute(
            _SELECT + " WHERE document_id IN (SELECT value FROM json_each(?))", (ids,)
        )
        return {int(r[0]): decode(tuple(r)) for r in rows}

    def state(self) -> dict[int, tuple[str, str]]:
        """Per processed document: (text hash, model) it was processed with."""
        return {
            int(r[0]): (str(r[1]), str(r[2]))
            for r in self.conn.execute(
                "SELECT document_id, text_hash, model FROM cache_nlp_documents"
            )
        }

    def languages(self) -> set[str]:
        """The languages processed documents were processed in."""
        return {
            str(r[0])
            for r in self.conn.execute("SELECT DISTINCT language FROM cache_nlp_documents")
        }

    def store(self, tables: Iterable[tuple[TokenTable, str]]) -> int:
        """Save processed documents (each with its text, for the index) in one
        transaction, replacing what was there. Documents deleted meanwhile are
        skipped. Returns how many were stored."""
        from workbench.project import utcnow

        stored = 0
        with self.project.transaction():
            now = utcnow()
            for table, text in tables:
                exists = self.conn.execute(
                    "SELECT 1 FROM documents WHERE id = ?", (table.document_id,)
                ).fetchone()
                if not exists:
                    continue
                vocab, blob = table.encode()
                self.conn.execute(
                    "DELETE FROM cache_nlp_documents WHERE document_id = ?", (table.document_id,)
                )
                self.conn.execute(
                    "INSERT INTO cache_nlp_documents(document_id, text_hash, model, language, "
                    "degraded, tokens, vocab, arrays, processed) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        table.document_id,
                        table.text_hash,
                        table.model,
                        table.language,
                        int(table.degraded),
                        len(table),
                        vocab,
                        blob,
                        now,
                    ),
                )
                self.conn.execute(
                    "INSERT INTO cache_nlp_fts(rowid, terms) VALUES (?, ?)",
                    (table.document_id, table.index_text(text)),
                )
                stored += 1
        return stored

    def candidates(self, fts_query: str, document_ids: Collection[int] | None = None) -> set[int]:
        """Processed documents whose index matches an FTS5 query (a pre-filter)."""
        rows = self.conn.execute(
            "SELECT rowid FROM cache_nlp_fts WHERE cache_nlp_fts MATCH ?", (fts_query,)
        )
        found = {int(r[0]) for r in rows}
        return found if document_ids is None else found & set(document_ids)

    def clear(self) -> None:
        """Forget every processed document (they are processed again)."""
        with self.project.transaction():
            self.conn.execute("DELETE FROM cache_nlp_documents")
            self.conn.execute("DELETE FROM cache_nlp_fts")
