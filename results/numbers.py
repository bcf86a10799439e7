"""Numbers as people type them: "12.500.000" or "1.234,5" in Indonesian, "12,500,000" or "1,234.5" in English.
A lone separator followed by exactly three digits is a thousands separator ("12.500"); otherwise it marks
decimals ("12.5", "12,5")."""

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.utils.translation import get_language

_GROUPS = re.compile(r"^[+-]?\d{1,3}([.,]\d{3})+$")


def parse_local_number(text: str, language: str | None = None) -> Decimal:
    """The number a person meant; raises ValueError when it is none."""
    value = (text or "").strip().replace("\u00a0", "").replace(" ", "").replace("Rp", "")
    if not value:
        raise ValueError("empty")
    decimal_mark = "," if (language or get_language() or "en").startswith("id") else "."
    group_mark = "." if decimal_mark == "," else ","
    if "," in value and "." in value:
        # Both marks: the last one is the decimal mark, whatever the language.
        decimal_mark = "," if value.rfind(",") > value.rfind(".") else "."
        value = value.replace("." if decimal_mark == "," else ",", "")
    elif _GROUPS.match(value) and (value.count(group_mark) or value.count(decimal_mark) > 1):
        value = value.replace(".", "").replace(",", "")
    elif value.count(group_mark) == 1 and not value.count(decimal_mark):
        decimal_mark = group_mark  # "12.5" in Indonesian, "12,5" in English: a decimal, not thousands
    value = value.replace(decimal_mark, ".")
    try:
        number = Decimal(value)
    except InvalidOperation as error:
        raise ValueError(text) from error
    if not number.is_finite():
        raise ValueError(text)
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
