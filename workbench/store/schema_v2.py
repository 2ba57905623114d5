"""Schema version 2: the language-processing cache (tokens, lemmas, search index).

Everything here is derived from the texts and can be rebuilt, so the tables are
named ``cache_*``: undo does not record them (a processing run is not an edit)
and nothing else refers to them.

- ``cache_nlp_documents``: one row per processed document. The token table is a
  few little-endian numpy arrays in one BLOB (offsets, term ids, POS ids,
  sentence starts — no pickle) and a JSON vocabulary of the document's distinct
  terms (lemma, compound parts, other base forms). About 10 bytes per token, so
  10 M characters (≈1.5 M tokens) cost ≈15 MB plus the vocabularies.
- ``cache_nlp_fts``: an FTS5 index with one row per document (rowid = document
  id) over its lemmas, compound parts, base forms and lower-cased surface words.
  It only narrows a search to candidate documents; the exact match (phrases,
  NEAR, positions) runs on the token table, so the index needs no offsets.
"""

from __future__ import annotations

import sqlite3

SCHEMA_V2 = """
CREATE TABLE cache_nlp_documents (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    text_hash   TEXT NOT NULL,
    model       TEXT NOT NULL,
    language    TEXT NOT NULL,
    degraded    INTEGER NOT NULL DEFAULT 0,
    tokens      INTEGER NOT NULL,
    vocab       TEXT NOT NULL CHECK (json_valid(vocab)),
    arrays      BLOB NOT NULL,
    processed   TEXT NOT NULL
);
CREATE VIRTUAL TABLE cache_nlp_fts USING fts5(
    terms, tokenize = 'unicode61 remove_diacritics 0'
);
-- Cascaded deletes fire this too, so a deleted document leaves no index row.
CREATE TRIGGER cache_nlp_documents_unindex AFTER DELETE ON cache_nlp_documents
BEGIN DELETE FROM cache_nlp_fts WHERE rowid = old.document_id; END;
"""


def migrate(conn: sqlite3.Connection) -> None:
    """Create the cache tables (empty: documents are processed after opening)."""
    from workbench.store.migrations import _split

    for statement in _split(SCHEMA_V2):
        conn.execute(statement)
