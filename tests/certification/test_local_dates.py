"""A certificate's dates are the programme's (Asia/Jakarta) wherever they are shown: printed, verified,
sent by the API. Approved at 04:22 in Jakarta is still the day before in UTC."""

import datetime as dt
import io
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from certification.api import render_certificate_pdf
from certification.certificates import certificate_issue

pytestmark = pytest.mark.django_db

# 2 August 2026, 04:22 in Jakarta (UTC+7): 1 August, 21:22 in UTC.
JUST_AFTER_MIDNIGHT = dt.datetime(2026, 8, 1, 21, 22, tzinfo=dt.UTC)


@pytest.fixture
def early_certificate(certification, expert):
    with mock.patch("django.utils.timezone.now", return_value=JUST_AFTER_MIDNIGHT):
        return certificate_issue(certification=certification, certified_by=expert)


def test_the_issue_date_is_the_local_day_and_matches_the_expiry(early_certificate):
    assert early_certificate.issued_on == dt.date(2026, 8, 2)
    assert early_certificate.expires_on == dt.date(2029, 8, 2)


def test_the_pdf_prints_the_local_day(early_certificate):
    text = "\n".join(
        page.extract_text() for page in PdfReader(io.BytesIO(render_certificate_pdf(early_certificate))).pages
    )
    assert "2 August 2026 / 2 Agustus 2026" in text and "2 August 2029 / 2 Agustus 2029" in text
    assert "1 August" not in text


@pytest.mark.parametrize(("language", "issued"), [("en", "2 August 2026"), ("id", "2 Agustus 2026")])
def test_the_verification_page_and_the_api_give_the_local_day(client, early_certificate, language, issued):
    with translation.override(language):
        url = reverse("certification:verify", args=(early_certificate.token,))
    html = client.get(url).content.decode()
    assert issued in html and "1 Agustus" not in html and "1 August" not in html
    api = client.get(f"/api/v1/certificates/{early_certificate.token}").json()
    assert api["issued_on"] == "2026-08-02"


@pytest.mark.parametrize(("language", "expected"), [("en", "2 August 2029"), ("id", "2 Agustus 2029")])
def test_one_date_style_per_language(client, early_certificate, language, expected):
    with translation.override(language):
        url = reverse("certification:verify", args=(early_certificate.token,))
    html = client.get(url).content.decode()
    assert expected in html
    assert "Aug." not in html and "Agu." not in html
