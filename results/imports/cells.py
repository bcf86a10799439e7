"""Reading one cell, as people type it: django-import-export widgets that understand Indonesian Excel.

Numbers: ``1.234,5`` and ``1,234.5`` are both 1234.5 (when both marks appear, the last is the decimal mark);
with one mark only, the file decides: in a CSV separated by ';' the comma is the decimal mark and the point
groups thousands, elsewhere the point is the decimal mark. ``Rp`` and spaces are ignored.
Dates: day first, as 31/12/2024, 31-12-2024, 31.12.2024 or 2024-12-31, a two-digit year being 20xx, or an
Excel serial number (45657), or a cell Excel formats as a date.
Yes/no: yes, no, ya, tidak, y, n, true, false, 1, 0, x (yes); an empty cell or '-' is no answer.
A widget raises ValueError with the message the row error shows; import-export ties it to the column.
"""

import re
from datetime import date, datetime, timedelta
from decimal import Decimal

from import_export import widgets

from ..numbers import local_decimal
from . import messages

EXCEL_EPOCH = datetime(1899, 12, 30)
FIRST_PLAUSIBLE, LAST_PLAUSIBLE = date(1990, 1, 1), date(2100, 12, 31)
YES = {"yes", "ya", "y", "true", "1", "x", "✓", "benar"}
NO = {"no", "tidak", "n", "false", "0", "t", "salah"}
NO_ANSWER = {"", "-", "n/a", "na"}
TEXT_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")


def text_of(value) -> str:
    """A cell as text, a whole number written without Excel's '.0'."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def decimal_of(value, *, decimal_comma: bool = False) -> Decimal | None:
    """The number in a cell (None when empty); raises ValueError when it is not one."""
    if value is None or isinstance(value, bool):
        if value is None:
            return None
        raise ValueError(str(messages.NOT_A_NUMBER % {"value": value}))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        return value
    try:
        return local_decimal(str(value), decimal_comma=decimal_comma)
    except ValueError as error:
        raise ValueError(str(messages.NOT_A_NUMBER % {"value": str(value).strip()})) from error


def date_of(value, *, epoch: datetime | None = None) -> date | None:
    """The date in a cell (None when empty); raises ValueError when it is not one."""
    if value is None:
        return None
    if isinstance(value, datetime):
        found = value.date()
    elif isinstance(value, date):
        found = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        found = _serial(value, epoch)
    else:
        text = str(value).strip()
        if not text:
            return None
        found = _text_date(text, epoch)
        if found is None:
            raise ValueError(str(messages.NOT_A_DATE % {"value": text}))
    if not FIRST_PLAUSIBLE <= found <= LAST_PLAUSIBLE:
        raise ValueError(str(messages.DATE_OUT_OF_RANGE % {"date": found.isoformat()}))
    return found


def _serial(number: float, epoch: datetime | None) -> date:
    start = EXCEL_EPOCH if epoch is None or epoch.year == 1899 else datetime(1904, 1, 1)
    try:
        return (start + timedelta(days=int(number))).date()
    except OverflowError as error:
        raise ValueError(str(messages.NOT_A_DATE % {"value": text_of(number)})) from error


def _text_date(text: str, epoch) -> date | None:
    try:
        if match := ISO_DATE.match(text):
            year, month, day = (int(part) for part in match.groups())
            return date(year, month, day)
        if match := TEXT_DATE.match(text):
            day, month, year = (int(part) for part in match.groups())
            return date(year + 2000 if year < 100 else year, month, day)
        if text.isdigit() and 4 <= len(text) <= 6:  # a serial number written out as text
            return _serial(int(text), epoch)
    except ValueError:
        return None
    return None


def yes_no_of(value) -> bool | None:
    if isinstance(value, bool):
        return value
    text = text_of(value).lower()
    if text in NO_ANSWER:
        return None
    if text in YES:
        return True
    if text in NO:
        return False
    raise ValueError(str(messages.NOT_YES_NO % {"value": text_of(value)}))


class Reading:
    """What the file tells about reading its cells; passed to every widget through import_data()."""

    def __init__(self, *, decimal_comma: bool = False, epoch=None):
        self.decimal_comma = decimal_comma
        self.epoch = epoch


def _reading(kwargs) -> Reading:
    return kwargs.get("reading") or Reading()


class TextWidget(widgets.CharWidget):
    def __init__(self, *, upper: bool = False, required: bool = False):
        super().__init__(allow_blank=True)
        self.upper, self.required = upper, required

    def clean(self, value, row=None, **kwargs):
        text = text_of(value)
        if self.required and not text:
            raise ValueError(str(messages.REQUIRED))
        return text.upper() if self.upper else text


class NumberWidget(widgets.Widget):
    """A decimal (money: whole rupiah when ``places`` is 0) or, with ``whole``, a count."""

    def __init__(
        self, *, whole: bool = False, places: int | None = None, required: bool = False, default=None
    ):
        super().__init__()
        self.whole, self.places, self.required, self.default = whole, places, required, default

    def clean(self, value, row=None, **kwargs):
        number = decimal_of(value, decimal_comma=_reading(kwargs).decimal_comma)
        if number is None:
            if self.required:
                raise ValueError(str(messages.REQUIRED))
            return self.default
        if number < 0:
            raise ValueError(str(messages.NEGATIVE))
        if self.whole:
            if number != number.to_integral_value():
                raise ValueError(str(messages.NOT_A_WHOLE_NUMBER % {"value": text_of(value)}))
            return int(number)
        if self.places is not None:
            number = number.quantize(Decimal(1).scaleb(-self.places))
        return number


class DateCellWidget(widgets.Widget):
    def __init__(self, *, required: bool = False):
        super().__init__()
        self.required = required

    def clean(self, value, row=None, **kwargs):
        found = date_of(value, epoch=_reading(kwargs).epoch)
        if found is None and self.required:
            raise ValueError(str(messages.REQUIRED))
        return found


class ChoiceWidget(widgets.Widget):
    """One of a model field's choices, by its value (case-insensitive); the message lists them."""

    def __init__(self, choices, *, required: bool = True, unknown=None, default=""):
        super().__init__()
        self.values = {str(value).lower(): value for value, _label in choices}
        self.required, self.unknown, self.default = required, unknown, default

    def clean(self, value, row=None, **kwargs):
        text = "_".join(text_of(value).replace("-", " ").split())
        if not text:
            if self.required:
                raise ValueError(str(messages.REQUIRED))
            return self.default
        found = self.values.get(text.lower())
        if found is None:
            if self.unknown is not None:
                raise ValueError(str(self.unknown % {"value": text}))
            raise ValueError(str(messages.NOT_A_CHOICE % {"value": text, "choices": ", ".join(self.values)}))
        return found


class LookupWidget(widgets.Widget):
    """A record by its key in a dictionary the resource filled before the rows (one query, not one a row).
    ``lookup(text)`` answers the record or raises ValueError with the message."""

    def __init__(self, lookup, *, required: bool = True, normalise=str.upper):
        super().__init__()
        self.lookup, self.required, self.normalise = lookup, required, normalise

    def clean(self, value, row=None, **kwargs):
        text = self.normalise(text_of(value))
        if not text:
            if self.required:
                raise ValueError(str(messages.REQUIRED))
            return None
        return self.lookup(text)
