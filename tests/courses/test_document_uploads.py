"""Documents are refused when their content does not match their name, when they are too large, or when
they are built to hurt whoever opens them: zip bombs, overlapping archives, PDF polyglots."""

import json
import tracemalloc

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model

from courses.uploads import DOCUMENT_CONTENT_MISMATCH, DOCUMENT_UNPACKS_TOO_LARGE, document_upload_errors
from tests import upload_files as files
from tests.helpers import second_factor_login

pytestmark = pytest.mark.django_db

TITLE = "Module 1 worksheet"
MISMATCH = str(DOCUMENT_CONTENT_MISMATCH).split("%")[0]  # "This file does not contain a valid "
UNPACKS = str(DOCUMENT_UNPACKS_TOO_LARGE).split("%")[0]  # "This file unpacks to "

HOSTILE = [
    ("worksheet.odt", files.odt_bomb, UNPACKS),
    ("worksheet.odt", files.odt_lying_bomb, MISMATCH),
    ("worksheet.docx", files.docx_bomb, UNPACKS),
    ("worksheet.docx", files.docx_ratio_bomb, MISMATCH),
    ("worksheet.docx", files.docx_overlapping, MISMATCH),
    ("worksheet.docx", files.docx_nested_deep, MISMATCH),
    ("worksheet.pdf", files.pdf_zip_polyglot, MISMATCH),
    ("worksheet.pdf", files.pdf_html_polyglot, MISMATCH),
    ("worksheet.pdf", files.pdf_zip_html_polyglot, MISMATCH),
]
VALID = [
    ("worksheet.pdf", files.pdf_bytes),
    ("worksheet.docx", files.office_file),
    ("worksheet.docx", files.docx_with_chart),
    ("worksheet.odt", files.opendocument_file),
]


def upload(client, core, name, content, title=TITLE):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": title,
            "collection": core.materials_collection_id,
            "file": SimpleUploadedFile(name, content),
        },
    )


def upload_multiple(client, core, name, content):
    return client.post(
        reverse("wagtaildocs:add_multiple"),
        {"collection": core.materials_collection_id, "files[]": SimpleUploadedFile(name, content)},
    )


@pytest.fixture
def staff_client(client, staff_user):
    second_factor_login(client, staff_user)
    return client


def stored(title=TITLE) -> bool:
    return get_document_model().objects.filter(title=title).exists()


def test_staff_upload_a_real_pdf(staff_client, core):
    response = upload(staff_client, core, "worksheet.pdf", files.pdf_bytes())
    assert response.status_code == 302
    assert stored()


def test_a_web_page_renamed_pdf_is_refused_and_the_form_keeps_the_title(staff_client, core):
    response = upload(staff_client, core, "worksheet.pdf", b"<html><script>alert(1)</script></html>")
    assert response.status_code == 200
    html = response.content.decode()
    assert "does not contain a valid PDF document" in html
    assert f'value="{TITLE}"' in html
    assert not stored()


@pytest.mark.parametrize(
    ("name", "build", "message"), HOSTILE, ids=lambda value: getattr(value, "__name__", None)
)
def test_hostile_documents_are_refused_in_the_add_view_keeping_the_title(
    staff_client, core, name, build, message
):
    response = upload(staff_client, core, name, build())
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html and f'value="{TITLE}"' in html
    assert not stored()


@pytest.mark.parametrize(
    ("name", "build", "message"), HOSTILE, ids=lambda value: getattr(value, "__name__", None)
)
def test_hostile_documents_are_refused_in_the_multiple_upload(staff_client, core, name, build, message):
    before = get_document_model().objects.count()
    response = upload_multiple(staff_client, core, name, build())
    answer = json.loads(response.content)
    assert answer["success"] is False and message in answer["error_message"]
    assert get_document_model().objects.count() == before


@pytest.mark.parametrize(("name", "build"), VALID, ids=lambda value: getattr(value, "__name__", None))
def test_real_documents_pass_both_upload_views(staff_client, core, name, build):
    assert upload(staff_client, core, name, build(), title=f"Single {build.__name__}").status_code == 302
    assert stored(f"Single {build.__name__}")
    answer = json.loads(upload_multiple(staff_client, core, name, build()).content)
    assert answer["success"] is True


@pytest.mark.parametrize(
    ("name", "content", "accepted"),
    [
        ("guide.docx", files.office_file("docx"), True),
        ("guide.docx", files.office_file("xlsx"), False),
        ("results.xlsx", files.office_file("xlsx"), True),
        ("slides.pptx", files.office_file("pptx"), True),
        ("results.xlsx", b"PK\x03\x04 not really a zip", False),
        ("notes.odt", files.opendocument_file("odt"), True),
        ("table.ods", files.opendocument_file("ods"), True),
        ("table.ods", files.opendocument_file("odt"), False),
        ("notes.txt", "Catatan pelatih — rapat harian pukul 07.45, Ibu Ni Ketut Suárez".encode(), True),
        ("notes.txt", b"\x00\x01\x02binary", False),
        ("guide.pdf", b"", False),
        ("guide.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", False),  # no page tree
    ],
)
def test_content_is_checked_for_each_kind(name, content, accepted):
    errors = document_upload_errors(SimpleUploadedFile(name, content))
    assert (errors == []) is accepted, errors


def test_a_macro_document_renamed_docx_is_refused():
    macro_type = "application/vnd.ms-word.document.macroEnabled.main+xml"
    macro = files.raw_zip(files.office_entries("docx", content_type=macro_type))
    assert MISMATCH in document_upload_errors(SimpleUploadedFile("guide.docx", macro))[0]


@pytest.mark.parametrize(
    "build",
    [files.docx_many_entries, files.docx_bzip2, files.docx_overlapping, files.docx_nested_deep],
    ids=lambda build: build.__name__,
)
def test_archives_no_office_program_writes_are_refused(build):
    assert MISMATCH in document_upload_errors(SimpleUploadedFile("guide.docx", build()))[0]


def test_a_bomb_is_refused_with_what_it_unpacks_to_and_the_limit():
    errors = document_upload_errors(SimpleUploadedFile("worksheet.docx", files.docx_bomb()))
    assert errors == [str(DOCUMENT_UNPACKS_TOO_LARGE % {"size": "1.0\xa0GB", "limit": "200.0\xa0MB"})]


def test_the_unpacked_limit_is_a_setting(settings):
    settings.SCORE_MAX_ARCHIVE_UNCOMPRESSED_SIZE = 100
    errors = document_upload_errors(SimpleUploadedFile("worksheet.docx", files.docx_with_chart()))
    assert errors and UNPACKS in errors[0] and "100\xa0bytes" in errors[0]


@pytest.mark.parametrize("build", [files.odt_bomb, files.odt_lying_bomb], ids=lambda build: build.__name__)
def test_checking_a_1_gib_odt_stays_small(build):
    upload_file = SimpleUploadedFile("worksheet.odt", build())
    tracemalloc.start()
    try:
        errors = document_upload_errors(upload_file)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert errors
    assert peak < 20 * 1024 * 1024, peak


def test_a_directory_of_many_entries_is_refused_before_it_is_read():
    """zipfile makes an object of every directory record: 200,000 fit in a 25 MB upload and take 100 MB."""
    upload_file = SimpleUploadedFile("worksheet.docx", files.docx_huge_directory())
    tracemalloc.start()
    try:
        errors = document_upload_errors(upload_file)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert MISMATCH in errors[0]
    assert peak < 5 * 1024 * 1024, peak


def test_too_large_is_refused_with_the_limit(settings):
    settings.SCORE_MAX_DOCUMENT_UPLOAD_SIZE = 1024
    errors = document_upload_errors(SimpleUploadedFile("guide.pdf", files.pdf_bytes() + b"0" * 2048))
    assert errors and "at most 1.0\xa0KB" in errors[0]


def test_refusal_is_translated():
    with translation.override("id"):
        errors = document_upload_errors(SimpleUploadedFile("guide.pdf", b"not a pdf"))
    assert errors and "PDF" in errors[0] and "does not contain" not in errors[0]


def test_an_office_file_behind_other_data_is_refused():
    """zipfile reads from the end, so a PDF or a web page with a DOCX appended would pass as a DOCX."""
    import io

    from courses.api import document_content_check
    from tests.upload_files import office_file, pdf_bytes

    genuine = office_file("docx")
    assert document_content_check("docx", io.BytesIO(genuine)).matches
    for prefix in (pdf_bytes(), b"<html><script>alert(1)</script></html>"):
        assert not document_content_check("docx", io.BytesIO(prefix + genuine)).matches


def test_a_document_without_its_file_yet_is_not_a_server_error(settings):
    """The second step of a multiple upload: the document is made before its file is attached."""
    from courses.models import MaterialDocument

    settings.WAGTAILDOCS_EXTENSIONS = ["pdf", "docx"]
    MaterialDocument(title="Pending").clean()
