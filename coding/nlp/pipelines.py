"""Language pipelines, loaded lazily (once per language and process) and shared.

- Finnish: ``spacy_fi_experimental_web_md`` (Voikko lemmas) without the parser
  and NER, which cost 2-3x and nothing here needs, nor the morphologizer (the
  tagger's tags give the POS, see :data:`FINNISH_TAG_POS`); a rule-based
  sentencizer stands in for the parser's sentence bounds. Voikko also gives
  compound parts.
- English: an installed official ``en_core_web_*`` pipeline if there is one,
  otherwise spaCy's blank English with the lookup lemmatizer of
  ``spacy-lookups-data`` (official, installs from PyPI, no POS tags).
- Anything else, or a language whose pipeline cannot load (Debian's
  ``libvoikko1``/``voikko-fi`` missing): a regular-expression tokeniser with
  lower-cased words as lemmas. That is the *degraded* mode: search still finds
  the surface forms, and :attr:`LanguagePipeline.message` says why no more.

Loading takes seconds, so the window loads pipelines in its processing job,
never on the GUI thread at start-up. spaCy objects and Voikko handles are not
meant for two threads at once: users hold :attr:`LanguagePipeline.lock`.
"""

from __future__ import annotations

import importlib.metadata
import logging
import re
import threading
from dataclasses import dataclass, field
from typing import Any

from workbench.i18n import _

log = logging.getLogger(__name__)

#: Bumped when processing changes what it stores; part of every model id.
PROCESSING_VERSION = 1
FINNISH_MODEL = "spacy_fi_experimental_web_md"
ENGLISH_MODELS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg")
#: Words and single other characters: the degraded tokeniser.
WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_COMPOUND_PART = re.compile(r"\+([^+(]*)\(([^)]*)\)")


@dataclass
class LanguagePipeline:
    language: str
    #: identifies what produced a cached table; a different id means reprocess
    model: str
    #: the spaCy pipeline, or None for the regular-expression tokeniser
    nlp: Any = None
    #: a libvoikko.Voikko handle (Finnish only), for compound parts and base forms
    voikko: Any = None
    #: a lemma lookup table (English without a tagger), for words the lemmatizer
    #: missed because of their capitals ("Customers")
    lookup: Any = None
    degraded: bool = False
    #: why the pipeline is degraded ('' when it is not)
    message: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)
    _analyses: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)

    def analyse_word(self, word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Voikko's compound parts and base forms of one word (lower case), cached;
        ((), ()) without Voikko. Call with :attr:`lock` held."""
        word = word.lower()
        cached = self._analyses.get(word)
        if cached is not None:
            return cached
        parts: tuple[str, ...] = ()
        bases: list[str] = []
        if self.voikko is not None and any(c.isalpha() for c in word):
            for analysis in self.voikko.analyze(word):
                base = str(analysis.get("BASEFORM", "")).lower()
                if base and base not in bases:
                    bases.append(base)
                if not parts:
                    parts = compound_parts(str(analysis.get("WORDBASES", "")), base)
        elif self.lookup is not None:
            base = str(self.lookup.get(word, word))
            bases = [base] if base != word else []
        result = (parts, tuple(bases))
        if len(self._analyses) < 500_000:
            self._analyses[word] = result
        return result

    def query_keys(self, word: str) -> frozenset[str]:
        """What a query word matches: itself and its lemmas (Voikko's base forms
        for Finnish, out of context; the pipeline's lemma otherwise)."""
        lower = word.lower()
        keys = {lower}
        with self.lock:
            if self.voikko is not None or self.lookup is not None:
                keys |= set(self.analyse_word(lower)[1])
            if self.voikko is None and self.nlp is not None:
                keys |= {t.lemma_.lower() for t in self.nlp(word) if t.lemma_}
        return frozenset(k for k in keys if k)


def compound_parts(wordbases: str, baseform: str) -> tuple[str, ...]:
    """The parts of a compound from Voikko's WORDBASES, or () for a simple word.

    ``+asiakas(asiakas)+palvel(palvella)+u(+u)`` → (asiakas, palvelu): a morpheme
    whose base starts with ``+`` is a derivational suffix of the part before it
    (palvel + u), and the last part is what the whole base form ends with.
    """
    pieces: list[list[str]] = []  # [surface, base] per part
    for surface, base in _COMPOUND_PART.findall(wordbases):
        if base.startswith("+") and pieces:
            pieces[-1][0] += surface
            pieces[-1][1] = ""  # derived: its base form is its surface form
        elif surface or base:
            pieces.append([surface, base])
    if len(pieces) < 2:
        return ()
    parts = [(base or surface).lower() for surface, base in pieces[:-1]]
    head = "".join(surface for surface, _b in pieces[:-1]).lower()
    last = baseform[len(head) :] if baseform.startswith(head) else pieces[-1][1] or pieces[-1][0]
    parts.append(last.lower().lstrip("-"))
    return tuple(p for p in parts if p)


_lock = threading.Lock()
_loaded: dict[str, LanguagePipeline] = {}


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def _english_model() -> str | None:
    import spacy.util

    for name in ENGLISH_MODELS:
        if spacy.util.is_package(name):
            return name
    return None


def expected_model(language: str) -> str:
    """The model id a pipeline for ``language`` has (or will have once loaded),
    without loading it: what processing compares the cache against."""
    with _lock:
        if language in _loaded:
            return _loaded[language].model
    if language == "fi":
        return f"v{PROCESSING_VERSION}/fi/{FINNISH_MODEL}-{_version(FINNISH_MODEL)}+tagpos"
    if language == "en":
        name = _english_model()
        if name:
            return f"v{PROCESSING_VERSION}/en/{name}-{_version(name)}"
        return f"v{PROCESSING_VERSION}/en/blank-lookup-{_version('spacy-lookups-data')}"
    return f"v{PROCESSING_VERSION}/{language}/regex"


def degraded_message() -> str:
    return _(
        "Finnish lemmas are not available: the Voikko library could not be loaded. "
        "Install the Debian packages libvoikko1 and voikko-fi (tools/setup.sh does) "
        "and reopen the project. Until then, Finnish search matches the written "
        "forms only."
    )


def _regex(language: str, message: str = "") -> LanguagePipeline:
    return LanguagePipeline(
        language,
        f"v{PROCESSING_VERSION}/{language}/regex",
        degraded=bool(message),
        message=message,
    )


#: The Finnish tagger's coarse tags as Universal POS. Standing in for the
#: morphologizer (16 % of the time; nothing here needs morphological features),
#: they agree with its POS on 97 % of the demo study's tokens, and the Voikko
#: lemmatizer, which reads the POS, gives the same lemma for 99.4 %.
FINNISH_TAG_POS = {
    "A": "ADJ",
    "Adp": "ADP",
    "Adv": "ADV",
    "Aux": "AUX",
    "C": "CCONJ",
    "Foreign": "X",
    "Interj": "INTJ",
    "N": "NOUN",
    "Num": "NUM",
    "Pron": "PRON",
    "Propn": "PROPN",
    "Punct": "PUNCT",
    "SC": "SCONJ",
    "Symb": "SYM",
    "V": "VERB",
}


def _tag_to_pos(doc: Any) -> Any:
    for token in doc:
        if not token.pos_:
            token.pos_ = FINNISH_TAG_POS.get(token.tag_, "X")
    return doc


def _load_finnish() -> LanguagePipeline:
    import spacy
    from spacy.language import Language

    try:
        nlp = spacy.load(FINNISH_MODEL, exclude=["parser", "ner", "morphologizer"])
    except (OSError, ImportError) as exc:
        # OSError: libvoikko.so.1 missing; ImportError: the model package or libvoikko.
        log.warning("Finnish pipeline unavailable: %s", exc)
        return _regex("fi", degraded_message())
    if not Language.has_factory("teema_tag_to_pos"):
        Language.component("teema_tag_to_pos", func=_tag_to_pos)
    nlp.add_pipe("teema_tag_to_pos", before="attribute_ruler")
    nlp.add_pipe("sentencizer")
    voikko = getattr(nlp.get_pipe("lemmatizer"), "voikko", None)
    return LanguagePipeline("fi", expected_model("fi"), nlp=nlp, voikko=voikko)


def _load_english() -> LanguagePipeline:
    import spacy

    name = _english_model()
    if name:
        nlp = spacy.load(name, exclude=["parser", "ner"])
    else:
        nlp = spacy.blank("en")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
    nlp.add_pipe("sentencizer")
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    lookup = (
        lookups.get_table("lemma_lookup") if lookups and lookups.has_table("lemma_lookup") else None
    )
    return LanguagePipeline("en", expected_model("en"), nlp=nlp, lookup=lookup)


def get_pipeline(language: str) -> LanguagePipeline:
    """The pipeline for 'fi', 'en' or anything else (the regex tokeniser); loads it
    on first use (seconds; call it off the GUI thread)."""
    with _lock:
        pipeline = _loaded.get(language)
    if pipeline is not None:
        return pipeline
    if language == "fi":
        pipeline = _load_finnish()
    elif language == "en":
        pipeline = _load_english()
    else:
        pipeline = _regex(language)
    with _lock:
        return _loaded.setdefault(language, pipeline)


def loaded(language: str) -> LanguagePipeline | None:
    """The pipeline if it is loaded already (never loads)."""
    with _lock:
        return _loaded.get(language)


def forget() -> None:
    """Drop the loaded pipelines (tests; after installing Voikko)."""
    with _lock:
        _loaded.clear()
