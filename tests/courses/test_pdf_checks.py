"""A PDF's page tree is opened in a child process within memory and CPU-time limits: a crafted file
cannot take the web server's memory or time, and is refused with a message saying what to do."""

import io
import tracemalloc

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from reportlab.pdfgen import canvas

from certification.evidence import evidence_file_errors
from courses.uploads import PDF_TOO_COMPLEX, document_upload_errors
from courses.uploads.pdfs import PdfVerdict, pdf_verdict
from tests import upload_files as files

MIB = 1024 * 1024


def handbook(pages: int) -> bytes:
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer)
    for number in range(pages):
        document.drawString(72, 720, f"Modul 1, halaman {number + 1}")
        document.showPage()
    document.save()
    return buffer.getvalue()


def traced_peak(check):
    tracemalloc.start()
    try:
        result = check()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_handbook_of_hundreds_of_pages_is_accepted():
    assert pdf_verdict(io.BytesIO(handbook(400))) is PdfVerdict.VALID
    assert document_upload_errors(SimpleUploadedFile("handbook.pdf", handbook(400))) == []


def test_object_streams_that_inflate_without_end_are_refused_without_the_servers_memory(settings):
    settings.SCORE_PDF_CHECK_CPU_SECONDS = 2  # the default is 5: the same refusal, sooner
    bomb = files.pdf_object_stream_bomb()  # 600 KB on disk, 600 MiB for pypdf to count its pages
    assert len(bomb) < MIB
    errors, peak = traced_peak(lambda: document_upload_errors(SimpleUploadedFile("modul.pdf", bomb)))
    assert errors == [str(PDF_TOO_COMPLEX)]
    assert peak < 8 * MIB, peak  # in this process: the upload and the child's pipes, never pypdf's cache


def test_the_memory_limit_ends_the_check(settings):
    settings.SCORE_PDF_CHECK_CPU_SECONDS = 60
    settings.SCORE_PDF_CHECK_TIMEOUT = 120
    settings.SCORE_PDF_CHECK_MEMORY = 128 * MIB
    # 8 streams of 15 MiB: without the limit, pypdf opens it in about 14 s and calls it a PDF.
    assert pdf_verdict(io.BytesIO(files.pdf_object_stream_bomb(streams=8))) is PdfVerdict.TOO_COMPLEX


def test_one_stream_inflating_beyond_the_limit_is_refused():
    bomb = files.pdf_object_stream_bomb(streams=2, inflated=40 * MIB)
    assert pdf_verdict(io.BytesIO(bomb)) is PdfVerdict.TOO_COMPLEX


@pytest.mark.parametrize("language", ["en", "id"])
def test_evidence_gets_the_same_refusal_in_the_trainers_language(settings, language):
    settings.SCORE_PDF_CHECK_CPU_SECONDS = 1
    with translation.override(language):
        errors = evidence_file_errors(SimpleUploadedFile("kunjungan.pdf", files.pdf_object_stream_bomb()))
        assert errors == [str(PDF_TOO_COMPLEX)]
        if language == "id":
            assert "PDF" in errors[0] and "memori" in errors[0]


def test_garbage_after_the_signature_is_not_a_pdf():
    assert pdf_verdict(io.BytesIO(b"%PDF-1.7\n" + b"\x00garbage" * 1000)) is PdfVerdict.INVALID
