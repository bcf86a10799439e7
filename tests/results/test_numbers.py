"""Numbers as people type them: on a form, in the reader's language, and in a spreadsheet's cell, as the
file writes them (results/numbers.py). One reading for both; a number that cannot be meant is refused."""

from decimal import Decimal

import pytest

from results.imports.cells import decimal_of
from results.numbers import parse_local_number

FORM = [
    # text, language, number
    ("12.500.000", "id", "12500000"),
    ("1.234,5", "id", "1234.5"),
    ("12,500,000", "en", "12500000"),
    ("1,234.5", "en", "1234.5"),
    ("12.5", "id", "12.5"),  # a lone point after fewer than three digits: a decimal, in Indonesian too
    ("12,5", "en", "12.5"),
    ("12.500", "id", "12500"),  # the Indonesian thousands mark
    ("12,500", "en", "12500"),
    ("1234.567", "id", "1234.567"),  # not written in groups: a decimal
    ("1234,567", "en", "1234.567"),
    (".5", "en", "0.5"),
    (",5", "id", "0.5"),
    ("5.", "en", "5"),
    ("Rp 3.000.000", "id", "3000000"),
    ("12.500 Rp", "id", "12500"),
    ("-4,25", "id", "-4.25"),
    ("1 250 000", "en", "1250000"),
]


@pytest.mark.parametrize(("text", "language", "number"), FORM)
def test_a_form_reads_the_number_meant(text, language, number):
    assert parse_local_number(text, language) == Decimal(number)


@pytest.mark.parametrize("text", ["1.23.4", "1,2,3", "12..5", "1e3", "abc", ".", "-", "", "Rp"])
def test_a_form_refuses_what_is_no_number(text):
    with pytest.raises(ValueError):
        parse_local_number(text, "id")


CELLS = [
    # cell, decimal comma (a ';' CSV), number
    ("1.234,5", True, "1234.5"),
    ("12,5", True, "12.5"),
    ("12.500", True, "12500"),
    ("12.500", False, "12.5"),  # a ',' file: the point is the decimal mark
    ("1,234.5", False, "1234.5"),
    ("Rp.12.000.000", True, "12000000"),
    (" 3 000 ", False, "3000"),
    (12, False, "12"),
    (12.5, True, "12.5"),
]


@pytest.mark.parametrize(("cell", "decimal_comma", "number"), CELLS)
def test_a_cell_reads_the_number_meant(cell, decimal_comma, number):
    assert decimal_of(cell, decimal_comma=decimal_comma) == Decimal(number)


def test_an_empty_cell_is_no_value_and_a_bad_one_is_named():
    assert decimal_of("", decimal_comma=True) is None and decimal_of(None) is None
    with pytest.raises(ValueError, match="1.23.4"):
        decimal_of("1.23.4", decimal_comma=True)
