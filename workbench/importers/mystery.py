"""Mystery-shopping reports: header fields, the pipe-table checklist and its totals.

A report is recognised by its checklist header row (``Nro | Kohde | Vastaus |
Pisteet`` or ``No | Item | Answer | Points``). The text itself is never changed:
each checklist item records where its line stands, so the researcher can code
the line and still see the item as data. Reports that score several channels
side by side (``Nro | Kohde | Chat | Puhelin | Sähköposti``) give one item per
row and channel, the channel in ``section``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.importers.base import ImportedChecklistItem
from workbench.importers.values import parse_number

_NUMBER_HEADERS = frozenset({"nro", "no", "no.", "#", "numero", "n:o", "nr", "nr.", "number"})
_ITEM_HEADERS = frozenset(
    {"kohde", "item", "kysymys", "question", "kriteeri", "criterion", "väittämä", "statement"}
    | {"tarkistuskohta", "arvioitava asia", "check", "checkpoint"}
)
_ANSWER_HEADERS = frozenset({"vastaus", "answer", "tulos", "result", "arvio", "toteutui"})
_POINTS_HEADERS = frozenset({"pisteet", "points", "score", "pts", "pisteytys", "p"})

#: Header keys that mean the same in Finnish and English reports.
CANONICAL_KEYS: dict[str, str] = {
    **dict.fromkeys(("myymälä", "kauppa", "toimipiste", "store", "shop"), "store"),
    **dict.fromkeys(("päivämäärä", "pvm", "päiväys", "asiointipäivä", "date"), "date"),
    **dict.fromkeys(("kellonaika", "klo", "time", "visit time"), "time"),
    **dict.fromkeys(
        ("asioijan tunnus", "asioija", "shopper", "shopper id", "mystery shopper"), "shopper"
    ),
    **dict.fromkeys(("skenaario", "scenario"), "scenario"),
    **dict.fromkeys(("olosuhteet", "conditions"), "conditions"),
    **dict.fromkeys(("kanava", "kanavat", "channel", "channels"), "channel"),
}

_KEY_VALUE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?:\*\*|__)?(?P<key>[^\W\d_][^:\n]{0,39}?)(?:\*\*|__)?[ \t]*:"
    r"(?:\*\*|__)?[ \t]+(?P<value>.*)$"
)
_KEY_PUNCT = re.compile(r"[.,;!?\"“”=<>|/\\\[\]]")
_TOTAL_KEY = re.compile(
    r"^[ \t]*(?:\*\*)?(?:yhteensä|pisteet yhteensä|kokonaispisteet|pisteet|total|total score"
    r"|score|points)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*(?P<value>.+)$",
    re.IGNORECASE,
)
#: A score as reports write it: unsigned, with a decimal point or comma.
_AMOUNT = r"\d+(?:[.,]\d+)?"
_FRACTION = re.compile(rf"({_AMOUNT})\s*/\s*({_AMOUNT})")
_PERCENT = re.compile(rf"({_AMOUNT})\s*%")
#: Totals lines are short; longer ones are cut before the number patterns see them.
_MAX_TOTAL_CHARS = 300
_SEPARATOR_ROW = re.compile(r"^[\s|:\-–+]+$")
_MAX_SECTION_CHARS = 80


@dataclass(frozen=True)
class _Line:
    start: int
    text: str

    @property
    def first(self) -> int:
        """Where the line's text begins (after any indentation)."""
        return self.start + len(self.text) - len(self.text.lstrip())

    @property
    def end(self) -> int:
        return self.start + len(self.text.rstrip())


@dataclass(frozen=True)
class _Columns:
    number: int | None
    item: int
    answer: int | None
    points: int | None
    #: Answer columns of multi-channel tables: (index, header as written).
    channels: tuple[tuple[int, str], ...]


def split_key_value(line: str) -> tuple[str, str] | None:
    """``("Päivämäärä", "12.3.2024")`` for a header line ``Päivämäärä: 12.3.2024``;
    None unless the key is short (≤ 4 words, 40 characters) and unpunctuated."""
    match = _KEY_VALUE.match(line)
    if match is None:
        return None
    key = " ".join(match.group("key").split())
    if len(key.split()) > 4 or _KEY_PUNCT.search(key) or key.lower() in ("http", "https"):
        return None
    value = match.group("value").strip()
    return (key, value) if value else None


def header_fields(lines: list[str]) -> dict[str, object]:
    """The ``Key: value`` lines among ``lines``; known keys under their canonical
    English name (``store``, ``date``…), others as written. The first value wins."""
    fields: dict[str, object] = {}
    for line in lines:
        pair = split_key_value(line)
        if pair is not None:
            key = CANONICAL_KEYS.get(pair[0].lower(), pair[0])
            fields.setdefault(key, pair[1])
    return fields


def parse_mystery_report(
    text: str,
) -> tuple[dict[str, object], list[ImportedChecklistItem]] | None:
    """Header fields, totals and checklist of a mystery-shopping report, or None
    when ``text`` holds no checklist table."""
    lines = _lines(text)
    for index, line in enumerate(lines):
        columns = _header_columns(line.text)
        if columns is None:
            continue
        items, after = _read_table(lines, index + 1, columns)
        if not items:
            continue
        metadata = header_fields([ln.text for ln in lines[:index]])
        metadata.update(_totals(lines[after:]))
        return metadata, items
    return None


def _lines(text: str) -> list[_Line]:
    result: list[_Line] = []
    offset = 0
    for raw in text.split("\n"):
        result.append(_Line(offset, raw))
        offset += len(raw) + 1
    return result


def _cells(line: str) -> list[str] | None:
    """The cells of a pipe-table row, or None when the line is not one."""
    stripped = line.strip()
    if stripped.count("|") < 2 and not (stripped.startswith("|") and stripped.endswith("|")):
        return None
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|"):
        stripped = stripped[:-1]
    return [cell.strip() for cell in stripped.split("|")]


def _header_columns(line: str) -> _Columns | None:
    cells = _cells(line)
    if cells is None or len(cells) < 3:
        return None
    names = [cell.lower().strip("*_ ") for cell in cells]
    item = next((i for i, n in enumerate(names) if n in _ITEM_HEADERS), None)
    if item is None:
        return None
    number = next((i for i, n in enumerate(names) if n in _NUMBER_HEADERS), None)
    answer = next((i for i, n in enumerate(names) if n in _ANSWER_HEADERS), None)
    points = next((i for i, n in enumerate(names) if n in _POINTS_HEADERS), None)
    known = {number, item, answer, points}
    channels: tuple[tuple[int, str], ...] = ()
    if answer is None:
        channels = tuple((i, cells[i]) for i in range(len(cells)) if i not in known and cells[i])
        if not channels:
            return None
    return _Columns(number, item, answer, points, channels)


def _read_table(
    lines: list[_Line], first: int, columns: _Columns
) -> tuple[list[ImportedChecklistItem], int]:
    """Items from the rows after the header; also the index of the first line after the table."""
    items: list[ImportedChecklistItem] = []
    section: str | None = None
    index = first
    while index < len(lines):
        line = lines[index]
        cells = _cells(line.text)
        if cells is None:
            if not _continues_table(lines, index):
                break
            if line.text.strip():
                section = _clean_heading(line.text)
        elif _SEPARATOR_ROW.match(line.text):
            pass
        elif _is_section_row(cells, columns):
            section = _clean_heading(next(c for c in cells if c))
        else:
            items.extend(_row_items(line, cells, columns, section))
        index += 1
    return items, index


def _continues_table(lines: list[_Line], index: int) -> bool:
    """A non-row line belongs to the table when it is blank or a short heading and
    the next non-blank line after it is a row (or a heading followed by a row)."""
    text = lines[index].text.strip()
    if len(text) > _MAX_SECTION_CHARS or _TOTAL_KEY.match(text):
        return False
    following = [ln for ln in lines[index + 1 : index + 6] if ln.text.strip()]
    if not following:
        return False
    if _cells(following[0].text) is not None:
        return True
    return (
        not text
        and len(following) > 1
        and len(following[0].text.strip()) <= _MAX_SECTION_CHARS
        and _cells(following[1].text) is not None
    )


def _is_section_row(cells: list[str], columns: _Columns) -> bool:
    filled = [c for c in cells if c]
    if len(filled) != 1:
        return False
    return columns.number is None or not _cell(cells, columns.number)


def _clean_heading(text: str) -> str:
    return text.strip().strip("#*_ ").strip()


def _cell(cells: list[str], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return cells[index]


def _row_items(
    line: _Line, cells: list[str], columns: _Columns, section: str | None
) -> list[ImportedChecklistItem]:
    number = _cell(cells, columns.number) or None
    item = _cell(cells, columns.item)
    score, max_score = _score(_cell(cells, columns.points))
    where = {"start": line.first, "end": line.end}
    if not columns.channels:
        answer = _cell(cells, columns.answer) or None
        return [
            ImportedChecklistItem(
                item=item,
                answer=answer,
                score=score,
                max_score=max_score,
                section=section,
                number=number,
                **where,
            )
        ]
    return [
        ImportedChecklistItem(
            item=item,
            answer=_cell(cells, index) or None,
            section=f"{section} / {name}" if section else name,
            number=number,
            **where,
        )
        for index, name in columns.channels
    ]


def _score(cell: str) -> tuple[float | None, float | None]:
    """``2/2`` -> (2, 2); ``2`` -> (2, None); anything else -> (None, None)."""
    cell = cell.strip()
    fraction = _FRACTION.fullmatch(cell)
    if fraction:
        return _num(fraction.group(1)), _num(fraction.group(2))
    if re.fullmatch(_AMOUNT, cell):
        return _num(cell), None
    return None, None


def _num(value: str) -> float:
    """An amount the patterns above matched, which is always a number."""
    number = parse_number(value)
    if number is None:
        raise ValueError(f"not a number: {value!r}")
    return number


def _totals(lines: list[_Line]) -> dict[str, object]:
    """``Yhteensä: 10/18 pistettä (56 %)`` -> total_score/total_max/total_percent;
    per-channel totals (``chat 9/10, puhelin 5/10``) also as ``channel_totals``."""
    for line in [ln for ln in lines if ln.text.strip()][:3]:
        match = _TOTAL_KEY.match(line.text)
        if match is None:
            continue
        value = match.group("value")[:_MAX_TOTAL_CHARS]
        result: dict[str, object] = {}
        fractions = _FRACTION.findall(value)
        channels = _channel_totals(value)
        if len(channels) > 1:
            result["channel_totals"] = channels
        if fractions:
            result["total_score"] = sum(_num(s) for s, _m in fractions)
            result["total_max"] = sum(_num(m) for _s, m in fractions)
        percent = _PERCENT.search(value)
        if percent and len(fractions) <= 1:
            result["total_percent"] = _num(percent.group(1))
        return result
    return {}


def _channel_totals(value: str) -> dict[str, dict[str, float]]:
    """``chat 9/10, puhelin 5/10`` -> {"chat": {"score": 9, "max": 10}, ...}."""
    totals: dict[str, dict[str, float]] = {}
    for part in re.split(r"[,;]", value):
        fraction = _FRACTION.search(part)
        name = part[: fraction.start()].strip() if fraction else ""
        if fraction and name[:1].isalpha():
            totals[name] = {"score": _num(fraction.group(1)), "max": _num(fraction.group(2))}
    return totals
