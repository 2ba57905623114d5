"""Value parsing the importers share: numbers, dates, and spreadsheet cells.

Two date styles, for two jobs:

* :func:`parse_date` — the *whole* value is one date (``2024-03-12``,
  ``12.3.2024``, optionally with a time). Used to type spreadsheet columns,
  where a cell with anything else in it is not a date.
* :func:`find_date` — the *first* date anywhere in a text (``12.3.2024,
  Kuurasalon toimisto``, ``19.–20.3.2024``, ``22 March 2024``, ``12.
  maaliskuuta 2024``…). Used for header fields and metadata values.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from workbench.importers.base import AttributeType

#: A spreadsheet cell: text, a number (xlsx numbers arrive as float) or a date.
Cell = str | float | dt.date
#: A column with at most this many distinct, repeated values is a category.
MAX_CATEGORIES = 20

# -- numbers -------------------------------------------------------------------------------

_NUMBER = re.compile(r"[+\-\u2212]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?")


def parse_number(value: str) -> float | None:
    """``value`` as a number, accepting a Finnish decimal comma and space-grouped
    thousands ('1 234,5'); None when it is not a plain number."""
    text = value.strip()
    if not _NUMBER.fullmatch(text):
        return None
    text = re.sub(r"[ \u00a0\u202f]", "", text).replace(",", ".").replace("\u2212", "-")
    return float(text)


# -- a value that is one date --------------------------------------------------------------

_WHOLE_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?")
_WHOLE_FI = re.compile(
    r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(?:klo\s+)?\d{1,2}[.:]\d{2}(?:[.:]\d{2})?)?"
)


def parse_date(value: str) -> dt.date | None:
    """``value`` as one ISO (2024-03-12, a time may follow) or Finnish (12.3.2024,
    '1.12.2023 klo 10.15') date; None when it is anything else or no real day."""
    text = value.strip()
    for pattern, order in ((_WHOLE_ISO, (1, 2, 3)), (_WHOLE_FI, (3, 2, 1))):
        match = pattern.fullmatch(text)
        if match:
            year, month, day = (int(match.group(i)) for i in order)
            try:
                return dt.date(year, month, day)
            except ValueError:
                return None
    return None


# -- the first date in a text --------------------------------------------------------------

_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan", "tammikuuta", "tammikuu"),
            ("february", "feb", "helmikuuta", "helmikuu"),
            ("march", "mar", "maaliskuuta", "maaliskuu"),
            ("april", "apr", "huhtikuuta", "huhtikuu"),
            ("may", "toukokuuta", "toukokuu"),
            ("june", "jun", "kesäkuuta", "kesäkuu"),
            ("july", "jul", "heinäkuuta", "heinäkuu"),
            ("august", "aug", "elokuuta", "elokuu"),
            ("september", "sep", "sept", "syyskuuta", "syyskuu"),
            ("october", "oct", "lokakuuta", "lokakuu"),
            ("november", "nov", "marraskuuta", "marraskuu"),
            ("december", "dec", "joulukuuta", "joulukuu"),
        ),
        start=1,
    )
    for name in names
}
_DMY_RANGE = re.compile(r"\b(\d{1,2})\.?\s*[–-]\s*\d{1,2}\.\s*(\d{1,2})\.\s*(\d{4})\b")
_DMY = re.compile(r"\b(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})\.?\s+([^\W\d_]+)\s+(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b([^\W\d_]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
#: Dates stand near the start of a field; longer values are cut before searching.
_MAX_DATE_FIELD = 200


def find_date(value: str) -> dt.date | None:
    """The first date in ``value``: ``12.3.2024``, ``19.–20.3.2024`` (its first day),
    ``2024-03-12``, ``22 March 2024``, ``12. maaliskuuta 2024``, ``March 22, 2024``.
    Only the first 200 characters are searched; impossible days are passed over."""
    value = value[:_MAX_DATE_FIELD]
    candidates: list[tuple[int, int, int, int]] = []  # (position, year, month, day)
    for match in _DMY_RANGE.finditer(value):
        day, month, year = match.groups()
        candidates.append((match.start(), int(year), int(month), int(day)))
    for match in _DMY.finditer(value):
        day, month, year = match.groups()
        candidates.append((match.start(), int(year), int(month), int(day)))
    for match in _ISO.finditer(value):
        year, month, day = match.groups()
        candidates.append((match.start(), int(year), int(month), int(day)))
    for match in _DAY_MONTH_YEAR.finditer(value):
        day, month_name, year = match.groups()
        if month_name.lower() in _MONTHS:
            candidates.append((match.start(), int(year), _MONTHS[month_name.lower()], int(day)))
    for match in _MONTH_DAY_YEAR.finditer(value):
        month_name, day, year = match.groups()
        if month_name.lower() in _MONTHS:
            candidates.append((match.start(), int(year), _MONTHS[month_name.lower()], int(day)))
    for _pos, year, month, day in sorted(candidates):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None


def starts_with_date(value: str) -> bool:
    """Whether ``value`` begins like a date (``14.3.2024 (torstai)``, ``19.–20.3.``,
    ``2024-03-12``, ``22 March…``). Cheap and loose: a month name is not checked,
    so confirm with :func:`find_date`. ``March 22, 2024`` does not count: any word
    before a number would."""
    return any(p.match(value) for p in (_DMY_RANGE, _DMY, _ISO, _DAY_MONTH_YEAR))


# -- spreadsheet cells ---------------------------------------------------------------------


def column_type(values: Sequence[Cell]) -> AttributeType:
    """The attribute type of a column's non-empty values: number, date, category
    (few distinct values that repeat) or text."""
    if all(isinstance(v, float) or parse_number(str(v)) is not None for v in values):
        return "number"
    if all(isinstance(v, dt.date) or parse_date(str(v)) is not None for v in values):
        return "date"
    distinct = {cell_text(v) for v in values}
    if len(distinct) <= MAX_CATEGORIES and len(distinct) < len(values):
        return "category"
    return "text"


def cell_text(cell: Cell) -> str:
    """A cell as the text a user sees: whole numbers without '.0', dates in ISO form."""
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else str(cell)
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return cell.strip()
