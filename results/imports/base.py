"""What the three imports share: who imports (and for which partner), the columns, and problems by line.

Each import is a django-import-export ``ModelResource``: its ``import_data(dry_run=True)`` is the preview,
the same call without ``dry_run`` (inside one transaction) is the apply. What the library leaves to us:
- the records of a file are found with a query per few thousand codes before the rows, not one a row;
- uniqueness is checked within the file and by those look-ups, not by a query a row (``validate_unique``);
- every problem is kept with the spreadsheet's own line and the column's code, and counted.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from import_export import resources
from import_export.results import RowResult
from tablib import Dataset

from ..access import Scope
from . import messages
from .files import Sheet

LINE = "__line__"
CHUNK = 2000  # codes per look-up query: well under every database's limit on parameters
MAX_PROBLEMS = 1000


@dataclass
class ImportContext:
    """Who imports, for which partner (None: staff importing for several, named row by row), from which file."""

    user: object
    scope: Scope
    partner: object | None
    file_name: str
    partners: dict = field(default_factory=dict)  # slug and short name, in lower case → Partner

    def partner_allowed(self, partner) -> bool:
        if self.partner is not None:
            return partner.pk == self.partner.pk
        return self.scope.everything or partner.pk in self.scope.partner_ids

    def may_change(self, partner_id) -> bool:
        """May this person change a record of this partner? (Staff any; an editor their partner's.)"""
        return self.scope.everything or partner_id in self.scope.partner_ids

    @property
    def reason(self) -> str:
        return str(messages.CORRECTION_REASON % {"name": self.file_name})


def chunks(values, size=CHUNK):
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start : start + size]


class RowRefused(Exception):
    """A row that goes no further (another partner's record): its message only, nothing about the record."""

    def __init__(self, column: str, message: str):
        super().__init__(message)
        self.column, self.message = column, message


class ImportResource(resources.ModelResource):
    """The base of the three imports. Subclasses name their columns (``key_column`` first)."""

    key_column = ""
    required_columns: tuple[str, ...] = ()
    what = ""  # the record a duplicate row repeats, for DUPLICATE_ROW
    clean_exclude: tuple[str, ...] = ()  # model fields the import does not give (set by the services)

    class Meta:
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        skip_html_diff = True
        skip_diff = True  # no deep copy of each record: skip_row compares with what get_or_init_instance kept
        use_transactions = True

    def __init__(self, *, context: ImportContext):
        super().__init__()
        self.context = context
        self.problems: list[dict] = []
        self.problem_count = 0
        self.counts: Counter = Counter()
        self.line = 0
        self.ignored_columns: list[str] = []
        self.columns = {f.attribute: f.column_name for f in self.fields.values() if f.attribute}

    # -- the file -------------------------------------------------------------------------------------------

    def known_column(self, name: str) -> bool:
        return name in self.columns.values()

    def dataset_of(self, sheet: Sheet) -> Dataset | None:
        """The rows as a Dataset with their lines; None (and the problems) when the columns will not do."""
        seen = set()
        for name in sheet.headers:
            if not name:
                continue
            if name in seen:
                self.problem(sheet.header_line, name, messages.COLUMN_TWICE)
            seen.add(name)
            if not self.known_column(name):
                self.unknown_column(sheet.header_line, name)
        for name in self.required_columns:
            if name not in seen:
                self.problem(sheet.header_line, name, messages.COLUMN_MISSING)
        if self.problems:
            return None
        keep = [index for index, name in enumerate(sheet.headers) if name and self.known_column(name)]
        dataset = Dataset(headers=[sheet.headers[i] for i in keep] + [LINE])
        for line, values in self.ordered(sheet.rows, [sheet.headers[i] for i in keep], keep):
            dataset.append([values[i] for i in keep] + [line])
        return dataset

    def unknown_column(self, line: int, name: str) -> None:
        """A column the import does not read is set aside (and listed in the preview)."""
        self.ignored_columns.append(name)

    def ordered(self, rows, headers, keep):
        return rows

    # -- problems -------------------------------------------------------------------------------------------

    def problem(self, line: int, column: str, message) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append({"line": line, "column": column, "message": str(message)})

    def column_of(self, key: str) -> str:
        if key == NON_FIELD_ERRORS:
            return ""
        return self.columns.get(key, key if self.known_column(key) else "")

    def row_problems(self, error: ValidationError) -> None:
        if hasattr(error, "error_dict"):
            for key, errors in error.error_dict.items():
                for message in ValidationError(errors).messages:
                    self.problem(self.line, self.column_of(key), message)
        else:
            for message in error.messages:
                self.problem(self.line, "", message)

    def sorted_problems(self) -> list[dict]:
        return sorted(self.problems, key=lambda p: (p["line"], p["column"]))

    # -- import-export's steps ------------------------------------------------------------------------------

    def before_import_row(self, row, **kwargs):
        self.line = row[LINE]

    def import_row(self, row, instance_loader, **kwargs):
        self.line = row[LINE]
        try:
            row_result = super().import_row(row, instance_loader, **kwargs)
        except RowRefused as refused:  # raised outside import-export's own handling (after_init_instance)
            row_result = RowResult()
            row_result.import_type = RowResult.IMPORT_TYPE_INVALID
            self.problem(self.line, refused.column, refused.message)
            self.counts["invalid"] += 1
            return row_result
        if row_result.validation_error is not None:
            self.row_problems(row_result.validation_error)
        for error in row_result.errors:
            self.problem(self.line, "", messages.ROW_NOT_SAVED % {"reason": error.error})
        self.counts[row_result.import_type] += 1
        return row_result

    def get_or_init_instance(self, instance_loader, row):
        instance, new = super().get_or_init_instance(instance_loader, row)
        if not new:
            instance._import_before = {f.attribute: f.get_value(instance) for f in self.get_import_fields()}
        return instance, new

    def skip_row(self, instance, original, row, import_validation_errors=None):
        """Unchanged: an existing record whose every column in the file holds what it has already."""
        before = getattr(instance, "_import_before", None)
        if import_validation_errors or instance.pk is None or before is None:
            return False
        return all(
            field.get_value(instance) == before[field.attribute]
            for field in self.get_import_fields()
            if field.column_name in row
        )

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        errors = dict(import_validation_errors or {})
        if getattr(instance, "_import_refused", False):
            raise ValidationError(errors)
        try:
            # Uniqueness is checked within the file and against the records looked up before the rows.
            instance.full_clean(
                exclude=[*errors, *self.clean_exclude], validate_unique=False, validate_constraints=False
            )
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        try:
            self.validate_across(instance, errors)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def validate_across(self, instance, errors: dict) -> None:
        """Rules across records (raise ValidationError keyed by column); run when the row itself is valid."""

    def refuse(self, instance, column: str, message) -> None:
        """Stop at this row without reading more of the record: another partner's."""
        instance._import_refused = True
        raise ValidationError({column: str(message)})

    def summary(self) -> dict:
        return {
            "rows": sum(self.counts.values()),
            "new": self.counts[RowResult.IMPORT_TYPE_NEW],
            "updated": self.counts[RowResult.IMPORT_TYPE_UPDATE],
            "unchanged": self.counts[RowResult.IMPORT_TYPE_SKIP],
        }
