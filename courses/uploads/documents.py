"""Documents (and evidence) are checked by size and by content, not only by the name's extension: a PDF,
an Office or OpenDocument file, or UTF-8 text, each the kind its name says and nothing worse."""

from dataclasses import dataclass

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from .archives import ArchiveRefused, ArchiveTooLarge, archive_open, entry_head
from .pdfs import PdfVerdict, pdf_verdict

DOCUMENT_TOO_LARGE = _("This file is %(size)s; a document can be at most %(limit)s.")
DOCUMENT_CONTENT_MISMATCH = _(
    "This file does not contain a valid %(extension)s document, whatever its name says. "
    "Check that you chose the right file, or save it again in that format."
)
DOCUMENT_UNPACKS_TOO_LARGE = _(
    "This file unpacks to %(size)s; a document can unpack to at most %(limit)s. "
    "Make its pictures smaller, or split it into several files."
)
DOCUMENT_EMPTY = _("This file is empty.")
PDF_TOO_COMPLEX = _(
    "This PDF takes more memory or time to open than the site allows for checking an upload. Print or "
    "export it to PDF again (for instance with “Save as PDF”) and upload the new copy."
)

CONTENT_TYPES = "[Content_Types].xml"
# The main part, and the content type [Content_Types].xml must give it: a macro-enabled .docm renamed
# .docx has the part but declares another type.
OFFICE_MAIN_PARTS = {
    "docx": (
        "word/document.xml",
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    ),
    "xlsx": (
        "xl/workbook.xml",
        b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    ),
    "pptx": (
        "ppt/presentation.xml",
        b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
    ),
}
OPENDOCUMENT_TYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}
TEXT_EXTENSIONS = {"txt", "csv"}
CONTENT_TYPES_READ_LIMIT = 2 * 1024 * 1024  # a presentation of a thousand slides declares about 200 KB
MIMETYPE_READ_LIMIT = 256
TEXT_SAMPLE_BYTES = 1024 * 1024


@dataclass(frozen=True)
class ContentCheck:
    """What checking a file's content against its extension found."""

    matches: bool
    unpacked_size: int = 0  # set when an archive declares more, unpacked, than ``unpacked_limit``
    unpacked_limit: int = 0
    too_complex: bool = False  # a PDF that would take more than the check may spend to open


def max_document_bytes() -> int:
    return getattr(settings, "SCORE_MAX_DOCUMENT_UPLOAD_SIZE", 25 * 1024 * 1024)


def file_extension(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def document_content_check(extension: str, handle) -> ContentCheck:
    """Does the file hold a document of the kind its extension names? Never raises for what it holds."""
    try:
        handle.seek(0)
        if extension == "pdf":
            verdict = pdf_verdict(handle)
            return ContentCheck(verdict is PdfVerdict.VALID, too_complex=verdict is PdfVerdict.TOO_COMPLEX)
        if extension in OFFICE_MAIN_PARTS:
            return ContentCheck(_office_matches(extension, handle))
        if extension in OPENDOCUMENT_TYPES:
            return ContentCheck(_opendocument_matches(extension, handle))
        if extension in TEXT_EXTENSIONS:
            return ContentCheck(_text_matches(handle))
        return ContentCheck(False)
    except ArchiveTooLarge as error:
        return ContentCheck(False, unpacked_size=error.declared, unpacked_limit=error.limit)
    except ArchiveRefused:
        return ContentCheck(False)
    finally:
        handle.seek(0)


def _office_matches(extension: str, handle) -> bool:
    part, content_type = OFFICE_MAIN_PARTS[extension]
    with archive_open(handle) as archive:
        names = set(archive.namelist())
        if CONTENT_TYPES not in names or part not in names:
            return False
        return content_type in entry_head(archive, CONTENT_TYPES, CONTENT_TYPES_READ_LIMIT).lower()


def _opendocument_matches(extension: str, handle) -> bool:
    with archive_open(handle) as archive:
        if "mimetype" not in archive.namelist():
            return False
        return entry_head(archive, "mimetype", MIMETYPE_READ_LIMIT).strip() == OPENDOCUMENT_TYPES[extension]


def _text_matches(handle) -> bool:
    data = handle.read(TEXT_SAMPLE_BYTES)
    if b"\x00" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sample is not an error.
        return error.start >= len(data) - 3
    return True


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
    extension = file_extension(file.name)
    file.open("rb")
    check = document_content_check(extension, file)
    if check.unpacked_size:
        return [
            str(
                DOCUMENT_UNPACKS_TOO_LARGE
                % {"size": filesizeformat(check.unpacked_size), "limit": filesizeformat(check.unpacked_limit)}
            )
        ]
    if check.too_complex:
        return [str(PDF_TOO_COMPLEX)]
    if not check.matches:
        return [str(DOCUMENT_CONTENT_MISMATCH % {"extension": extension.upper() or "?"})]
    return []
