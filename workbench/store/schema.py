"""The project file's schema, version 1.

Positions (``start``/``end``) are Unicode code points, end exclusive. Times are
ISO 8601 UTC strings. Free-form data (metadata, change details) is JSON text.
Later versions change this only through :mod:`workbench.store.migrations`.
"""

from __future__ import annotations

from workbench.model import DOCUMENT_KINDS

#: ``PRAGMA application_id`` of every Teema project ("TEEM").
APPLICATION_ID = 0x5445454D

DOCUMENT_KINDS_SQL = ",".join(f"'{kind}'" for kind in DOCUMENT_KINDS)

SCHEMA_V1 = f"""
CREATE TABLE teema_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE coders (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color   TEXT NOT NULL,
    created TEXT NOT NULL
);

CREATE TABLE cases (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    description TEXT NOT NULL DEFAULT '',
    created     TEXT NOT NULL,
    modified    TEXT NOT NULL
);

CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    guid          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ({DOCUMENT_KINDS_SQL})),
    language      TEXT NOT NULL CHECK (language IN ('fi','en','other')),
    date          TEXT,
    metadata      TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(metadata)),
    source_name   TEXT,
    source_format TEXT,
    source_sha256 TEXT,
    length        INTEGER NOT NULL CHECK (length >= 0),
    position      INTEGER NOT NULL DEFAULT 0,
    created       TEXT NOT NULL,
    modified      TEXT NOT NULL
);
CREATE INDEX documents_sha256 ON documents(source_sha256);

-- Kept apart from documents so listing 1,000 documents never reads 10 M characters.
CREATE TABLE document_texts (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    text        TEXT NOT NULL
);

CREATE TABLE document_cases (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    PRIMARY KEY (document_id, case_id)
) WITHOUT ROWID;
CREATE INDEX document_cases_case ON document_cases(case_id);

CREATE TABLE turns (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start        INTEGER NOT NULL CHECK (start >= 0),
    "end"        INTEGER NOT NULL CHECK ("end" > start),
    speaker      TEXT NOT NULL,
    role         TEXT NOT NULL DEFAULT 'participant'
                 CHECK (role IN ('interviewer','participant','other')),
    timestamp_ms INTEGER,
    case_id      INTEGER REFERENCES cases(id) ON DELETE SET NULL
);
CREATE INDEX turns_document ON turns(document_id, start);
CREATE INDEX turns_case ON turns(case_id);

CREATE TABLE checklist_items (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    section     TEXT,
    number      TEXT,
    item        TEXT NOT NULL,
    answer      TEXT,
    score       REAL,
    max_score   REAL,
    start       INTEGER,
    "end"       INTEGER
);
CREATE INDEX checklist_document ON checklist_items(document_id, position);

CREATE TABLE attributes (
    id       INTEGER PRIMARY KEY,
    scope    TEXT NOT NULL CHECK (scope IN ('case','document')),
    name     TEXT NOT NULL COLLATE NOCASE,
    type     TEXT NOT NULL CHECK (type IN ('text','number','date','category')),
    choices  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(choices)),
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (scope, name)
);

CREATE TABLE case_attribute_values (
    case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    attribute_id INTEGER NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,
    value        ANY NOT NULL,
    PRIMARY KEY (case_id, attribute_id)
) WITHOUT ROWID;
CREATE INDEX case_attribute_values_attr ON case_attribute_values(attribute_id, value);

CREATE TABLE document_attribute_values (
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    attribute_id INTEGER NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,
    value        ANY NOT NULL,
    PRIMARY KEY (document_id, attribute_id)
) WITHOUT ROWID;
CREATE INDEX document_attribute_values_attr ON document_attribute_values(attribute_id, value);

CREATE TABLE codes (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    parent_id   INTEGER REFERENCES codes(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    color       TEXT NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0,
    created     TEXT NOT NULL,
    modified    TEXT NOT NULL
);
-- Sibling names are unique (ignoring case); NULL parents are folded to 0 so the
-- top level is covered too.
CREATE UNIQUE INDEX codes_sibling_name ON codes(ifnull(parent_id, 0), name COLLATE NOCASE);
CREATE INDEX codes_parent ON codes(parent_id, position);

CREATE TABLE emotions (
    id        INTEGER PRIMARY KEY,
    scheme    TEXT NOT NULL,
    family    TEXT NOT NULL,
    intensity INTEGER NOT NULL CHECK (intensity BETWEEN 1 AND 3),
    label_en  TEXT NOT NULL,
    label_fi  TEXT NOT NULL,
    color     TEXT NOT NULL,
    valence   INTEGER NOT NULL CHECK (valence BETWEEN -2 AND 2),
    position  INTEGER NOT NULL,
    UNIQUE (scheme, family, intensity)
);

CREATE TABLE journey_stages (
    id       INTEGER PRIMARY KEY,
    key      TEXT NOT NULL UNIQUE,
    label_en TEXT NOT NULL,
    label_fi TEXT NOT NULL,
    position INTEGER NOT NULL
);

CREATE TABLE touchpoints (
    id       INTEGER PRIMARY KEY,
    key      TEXT NOT NULL UNIQUE,
    label_en TEXT NOT NULL,
    label_fi TEXT NOT NULL,
    stage_id INTEGER REFERENCES journey_stages(id) ON DELETE SET NULL,
    position INTEGER NOT NULL
);

CREATE TABLE segments (
    id            INTEGER PRIMARY KEY,
    guid          TEXT NOT NULL UNIQUE,
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start         INTEGER NOT NULL CHECK (start >= 0),
    "end"         INTEGER NOT NULL CHECK ("end" > start),
    text          TEXT NOT NULL,
    coder_id      INTEGER REFERENCES coders(id) ON DELETE SET NULL,
    memo          TEXT NOT NULL DEFAULT '',
    emotion_id    INTEGER REFERENCES emotions(id) ON DELETE SET NULL,
    valence       INTEGER CHECK (valence BETWEEN -2 AND 2),
    stage_id      INTEGER REFERENCES journey_stages(id) ON DELETE SET NULL,
    touchpoint_id INTEGER REFERENCES touchpoints(id) ON DELETE SET NULL,
    created       TEXT NOT NULL,
    modified      TEXT NOT NULL
);
CREATE INDEX segments_document ON segments(document_id, start, "end");
CREATE INDEX segments_emotion ON segments(emotion_id);
CREATE INDEX segments_stage ON segments(stage_id);

CREATE TABLE segment_codes (
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    code_id    INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    coder_id   INTEGER REFERENCES coders(id) ON DELETE SET NULL,
    created    TEXT NOT NULL,
    PRIMARY KEY (segment_id, code_id)
) WITHOUT ROWID;
CREATE INDEX segment_codes_code ON segment_codes(code_id, segment_id);

-- A memo hangs on the project (no target), or on exactly one object.
CREATE TABLE memos (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '',
    document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    case_id     INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    code_id     INTEGER REFERENCES codes(id) ON DELETE CASCADE,
    segment_id  INTEGER REFERENCES segments(id) ON DELETE CASCADE,
    coder_id    INTEGER REFERENCES coders(id) ON DELETE SET NULL,
    created     TEXT NOT NULL,
    modified    TEXT NOT NULL,
    CHECK ((document_id IS NOT NULL) + (case_id IS NOT NULL)
           + (code_id IS NOT NULL) + (segment_id IS NOT NULL) <= 1)
);
CREATE INDEX memos_document ON memos(document_id);
CREATE INDEX memos_case ON memos(case_id);
CREATE INDEX memos_code ON memos(code_id);
CREATE INDEX memos_segment ON memos(segment_id);

-- Append-only: who did what when. Undo, audit and merge read it; nothing edits it.
CREATE TABLE change_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    coder     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    details   TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(details))
);
CREATE INDEX change_log_entity ON change_log(entity, entity_id);
CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
"""
