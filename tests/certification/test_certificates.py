"""Issuing certificates: numbers without gaps, unguessable tokens, facts frozen, the PDF that carries them."""

import base64
import io
import re

import pypdfium2
import pytest
import zxingcpp
from django.db import transaction
from django.utils import timezone
from pypdf import PdfReader

from certification.api import render_certificate_pdf
from certification.certificates import certificate_issue
from certification.models import Certificate, Certification, Level
from certification.pdf import verification_url

pytestmark = pytest.mark.django_db


def test_numbers_follow_each_other_within_the_year(certification, expert, track, holder):
    year = timezone.localdate().year
    first = certificate_issue(certification=certification, certified_by=expert)
    expert_level = Certification.objects.create(
        trainer=holder, track=track, level=Level.EXPERT, state="certified"
    )
    second = certificate_issue(certification=expert_level, certified_by=expert)
    assert re.fullmatch(rf"SCORE-ID-{year}-\d{{6}}", first.number)
    assert int(second.number[-6:]) == int(first.number[-6:]) + 1


def test_a_failed_issue_gives_its_number_back(certification, expert):
    first = certificate_issue(certification=certification, certified_by=expert)
    with pytest.raises(RuntimeError), transaction.atomic():
        certificate_issue(certification=certification, certified_by=expert)
        raise RuntimeError("the email could not be queued")
    again = certificate_issue(certification=certification, certified_by=expert)
    assert int(again.number[-6:]) == int(first.number[-6:]) + 1


def test_tokens_carry_at_least_128_random_bits(certificate, certification, expert):
    raw = base64.urlsafe_b64decode(certificate.token + "=" * (-len(certificate.token) % 4))
    assert len(raw) * 8 >= 128
    other = certificate_issue(certification=certification, certified_by=expert)
    assert other.token != certificate.token


def test_the_certificate_freezes_what_it_says(certificate, track, id_locale):
    module = track.module
    assert certificate.holder_name == "Nguyễn Thị Ánh Nur’aini"
    assert certificate.module_title == module.title
    assert certificate.module_title_id == module.get_translation(id_locale).title
    assert certificate.module_revision_id == module.live_revision_id
    assert certificate.partner.short_name == "Pro Serve"
    assert certificate.certified_by_name == "Agus Setiawan"
    assert certificate.status == Certificate.Status.VALID
    assert certificate.expires_on.year == timezone.localdate().year + 3


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_pdf_shows_name_number_module_and_dates(certificate):
    pdf = render_certificate_pdf(certificate)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height  # A4 landscape
    text = pdf_text(pdf)
    for expected in [
        certificate.holder_name,
        certificate.number,
        certificate.module_title,
        certificate.module_title_id,
        "Certified SCORE Trainer",
        str(certificate.expires_on.year),
        certificate.issued_at.strftime("%B"),
        certificate.token,
        "Agus Setiawan",
    ]:
        assert expected in text, expected


def test_the_pdf_embeds_its_fonts(certificate):
    reader = PdfReader(io.BytesIO(render_certificate_pdf(certificate)))
    fonts = [font.get_object() for font in reader.pages[0]["/Resources"]["/Font"].values()]
    truetype = [font for font in fonts if font["/Subtype"] == "/TrueType"]
    assert {str(font["/BaseFont"]).split("+")[-1] for font in truetype} >= {"DejaVuSans", "DejaVuSerif-Bold"}
    for font in truetype:
        assert "/FontFile2" in font["/FontDescriptor"].get_object()  # the font file is inside the PDF
    # Only the defaults of reportlab's canvas and drawing states remain unembedded; no text uses them.
    assert {str(font["/BaseFont"]) for font in fonts if font not in truetype} <= {
        "/Helvetica",
        "/Times-Roman",
    }


def test_each_certificate_prints_its_own_name_when_font_subsets_are_reused(certificate):
    # The fonts' subsets are kept from one PDF to the next (certification/pdf_fonts.py): a name with other
    # letters must get its own glyphs and text, and the first name must print the same again afterwards.
    names = ["Nguyễn Thị Ánh Nur’aini", "Łukasz Đặng Øvergaard-Şahin", "Budi Santoso"]
    for name in [*names, names[0]]:
        certificate.holder_name = name
        text = pdf_text(render_certificate_pdf(certificate))
        assert name in text
        assert not any(other in text for other in names if other != name)


def test_reused_font_subsets_write_what_reportlab_itself_writes(certificate, monkeypatch):
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from certification.pdf import FONTS

    monkeypatch.setattr(rl_config, "invariant", 1)  # no timestamps: two renders can be compared
    certificate.holder_name = "Nguyễn Thị Ánh Nur’aini"
    render_certificate_pdf(certificate)
    cached = render_certificate_pdf(certificate)
    for name, file in [
        ("DejaVu", "DejaVuSans.ttf"),
        ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
        ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
    ]:
        monkeypatch.setitem(pdfmetrics._fonts, name, TTFont(name, str(FONTS / file)))
    assert render_certificate_pdf(certificate) == cached


def test_the_qr_code_holds_the_absolute_verification_url(certificate):
    page = pypdfium2.PdfDocument(render_certificate_pdf(certificate))[0]
    image = page.render(scale=3).to_pil()
    codes = zxingcpp.read_barcodes(image)
    assert [code.text for code in codes] == [verification_url(certificate)]
    assert codes[0].format == zxingcpp.BarcodeFormat.QRCode and codes[0].ec_level == "M"
    assert verification_url(certificate) == f"http://testserver/verify/{certificate.token}/"
