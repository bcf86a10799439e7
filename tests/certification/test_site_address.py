"""Certificates and emails carry the site's own name and address (SITE_URL), not a default host."""

import io

import pytest
from django.test import override_settings
from pypdf import PdfReader

from certification.api import render_certificate_pdf
from certification.pdf import verification_url
from tests.factories import trainer_create

pytestmark = pytest.mark.django_db

ELSEWHERE = "https://score.kemnaker.example"


@override_settings(SCORE_SITE_URL=ELSEWHERE)
def test_the_printed_verification_address_is_the_sites(certificate):
    url = verification_url(certificate)
    assert url == f"{ELSEWHERE}/verify/{certificate.token}/"
    text = "\n".join(
        page.extract_text() for page in PdfReader(io.BytesIO(render_certificate_pdf(certificate))).pages
    )
    assert "score.kemnaker.example/verify/" in text.replace("\n", "")
    assert "127.0.0.1" not in text and "testserver" not in text


@override_settings(SCORE_SITE_URL=ELSEWHERE)
@pytest.mark.parametrize(
    ("language", "greeting"), [("en", "Hello from SCORE Academy!"), ("id", "Halo dari SCORE Academy!")]
)
def test_account_mails_greet_from_score_academy(client, mailoutbox, language, greeting):
    user = trainer_create()
    prefix = "" if language == "en" else "/id"
    client.post(f"{prefix}/accounts/password/reset/", {"email": user.email})
    body = mailoutbox[-1].body
    assert greeting in body
    assert "testserver" not in body.split("\n", 2)[0]
    assert "score.kemnaker.example" in body
