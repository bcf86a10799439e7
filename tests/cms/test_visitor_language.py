"""A first visit follows the browser's language; then the visitor's choice (the switcher, the trainer's
preferred language at sign-in) wins (cms.language)."""

import re
from urllib.parse import quote

import pytest
from django.conf import settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

INDONESIAN_BROWSER = {"HTTP_ACCEPT_LANGUAGE": "id-ID,id;q=0.9,en;q=0.5"}
ENGLISH_BROWSER = {"HTTP_ACCEPT_LANGUAGE": "en-GB,en;q=0.8"}


def html_lang(response) -> str:
    return re.search(r'<html lang="([a-z-]+)">', response.content.decode()).group(1)


def test_an_indonesian_browser_opening_the_login_page_reads_it_in_indonesian(client):
    response = client.get("/accounts/login/", follow=True, **INDONESIAN_BROWSER)
    assert response.redirect_chain == [("/id/accounts/login/", 302)]
    assert html_lang(response) == "id"
    assert "Masuk" in response.content.decode()


def test_an_indonesian_browser_opening_a_page_gets_its_translation_keeping_the_query(client, core, id_locale):
    translated = core.get_translation(id_locale)
    response = client.get(f"{core.url}?utm=x", **INDONESIAN_BROWSER)
    assert response.status_code == 302
    assert response.url == f"{translated.url}?utm=x"
    assert "Accept-Language" in response["Vary"] and "Cookie" in response["Vary"]


def test_an_english_browser_and_a_browser_without_a_language_read_english_at_the_root(client):
    for headers in (ENGLISH_BROWSER, {}):
        response = client.get("/", **headers)
        assert response.status_code == 200
        assert html_lang(response) == "en"
        assert "Accept-Language" in response["Vary"]


def test_a_prefixed_address_is_served_in_its_language_whatever_the_browser(client):
    response = client.get("/id/accounts/login/", **ENGLISH_BROWSER)
    assert response.status_code == 200 and html_lang(response) == "id"


def test_the_switcher_records_the_choice_which_then_beats_the_browser(client):
    home = client.get("/id/", **INDONESIAN_BROWSER)
    html = home.content.decode()
    english_link = f"{reverse('choose_language', args=['en'])}?next=/"
    assert f'href="{english_link}"' in html.replace("&amp;", "&")
    chosen = client.get(english_link, **INDONESIAN_BROWSER)
    assert chosen.status_code == 302 and chosen.url == "/"
    assert chosen.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert chosen.cookies[settings.LANGUAGE_COOKIE_NAME]["max-age"] == settings.LANGUAGE_COOKIE_AGE
    assert '<link rel="alternate" hreflang="en" href="http://testserver/">' in html
    # From now on the Indonesian browser reads the English pages it asks for ...
    response = client.get("/accounts/login/", **INDONESIAN_BROWSER)
    assert response.status_code == 200 and html_lang(response) == "en"
    # ... and choosing Indonesian again sends the unprefixed addresses to their Indonesian pages.
    client.get(f"{reverse('choose_language', args=['id'])}?next=/accounts/login/")
    assert client.get("/accounts/login/", **ENGLISH_BROWSER).url == "/id/accounts/login/"


def test_the_switcher_goes_nowhere_but_this_site(client):
    response = client.get(f"{reverse('choose_language', args=['id'])}?next=https://evil.example/")
    assert response.status_code == 302 and response.url == "/id/"
    unknown = client.get(reverse("choose_language", args=["xx"]))
    assert unknown.url == "/" and unknown.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"


def test_signing_in_switches_to_the_trainers_preferred_language(client, core_lesson, id_locale):
    # The demo trainer prefers Indonesian; they asked for the English lesson while signed out.
    response = client.get(core_lesson.url, **ENGLISH_BROWSER)
    login = client.post(
        response.url,
        {"login": "trainer@score.example", "password": "score-demo-2026"},
        follow=True,
        **ENGLISH_BROWSER,
    )
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "id"
    assert login.redirect_chain[-1][0] == core_lesson.get_translation(id_locale).url
    assert html_lang(login) == "id"


def test_posts_and_addresses_without_a_language_are_left_alone(client, trainer):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "id"
    assert client.get(reverse("certification:verify_form")).url == "/id" + reverse(
        "certification:verify_form"
    )
    # A form posted to the English address is handled there: nothing typed is lost to a redirect.
    posted = client.post("/accounts/login/", {"login": "trainer@score.example", "password": "wrong"})
    assert posted.status_code == 200
    # The admin, the API and documents have no language in their address.
    assert client.get("/api/v1/openapi.json").status_code != 302
    assert (
        client.get("/admin/").url == "/accounts/login/?next=/admin/"
    )  # Wagtail's own redirect, not /id/admin/


def test_an_address_outside_the_languages_is_never_redirected_to_itself(client, settings):
    """Percent-encoded addresses (a document named with an accent) once answered a redirect to themselves."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model()(title="Panduan é")
    document.file.save("Panduan_é.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=True)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "id"
    response = client.get(document.url, **INDONESIAN_BROWSER)
    assert response.status_code != 302 or response.url != document.url
    unknown = client.get("/i18n/choose/x%20y/", **INDONESIAN_BROWSER)
    assert unknown.status_code == 302 and unknown.url == "/"  # an unknown language: the default one


def test_the_switcher_works_before_the_second_factor(client, staff_user):
    client.force_login(staff_user)  # signed in with the password only: the rest waits for the code
    response = client.get(f"{reverse('choose_language', args=['id'])}?next=/id/")
    assert response.status_code == 302 and response.url == "/id/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "id"


def test_a_trainer_who_prefers_english_signs_in_on_an_indonesian_page_and_reads_english(client, trainer):
    trainer.trainer_profile.preferred_language = "en"
    trainer.trainer_profile.save()
    login = client.post(
        f"/id/accounts/login/?next={quote('/id/learning/')}",
        {"login": trainer.email, "password": "score-demo-2026"},
        **INDONESIAN_BROWSER,
    )
    assert login.status_code == 302 and login.url == "/learning/"
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert html_lang(client.get(login.url, **INDONESIAN_BROWSER)) == "en"


def test_an_indonesian_browser_gets_the_404_in_indonesian(client):
    response = client.get("/no-such-page-at-all/", follow=True, **INDONESIAN_BROWSER)
    assert response.status_code == 404
    assert response.redirect_chain == [("/id/no-such-page-at-all/", 302)]
    assert html_lang(response) == "id"


def test_an_editor_who_reads_indonesian_previews_the_english_page_itself(rf, core, admin_user):
    """Wagtail's preview goes through the middleware with the editor's cookies."""
    original = rf.get("/admin/", HTTP_COOKIE=f"{settings.LANGUAGE_COOKIE_NAME}=id", **INDONESIAN_BROWSER)
    original.user = admin_user
    response = core.make_preview_request(original, core.default_preview_mode)
    assert response.status_code == 200  # not a redirect to the Indonesian page
    html = (response.render() if hasattr(response, "render") else response).content.decode()
    assert core.title in html
