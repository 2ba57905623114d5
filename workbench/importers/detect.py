"""Cheap guesses of a document's language and kind, used when the user left
``ImportOptions.language``/``kind`` open.

Language: counts of very common function words per language, helped by
Finnish endings and letters for short or noun-heavy Finnish text (headings,
survey answers). Swedish and German have their own word lists so that they
come out as 'other' instead of being mistaken for Finnish (ä, ö) or English.
"""

from __future__ import annotations

import itertools
import re

from workbench.importers.base import ImportedDocument

_WORDS = re.compile(r"[^\W\d_]+")


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Words shared between the languages (on, en, in, i, so, was, ja, die, den, men…)
# are left out: they would blur exactly the distinctions this module makes.
_STOP: dict[str, frozenset[str]] = {
    "fi": _words(
        "ja ei että oli mutta kun niin myös tai jos ole oo mä sä ne nyt vain vaan sitten "
        "sit kuin mitä joka jotka ovat olla siitä sen hän te ollut vielä kanssa ihan "
        "kyllä jo mut et ku se tämä tää olen oon olet ollaan mun sun meillä "
        "mulla sulla siinä siellä täällä tässä sitä tätä jotain joku mikä miten miksi "
        "koska eli sekä vai kaikki aina eikä ettei jotta voi voisi pitää niitä näitä "
        "nää noi ton tossa siis kuitenkin jälkeen ennen mukaan kautta aika hyvin "
        "paljon vähän ehkä varmaan tosi joo juu niinku sitte myöskin jossa josta"
    ),
    "en": _words(
        "the and to of a is it that you for with but not they this be have are "
        "at my we what or just there she his her them their from by as had has "
        "were been would could should which when who how if then than because about "
        "our your its did do does into out up can very "
        "really some all any more only other after before where while"
    ),
    "sv": _words(
        "och det att är som på för med inte jag av har till ett var de sig han hon "
        "eller från vid efter mycket också kan vi dem hade skulle där här "
        "när vad detta denna vara blir blev sina sitt deras honom henne"
    ),
    "de": _words(
        "und der das ist nicht ich ein eine zu von mit sich des auf für es im dem "
        "auch wir sie wie aber nur noch bei oder einen werden sind wird hat kann "
        "einer eines wenn dass sehr schon nach über unter diese dieser haben war "
        "wurde durch zum zur vom"
    ),
}
#: Case endings and derivational endings that mark Finnish words.
_FI_ENDINGS: tuple[str, ...] = tuple(
    _words(
        "ssa ssä sta stä lla llä lta ltä lle ksi aan ään nen set sen isen ista istä mme tte "
        "vat vät tiin ttiin uus yys inen minen ja jä ia iä ko kö kin han hän"
    )
)
_FI_LETTERS = re.compile(r"[äö]")
_NON_FI_LETTERS = re.compile(r"[åõüßéèàçñ]")

#: Share of tokens that must be function words of the winning language.
_MIN_SHARE = 0.05
_SAMPLE_WORDS = 20_000


def guess_language(text: str) -> str:
    """'fi', 'en' or 'other' (Swedish, German, anything else, or too little to tell)."""
    words = itertools.islice(_WORDS.finditer(text), _SAMPLE_WORDS)
    tokens = [m.group().lower() for m in words]
    if not tokens:
        return "other"
    scores: dict[str, float] = {
        lang: sum(1 for t in tokens if t in words) for lang, words in _STOP.items()
    }
    scores["fi"] += _finnish_evidence(tokens)
    best = max(scores, key=lambda lang: scores[lang])
    ranked = sorted(scores.values(), reverse=True)
    share = scores[best] / len(tokens)
    clear = ranked[0] > 1.5 * ranked[1] or ranked[0] - ranked[1] >= 3
    if share < _MIN_SHARE or not clear:
        return "other"
    return best if best in ("fi", "en") else "other"


def _finnish_evidence(tokens: list[str]) -> float:
    """Half a point per word that looks Finnish by its letters or ending and is not
    spelt with letters Finnish lacks (å, ü, ß…)."""
    points = 0.0
    for token in tokens:
        if _NON_FI_LETTERS.search(token):
            continue
        if _FI_LETTERS.search(token) or (len(token) > 4 and token.endswith(_FI_ENDINGS)):
            points += 0.5
    return points


_MYSTERY_TITLE = re.compile(r"mysteeriasiointi|mystery[ -]?shop", re.IGNORECASE)
_OBSERVATION_TITLE = re.compile(
    r"kenttähavain|kenttämuistiinpan|havaintomuistiinpan|havainnointi|field ?notes"
    r"|observation notes",
    re.IGNORECASE,
)
#: A note entry: ``11.22 text`` (clock time) or ``03:30 text`` (recording time).
_TIMED_ENTRY = re.compile(r"^[ \t]*(?:klo[ \t]*)?\d{1,2}[.:]\d{2}(?:[.:]\d{2})?[ \t]+\S", re.M)
_MIN_TIMED_ENTRIES = 3
_TITLE_LINES = 5


def guess_kind(doc: ImportedDocument) -> str:
    """The document kind its structure shows: a parsed checklist is a mystery-shopping
    report, turns of two or more speakers an interview, timestamped entries or a
    field-notes title an observation; anything else 'other'."""
    title = "\n".join(doc.text.lstrip().split("\n")[:_TITLE_LINES])
    if doc.checklist or _MYSTERY_TITLE.search(title):
        return "mystery_shopping"
    if len({turn.speaker for turn in doc.turns}) >= 2:
        return "interview"
    if _OBSERVATION_TITLE.search(title):
        return "observation"
    if len(_TIMED_ENTRY.findall(doc.text)) >= _MIN_TIMED_ENTRIES:
        return "observation"
    return "other"
