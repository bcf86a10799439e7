"""Figures as the reader reads them: numbers in the page's language (Indonesian groups thousands with "."
and writes decimals with ","), and the small-cell rule's "fewer than 3"."""

from django.utils import formats
from django.utils.translation import gettext_lazy as _

from .figures import Figure

FEWER_THAN = _("Fewer than %(count)d")
FEWER_THAN_SHORT = _("<%(count)d")  # inside a map tile
NO_DATA = _("No data")
# Hidden though it rests on enough enterprises: so that a smaller hidden cell cannot be worked out from the total.
NOT_SHOWN = _("Not shown")
NOT_SHOWN_SHORT = "–"


def number(value, decimals: int = 0) -> str:
    return formats.number_format(value, decimal_pos=decimals, use_l10n=True, force_grouping=True)


def percent(value, *, signed: bool = False) -> str:
    text = number(value, 1)
    if signed and value > 0:
        text = f"+{text}"
    return text.replace("-", "−") + "%"


def money(value) -> str:
    return f"Rp {number(value)}"


def hidden_text(figure: Figure, threshold: int, *, short: bool = False) -> str:
    if figure is not None and figure.base >= threshold:
        return NOT_SHOWN_SHORT if short else str(NOT_SHOWN)
    return str((FEWER_THAN_SHORT if short else FEWER_THAN) % {"count": threshold})


def text(figure: Figure | None, threshold: int, *, kind: str = "number", short: bool = False) -> str:
    """The figure as shown: "fewer than 3" when hidden, "no data" when there is none."""
    if figure is None or (figure.value is None and not figure.hidden):
        return str(NO_DATA)
    if figure.hidden:
        return hidden_text(figure, threshold, short=short)
    if kind == "percent":
        return percent(figure.value)
    if kind == "change":
        return percent(figure.value, signed=True)
    if kind == "money":
        return money(figure.value)
    return number(figure.value)
