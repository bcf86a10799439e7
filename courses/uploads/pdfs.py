"""A PDF is accepted when it is only a PDF: the signature at byte 0, no web page in its head and no ZIP at its
end (polyglots a browser or an unzip tool would read as something else), and a page tree pypdf can load."""

import zipfile

from pypdf import PdfReader, apply_configuration

PDF_SIGNATURE = b"%PDF-"
HEAD_BYTES = 4096  # browsers sniff the first 512 bytes; a little more costs nothing
HTML_MARKERS = (b"<html", b"<head", b"<body", b"<script", b"<!doctype", b"<svg", b"<iframe")
# A training handbook has hundreds of pages; pypdf's default (100,000 page tree entries) lets a crafted
# file of a few MB keep a worker busy for half a minute.
MAX_PAGE_TREE_ENTRIES = 10_000


def pdf_is_valid(handle) -> bool:
    """Is this file a PDF with at least one page, and nothing else besides?"""
    handle.seek(0)
    head = handle.read(HEAD_BYTES)
    if not head.startswith(PDF_SIGNATURE):
        return False
    lowered = head.lower()
    if any(marker in lowered for marker in HTML_MARKERS):
        return False
    handle.seek(0)
    if zipfile.is_zipfile(handle):
        return False
    handle.seek(0)
    return _has_pages(handle)


def _has_pages(handle) -> bool:
    try:
        with apply_configuration(page_tree_maximum_entries=MAX_PAGE_TREE_ENTRIES):
            return len(PdfReader(handle, strict=False).pages) >= 1
    except Exception:
        # pypdf raises its own PyPdfError, and on garbage also KeyError, TypeError, AttributeError,
        # RecursionError, ...: whatever it is, the file is not a PDF we can accept.
        return False
