"""Uploaded documents are checked by size and by content, not only by the name's extension."""

import zipfile

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

DOCUMENT_TOO_LARGE = _("This file is %(size)s; a document can be at most %(limit)s.")
DOCUMENT_CONTENT_MISMATCH = _(
    "This file does not contain a valid %(extension)s document, whatever its name says. "
    "Check that you chose the right file, or save it again in that format."
)
DOCUMENT_EMPTY = _("This file is empty.")

OFFICE_PARTS = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "pptx": "ppt/presentation.xml"}
OPENDOCUMENT_TYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}


def max_document_bytes() -> int:
    return getattr(settings, "SCORE_MAX_DOCUMENT_UPLOAD_SIZE", 25 * 1024 * 1024)


def document_content_matches(extension: str, handle) -> bool:
    """Does the file hold a document of the kind its extension names (PDF, OOXML, ODF, UTF-8 text)?"""
    head = handle.read(8)
    handle.seek(0)
    if extension == "pdf":
        return head.startswith(b"%PDF-")
    if extension in OFFICE_PARTS or extension in OPENDOCUMENT_TYPES:
        if not zipfile.is_zipfile(handle):
            return False
        handle.seek(0)
        with zipfile.ZipFile(handle) as archive:
            names = set(archive.namelist())
            if extension in OFFICE_PARTS:
                return "[Content_Types].xml" in names and OFFICE_PARTS[extension] in names
            return "mimetype" in names and archive.read("mimetype").strip() == OPENDOCUMENT_TYPES[extension]
    if extension in {"txt", "csv"}:
        data = handle.read(1024 * 1024)
        if b"\x00" in data:
            return False
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as error:
            # A multi-byte character cut at the end of the sample is not an error.
            return error.start >= len(data) - 3
        return True
    return False


def document_upload_errors(file) -> list[str]:
    """Every reason to refuse this uploaded document, as messages for the person uploading it."""
    size = file.size
    if not size:
        return [str(DOCUMENT_EMPTY)]
    if size > max_document_bytes():
        return [
            str(
                DOCUMENT_TOO_LARGE
                % {"size": filesizeformat(size), "limit": filesizeformat(max_document_bytes())}
            )
        ]
    extension = file.name.rsplit(".", 1)[-1].lower() if "." in file.name else ""
    file.open("rb")
    try:
        file.seek(0)
        ok = document_content_matches(extension, file)
    except (zipfile.BadZipFile, OSError, KeyError):
        ok = False
    finally:
        file.seek(0)
    if not ok:
        return [str(DOCUMENT_CONTENT_MISMATCH % {"extension": extension.upper() or "?"})]
    return []
