"""A server error shows the site's own page, in the visitor's language, without needing the database."""

import pytest
from django.test import override_settings
from django.urls import path

from tests.helpers import second_factor_login


def _fails(request):
    raise RuntimeError("a bug")


urlpatterns = [path("fails/", _fails)]


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__)
@pytest.mark.parametrize(
    ("language", "title"),
    [("en", "Something went wrong on our side"), ("id", "Terjadi kesalahan di pihak kami")],
)
def test_a_server_error_gets_the_sites_page(client, language, title):
    client.raise_request_exception = False
    response = client.get("/fails/", headers={"accept-language": language})
    assert response.status_code == 500
    html = response.content.decode()
    assert f"<h1>{title}</h1>" in html and "SCORE Academy" in html and 'href="/static/css/site.css"' in html
    assert f'<html lang="{language}">' in html


@pytest.mark.django_db
def test_wagtails_deliberate_error_view_uses_it_too(client, staff_user):
    second_factor_login(client, staff_user)
    client.raise_request_exception = False
    response = client.get("/admin/failwhale/")
    assert response.status_code == 500 and "Something went wrong on our side" in response.content.decode()
