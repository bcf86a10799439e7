"""The certificate as a PDF: A4 landscape, English and Bahasa Indonesia together, embedded DejaVu fonts
(any Latin name prints), and a QR code of the absolute verification URL."""

import io
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import zxingcpp
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from cms.site_address import site_url

from .models import Certificate, CertificateSettings, Level
from .pdf_fonts import SubsetCachingTTFont

DARK_RUN = re.compile(b"\x00+")
rl_config.useA85 = 0  # binary (compressed) streams: smaller files, and no ASCII85 pass over each stream
FONTS = Path(__file__).resolve().parent / "fonts"
BRAND = HexColor("#0b4f6c")
MUTED = HexColor("#4a5561")

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
DARK = HexColor("#1b1f24")
TEXT_WIDTH = PAGE_WIDTH - 70 * mm  # the centred lines, from 35 mm to 35 mm from the edges
CENTRE_BOTTOM = 57 * mm  # the centred lines stay above the facts, the signature image and the QR code
FACTS_LEFT = 25 * mm
QR_SIZE = 30 * mm
QR_RIGHT = PAGE_WIDTH - 25 * mm  # the QR code's right edge, and the verification lines' end
QR_BOTTOM = 24 * mm
# The signature columns: a line COLUMN_WIDTH long at SIGNATURE_LINE, centred on each x, and the name and
# caption under it, wrapped and shrunk to stay within the column and above the verification lines (whose
# text reaches 23.3 mm). The columns are 9 mm apart, and 10.5 mm from the QR code.
COLUMN_WIDTH = 56 * mm
COLUMN_CENTRES = (PAGE_WIDTH / 2 - 10 * mm, PAGE_WIDTH / 2 + 55 * mm)
SIGNATURE_LINE = 38 * mm
COLUMN_BOTTOM = 24 * mm
# The facts, left, reach no further right than 5 mm before the second column (and its signature image).
FACTS_WIDTH = COLUMN_CENTRES[1] - COLUMN_WIDTH / 2 - 5 * mm - FACTS_LEFT


@cache
def _fonts() -> None:
    for name, file in [
        ("DejaVu", "DejaVuSans.ttf"),
        ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
        ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
    ]:
        pdfmetrics.registerFont(SubsetCachingTTFont(name, str(FONTS / file)))


def verification_url(certificate: Certificate) -> str:
    """The absolute, language-neutral address that the QR code carries."""
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("certification:verify", args=[certificate.token])
    return site_url(path)


def _in(language: str, text) -> str:
    with translation.override(language):
        return str(text)


def _date(value) -> str:
    with translation.override("en"):
        english = date_format(value, "DATE_FORMAT")
    with translation.override("id"):
        indonesian = date_format(value, "DATE_FORMAT")
    return english if english == indonesian else f"{english} / {indonesian}"


# How far the text of a line reaches above and below its baseline, in font sizes: DejaVu's accented
# capitals (Á, Å) rise to 0.93 of the size, its descenders (g, p, |) fall to 0.24 below. Lines of a block
# are LEADING apart, more than the two together, so they never touch.
ASCENT = 0.93
DESCENT = 0.24
LEADING = 1.2
SMALLEST = 2  # points: a text too long to fit its box otherwise is printed this small, never outside it


@dataclass(frozen=True)
class Block:
    """Text printed centred in a box, in at most ``max_lines`` lines of at most ``size`` points: the fewest
    lines at which it fits at ``floor`` or more, at the largest size they allow; smaller than the floor
    only if it fits no other way. ``before`` is the distance from the previous block's last baseline to this
    block's first, as the design has it at full size."""

    text: str
    font: str
    size: float
    colour: object = None
    max_lines: int = 1
    floor: float | None = None
    before: float = 0


def _wrap(text: str, font: str, size: float, width: float, break_words: bool = False) -> list[str] | None:
    """The text in lines no wider than ``width``, broken between words (and within a word wider than the
    line if ``break_words``); None if a word is wider and may not be broken."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return [text]  # as it is, its spaces too
    lines = []
    for line in simpleSplit(text, font, size, width) or [""]:
        if pdfmetrics.stringWidth(line, font, size) <= width:
            lines.append(line)
        elif not break_words:
            return None
        else:
            piece = ""
            for character in line:
                if piece and pdfmetrics.stringWidth(piece + character, font, size) > width:
                    lines.append(piece)
                    piece = ""
                piece += character
            lines.append(piece)
    return lines


def _fit(text: str, font: str, size: float, width: float, max_lines: int = 1, floor: float | None = None):
    """The size and lines of the text in ``width`` as a :class:`Block` describes them."""
    floor = min(size, floor if floor is not None else size)
    first = {}  # number of lines -> the largest size with that many (sizes tried from the largest down)
    candidate = size
    while candidate >= floor:
        lines = _wrap(text, font, candidate, width)
        if lines is not None and len(lines) <= max_lines:
            if len(lines) == 1:
                return candidate, lines
            first.setdefault(len(lines), (candidate, lines))
        candidate -= 0.5
    if first:
        return first[min(first)]
    # Too long for its box at the floor: smaller, down to half the floor; then with words broken where
    # they are wider than the box (a name of one long word), down to the smallest size.
    for break_words, smallest in [(False, floor / 2), (True, SMALLEST)]:
        candidate = floor
        while candidate > smallest:
            candidate = max(smallest, candidate * 0.95)
            lines = _wrap(text, font, candidate, width, break_words)
            if lines is not None and len(lines) <= max_lines:
                return candidate, lines
    return candidate, lines[:max_lines]


def _centre(pdf, x: float, top: float, bottom: float, width: float, blocks: list[Block]) -> float:
    """Draw the blocks one under the other, centred on ``x`` in ``width``, the first one's first baseline
    at ``top``. Between two blocks the same space is left as at full size; if the stack would reach below
    ``bottom``, the blocks that wrap or shrink (those with a floor) are made smaller together until it fits.
    Returns the lowest point the text reaches."""
    fitted = [_fit(b.text, b.font, b.size, width, b.max_lines, b.floor) for b in blocks]
    # The space between one block's text and the next one's, as the design has it at full size.
    gaps = [
        block.before - (DESCENT * previous.size if previous else 0) - ASCENT * block.size
        for previous, block in zip([None, *blocks], blocks, strict=False)
    ]

    def extent(index, size, lines):  # from the block's first baseline, or its top, to its lowest point
        return (LEADING * (len(lines) - 1) + DESCENT + (ASCENT if index else 0)) * size

    flexible = [block.floor is not None for block in blocks]
    height_fixed = sum(gaps[1:]) + sum(
        extent(index, *fit) for index, fit in enumerate(fitted) if not flexible[index]
    )
    height_flexible = sum(extent(index, *fit) for index, fit in enumerate(fitted) if flexible[index])
    scale = 1.0
    if height_flexible and height_fixed + height_flexible > top - bottom:
        scale = max(0.1, (top - bottom - height_fixed) / height_flexible)
    sizes = [size * scale if flexible[index] else size for index, (size, _) in enumerate(fitted)]

    y = top
    lowest = top
    for index, (block, (_, lines), size) in enumerate(zip(blocks, fitted, sizes, strict=True)):
        if index:
            y -= DESCENT * sizes[index - 1] + gaps[index] + ASCENT * size
        pdf.setFont(block.font, size)
        if block.colour is not None:
            pdf.setFillColor(block.colour)
        for number, line in enumerate(lines):
            if number:
                y -= LEADING * size
            pdf.drawCentredString(x, y, line)
        lowest = y - DESCENT * size
    return lowest


def _line(pdf, x: float, y: float, text: str, font: str, size: float, width: float, align: str = "left"):
    """One line, shrunk if need be to be no wider than ``width``: left-aligned from ``x``, or right-aligned
    to it."""
    size, _ = _fit(text, font, size, width)
    pdf.setFont(font, size)
    (pdf.drawRightString if align == "right" else pdf.drawString)(x, y, text)


def _image(pdf, image, x, y, max_width, max_height) -> None:
    try:
        with image.open_file() as handle:
            reader = ImageReader(io.BytesIO(handle.read()))
    except (OSError, ValueError):
        return
    width, height = reader.getSize()
    scale = min(max_width / width, max_height / height)
    pdf.drawImage(reader, x, y, width * scale, height * scale, mask="auto")


def _qr_rows(text: str) -> list[bytes]:
    """The QR code's modules, row by row from the top, a zero byte for each dark one. zxing-cpp encodes it
    (error correction level M, the size the content needs); its C++ encoder is five times faster than a
    pure Python one, the largest part of the render that is different for each certificate."""
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = memoryview(barcode.to_image(scale=1, add_quiet_zones=False))
    width = image.shape[1]
    data = image.tobytes()
    return [data[start : start + width] for start in range(0, len(data), width)]


def _qr(pdf, text: str, x: float, y: float, size: float) -> None:
    """The QR code drawn as rectangles of runs of dark modules within the quiet zone of four modules the
    standard asks for: one path written as PDF operators in a literal, in module units scaled by a
    transformation (short integers: less to write and to compress)."""
    rows = _qr_rows(text)
    count = len(rows) + 8
    unit = size / count
    operators = [f"q 0 g {unit:.5f} 0 0 {unit:.5f} {x:.3f} {y:.3f} cm"]
    for row_index, row in enumerate(rows):
        bottom = count - 5 - row_index  # rows run downwards from the top of the code, inside the quiet zone
        operators.extend(
            f"{run.start() + 4} {bottom} {run.end() - run.start()} 1 re" for run in DARK_RUN.finditer(row)
        )
    operators.append("f Q")
    pdf.addLiteral("\n".join(operators))


def _curriculum(certificate: Certificate) -> str:
    """The curriculum in English and Bahasa Indonesia (once if they are the same), then the partner."""
    english, indonesian = certificate.curriculum_title, certificate.curriculum_title_id
    parts = [english, indonesian if indonesian != english else ""]
    if certificate.partner_id:
        parts.append(certificate.partner.name)
    return " · ".join(part for part in parts if part)


def render_certificate_pdf(certificate: Certificate) -> bytes:
    _fonts()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=landscape(A4), pageCompression=1)
    pdf.setTitle(f"{certificate.number} · {certificate.holder_name}")
    pdf.setAuthor("SCORE Academy")
    pdf.setSubject(certificate.module_title)

    pdf.setStrokeColor(BRAND)
    pdf.setLineWidth(3)
    pdf.rect(12 * mm, 12 * mm, PAGE_WIDTH - 24 * mm, PAGE_HEIGHT - 24 * mm)
    pdf.setLineWidth(0.8)
    pdf.rect(15 * mm, 15 * mm, PAGE_WIDTH - 30 * mm, PAGE_HEIGHT - 30 * mm)

    if certificate.partner_id and certificate.partner.logo_id:
        _image(pdf, certificate.partner.logo, PAGE_WIDTH - 65 * mm, PAGE_HEIGHT - 50 * mm, 40 * mm, 22 * mm)

    level = Level(certificate.level)
    blocks = [
        Block("SCORE Training · Indonesia", "DejaVu-Bold", 13, BRAND),
        Block("Certificate  ·  Sertifikat", "DejaVuSerif-Bold", 30, BRAND, before=13 * mm),
        Block("This certifies that  ·  Dengan ini menyatakan bahwa", "DejaVu", 12, MUTED, before=11 * mm),
        Block(certificate.holder_name, "DejaVuSerif-Bold", 28, DARK, max_lines=2, floor=18, before=16 * mm),
        Block("is certified as  ·  tersertifikasi sebagai", "DejaVu", 12, MUTED, before=11 * mm),
        Block(
            f"{_in('en', level.label)}  ·  {_in('id', level.label)}", "DejaVu-Bold", 17, BRAND, before=10 * mm
        ),
        Block(certificate.module_title, "DejaVu-Bold", 14, DARK, max_lines=3, floor=10, before=11 * mm),
    ]
    if certificate.module_title_id and certificate.module_title_id != certificate.module_title:
        blocks.append(
            Block(certificate.module_title_id, "DejaVu", 12, DARK, max_lines=3, floor=9, before=7 * mm)
        )
    if curriculum := _curriculum(certificate):
        blocks.append(Block(curriculum, "DejaVu", 11, MUTED, max_lines=4, floor=8, before=8 * mm))
    _centre(pdf, PAGE_WIDTH / 2, PAGE_HEIGHT - 38 * mm, CENTRE_BOTTOM, TEXT_WIDTH, blocks)

    pdf.setFillColor(DARK)
    facts = [
        f"Number · Nomor: {certificate.number}",
        f"Issued · Diterbitkan: {_date(certificate.issued_on)}",
        f"Valid until · Berlaku hingga: {_date(certificate.expires_on)}",
    ]
    for index, line in enumerate(facts):
        _line(pdf, FACTS_LEFT, 52 * mm - index * 5 * mm, line, "DejaVu", 9.5, FACTS_WIDTH)

    signatory = CertificateSettings.load()
    columns = [
        (certificate.certified_by_name, "Certifying Expert Trainer · Pelatih Ahli yang mensertifikasi", None),
        (signatory.signatory_name, signatory.signatory_title, signatory.signatory_signature),
    ]
    for x, (name, title, signature) in zip(COLUMN_CENTRES, columns, strict=True):
        if signature is not None:
            _image(pdf, signature, x - 22 * mm, SIGNATURE_LINE + 2 * mm, 44 * mm, 14 * mm)
        pdf.setStrokeColor(MUTED)
        pdf.line(x - COLUMN_WIDTH / 2, SIGNATURE_LINE, x + COLUMN_WIDTH / 2, SIGNATURE_LINE)
        column = [
            Block(name or "", "DejaVu-Bold", 9.5, DARK, max_lines=3, floor=7.5),
            Block(title or "", "DejaVu", 7.5, DARK, max_lines=3, floor=7, before=4 * mm),
        ]
        _centre(pdf, x, SIGNATURE_LINE - 5 * mm, COLUMN_BOTTOM, COLUMN_WIDTH, column)

    url = verification_url(certificate)
    _qr(pdf, url, QR_RIGHT - QR_SIZE, QR_BOTTOM, QR_SIZE)
    pdf.setFillColor(DARK)
    verify = "Verify · Verifikasi: " + url.split("/verify/")[0] + "/verify/"
    _line(pdf, QR_RIGHT, 21 * mm, verify, "DejaVu", 7, QR_RIGHT - FACTS_LEFT, align="right")
    _line(
        pdf,
        QR_RIGHT,
        18 * mm,
        f"Token: {certificate.token}",
        "DejaVu",
        7,
        QR_RIGHT - FACTS_LEFT,
        align="right",
    )

    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
