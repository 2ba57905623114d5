"""Item-writing checks for draft survey items, in Finnish and English.

The rules are the classic ones of questionnaire design: one claim per item (no
"ja"/"and", "tai"/"or" joining two), no negations (respondents misread
"disagree that it is not ..."), no absolutes (aina/never: hardly anyone can
agree), and short items (20 words at most). Finnish words are matched by their
stems, so "kaikkien" and "jokaisella" are caught like "kaikki" and "jokainen".
A check only flags; the researcher decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.i18n import _

MAX_WORDS = 20

_WORD = re.compile(r"[\w'’-]+", re.UNICODE)

_CONJUNCTIONS = {
    "fi": ("ja", "sekä", "tai", "vai", "eli", "tahi", "taikka"),
    "en": ("and", "or", "as well as", "plus", "and/or"),
}
# Finnish negation is a verb ("en, et, ei, emme, ette, eivät" and the imperative
# "älä, älkää"); "ei" also hides inside "eikä".
_NEGATIONS = {
    "fi": r"en|et|ei|emme|ette|eivät|eikä|enkä|etkä|emmekä|ettekä|eivätkä|älä|älkää|ilman",
    "en": r"not|no|never|none|nothing|nobody|neither|nor|cannot|\w+n[’']t",
}
_ABSOLUTES = {
    "fi": r"aina|koskaan|ikinä|kaikk\w*|kaike\w*|jokai\w*|jokis\w*|kukaan|kenenkään|"
    r"kenellekään|mikään|mitään|mistään|missään|täysin|ehdottomasti|ainoa\w*|yksikään",
    "en": r"always|never|all|every|everyone|everybody|everything|none|nothing|nobody|"
    r"completely|totally|absolutely|entirely|only",
}


@dataclass(frozen=True)
class ItemIssue:
    #: 'double_barrelled', 'negation', 'absolute' or 'too_long'
    kind: str
    #: the word that raised it ('' for length)
    word: str
    message: str


def _find(pattern: str, text: str) -> list[str]:
    return [m.group(0) for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", text, re.I)]


def check_item(statement: str, language: str | None = None) -> list[ItemIssue]:
    """The problems of one survey item; ``language`` 'fi' or 'en', or None for both."""
    languages = (language,) if language in ("fi", "en") else ("fi", "en")
    issues: list[ItemIssue] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: str, word: str, message: str) -> None:
        if (kind, word.casefold()) not in seen:
            seen.add((kind, word.casefold()))
            issues.append(ItemIssue(kind, word, message))

    words = _WORD.findall(statement)
    for lang in languages:
        conj = "|".join(re.escape(c) for c in sorted(_CONJUNCTIONS[lang], key=len, reverse=True))
        for match in re.finditer(rf"(?<![\w-])(?:{conj})(?![\w-])", statement, re.I):
            before = _WORD.findall(statement[: match.start()])
            after = _WORD.findall(statement[match.end() :])
            if before and after:
                add(
                    "double_barrelled",
                    match.group(0),
                    _(
                        "'{word}' may join two claims; a respondent who agrees with one "
                        "and not the other cannot answer. Split the item."
                    ).format(word=match.group(0)),
                )
        for word in _find(_NEGATIONS[lang], statement):
            add(
                "negation",
                word,
                _("'{word}' is a negation; negatively worded items are often misread. "
                  "Word it positively (and mark it reverse-worded if you keep it).").format(
                    word=word
                ),
            )  # fmt: skip
        for word in _find(_ABSOLUTES[lang], statement):
            add(
                "absolute",
                word,
                _("'{word}' is an absolute; few people can agree with 'always' or 'never'. "
                  "Ask about frequency or degree instead.").format(word=word),
            )  # fmt: skip
    if len(words) > MAX_WORDS:
        add(
            "too_long",
            "",
            _("The item has {n} words; keep items to {max} words or fewer.").format(
                n=len(words), max=MAX_WORDS
            ),
        )
    return issues
