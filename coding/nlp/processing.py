"""Process documents once: tokens, sentences, lemmas, POS and compound parts.

Three steps, so the slow one never touches the project's connection:

1. :func:`collect_pending` (GUI thread, quick) reads the documents whose text
   or language changed since they were processed, or that never were;
2. :func:`process_documents` (a worker thread, the slow part) runs the
   pipelines with ``nlp.pipe`` in batches and returns :class:`TokenTable` s;
3. :func:`store_results` (GUI thread, quick) saves them in one transaction.

Documents are cut into chunks at line breaks (≈2,000 characters) and chunks of
many documents share a batch, so ten thousand one-line survey answers cost no
more than one long transcript of the same size, and memory stays flat.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from coding.nlp import pipelines
from coding.nlp.language import effective_language
from coding.nlp.pipelines import WORD_RE, LanguagePipeline
from workbench.domain.nlp_cache import Term, TokenTable, pos_id, text_hash
from workbench.i18n import _

if TYPE_CHECKING:
    from workbench.project import Project

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
CHUNK = 2000
BATCH = 32
#: (start, end, surface, lemma, POS, starts a sentence) for one token
Token = tuple[int, int, str, str, str, bool]


@dataclass(frozen=True)
class PendingDocument:
    document_id: int
    text: str
    #: the language it is processed in (see :func:`effective_language`)
    language: str


@dataclass
class ProcessingResult:
    done: list[tuple[TokenTable, str]] = field(default_factory=list)
    #: why a language ran degraded (each message once)
    messages: list[str] = field(default_factory=list)
    cancelled: bool = False


def collect_pending(
    project: Project, document_ids: Sequence[int] | None = None
) -> list[PendingDocument]:
    """Documents that need processing: new, text or language changed, or made by
    another model version."""
    state = project.nlp.state()
    stored = {d.id: d.language for d in project.documents.list()}
    pending: list[PendingDocument] = []
    texts = project.queries.texts(document_ids=document_ids)
    try:
        for document_id, _name, text in texts:
            language = effective_language(stored.get(document_id, "other"), text)
            current = (text_hash(text), pipelines.expected_model(language))
            if state.get(document_id) != current:
                pending.append(PendingDocument(document_id, text, language))
    finally:
        texts.close()
    return pending


def chunks(text: str, size: int = CHUNK) -> Iterator[tuple[int, str]]:
    """(offset, piece) cut after line breaks; a line longer than ``size`` is cut
    at a space (or anywhere, for a text without spaces)."""
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end


def run_pipeline(
    pipeline: LanguagePipeline, texts: list[str], batch_size: int = BATCH
) -> list[Any]:
    """spaCy docs for ``texts`` (the one place the pipeline runs; tests count calls)."""
    with pipeline.lock:
        return list(pipeline.nlp.pipe(texts, batch_size=batch_size))


def _spacy_tokens(doc: Any, offset: int) -> list[Token]:
    out: list[Token] = []
    boundary = True  # a sentence start on a skipped space token moves to the next word
    for tok in doc:
        boundary = boundary or bool(tok.is_sent_start)
        if tok.is_space:
            continue
        start = offset + tok.idx
        lemma = (tok.lemma_ or tok.text).lower()
        out.append((start, start + len(tok.text), tok.text, lemma, tok.pos_, boundary))
        boundary = False
    return out


def _regex_tokens(text: str, offset: int) -> list[Token]:
    out: list[Token] = []
    boundary = True
    last = 0
    for m in WORD_RE.finditer(text):
        if "\n" in text[last : m.start()]:
            boundary = True
        word = m.group()
        out.append((offset + m.start(), offset + m.end(), word, word.lower(), "", boundary))
        boundary = word in ".!?…"
        last = m.end()
    return out


def _table(
    document: PendingDocument, pipeline: LanguagePipeline, tokens: list[Token]
) -> TokenTable:
    vocab: dict[Term, int] = {}
    ids: list[int] = []
    with pipeline.lock:
        for _s, _e, surface, lemma, _pos, _b in tokens:
            parts, bases = pipeline.analyse_word(surface)
            term = Term(lemma, parts, tuple(b for b in bases if b != lemma))
            ids.append(vocab.setdefault(term, len(vocab)))
    return TokenTable(
        document_id=document.document_id,
        text_hash=text_hash(document.text),
        model=pipeline.model,
        language=document.language,
        degraded=pipeline.degraded,
        vocab=list(vocab),
        starts=np.array([t[0] for t in tokens], dtype="<i4"),
        ends=np.array([t[1] for t in tokens], dtype="<i4"),
        terms=np.array(ids, dtype="<u4"),
        pos=np.array([pos_id(t[4]) for t in tokens], dtype="u1"),
        sents=np.array([i for i, t in enumerate(tokens) if t[5]], dtype="<i4"),
    )


def process_documents(
    documents: Sequence[PendingDocument],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    batch_size: int = BATCH,
) -> ProcessingResult:
    """Token tables for ``documents`` (no database access: safe on a worker thread).
    Stops between batches when ``cancelled()``; what finished is kept."""
    result = ProcessingResult()
    total = len(documents)
    report = progress or (lambda _done, _total, _label: None)
    label = _("Processing texts for search and themes…")
    report(0, total, label)
    by_language: dict[str, list[PendingDocument]] = {}
    for document in documents:
        by_language.setdefault(document.language, []).append(document)
    for language, group in by_language.items():
        pipeline = pipelines.get_pipeline(language)
        if pipeline.message and pipeline.message not in result.messages:
            result.messages.append(pipeline.message)
        flat = [(i, off, piece) for i, d in enumerate(group) for off, piece in chunks(d.text)]
        tokens: dict[int, list[Token]] = {i: [] for i in range(len(group))}
        step = batch_size * 4
        for b in range(0, len(flat), step):
            if cancelled is not None and cancelled():
                result.cancelled = True
                return result
            batch = flat[b : b + step]
            if pipeline.nlp is None:
                for i, off, piece in batch:
                    tokens[i] += _regex_tokens(piece, off)
            else:
                docs = run_pipeline(pipeline, [piece for _i, _o, piece in batch], batch_size)
                for (i, off, _piece), doc in zip(batch, docs, strict=True):
                    tokens[i] += _spacy_tokens(doc, off)
            last = batch[-1][0]
            more = b + step < len(flat) and flat[b + step][0] == last
            finished = last - 1 if more else last
            for i in [i for i in tokens if i <= finished]:
                result.done.append((_table(group[i], pipeline, tokens.pop(i)), group[i].text))
            report(len(result.done), total, label)
        for i in list(tokens):  # documents with no chunks (empty texts)
            result.done.append((_table(group[i], pipeline, tokens.pop(i)), group[i].text))
    report(total, total, label)
    return result


def store_results(project: Project, result: ProcessingResult) -> int:
    """Save what :func:`process_documents` returned (GUI thread; one transaction)."""
    return project.nlp.store(result.done)


def process_project(
    project: Project,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ProcessingResult:
    """All three steps on the calling thread (command line, tests, scripts)."""
    result = process_documents(collect_pending(project), progress, cancelled)
    store_results(project, result)
    return result


def process_in_processes(
    documents: Sequence[PendingDocument], executor: Any, workers: int = 2
) -> ProcessingResult:
    """:func:`process_documents` split over ``workers`` processes of ``executor``
    (a ``ProcessPoolExecutor``, best with the "spawn" start method and
    :func:`warm` as its initializer: each process loads its own pipelines, which
    takes seconds, so a pool pays off for big batches only)."""
    shares = [list(documents[i::workers]) for i in range(workers)]
    merged = ProcessingResult()
    for part in [executor.submit(process_documents, share) for share in shares if share]:
        result = part.result()
        merged.done += result.done
        merged.messages += [m for m in result.messages if m not in merged.messages]
    return merged


def warm(languages: Sequence[str] = ("fi",)) -> None:
    """Load pipelines ahead (a process pool's initializer)."""
    for language in languages:
        pipelines.get_pipeline(language)
