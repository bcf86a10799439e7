"""Uploaded files are checked by size and by content before anything is stored: documents and evidence
(PDF, Office, OpenDocument, text) by ``documents``, archives by their declared sizes in ``archives``,
images by decoding them in full in ``images``. The admin's image form is in ``admin_images``."""

from .archives import max_archive_uncompressed_bytes
from .documents import (
    DOCUMENT_CONTENT_MISMATCH,
    DOCUMENT_EMPTY,
    DOCUMENT_TOO_LARGE,
    DOCUMENT_UNPACKS_TOO_LARGE,
    PDF_TOO_COMPLEX,
    ContentCheck,
    document_content_check,
    document_upload_errors,
    file_extension,
    max_document_bytes,
)
from .images import ImageCheck, ImageVerdict, image_check

__all__ = [
    "DOCUMENT_CONTENT_MISMATCH",
    "DOCUMENT_EMPTY",
    "DOCUMENT_TOO_LARGE",
    "DOCUMENT_UNPACKS_TOO_LARGE",
    "PDF_TOO_COMPLEX",
    "ContentCheck",
    "ImageCheck",
    "ImageVerdict",
    "document_content_check",
    "document_upload_errors",
    "file_extension",
    "image_check",
    "max_archive_uncompressed_bytes",
    "max_document_bytes",
]
