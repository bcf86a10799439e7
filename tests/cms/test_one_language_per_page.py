"""An Indonesian page says nothing in English: no English module or curriculum title, no library's English
label. The titles checked are every curriculum's and module's English title that differs from its
Indonesian one."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from certification.models import Certificate
from courses.models import CurriculumPage, ModulePage
from tests.cms.test_vocabulary import visible_text
from tests.helpers import second_factor_login

pytestmark = pytest.mark.django_db

ENGLISH_LABELS = [
    "Sign In",
    "Remember Me",
    "Log in",
    "My certification",
    "Valid until",
    "Any module",
    "Module",
]


def english_titles() -> set[str]:
    indonesian = Locale.objects.get(language_code="id")
    titles = set()
    for model in (CurriculumPage, ModulePage):
        for page in model.objects.live().filter(locale__language_code="en"):
            translated = page.get_translation_or_none(indonesian)
            if translated is not None and translated.title != page.title:
                titles.add(page.title)
    return titles


ATTRIBUTES = re.compile(r'\b(?:label|data-label|aria-label|alt|placeholder|title)="([^"]*)"')


def assert_indonesian(response, url):
    assert response.status_code == 200, url
    # What is read: the text, and the words in attributes (group labels, stacked-table labels, alt texts).
    text = visible_text(response) + " " + " ".join(ATTRIBUTES.findall(response.content.decode()))
    assert re.search(r'<html lang="id">', response.content.decode()), url
    found = [title for title in english_titles() if title in text]
    found += [label for label in ENGLISH_LABELS if re.search(rf"\b{re.escape(label)}\b", text)]
    assert found == [], (url, found)


def test_the_holders_indonesian_pages_are_in_indonesian(client):
    certificate = (
        Certificate.objects.filter(status="valid", partner__isnull=True)
        .select_related("certification__trainer")
        .first()
    )
    holder = certificate.certification.trainer
    assert_indonesian(client.get(f"/id/verify/{certificate.token}/"), "verify")
    assert_indonesian(client.get("/id/trainers/"), "registry")
    client.force_login(holder)
    for name in ("certification:dashboard", "learning:my_learning", "certification:profile"):
        with translation.override("id"):
            url = reverse(name)
        assert_indonesian(client.get(url), url)


def test_the_reviewers_indonesian_pages_are_in_indonesian(client, staff_user):
    second_factor_login(client, staff_user)
    for name in ("certification:review_queue", "certification:bulk_new"):
        with translation.override("id"):
            url = reverse(name)
        assert_indonesian(client.get(url), url)


def test_the_indonesian_login_page_is_in_indonesian(client):
    assert_indonesian(client.get("/id/accounts/login/"), "login")
