"""Files to upload, built in the test: real documents and images, and the hostile ones an attacker sends
(zip bombs, overlapping entries, polyglots, damaged pictures). No binary fixture is committed.

Archives that lie about themselves cannot be written with zipfile, so ``raw_zip`` writes the bytes of
one by hand (PKWARE APPNOTE 4.3): local headers and data, central directory, end record.
"""

import functools
import io
import random
import struct
import zipfile
import zlib
from dataclasses import dataclass, replace

from PIL import Image
from reportlab.pdfgen import canvas

MIB = 1024 * 1024
GIB = 1024 * MIB

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
}
MAIN_PARTS = {"docx": "/word/document.xml", "xlsx": "/xl/workbook.xml", "pptx": "/ppt/presentation.xml"}
ODF_TYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}


@dataclass(frozen=True)
class RawEntry:
    name: str
    packed: bytes  # as stored in the archive: deflated, or the data itself when stored
    plain_size: int
    crc: int
    method: int = zipfile.ZIP_DEFLATED
    flags: int = 0
    # What the central directory claims, when it is not the truth:
    claimed_plain_size: int | None = None
    # Only a central directory record, pointing at the local header and data of the entry at this index:
    shares_data_of: int | None = None


def deflated_entry(name: str, data: bytes, method: int = zipfile.ZIP_DEFLATED) -> RawEntry:
    if method == zipfile.ZIP_STORED:
        packed = data
    elif method == zipfile.ZIP_BZIP2:
        import bz2

        packed = bz2.compress(data)
    else:
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        packed = compressor.compress(data) + compressor.flush()
    return RawEntry(name, packed, len(data), zlib.crc32(data), method=method)


@functools.cache
def _zeros_stream(size: int) -> tuple[bytes, int]:
    """A deflate stream of ``size`` zero bytes (a multiple of 1 MiB), without compressing them all: one
    MiB compressed and flushed (so it stands alone) repeated, then an empty final block."""
    assert size % MIB == 0
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(bytes(MIB)) + compressor.flush(zlib.Z_FULL_FLUSH)
    stream = block * (size // MIB) + zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    crc, zero_mib = 0, bytes(MIB)
    for _ in range(size // MIB):
        crc = zlib.crc32(zero_mib, crc)
    return stream, crc


def zeros_entry(name: str, size: int) -> RawEntry:
    stream, crc = _zeros_stream(size)
    return RawEntry(name, stream, size, crc)


def raw_zip(entries: list[RawEntry], claimed_count: int | None = None) -> bytes:
    body, offsets = io.BytesIO(), []
    for entry in entries:
        offsets.append(body.tell())
        if entry.shares_data_of is not None:
            continue
        name = entry.name.encode()
        body.write(
            struct.pack(
                "<IHHHHHIIIHH",
                0x04034B50,
                20,
                entry.flags,
                entry.method,
                0,
                0x21,
                entry.crc,
                len(entry.packed),
                entry.plain_size,
                len(name),
                0,
            )
            + name
            + entry.packed
        )
    directory = io.BytesIO()
    for index, entry in enumerate(entries):
        name = entry.name.encode()
        offset = offsets[index if entry.shares_data_of is None else entry.shares_data_of]
        plain_size = entry.plain_size if entry.claimed_plain_size is None else entry.claimed_plain_size
        directory.write(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                entry.flags,
                entry.method,
                0,
                0x21,
                entry.crc,
                len(entry.packed),
                plain_size,
                len(name),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + name
        )
    start, size = body.tell(), directory.tell()
    count = min(len(entries), 0xFFFF) if claimed_count is None else claimed_count
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, size, start, 0)
    return body.getvalue() + directory.getvalue() + end


def office_entries(kind: str = "docx", content_type: str = "") -> list[RawEntry]:
    types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="{MAIN_PARTS[kind]}" ContentType="{content_type or CONTENT_TYPES[kind]}"/></Types>'
    )
    return [
        deflated_entry("[Content_Types].xml", types.encode()),
        deflated_entry(MAIN_PARTS[kind].lstrip("/"), b"<document>Lembar kerja Modul 1</document>"),
    ]


def office_file(kind: str = "docx", extra: list[RawEntry] = ()) -> bytes:
    return raw_zip(office_entries(kind) + list(extra))


def opendocument_entries(kind: str = "odt") -> list[RawEntry]:
    return [
        deflated_entry("mimetype", ODF_TYPES[kind].encode(), method=zipfile.ZIP_STORED),
        deflated_entry("content.xml", b"<office:document-content/>"),
    ]


def opendocument_file(kind: str = "odt") -> bytes:
    return raw_zip(opendocument_entries(kind))


def docx_with_chart() -> bytes:
    """Word keeps a chart's data as a workbook inside the document: a nested archive that is fine."""
    return office_file(
        "docx", [deflated_entry("word/embeddings/Microsoft_Excel_Worksheet.xlsx", office_file("xlsx"))]
    )


# The attacks


def odt_bomb() -> bytes:
    """About 1 MiB whose ``mimetype`` entry says, and truly inflates to, 1 GiB."""
    return raw_zip(
        [zeros_entry("mimetype", GIB), deflated_entry("content.xml", b"<office:document-content/>")]
    )


def odt_lying_bomb() -> bytes:
    """The same 1 GiB stream, but the directory claims the 39 bytes a mimetype entry has."""
    mimetype = zeros_entry("mimetype", GIB)
    claimed = deflated_entry("mimetype", ODF_TYPES["odt"].encode())
    return raw_zip([replace(mimetype, claimed_plain_size=claimed.plain_size, crc=claimed.crc)])


def docx_bomb() -> bytes:
    """A real-looking Word document carrying a 1 GiB "picture" of zeros."""
    return office_file("docx", [zeros_entry("word/media/image1.png", GIB)])


def docx_ratio_bomb() -> bytes:
    """Well under the size limit, but 8 MiB of zeros packed into 8 KiB: no document packs like that."""
    return office_file("docx", [zeros_entry("word/media/image1.png", 8 * MIB)])


def docx_overlapping() -> bytes:
    """Fifty directory records for one compressed entry: unpacked, its data comes out fifty times. (The
    data is random, so no ratio gives it away: only where the entries lie does.)"""
    entries = office_entries("docx") + [deflated_entry("word/media/image1.png", random.randbytes(512 * 1024))]
    return raw_zip(entries + [replace(entries[-1], shares_data_of=2)] * 49)


def docx_nested_deep() -> bytes:
    """A zip in a zip in the document: the shape of the classic nested bomb."""
    inner = raw_zip([deflated_entry("layer2.zip", raw_zip([deflated_entry("layer3.txt", b"x" * 100)]))])
    return office_file("docx", [deflated_entry("word/embeddings/package.zip", inner)])


def docx_many_entries(count: int = 6000) -> bytes:
    empty = deflated_entry("customXml/item.xml", b"", method=zipfile.ZIP_STORED)
    return office_file("docx", [replace(empty, name=f"customXml/item{n}.xml") for n in range(count)])


def docx_huge_directory() -> bytes:
    """200,000 empty entries in 25 MB, while the end record counts three."""
    empty = deflated_entry("customXml/item.xml", b"", method=zipfile.ZIP_STORED)
    entries = office_entries("docx") + [replace(empty, name=f"customXml/item{n}.xml") for n in range(200_000)]
    return raw_zip(entries, claimed_count=3)


def docx_bzip2() -> bytes:
    return office_file(
        "docx", [deflated_entry("word/media/image1.png", b"data" * 100, method=zipfile.ZIP_BZIP2)]
    )


def pdf_bytes(text: str = "Laporan kunjungan") -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, text)
    page.save()
    return buffer.getvalue()


def pdf_object_stream_bomb(streams: int = 40, inflated: int = 15 * MIB) -> bytes:
    """A PDF of a few hundred KB whose pages sit in object streams that each inflate to ``inflated``
    bytes of padding: pypdf keeps every one it opens (40 x 15 MiB = 600 MiB to count the pages).
    Written by hand (ISO 32000-1, 7.5.7 object streams and 7.5.8 cross-reference streams)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets, in_stream = {}, {}
    kids = " ".join(f"{10 + i} 0 R" for i in range(streams))
    for number, body in (
        (1, "<< /Type /Catalog /Pages 2 0 R >>"),
        (2, f"<< /Type /Pages /Kids [{kids}] /Count {streams} >>"),
    ):
        offsets[number] = len(out)
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    for i in range(streams):
        header = f"{10 + i} 0 ".encode()
        page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
        packer = zlib.compressobj(9)
        data = packer.compress(header + page + b" " * (inflated - len(header) - len(page))) + packer.flush()
        number = 100 + i
        offsets[number], in_stream[10 + i] = len(out), number
        out += (
            f"{number} 0 obj\n<< /Type /ObjStm /N 1 /First {len(header)} /Length {len(data)} "
            "/Filter /FlateDecode >>\nstream\n"
        ).encode()
        out += data + b"\nendstream\nendobj\n"
    xref_number = 100 + streams
    offsets[xref_number] = len(out)
    rows = b"".join(
        b"\x01" + offsets[n].to_bytes(4, "big") + b"\x00"
        if n in offsets
        else b"\x02" + in_stream[n].to_bytes(4, "big") + b"\x00"
        if n in in_stream
        else b"\x00\x00\x00\x00\x00\xff"
        for n in range(xref_number + 1)
    )
    table = zlib.compress(rows)
    out += (
        f"{xref_number} 0 obj\n<< /Type /XRef /Size {xref_number + 1} /W [1 4 1] /Root 1 0 R "
        f"/Length {len(table)} /Filter /FlateDecode >>\nstream\n"
    ).encode()
    out += table + b"\nendstream\nendobj\n"
    out += f"startxref\n{offsets[xref_number]}\n%%EOF\n".encode()
    return bytes(out)


def pdf_zip_polyglot() -> bytes:
    """A PDF that is also a Word document to an unzip tool: the archive is appended after %%EOF."""
    return pdf_bytes() + office_file("docx")


def pdf_html_polyglot() -> bytes:
    """A PDF that is also a web page: a browser sniffing the head runs the script in the comment line."""
    return pdf_bytes().replace(b"\n", b"\n%<html><body><script>alert(document.cookie)</script>\n", 1)


def pdf_zip_html_polyglot() -> bytes:
    return pdf_html_polyglot() + office_file("docx")


def image_bytes(image_format: str, size=(200, 150), **options) -> bytes:
    buffer = io.BytesIO()
    Image.effect_noise(size, 64).convert("RGB").save(buffer, image_format, **options)
    return buffer.getvalue()


def png_bytes(size=(200, 150)) -> bytes:
    return image_bytes("PNG", size)


def png_broken_idat() -> bytes:
    """Every chunk checksum is right, but the compressed picture data inside IDAT is damaged."""
    data, position, chunks = png_bytes(), 8, []
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind, body = data[position + 4 : position + 8], data[position + 8 : position + 8 + length]
        if kind == b"IDAT":
            damaged = bytearray(body)
            for index in range(10, len(damaged), 7):
                damaged[index] ^= 0x55
            body = bytes(damaged)
        chunks.append(struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body)))
        position += 12 + length
    return data[:8] + b"".join(chunks)


def jpeg_bytes(size=(200, 150)) -> bytes:
    return image_bytes("JPEG", size, quality=90)


def jpeg_truncated() -> bytes:
    data = jpeg_bytes()
    return data[: len(data) // 2]
