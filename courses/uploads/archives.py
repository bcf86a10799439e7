"""ZIP-based documents (OOXML, OpenDocument) are judged by what their central directory declares before
anything is inflated: a zip bomb is refused for what it claims. The few entries read are read with a hard
limit, and zipfile stops at an entry's declared size, so a claim that lies is cut short too."""

import struct
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings

MIB = 1024 * 1024
# Deflated XML and pictures stay well below 100:1; a zip bomb is above 1000:1. Parts under 1 MiB may
# compress better (a run of empty cells) and cannot add up to much.
MAX_RATIO = 100
RATIO_APPLIES_FROM = MIB
# A central directory record is 46 bytes and a name; 256 per entry leaves room for long names.
DIRECTORY_BYTES_PER_ENTRY = 256
# Office keeps a chart's workbook or an embedded document as an archive inside the document: one level
# of that is an ordinary file, a second level is a nested zip bomb.
MAX_NESTING = 1
MAX_NESTED_ARCHIVE_BYTES = 20 * MIB
SUPPORTED_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}  # all that OOXML and ODF allow
ARCHIVE_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
LOCAL_HEADER_BYTES = 30
ENCRYPTED_FLAG = 0x1
UTF8_NAME_FLAG = 0x800
COPY_CHUNK = 64 * 1024

# What zipfile and zlib raise on a malformed archive.
ARCHIVE_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    KeyError,
    ValueError,
    struct.error,
    NotImplementedError,
    RuntimeError,
    OverflowError,
)


class ArchiveRefused(Exception):
    """The file is not an archive a document is made of: malformed, or packed to blow up when unpacked."""


class ArchiveTooLarge(ArchiveRefused):
    """The archive declares more, unpacked, than the limit allows."""

    def __init__(self, *, declared: int, limit: int):
        super().__init__(f"declares {declared} bytes unpacked, more than {limit}")
        self.declared = declared
        self.limit = limit


def max_archive_uncompressed_bytes() -> int:
    return getattr(settings, "SCORE_MAX_ARCHIVE_UNCOMPRESSED_SIZE", 200 * MIB)


def max_archive_entries() -> int:
    return getattr(settings, "SCORE_MAX_ARCHIVE_ENTRIES", 5000)


@dataclass
class _Budget:
    """What is left to unpack, shared by an archive and the archives inside it."""

    remaining: int
    limit: int


@contextmanager
def archive_open(handle) -> Iterator[zipfile.ZipFile]:
    """The archive in ``handle``, opened once its declared sizes, ratios and layout show it is safe.

    Raises ``ArchiveTooLarge`` or ``ArchiveRefused``; nothing but a few bytes of each entry is inflated
    (and an archive inside it, within a limit, to check it the same way).
    """
    limit = max_archive_uncompressed_bytes()
    try:
        archive = _checked_archive(handle, budget=_Budget(remaining=limit, limit=limit), depth=0)
    except ARCHIVE_ERRORS as error:
        raise ArchiveRefused(str(error)) from error
    with archive:
        yield archive


def entry_head(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """At most ``limit`` bytes of an entry, inflated: the only way a check reads an entry's content."""
    try:
        with archive.open(name) as entry:
            return entry.read(limit)
    except ARCHIVE_ERRORS as error:
        raise ArchiveRefused(str(error)) from error


def _checked_archive(handle, *, budget: _Budget, depth: int) -> zipfile.ZipFile:
    # zipfile reads an archive from its end and accepts anything in front of it: a PDF or a web page with
    # an Office file appended would pass. A real document starts with its first entry, at byte 0.
    handle.seek(0)
    if handle.read(4) != b"PK\x03\x04":
        raise ArchiveRefused("data before the archive")
    handle.seek(0)
    _check_directory_size(handle)
    archive = zipfile.ZipFile(handle)
    try:
        infos = archive.infolist()
        if not infos or min(info.header_offset for info in infos) != 0:
            raise ArchiveRefused("data before the first entry")
        if len(infos) > max_archive_entries():
            raise ArchiveRefused(f"{len(infos)} entries")
        _check_declared_sizes(infos, budget)
        _check_layout(infos, directory_start=archive.start_dir)
        _check_nested_archives(archive, infos, budget=budget, depth=depth)
    except BaseException:
        archive.close()
        raise
    return archive


def _check_directory_size(handle) -> None:
    # ZipFile turns every central directory record into an object before we can look at one: a 25 MB
    # upload could hold half a million. The end record says how big the directory is; read it with the
    # function ZipFile itself uses (zip64 included), so what is checked is exactly what ZipFile will read.
    end = zipfile._EndRecData(handle)
    if end is None:
        raise ArchiveRefused("no end of central directory")
    entries, size = end[zipfile._ECD_ENTRIES_TOTAL], end[zipfile._ECD_SIZE]
    if entries > max_archive_entries() or size > max_archive_entries() * DIRECTORY_BYTES_PER_ENTRY:
        raise ArchiveRefused(f"central directory of {entries} entries, {size} bytes")


def _check_declared_sizes(infos: list[zipfile.ZipInfo], budget: _Budget) -> None:
    for info in infos:
        if info.compress_type not in SUPPORTED_METHODS or info.flag_bits & ENCRYPTED_FLAG:
            raise ArchiveRefused(f"{info.filename}: method {info.compress_type}, flags {info.flag_bits}")
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise ArchiveRefused(f"{info.filename}: stored sizes differ")
        # Deflate never grows data by more than a few bytes per block: more packed than that is a lie.
        if info.compress_size > info.file_size + info.file_size // 100 + 1024:
            raise ArchiveRefused(f"{info.filename}: packed larger than unpacked")
    total_plain = sum(info.file_size for info in infos)
    budget.remaining -= total_plain
    if budget.remaining < 0:
        raise ArchiveTooLarge(declared=budget.limit - budget.remaining, limit=budget.limit)
    for info in infos:
        if _ratio_too_high(info.file_size, info.compress_size):
            raise ArchiveRefused(f"{info.filename}: ratio {info.file_size}:{info.compress_size}")
    if _ratio_too_high(total_plain, sum(info.compress_size for info in infos)):
        raise ArchiveRefused("packed too tightly for a document")


def _ratio_too_high(plain: int, packed: int) -> bool:
    return plain > RATIO_APPLIES_FROM and plain > packed * MAX_RATIO


def _check_layout(infos: list[zipfile.ZipInfo], *, directory_start: int) -> None:
    """Entries lie one after the other, before the central directory. Overlapping entries are how a small
    file unpacks many times over: many names for the same compressed data."""
    spans = sorted(
        (info.header_offset, info.header_offset + LOCAL_HEADER_BYTES + _name_bytes(info) + info.compress_size)
        for info in infos
    )
    previous_end = 0
    for start, end in spans:
        if start < previous_end:
            raise ArchiveRefused(f"entries overlap at {start}")
        previous_end = end
    if previous_end > directory_start:
        raise ArchiveRefused("an entry runs into the central directory")


def _name_bytes(info: zipfile.ZipInfo) -> int:
    return len(info.orig_filename.encode("utf-8" if info.flag_bits & UTF8_NAME_FLAG else "cp437"))


def _check_nested_archives(archive, infos, *, budget: _Budget, depth: int) -> None:
    for info in infos:
        if info.file_size < len(ARCHIVE_SIGNATURES[0]):
            continue
        with archive.open(info) as entry:
            if entry.read(len(ARCHIVE_SIGNATURES[0])) not in ARCHIVE_SIGNATURES:
                continue
        if depth >= MAX_NESTING or info.file_size > MAX_NESTED_ARCHIVE_BYTES:
            raise ArchiveRefused(f"{info.filename}: archive nested too deep or too large")
        with _inflated(archive, info, limit=MAX_NESTED_ARCHIVE_BYTES) as inner_handle:
            _checked_archive(inner_handle, budget=budget, depth=depth + 1).close()


@contextmanager
def _inflated(archive: zipfile.ZipFile, info: zipfile.ZipInfo, *, limit: int):
    # In memory up to a few MiB, on disk beyond: an embedded workbook is usually small.
    with tempfile.SpooledTemporaryFile(max_size=4 * MIB) as target:
        copied = 0
        with archive.open(info) as entry:
            while chunk := entry.read(COPY_CHUNK):
                copied += len(chunk)
                if copied > limit:
                    raise ArchiveRefused(f"{info.filename}: inflates beyond {limit}")
                target.write(chunk)
        target.seek(0)
        yield target
