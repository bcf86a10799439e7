"""The site's own 403 and 404 pages, in the visitor's language, with DEBUG off (as in production), and no
redirect loop for a trainer who opens the admin."""

from html import escape

import pytest
from django.utils import translation

from cms.errors import ADMIN_NOT_FOR_YOU, FORBIDDEN, FORBIDDEN_TITLE, NOT_FOUND, NOT_FOUND_TITLE

pytestmark = pytest.mark.django_db


def site_page(response, title, message, language) -> bool:
    html = response.content.decode()
    with translation.override(language):
        title, message = escape(str(title)), escape(str(message))
    return (
        'class="site-header"' in html
        and f"<h1>{title}</h1>" in html
        and message in html
        and f'<html lang="{language}">' in html
    )


@pytest.mark.parametrize("language", ["en", "id"])
def test_an_unknown_certificate_token_gets_the_sites_404(client, settings, language):
    assert settings.DEBUG is False
    prefix = "" if language == "en" else "/id"
    response = client.get(f"{prefix}/verify/no-such-token-at-all/")
    assert response.status_code == 404
    assert site_page(response, NOT_FOUND_TITLE, NOT_FOUND, language)
    if language == "id":
        assert "Page not found" not in response.content.decode()


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_trainer_on_the_review_page_gets_the_sites_403(client, trainer, language):
    client.force_login(trainer)
    prefix = "" if language == "en" else "/id"
    response = client.get(f"{prefix}/review/")
    assert response.status_code == 403
    assert site_page(response, FORBIDDEN_TITLE, FORBIDDEN, language)


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_trainer_opening_the_admin_is_told_it_is_not_for_them(client, trainer, language):
    client.force_login(trainer)
    for url in ("/admin/", "/admin/pages/"):
        response = client.get(url, headers={"accept-language": language})
        assert response.status_code == 403, response.get("Location")
        assert site_page(response, FORBIDDEN_TITLE, ADMIN_NOT_FOR_YOU, language)


def test_editors_and_visitors_still_reach_the_admin_or_its_login(client, bedo_editor):
    anonymous = client.get("/admin/")
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous.url
    client.force_login(bedo_editor)
    assert client.get("/admin/").status_code == 200
