"""Embedded TrueType fonts whose subsets are built once and reused by every later certificate.

reportlab embeds, for each font a document uses, a subset of at most 256 glyphs: a TrueType file cut down
to those glyphs, their widths and a ToUnicode map, each compressed. It builds and compresses them again for
every document, which was about half of the time to render a certificate. The subsets depend only on the
characters in them and their order; with reportlab's "ASCII readable" subsets (the default) every printable
ASCII character has a fixed code, so certificates whose text is plain Latin share their subsets, and a name
with accents adds its letters after them. So a subset is built once, kept (a bounded cache, per font) and
written as it is into the next document that uses the same one. The PDF is the same byte for byte.
"""

import threading
import zlib
from dataclasses import dataclass

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, SUBSETN, TTFont, makeToUnicodeCMap

CACHED_SUBSETS_PER_FONT = 256


class _Formatted(pdfdoc.PDFObject):
    """A PDF object already written out (a font's widths array)."""

    def __init__(self, data: bytes):
        self.data = data

    def format(self, document) -> bytes:
        return self.data


@dataclass(frozen=True)
class _Subset:
    base_font_name: str
    widths: bytes
    to_unicode: bytes  # compressed
    font_file: bytes  # compressed
    font_file_length: int  # before compression (the PDF's Length1)


def _flate_stream(compressed: bytes, **entries) -> pdfdoc.PDFStream:
    """A stream whose content is already compressed: reportlab leaves a stream with a Filter as it is."""
    stream = pdfdoc.PDFStream(content=compressed)
    stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
    for key, value in entries.items():
        stream.dictionary[key] = value
    return stream


class SubsetCachingTTFont(TTFont):
    """A TTFont that writes each subset from a cache (see the module's note). Documents without compression
    fall back to reportlab's own way."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._subsets: dict[tuple[int, tuple[int, ...]], _Subset] = {}
        self._lock = threading.Lock()

    def _subset(self, number: int, characters: list[int]) -> _Subset:
        key = (number, tuple(characters))
        cached = self._subsets.get(key)
        if cached is not None:
            return cached
        face = self.face
        base_font_name = b"".join((SUBSETN(number), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
        font_file = face.makeSubset(characters)
        cached = _Subset(
            base_font_name=base_font_name,
            widths=pdfdoc.PDFArray([face.getCharWidth(code) for code in characters]).format(None),
            to_unicode=zlib.compress(makeToUnicodeCMap(base_font_name, characters).encode()),
            font_file=zlib.compress(font_file),
            font_file_length=len(font_file),
        )
        with self._lock:
            while len(self._subsets) >= CACHED_SUBSETS_PER_FONT:
                self._subsets.pop(next(iter(self._subsets)))
            self._subsets[key] = cached
        return cached

    def _descriptor(self, doc, subset: _Subset):
        face = self.face
        font_file = doc.Reference(
            _flate_stream(subset.font_file, Length1=subset.font_file_length),
            f"fontFile:{face.filename}({subset.base_font_name})",
        )
        descriptor = pdfdoc.PDFDictionary(
            {
                "Type": "/FontDescriptor",
                "Ascent": face.ascent,
                "CapHeight": face.capHeight,
                "Descent": face.descent,
                "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
                "FontBBox": pdfdoc.PDFArray(face.bbox),
                "FontName": pdfdoc.PDFName(subset.base_font_name),
                "ItalicAngle": face.italicAngle,
                "StemV": face.stemV,
                "FontFile2": font_file,
                "MissingWidth": face.defaultWidth,
            }
        )
        return doc.Reference(descriptor, "fontDescriptor:" + subset.base_font_name)

    def addObjects(self, doc):  # reportlab's TTFont.addObjects, with the subsets from the cache
        if not doc.compression:
            return super().addObjects(doc)
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        state.frozen = 1
        fonts = doc.idToObject["BasicFonts"].dict
        for number, characters in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(number, doc)[1:]
            subset = self._subset(number, characters)
            font = pdfdoc.PDFTrueTypeFont()
            font.Name = internal_name
            font.BaseFont = subset.base_font_name
            font.FirstChar = 0
            font.LastChar = len(characters) - 1
            font.Widths = _Formatted(subset.widths)
            font.ToUnicode = doc.Reference(
                _flate_stream(subset.to_unicode), "toUnicodeCMap:" + subset.base_font_name
            )
            font.FontDescriptor = self._descriptor(doc, subset)
            doc.Reference(font, internal_name)
            fonts[internal_name] = font
        del self.state[doc]
