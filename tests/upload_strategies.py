"""Hypothesis strategies for uploaded files: random bytes, random bytes behind a real signature, and real
files with a few bytes changed or cut short, which reach deeper into the parsers than noise does."""

import functools

from hypothesis import strategies as st

from tests import upload_files as files

SIGNATURES = [b"PK\x03\x04", b"PK\x05\x06", b"%PDF-1.7\n", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"RIFF"]


@functools.cache
def samples() -> dict[str, bytes]:
    """A real file for every extension the site takes."""
    return {
        "pdf": files.pdf_bytes(),
        "docx": files.docx_with_chart(),
        "xlsx": files.office_file("xlsx"),
        "pptx": files.office_file("pptx"),
        "odt": files.opendocument_file("odt"),
        "ods": files.opendocument_file("ods"),
        "odp": files.opendocument_file("odp"),
        "txt": "Catatan pelatih — Ibu Ni Ketut Suárez".encode(),
        "csv": b"enterprise,province\nPT Maju,JB\n",
        "png": files.png_bytes(size=(40, 30)),
        "jpg": files.jpeg_bytes(size=(40, 30)),
        "jpeg": files.jpeg_bytes(size=(40, 30)),
        "gif": files.image_bytes("GIF", size=(40, 30)),
        "webp": files.image_bytes("WEBP", size=(40, 30)),
    }


@st.composite
def mutated(draw, sample: bytes) -> bytes:
    data = bytearray(sample)
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        data[draw(st.integers(min_value=0, max_value=len(data) - 1))] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        data = data[: draw(st.integers(min_value=0, max_value=len(data)))]
    return bytes(data)


def file_contents(extension: str) -> st.SearchStrategy[bytes]:
    sample = samples().get(extension, b"")
    return st.one_of(
        st.binary(max_size=2048),
        st.tuples(st.sampled_from(SIGNATURES), st.binary(max_size=2048)).map(b"".join),
        mutated(sample) if sample else st.nothing(),
    )


def extension_and_contents(extensions) -> st.SearchStrategy[tuple[str, bytes]]:
    return st.sampled_from(sorted(extensions)).flatmap(
        lambda extension: st.tuples(st.just(extension), file_contents(extension))
    )
