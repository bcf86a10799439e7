"""Numbers as people type them, on a form or in a spreadsheet's cell: "12.500.000" or "1.234,5" in
Indonesian, "12,500,000" or "1,234.5" in English; "Rp" before or after, spaces and apostrophes are ignored.

When both marks appear, the last is the decimal mark. A mark that repeats groups thousands (in groups of
three). A lone mark is the decimal mark when it is the reader's (the language on a form; the file's, for an
import); the other mark, alone, groups thousands when the number is written in groups of three
("12.500" in Indonesian is twelve thousand five hundred), else it is the decimal mark ("12.5", "1234.567")."""

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.utils.translation import get_language

_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$")
_GROUPED = {mark: re.compile(rf"^[+-]?\d{{1,3}}(?:{re.escape(mark)}\d{{3}})+$") for mark in ".,"}


def _decimal_mark(text: str, *, decimal_comma: bool) -> str:
    commas, points = text.count(","), text.count(".")
    if commas and points:
        return "," if text.rfind(",") > text.rfind(".") else "."
    if not (commas or points):
        return "."
    mark, other = (",", ".") if commas else (".", ",")
    if commas + points > 1:  # repeated: it groups thousands
        return other
    if mark == ("," if decimal_comma else "."):
        return mark
    # The reader's other mark, once: it groups thousands when it stands before three digits of a number
    # written in groups ("12.500" in Indonesian), else it is the decimal mark ("1234.567", "12.5").
    return other if _GROUPED[mark].match(text) else mark


def _without_currency(text: str) -> str:
    value = str(text).strip().replace("\u00a0", "").replace(" ", "").replace("'", "")
    if value[:2].lower() == "rp":
        value = value[2:].lstrip(".")
    if value[-2:].lower() == "rp":
        value = value[:-2]
    return value


def local_decimal(text: str, *, decimal_comma: bool) -> Decimal | None:
    """The number meant (None when the text is empty); raises ValueError when it is none."""
    value = _without_currency(text)
    if not value:
        return None
    decimal_mark = _decimal_mark(value, decimal_comma=decimal_comma)
    thousands = "." if decimal_mark == "," else ","
    whole, _mark, fraction = value.partition(decimal_mark)
    if thousands in whole and not _GROUPED[thousands].match(whole):
        raise ValueError(text)  # "1.23.4": not groups of three
    value = whole.replace(thousands, "") + (f".{fraction}" if _mark else "")
    if not _NUMBER.match(value):
        raise ValueError(text)
    try:
        return Decimal(value)
    except InvalidOperation as error:  # pragma: no cover - the pattern lets only numbers through
        raise ValueError(text) from error


def parse_local_number(text: str, language: str | None = None) -> Decimal:
    """The number a person typed on a form in ``language`` (the active one by default); raises ValueError
    when it is none, or empty."""
    number = local_decimal(text or "", decimal_comma=(language or get_language() or "en").startswith("id"))
    if number is None:
        raise ValueError("empty")
    return number


class LocalDecimalField(forms.DecimalField):
    """A DecimalField that understands the reader's thousands and decimal separators."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, Decimal):
            return value
        try:
            return parse_local_number(str(value))
        except ValueError:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None
