"""Value parsing shared by the importers: numbers, the two date styles, spreadsheet cells."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.importers.values import (
    cell_text,
    column_type,
    find_date,
    parse_date,
    parse_number,
    starts_with_date,
)

D = dt.date

# -- numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("9", 9.0),
        ("7,5", 7.5),
        ("-3.25", -3.25),
        ("−2", -2.0),
        ("1 234,5", 1234.5),
        ("1\u00a0234", 1234.0),
        ("+4", 4.0),
        (" 12 ", 12.0),
        ("", None),
        ("7 / 10", None),
        ("R001", None),
        ("1,2,3", None),
        ("12 34", None),  # a group of two digits is not thousands
        ("12.3.2024", None),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


# -- parse_date: the whole value is one date -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2024-03-12", D(2024, 3, 12)),
        ("12.3.2024", D(2024, 3, 12)),
        ("1.12.2023 klo 10.15", D(2023, 12, 1)),
        ("31.2.2024", None),
        ("12.3.", None),
        ("2024-03-12T08:00:00", D(2024, 3, 12)),
        ("2024-03-12 08:00", D(2024, 3, 12)),
        (" 12.03.2024 ", D(2024, 3, 12)),
        ("2024-3-12", None),  # ISO needs two-digit month and day
        ("", None),
    ],
)
def test_parse_date(text: str, value: dt.date | None) -> None:
    assert parse_date(text) == value


# -- find_date: the first date anywhere in a text --------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12.3.2024", D(2024, 3, 12)),
        ("12.3.2024, Kuurasalon toimisto", D(2024, 3, 12)),
        ("14.3.2024 (torstai)", D(2024, 3, 14)),
        ("lauantai 16.3.2024 klo 11.00–13.00", D(2024, 3, 16)),
        ("19.–20.3.2024", D(2024, 3, 19)),
        ("2024-03-12", D(2024, 3, 12)),
        ("22 March 2024, remote", D(2024, 3, 22)),
        ("March 22, 2024", D(2024, 3, 22)),
        ("March 22nd 2024", D(2024, 3, 22)),
        ("12. maaliskuuta 2024", D(2024, 3, 12)),
        ("12. 3. 2024", D(2024, 3, 12)),
        ("31.2.2024", None),
        ("31.2.2024, siirretty 1.3.2024", D(2024, 3, 1)),  # an impossible day is passed over
        ("1.3.2024 / 2024-02-01", D(2024, 3, 1)),  # the first in the text wins
        ("12 kertaa 2024", None),  # a word that is no month
        ("versio 112.3.20245", None),  # digits around it: not a date
        ("ei päivää", None),
        ("x" * 200 + " 12.3.2024", None),  # only the start of a field is searched
    ],
)
def test_find_date(value: str, expected: dt.date | None) -> None:
    assert find_date(value) == expected


# -- both styles side by side ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "whole", "first"),
    [
        # the same date either way when the value is nothing but a date
        ("12.3.2024", D(2024, 3, 12), D(2024, 3, 12)),
        ("2024-03-12", D(2024, 3, 12), D(2024, 3, 12)),
        ("1.12.2023 klo 10.15", D(2023, 12, 1), D(2023, 12, 1)),
        ("31.2.2024", None, None),
        # a date inside a longer text: found, but the cell is not a date
        ("12.3.2024, Kuurasalon toimisto", None, D(2024, 3, 12)),
        ("lauantai 16.3.2024", None, D(2024, 3, 16)),
        # only find_date reads month names, ranges and spaced dates
        ("22 March 2024", None, D(2024, 3, 22)),
        ("12. maaliskuuta 2024", None, D(2024, 3, 12)),
        ("19.–20.3.2024", None, D(2024, 3, 19)),
        ("12. 3. 2024", None, D(2024, 3, 12)),
        ("2024-3-5", None, D(2024, 3, 5)),
        # only parse_date reads an ISO time glued on with 'T'
        ("2024-03-12T08:00:00", D(2024, 3, 12), None),
        ("2024-03-12 08:00", D(2024, 3, 12), D(2024, 3, 12)),
        ("12.3.", None, None),
    ],
)
def test_date_styles(value: str, whole: dt.date | None, first: dt.date | None) -> None:
    assert (parse_date(value), find_date(value)) == (whole, first)


@pytest.mark.parametrize(
    ("line", "starts"),
    [
        ("14.3.2024 (torstai)", True),
        ("19.–20.3.2024 Tammiharju", True),
        ("2024-03-12", True),
        ("22 March 2024", True),
        ("March 22, 2024", False),
        ("Kävijöitä 12.3.2024 jälkeen", False),
        ("", False),
    ],
)
def test_starts_with_date(line: str, starts: bool) -> None:
    assert starts_with_date(line) is starts


# -- spreadsheet cells -----------------------------------------------------------------------


def test_column_types() -> None:
    assert column_type(["1", "2,5", 3.0]) == "number"
    assert column_type(["2024-01-01", dt.date(2024, 1, 2)]) == "date"
    assert column_type(["a", "b", "a"]) == "category"
    assert column_type(["a", "b", "c"]) == "text"  # nothing repeats
    assert column_type([str(n % 25) + "x" for n in range(50)]) == "text"  # too many values


def test_a_date_inside_text_does_not_make_a_date_column() -> None:
    assert column_type(["12.3.2024, Kuurasalo", "13.3.2024, Tammiharju"]) == "text"
    assert column_type(["12.3.2024", "13.3.2024 klo 9.00"]) == "date"


@pytest.mark.parametrize(
    ("cell", "text"),
    [(3.0, "3"), (2.5, "2.5"), (D(2024, 3, 12), "2024-03-12"), ("  kyllä ", "kyllä"), ("", "")],
)
def test_cell_text(cell: str | float | dt.date, text: str) -> None:
    assert cell_text(cell) == text
