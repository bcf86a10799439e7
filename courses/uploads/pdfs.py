"""A PDF is accepted when it is only a PDF: the signature at byte 0, no web page in its head and no ZIP at its
end (polyglots a browser or an unzip tool would read as something else), and a page tree pypdf can load.

The page tree is opened in a child process with a memory and a CPU-time limit (``pdf_probe``): pypdf
caches every object stream it inflates, so a crafted file of 700 KB took 800 MB and 85 s to open in the
web server. Starting the probe costs about 0.1 s per uploaded PDF. See docs/decisions/0014.
"""

import enum
import logging
import subprocess
import sys
import zipfile
from pathlib import Path

from django.conf import settings

from .pdf_probe import Outcome

PDF_SIGNATURE = b"%PDF-"
HEAD_BYTES = 4096  # browsers sniff the first 512 bytes; a little more costs nothing
HTML_MARKERS = (b"<html", b"<head", b"<body", b"<script", b"<!doctype", b"<svg", b"<iframe")
# A training handbook has hundreds of pages; pypdf's default (100,000 page tree entries) lets a crafted
# file of a few MB keep a worker busy for half a minute.
MAX_PAGE_TREE_ENTRIES = 10_000
# Opening the page tree inflates object streams, which hold small objects (fonts, pages, outlines): a
# genuine one is kilobytes. Pictures are streams too, but they are not inflated to count pages.
MAX_INFLATED_STREAM = 16 * 1024 * 1024
PROBE = Path(__file__).with_name("pdf_probe.py")

logger = logging.getLogger(__name__)


class PdfVerdict(enum.Enum):
    VALID = "valid"
    INVALID = "invalid"
    TOO_COMPLEX = "too_complex"  # it may be a PDF, but opening it takes more than a server may spend


def probe_limits() -> tuple[int, int, int]:
    """Memory (bytes), CPU seconds and wall-clock seconds the page-tree probe may use."""
    return (
        getattr(settings, "SCORE_PDF_CHECK_MEMORY", 512 * 1024 * 1024),
        getattr(settings, "SCORE_PDF_CHECK_CPU_SECONDS", 5),
        getattr(settings, "SCORE_PDF_CHECK_TIMEOUT", 10),
    )


def pdf_verdict(handle) -> PdfVerdict:
    """Is this file a PDF with at least one page, and nothing else besides?"""
    handle.seek(0)
    head = handle.read(HEAD_BYTES)
    if not head.startswith(PDF_SIGNATURE):
        return PdfVerdict.INVALID
    lowered = head.lower()
    if any(marker in lowered for marker in HTML_MARKERS):
        return PdfVerdict.INVALID
    handle.seek(0)
    if zipfile.is_zipfile(handle):
        return PdfVerdict.INVALID
    handle.seek(0)
    return _page_tree_verdict(handle.read())


def pdf_is_valid(handle) -> bool:
    return pdf_verdict(handle) is PdfVerdict.VALID


def _page_tree_verdict(data: bytes) -> PdfVerdict:
    memory, cpu_seconds, timeout = probe_limits()
    arguments = (memory, cpu_seconds, MAX_PAGE_TREE_ENTRIES, MAX_INFLATED_STREAM)
    try:
        finished = subprocess.run(
            [sys.executable, "-I", str(PROBE), *map(str, arguments)],
            input=data,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return PdfVerdict.TOO_COMPLEX
    if finished.returncode == Outcome.PAGES:
        return PdfVerdict.VALID
    if finished.returncode == Outcome.NOT_A_PDF:
        return PdfVerdict.INVALID
    # Out of memory (a MemoryError, or aborted while raising one) or out of CPU time (SIGXCPU).
    out_of_limits = finished.returncode == Outcome.TOO_COMPLEX or finished.returncode < 0
    if not out_of_limits and b"MemoryError" not in finished.stderr:
        logger.error("The PDF probe failed (exit %s): %s", finished.returncode, finished.stderr[-2000:])
    return PdfVerdict.TOO_COMPLEX
