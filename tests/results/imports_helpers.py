"""Spreadsheets built in the tests (no binary fixtures), and reading what the import pages show."""

import csv
import io
import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

MODULE = "score-core/workplace-cooperation"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def csv_upload(rows, *, name="records.csv", delimiter=",", bom=False, encoding="utf-8"):
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    data = out.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    return SimpleUploadedFile(name, data, content_type="text/csv")


def xlsx_upload(
    rows, *, name="records.xlsx", title=None, sheet_before=False, sheet_after=False, formats=None
):
    """A workbook; ``title`` merged over the first columns above the header; extra sheets before or after;
    ``formats`` {column index: number format} for the data cells."""
    workbook = Workbook()
    sheet = workbook.active
    if sheet_before:
        sheet.title = "Instructions"
        sheet.append(["Fill in the next sheet."])
        sheet = workbook.create_sheet("Data")
    if title:
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(2, len(rows[0])))
    for row in rows:
        sheet.append(row)
    if formats:
        for row in sheet.iter_rows(min_row=sheet.max_row - len(rows) + 2):
            for index, number_format in formats.items():
                row[index].number_format = number_format
    if sheet_after:
        notes = workbook.create_sheet("Notes")
        notes.append(["enterprise_code", "a note"])
    out = io.BytesIO()
    workbook.save(out)
    return SimpleUploadedFile(name, out.getvalue(), content_type=XLSX)


def upload(client, *, kind, file, partner=None):
    data = {"kind": kind, "file": file}
    if partner is not None:
        data["partner"] = partner.pk
    return client.post(reverse("results_import:new"), data)


def preview(client, **kwargs):
    """Upload and follow to the preview page."""
    response = upload(client, **kwargs)
    assert response.status_code == 302, response.content.decode()[:3000]
    return client.get(response["Location"])


def counts(response, block="rows") -> dict:
    html = response.content.decode()
    section = re.search(rf'data-counts="{block}">(.*?)</ul>', html, re.S)
    assert section, f"no counts shown; problems: {problems(response)}"
    return {
        name: int(number)
        for name, number in re.findall(r'data-count="(\w+)"><strong>(\d+)</strong>', section.group(1))
    }


def problems(response) -> list[tuple[int, str, str]]:
    """The problems as the page lists them: (line, column, message)."""
    html = response.content.decode()
    rows = re.findall(r'<tr data-line="(\d+)" data-column="([^"]*)">.*?<td>(.*?)</td>\s*</tr>', html, re.S)
    from html import unescape

    return [(int(line), column, unescape(message.strip())) for line, column, message in rows]


def confirm(client, response, django_capture_on_commit_callbacks):
    url = response.request["PATH_INFO"]
    with django_capture_on_commit_callbacks(execute=True):
        answer = client.post(url)
    assert answer.status_code == 302
    return client.get(url)
