"""Which pipeline a document goes through: its stored language, else a guess.

Importers store the language they detect (``guess_language``) or the one the
user chose, and the researcher overrides it per document with
``project.documents.set_language`` (the cache notices: the language is part of
what a cached table is checked against). A document still marked 'other' is
guessed again from its text, so a short English answer in a Finnish survey is
lemmatised as English; what stays 'other' gets the plain tokeniser.
"""

from __future__ import annotations

from workbench.importers.detect import guess_language

LANGUAGES = ("fi", "en", "other")


def detect(text: str) -> str:
    """'fi', 'en' or 'other' for a text."""
    return guess_language(text)


def effective_language(stored: str, text: str) -> str:
    """The language a document is processed in: the stored one unless it is
    'other', in which case the text decides."""
    return stored if stored in ("fi", "en") else detect(text)
