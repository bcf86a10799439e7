"""Reading an uploaded spreadsheet into rows, whatever made it: Excel in any language, LibreOffice, a script.

- Checked first by size and by content (courses.uploads checks a workbook's zip before it is opened): an
  XLSX is a real workbook, a CSV is text in UTF-8 (with or without a byte-order mark) or Windows-1252.
- The header row is the first row, in the first 20, that names the key column: a title above it, merged
  over several cells or not, is passed over; so is a sheet without it (instructions, the template's codes).
- A CSV's separator is the one its first lines use most: ';' (Excel where the decimal mark is a comma, as
  in Indonesia), ',' or a tab. With ';' a number's decimal mark is the comma and '.' groups thousands.
- Each row keeps its line in the spreadsheet, so that every problem names the line people see.
"""

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.template.defaultfilters import filesizeformat

from courses.uploads import document_content_check, file_extension

from . import messages

HEADER_SEARCH_LINES = 20
TEXT_CONTROL_ALLOWED = {"\t", "\n", "\r", "\x1a"}  # \x1a: the end-of-file mark old DOS tools leave
EXTENSIONS = ("xlsx", "csv")


def max_import_bytes() -> int:
    return getattr(settings, "SCORE_MAX_IMPORT_UPLOAD_SIZE", 10 * 1024 * 1024)


def max_import_rows() -> int:
    return getattr(settings, "SCORE_MAX_IMPORT_ROWS", 20_000)


class ImportFileError(Exception):
    """The file cannot be read as an import: the message says why, for the person uploading it."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class Sheet:
    headers: list[str]
    rows: list[tuple[int, tuple]]  # (line in the spreadsheet, values in the headers' order)
    decimal_comma: bool = False
    epoch: datetime | None = None  # an XLSX's date system, for serial numbers in cells not formatted as dates
    header_line: int = 1
    ignored: list[str] = field(default_factory=list)


def upload_problem(file) -> str | None:
    """Why this upload cannot be an import file (None when it can be read)."""
    size = file.size
    if not size:
        return str(messages.FILE_EMPTY)
    if size > max_import_bytes():
        return str(
            messages.FILE_TOO_LARGE
            % {"size": filesizeformat(size), "limit": filesizeformat(max_import_bytes())}
        )
    extension = file_extension(file.name)
    if extension not in EXTENSIONS:
        return str(messages.FILE_WRONG_EXTENSION)
    file.seek(0)
    try:
        if extension == "xlsx":
            if not document_content_check("xlsx", file).matches:
                return str(messages.FILE_NOT_SPREADSHEET)
        elif _csv_text(file.read()) is None:
            return str(messages.FILE_NOT_SPREADSHEET)
    finally:
        file.seek(0)
    return None


def _csv_text(data: bytes) -> str | None:
    """The CSV's text, or None when it is not text (a PDF or a picture renamed .csv)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data or data.startswith(b"%PDF"):
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            return None
    if any(char < " " and char not in TEXT_CONTROL_ALLOWED for char in text):
        return None
    return text


def normalise_header(value) -> str:
    """``Enterprise code`` → ``enterprise_code``; ``KPI: labour_productivity`` → ``kpi:LABOUR_PRODUCTIVITY``."""
    text = str(value if value is not None else "").replace("\ufeff", "").strip()
    if ":" in text:
        prefix, _sep, code = text.partition(":")
        return f"{prefix.strip().lower()}:{code.strip().upper()}"
    return "_".join(text.lower().replace("-", " ").split())


def sheet_read(file, *, name: str, key_column: str) -> Sheet:
    """The rows of the import file (raises ImportFileError with the reason it cannot be read)."""
    extension = file_extension(name)
    file.seek(0)
    if extension == "xlsx":
        return _xlsx_read(file, key_column=key_column)
    text = _csv_text(file.read())
    if text is None:
        raise ImportFileError(str(messages.FILE_NOT_SPREADSHEET))
    return _csv_read(text, key_column=key_column)


def _separator(text: str) -> str:
    sample = text.splitlines()[:HEADER_SEARCH_LINES]
    counts = {sep: sum(line.count(sep) for line in sample) for sep in (";", ",", "\t")}
    return max(counts, key=lambda sep: counts[sep]) if any(counts.values()) else ","


def _csv_read(text: str, *, key_column: str) -> Sheet:
    separator = _separator(text)
    records = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    sheet = _rows_to_sheet(enumerate(records, 1), key_column=key_column)
    sheet.decimal_comma = separator == ";"
    return sheet


def _xlsx_read(file, *, key_column: str) -> Sheet:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(file, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a broken workbook
        raise ImportFileError(str(messages.FILE_NOT_SPREADSHEET)) from error
    try:
        for worksheet in workbook.worksheets:
            if not hasattr(worksheet, "iter_rows"):  # a chart sheet
                continue
            worksheet.reset_dimensions()  # some writers declare a wrong size; read what is there
            try:
                sheet = _rows_to_sheet(
                    enumerate(worksheet.iter_rows(min_row=1, values_only=True), 1), key_column=key_column
                )
            except _NoHeader:
                continue
            sheet.epoch = workbook.epoch
            return sheet
    finally:
        workbook.close()
    raise ImportFileError(str(messages.FILE_NO_HEADER % {"column": key_column, "lines": HEADER_SEARCH_LINES}))


class _NoHeader(ImportFileError):
    pass


def _is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _rows_to_sheet(numbered_rows, *, key_column: str) -> Sheet:
    headers = None
    header_line = 0
    rows = []
    limit = max_import_rows()
    for line, values in numbered_rows:
        if headers is None:
            if line > HEADER_SEARCH_LINES:
                break
            names = [normalise_header(value) for value in values]
            if key_column in names:
                while names and not names[-1]:
                    names.pop()
                headers, header_line = names, line
            continue
        if all(_is_blank(value) for value in values):
            continue
        values = tuple(values[: len(headers)])
        if len(values) < len(headers):
            values += (None,) * (len(headers) - len(values))
        rows.append((line, values))
        if len(rows) > limit:
            raise ImportFileError(
                str(messages.FILE_TOO_MANY_ROWS % {"count": f"{limit:,}+", "limit": f"{limit:,}"})
            )
    if headers is None:
        raise _NoHeader(str(messages.FILE_NO_HEADER % {"column": key_column, "lines": HEADER_SEARCH_LINES}))
    if not rows:
        raise ImportFileError(str(messages.FILE_NO_ROWS))
    return Sheet(headers=headers, rows=rows, header_line=header_line)
