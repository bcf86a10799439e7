"""The certificate as a PDF: A4 landscape, English and Bahasa Indonesia together, embedded DejaVu fonts
(any Latin name prints), and a QR code of the absolute verification URL."""

import io
import re
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
from reportlab.lib.utils import ImageReader
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


def _centre(pdf, y, text, font, size, colour=None, width=None):
    pdf.setFont(font, size)
    if colour is not None:
        pdf.setFillColor(colour)
    # Shrink a very long line (a long name or module title) to fit the page.
    while width and size > 8 and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 1
        pdf.setFont(font, size)
    pdf.drawCentredString(landscape(A4)[0] / 2, y, text)


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


def render_certificate_pdf(certificate: Certificate) -> bytes:
    _fonts()
    page_width, page_height = landscape(A4)
    text_width = page_width - 70 * mm
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=landscape(A4), pageCompression=1)
    pdf.setTitle(f"{certificate.number} · {certificate.holder_name}")
    pdf.setAuthor("SCORE Academy")
    pdf.setSubject(certificate.module_title)

    pdf.setStrokeColor(BRAND)
    pdf.setLineWidth(3)
    pdf.rect(12 * mm, 12 * mm, page_width - 24 * mm, page_height - 24 * mm)
    pdf.setLineWidth(0.8)
    pdf.rect(15 * mm, 15 * mm, page_width - 30 * mm, page_height - 30 * mm)

    level = Level(certificate.level)
    y = page_height - 38 * mm
    _centre(pdf, y, "SCORE Training · Indonesia", "DejaVu-Bold", 13, BRAND)
    _centre(pdf, y - 13 * mm, "Certificate  ·  Sertifikat", "DejaVuSerif-Bold", 30, BRAND)
    _centre(pdf, y - 24 * mm, "This certifies that  ·  Dengan ini menyatakan bahwa", "DejaVu", 12, MUTED)
    _centre(
        pdf, y - 40 * mm, certificate.holder_name, "DejaVuSerif-Bold", 28, HexColor("#1b1f24"), text_width
    )
    _centre(pdf, y - 51 * mm, "is certified as  ·  tersertifikasi sebagai", "DejaVu", 12, MUTED)
    _centre(
        pdf,
        y - 61 * mm,
        f"{_in('en', level.label)}  ·  {_in('id', level.label)}",
        "DejaVu-Bold",
        17,
        BRAND,
        text_width,
    )
    _centre(pdf, y - 72 * mm, certificate.module_title, "DejaVu-Bold", 14, HexColor("#1b1f24"), text_width)
    if certificate.module_title_id != certificate.module_title:
        _centre(pdf, y - 79 * mm, certificate.module_title_id, "DejaVu", 12, HexColor("#1b1f24"), text_width)
    curriculum = certificate.curriculum_title
    if certificate.partner_id:
        curriculum = f"{curriculum} · {certificate.partner.name}"
        if certificate.partner.logo_id:
            _image(
                pdf, certificate.partner.logo, page_width - 65 * mm, page_height - 50 * mm, 40 * mm, 22 * mm
            )
    _centre(pdf, y - 87 * mm, curriculum, "DejaVu", 11, MUTED, text_width)

    pdf.setFillColor(HexColor("#1b1f24"))
    pdf.setFont("DejaVu", 9.5)
    left = 25 * mm
    facts = [
        f"Number · Nomor: {certificate.number}",
        f"Issued · Diterbitkan: {_date(certificate.issued_on)}",
        f"Valid until · Berlaku hingga: {_date(certificate.expires_on)}",
    ]
    for index, line in enumerate(facts):
        pdf.drawString(left, 52 * mm - index * 5 * mm, line)

    signatory = CertificateSettings.load()
    columns = [
        (
            page_width / 2 - 10 * mm,
            certificate.certified_by_name,
            "Certifying Expert Trainer · Pelatih Ahli yang mensertifikasi",
            None,
        ),
        (
            page_width / 2 + 55 * mm,
            signatory.signatory_name,
            signatory.signatory_title,
            signatory.signatory_signature,
        ),
    ]
    for x, name, title, signature in columns:
        if signature is not None:
            _image(pdf, signature, x - 22 * mm, 40 * mm, 44 * mm, 14 * mm)
        pdf.setStrokeColor(MUTED)
        pdf.line(x - 28 * mm, 38 * mm, x + 28 * mm, 38 * mm)
        pdf.setFont("DejaVu-Bold", 9.5)
        pdf.drawCentredString(x, 33 * mm, name or "")
        pdf.setFont("DejaVu", 7.5)
        pdf.drawCentredString(x, 29 * mm, title or "")

    url = verification_url(certificate)
    size = 30 * mm
    _qr(pdf, url, page_width - 25 * mm - size, 24 * mm, size)
    pdf.setFont("DejaVu", 7)
    pdf.drawRightString(
        page_width - 25 * mm, 21 * mm, "Verify · Verifikasi: " + url.split("/verify/")[0] + "/verify/"
    )
    pdf.drawRightString(page_width - 25 * mm, 18 * mm, f"Token: {certificate.token}")

    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
