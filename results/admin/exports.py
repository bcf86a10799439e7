"""The listings' CSV and XLSX exports (Wagtail's ``list_export``): a coded value in two columns, its code
(what imports and the open data feed key on) and its label in the reader's language; headings translated;
moments in the programme's time zone (Asia/Jakarta, docs/decisions/0016)."""

import datetime
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.utils import formats, timezone, translation
from django.utils.functional import lazy
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from .scoping import ScopedIndexView

LOCAL_MOMENT = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class ExportColumn:
    name: str
    heading: Any  # a lazy translation
    value: Callable[[Any], Any]


def field(name: str, heading) -> ExportColumn:
    return ExportColumn(name, heading, lambda item: getattr(item, name))


def _code_heading(heading) -> str:
    return _("%(field)s (code)") % {"field": heading}


code_heading = lazy(_code_heading, str)  # translated when the export is written, in the reader's language


def coded(name: str, heading) -> list[ExportColumn]:
    """A choice field as two columns: its code, and its label in the reader's language."""
    return [
        ExportColumn(name, code_heading(heading), lambda item: getattr(item, name)),
        ExportColumn(f"{name}_label", heading, lambda item: getattr(item, f"get_{name}_display")()),
    ]


def heading_of(model, name: str):
    return capfirst(model._meta.get_field(name).verbose_name)


def _local_moment_csv(value: datetime.datetime) -> str:
    return timezone.localtime(value).strftime(LOCAL_MOMENT) if timezone.is_aware(value) else str(value)


def _local_moment_xlsx(value: datetime.datetime) -> datetime.datetime:
    return timezone.make_naive(value) if timezone.is_aware(value) else value


def _decimal_csv(value: Decimal) -> str:
    """In the reader's decimal separator, no grouping: "12,5" in Indonesian, as their Excel expects."""
    return formats.number_format(value, use_l10n=True, force_grouping=False)


def _boolean(value: bool) -> str:
    return str(_("Yes") if value else _("No"))


class ExportingIndexView(ScopedIndexView):
    """``export_columns`` (set by the viewset) name, head and compute the exported columns."""

    export_columns: list[ExportColumn] = []

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.list_export = [column.name for column in self.export_columns]
        self.export_headings = {column.name: column.heading for column in self.export_columns}
        self._export_values = {column.name: column.value for column in self.export_columns}

    custom_value_preprocess = {
        datetime.datetime: {"csv": _local_moment_csv, "xlsx": _local_moment_xlsx},
        (datetime.date, datetime.time): {"xlsx": None},
        Decimal: {"csv": _decimal_csv, "xlsx": None},
        bool: {"csv": _boolean, "xlsx": None},
        int: {"xlsx": None},
        type(None): {"csv": lambda value: "", "xlsx": lambda value: None},
    }

    def to_row_dict(self, item):
        return OrderedDict((name, self._export_values[name](item)) for name in self.list_export)

    def get_export_queryset(self, queryset):
        """The related records the exported columns read, fetched with the rows."""
        return queryset

    def stream_csv(self, queryset):
        """Wagtail streams the CSV after the view has returned, when the admin's language and time zone
        are no longer active: each line is written in the reader's, as the XLSX is."""
        language, zone = translation.get_language(), timezone.get_current_timezone()
        return self._lines_in(super().stream_csv(queryset), language, zone)

    @staticmethod
    def _lines_in(lines, language, zone):
        while True:
            with translation.override(language), timezone.override(zone):
                line = next(lines, None)
            if line is None:
                return
            yield line

    def as_spreadsheet(self, queryset, spreadsheet_format):
        return super().as_spreadsheet(self.get_export_queryset(queryset), spreadsheet_format)
