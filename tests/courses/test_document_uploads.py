"""Documents are refused when their content does not match their name, or when they are too large."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model

from courses.uploads import document_upload_errors
from tests.helpers import second_factor_login

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def office_file(part: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(part, "<document/>")
    return buffer.getvalue()


def upload(client, core, name, content, title="Module 1 worksheet"):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": title,
            "collection": core.materials_collection_id,
            "file": SimpleUploadedFile(name, content),
        },
    )


def test_staff_upload_a_real_pdf(client, staff_user, core):
    second_factor_login(client, staff_user)
    response = upload(client, core, "worksheet.pdf", PDF)
    assert response.status_code == 302
    assert get_document_model().objects.filter(title="Module 1 worksheet").exists()


def test_a_web_page_renamed_pdf_is_refused_and_the_form_keeps_the_title(client, staff_user, core):
    second_factor_login(client, staff_user)
    response = upload(client, core, "worksheet.pdf", b"<html><script>alert(1)</script></html>")
    assert response.status_code == 200
    html = response.content.decode()
    assert "does not contain a valid PDF document" in html
    assert 'value="Module 1 worksheet"' in html
    assert not get_document_model().objects.filter(title="Module 1 worksheet").exists()


@pytest.mark.parametrize(
    ("name", "content", "accepted"),
    [
        ("guide.docx", office_file("word/document.xml"), True),
        ("guide.docx", office_file("xl/workbook.xml"), False),
        ("results.xlsx", office_file("xl/workbook.xml"), True),
        ("results.xlsx", b"PK\x03\x04 not really a zip", False),
        ("notes.txt", "Catatan pelatih — rapat harian pukul 07.45, Ibu Ni Ketut Suárez".encode(), True),
        ("notes.txt", b"\x00\x01\x02binary", False),
        ("guide.pdf", b"", False),
    ],
)
def test_content_is_checked_for_each_kind(name, content, accepted):
    errors = document_upload_errors(SimpleUploadedFile(name, content))
    assert (errors == []) is accepted, errors


def test_too_large_is_refused_with_the_limit(settings):
    settings.SCORE_MAX_DOCUMENT_UPLOAD_SIZE = 1024
    errors = document_upload_errors(SimpleUploadedFile("guide.pdf", PDF + b"0" * 2048))
    assert errors and "at most 1.0\xa0KB" in errors[0]


def test_refusal_is_translated():
    with translation.override("id"):
        errors = document_upload_errors(SimpleUploadedFile("guide.pdf", b"not a pdf"))
    assert errors and "PDF" in errors[0] and "does not contain" not in errors[0]
