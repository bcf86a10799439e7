"""The certificate's texts never run into each other nor off the page, however long the fields allow them
to be: every text run of the PDF, placed and measured, has a box of its own inside the page's frame."""

import io
import itertools

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from certification import pdf as certificate_pdf
from certification.api import render_certificate_pdf
from certification.models import Certificate, CertificateSettings

pytestmark = pytest.mark.django_db

FONTS = {"DejaVuSans": "DejaVu", "DejaVuSans-Bold": "DejaVu-Bold", "DejaVuSerif-Bold": "DejaVuSerif-Bold"}
# How far DejaVu's glyphs reach above and below the baseline, in font sizes (accented capitals such as Á
# rise to 0.93; descenders reach 0.24 below).
ASCENT, DESCENT = 0.93, 0.24
FRAME = 15 * mm  # the inner of the two frames (the outer one is at 12 mm)
ROUNDING = 0.01  # points: reportlab writes positions to two decimals

NAME_WORDS = [
    "Raden",
    "Ayu",
    "Siti",
    "Nurhaliza",
    "Kusumawardhani",
    "Putri",
    "Hadiningrat",
    "Soerjosoemarno",
    "Prawirodirdjo",
    "Nguyễn",
    "Thị",
    "Ánh",
    "Mangkunegara",
    "Tjokroaminoto",
    "Notosusanto",
    "Wiryawan",
    "Suryadiningrat",
    "Abdurrahman",
    "Wahyuningsih",
]
TITLE_WORDS = [
    "Programme",
    "Coordinator,",
    "SCORE",
    "Training",
    "Indonesia,",
    "International",
    "Labour",
    "Organization",
    "Country",
    "Office",
    "for",
    "Indonesia",
    "and",
    "Timor-Leste,",
    "Jakarta,",
    "Menara",
    "Thamrin",
    "Level",
    "22",
]
MODULE_WORDS = [
    "Workplace",
    "Cooperation",
    "and",
    "Continuous",
    "Improvement",
    "through",
    "Dialogue",
    "between",
    "Managers",
    "and",
    "Workers",
    "in",
    "Small",
    "and",
    "Medium",
    "Enterprises",
]
MODULE_WORDS_ID = [
    "Kerja",
    "Sama",
    "di",
    "Tempat",
    "Kerja",
    "dan",
    "Perbaikan",
    "Berkelanjutan",
    "melalui",
    "Dialog",
    "antara",
    "Manajer",
    "dan",
    "Pekerja",
    "di",
    "Usaha",
    "Kecil",
    "dan",
    "Menengah",
]
CURRICULUM_WORDS = [
    "SCORE",
    "Training:",
    "the",
    "core",
    "modules",
    "for",
    "hospitality,",
    "tourism",
    "and",
    "the",
    "creative",
    "economy",
]
CURRICULUM_WORDS_ID = [
    "Pelatihan",
    "SCORE:",
    "modul",
    "inti",
    "untuk",
    "perhotelan,",
    "pariwisata",
    "dan",
    "ekonomi",
    "kreatif",
]
PARTNER_WORDS = [
    "Yayasan",
    "Pengembangan",
    "Usaha",
    "Kecil",
    "dan",
    "Menengah",
    "Indonesia",
    "Bagian",
    "Timur",
]


def words(vocabulary, length: int) -> str:
    """Words of the vocabulary in turn, ``length`` characters exactly (the last word cut if need be)."""
    text = ""
    for word in itertools.cycle(vocabulary):
        text = f"{text} {word}" if text else word
        if len(text) >= length:
            cut = text[:length]
            return cut[:-1] + "a" if cut.endswith(" ") else cut
    raise AssertionError


def max_length(model, field: str) -> int:
    return model._meta.get_field(field).max_length


def text_runs(pdf: bytes) -> list[dict]:
    """Each run of text on the page: its text, its font and size, and the box its glyphs can fill."""
    runs = []

    def visit(text, cm, tm, font, size):
        if not text.strip() or font is None:
            return
        a, b, c, d, e, f = tm
        A, B, C, D, E, F = cm
        x, y = e * A + f * C + E, e * B + f * D + F
        scale = (a * A + b * C) or 1
        name = FONTS[str(font["/BaseFont"]).split("+")[-1]]
        text = text.strip("\n")
        width = pdfmetrics.stringWidth(text, name, size * scale)
        runs.append(
            {
                "text": text,
                "font": name,
                "size": size * scale,
                "box": (x, y - DESCENT * size * scale, x + width, y + ASCENT * size * scale),
            }
        )

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return runs


def overlap(one, other) -> bool:
    """Whether two boxes (left, bottom, right, top) share more than an edge."""
    return all(
        low + ROUNDING < high
        for low, high in [(one[0], other[2]), (other[0], one[2]), (one[1], other[3]), (other[1], one[3])]
    )


def within(inner, outer) -> bool:
    return all(
        low <= high + ROUNDING
        for low, high in [
            (outer[0], inner[0]),
            (inner[2], outer[2]),
            (outer[1], inner[1]),
            (inner[3], outer[3]),
        ]
    )


def assert_laid_out(pdf: bytes) -> list[dict]:
    """No two runs overlap, each is inside the frame, none crosses the QR code, and each signature
    column's text stays in its column."""
    runs = text_runs(pdf)
    assert len(runs) >= 15
    for one, other in itertools.combinations(runs, 2):
        assert not overlap(one["box"], other["box"]), (one, other)
    page = (FRAME, FRAME, certificate_pdf.PAGE_WIDTH - FRAME, certificate_pdf.PAGE_HEIGHT - FRAME)
    qr = (
        certificate_pdf.QR_RIGHT - certificate_pdf.QR_SIZE,
        certificate_pdf.QR_BOTTOM,
        certificate_pdf.QR_RIGHT,
        certificate_pdf.QR_BOTTOM + certificate_pdf.QR_SIZE,
    )
    columns = [
        (
            x - certificate_pdf.COLUMN_WIDTH / 2,
            certificate_pdf.COLUMN_BOTTOM,
            x + certificate_pdf.COLUMN_WIDTH / 2,
            certificate_pdf.SIGNATURE_LINE,
        )
        for x in certificate_pdf.COLUMN_CENTRES
    ]
    assert not overlap(*columns) and not any(overlap(column, qr) for column in columns)
    for run in runs:
        assert within(run["box"], page), run
        assert not overlap(run["box"], qr), run
        for column in columns:  # a run that reaches into a column's box is wholly inside it
            if overlap(run["box"], column):
                assert within(run["box"], column), run
    return runs


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def longest(certificate):
    """The certificate with every text it prints as long as its field allows."""
    certificate.holder_name = words(NAME_WORDS, max_length(Certificate, "holder_name"))
    certificate.certified_by_name = words(NAME_WORDS[3:], max_length(Certificate, "certified_by_name"))
    certificate.module_title = words(MODULE_WORDS, max_length(Certificate, "module_title"))
    certificate.module_title_id = words(MODULE_WORDS_ID, max_length(Certificate, "module_title_id"))
    certificate.curriculum_title = words(CURRICULUM_WORDS, max_length(Certificate, "curriculum_title"))
    certificate.curriculum_title_id = words(
        CURRICULUM_WORDS_ID, max_length(Certificate, "curriculum_title_id")
    )
    certificate.partner.name = words(PARTNER_WORDS, max_length(type(certificate.partner), "name"))
    settings = CertificateSettings.load()
    settings.signatory_name = words(NAME_WORDS[6:], max_length(CertificateSettings, "signatory_name"))
    settings.signatory_title = words(TITLE_WORDS, max_length(CertificateSettings, "signatory_title"))
    settings.save()
    return certificate


def test_the_longest_texts_stay_in_their_boxes(longest):
    assert len(longest.holder_name) == 150 and len(longest.module_title) == 255
    pdf = render_certificate_pdf(longest)
    runs = assert_laid_out(pdf)
    text = flat("\n".join(run["text"] for run in runs))
    settings = CertificateSettings.load()
    for whole in [
        longest.holder_name,
        longest.module_title,
        longest.module_title_id,
        f"{longest.curriculum_title} · {longest.curriculum_title_id} · {longest.partner.name}",
        longest.certified_by_name,
        settings.signatory_name,
        settings.signatory_title,
        f"Token: {longest.token}",
    ]:
        assert flat(whole) in text, whole  # wrapped, shrunk, but all of it


@pytest.mark.parametrize("length", [30, 45, 60, 90, 120])
def test_texts_of_every_length_stay_in_their_boxes(certificate, length):
    certificate.holder_name = words(NAME_WORDS, length)
    certificate.certified_by_name = words(NAME_WORDS[2:], length)
    certificate.module_title = words(MODULE_WORDS, length * 2)
    certificate.module_title_id = words(MODULE_WORDS_ID, length * 2)
    certificate.curriculum_title = words(CURRICULUM_WORDS, length * 2)
    certificate.curriculum_title_id = words(CURRICULUM_WORDS_ID, length * 2)
    settings = CertificateSettings.load()
    settings.signatory_name = words(NAME_WORDS[5:], length)
    settings.signatory_title = words(TITLE_WORDS, length + 20)
    settings.save()
    assert_laid_out(render_certificate_pdf(certificate))


def test_a_normal_certificate_prints_each_text_whole_at_its_size(certificate):
    pdf = render_certificate_pdf(certificate)
    runs = assert_laid_out(pdf)
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    settings = CertificateSettings.load()
    for whole in [
        certificate.holder_name,
        certificate.module_title,
        certificate.module_title_id,
        # The curriculum once where both languages name it alike, as HoCo's does.
        " · ".join(
            dict.fromkeys(
                [certificate.curriculum_title, certificate.curriculum_title_id, certificate.partner.name]
            )
        ),
        certificate.certified_by_name,
        settings.signatory_name,
        f"Token: {certificate.token}",
    ]:
        assert whole in text, whole  # on one line
    # The captions wrap in their columns, whole.
    for caption in ["Certifying Expert Trainer · Pelatih Ahli yang mensertifikasi", settings.signatory_title]:
        assert caption in flat(text)
    sizes = {run["text"]: run["size"] for run in runs}
    assert sizes[certificate.holder_name] == 28 and sizes[certificate.module_title] == 14
    assert sizes["Certificate  ·  Sertifikat"] == 30


def test_a_word_longer_than_its_box_still_stays_in_it(certificate):
    certificate.holder_name = "Wolfeschlegelsteinhausenbergerdorff" * 4
    certificate.certified_by_name = "Wolfeschlegelsteinhausenbergerdorff" * 4
    assert_laid_out(render_certificate_pdf(certificate))
