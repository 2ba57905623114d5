"""The domain objects: plain, typed, immutable snapshots of rows.

The store hands these out and takes ids back; nothing here talks to SQLite
and nothing here knows about Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

AttributeScalar = str | float | dt.date

DocumentKind = Literal[
    "interview",
    "mystery_shopping",
    "observation",
    "probe_diary",
    "survey_answer",
    "web_analytics_note",
    "other",
]
DOCUMENT_KINDS: tuple[str, ...] = get_args(DocumentKind)
Language = Literal["fi", "en", "other"]
LANGUAGES: tuple[str, ...] = get_args(Language)
AttributeType = Literal["text", "number", "date", "category"]
ATTRIBUTE_TYPES: tuple[str, ...] = get_args(AttributeType)
SpeakerRole = Literal["interviewer", "participant", "other"]


@dataclass(frozen=True)
class NewChecklistItem:
    """A mystery-shopping checklist line as importers find it and the store takes it.
    ``start``/``end`` give the line's place in the text (code points), when known."""

    item: str
    answer: str | None = None
    score: float | None = None
    max_score: float | None = None
    section: str | None = None
    number: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Coder:
    id: int
    name: str
    color: str


@dataclass(frozen=True)
class Case:
    id: int
    guid: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class Attribute:
    id: int
    scope: str  # 'case' | 'document'
    name: str
    type: str  # 'text' | 'number' | 'date' | 'category'
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    id: int
    guid: str
    name: str
    kind: str
    language: str
    length: int
    date: dt.date | None = None
    metadata: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    source_name: str | None = None
    source_format: str | None = None
    source_sha256: str | None = None
    position: int = 0
    created: str = ""
    modified: str = ""


@dataclass(frozen=True)
class Turn:
    id: int
    document_id: int
    start: int
    end: int
    speaker: str
    role: str
    timestamp_ms: int | None = None
    case_id: int | None = None


@dataclass(frozen=True)
class ChecklistItem:
    id: int
    document_id: int
    position: int
    item: str
    answer: str | None = None
    score: float | None = None
    max_score: float | None = None
    section: str | None = None
    number: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Code:
    id: int
    guid: str
    name: str
    color: str
    parent_id: int | None = None
    description: str = ""
    position: int = 0


@dataclass(frozen=True)
class Emotion:
    id: int
    family: str
    intensity: int
    label_en: str
    label_fi: str
    color: str
    valence: int

    def label(self, language: str) -> str:
        return self.label_fi if language == "fi" else self.label_en


@dataclass(frozen=True)
class JourneyStage:
    id: int
    key: str
    label_en: str
    label_fi: str
    position: int

    def label(self, language: str) -> str:
        return self.label_fi if language == "fi" else self.label_en


@dataclass(frozen=True)
class Touchpoint:
    id: int
    key: str
    label_en: str
    label_fi: str
    stage_id: int | None
    position: int

    def label(self, language: str) -> str:
        return self.label_fi if language == "fi" else self.label_en


@dataclass(frozen=True)
class Segment:
    """A coded passage: ``document text[start:end]`` in code points."""

    id: int
    guid: str
    document_id: int
    start: int
    end: int
    text: str
    code_ids: tuple[int, ...] = ()
    coder_id: int | None = None
    memo: str = ""
    emotion_id: int | None = None
    valence: int | None = None
    stage_id: int | None = None
    touchpoint_id: int | None = None
    created: str = ""
    modified: str = ""


@dataclass(frozen=True)
class Memo:
    id: int
    guid: str
    title: str
    body: str
    target_type: str  # 'project' | 'document' | 'case' | 'code' | 'segment'
    target_id: int | None
    coder_id: int | None = None
    created: str = ""
    modified: str = ""


@dataclass(frozen=True)
class Change:
    """One row of the append-only change log."""

    id: int
    at: str
    coder: str
    action: str
    entity: str
    entity_id: int | None
    details: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class ProjectInfo:
    name: str
    language: str
    schema_version: int
    created: str
    documents: int
    documents_by_kind: dict[str, int]
    characters: int
    cases: int
    codes: int
    segments: int
    memos: int
    coders: int
    changes: int
