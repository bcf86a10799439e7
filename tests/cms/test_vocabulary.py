"""One vocabulary on every page: Django's and allauth's words are the site's (locale_overrides/)."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


def visible_text(response) -> str:
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


ACCOUNT_PAGES = ["account_login", "account_signup", "account_reset_password"]


@pytest.mark.parametrize("name", ACCOUNT_PAGES)
def test_the_indonesian_account_pages_say_kata_sandi_and_anda(client, name):
    with translation.override("id"):
        url = reverse(name)
    text = visible_text(client.get(url))
    assert re.search(r"\b[Kk]ata sandi\b", text)
    assert not re.search(r"(?<![Kk]ata )\b[Ss]andi\b", text), text
    assert not re.search(r"\banda\b", text)
    assert not re.search(r"\b[Ee]-mail\b", text)
    assert "Ingat Saya" not in text


@pytest.mark.parametrize("name", ACCOUNT_PAGES)
def test_the_english_account_pages_say_log_in_in_sentence_case(client, name):
    text = visible_text(client.get(reverse(name)))
    for title_case in ("Sign In", "Sign Out", "Remember Me", "Sign Up", "Forgot Password", "E-mail"):
        assert title_case not in text, title_case


def test_the_password_rules_read_in_the_sites_words(client):
    with translation.override("id"):
        url = reverse("account_signup")
    response = client.post(
        url, {"email": "baru@score.example", "password1": "12345678", "password2": "12345678"}
    )
    text = visible_text(response)
    assert "Kata sandi ini terlalu umum." in text  # the error, as Django words it in Indonesian
    assert "Kata sandi Anda tidak boleh hanya berisi angka." in text  # the help, in the site's words
    assert not re.search(r"(?<![Kk]ata )\b[Ss]andi\b|\banda\b", text)
