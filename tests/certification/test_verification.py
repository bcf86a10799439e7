"""Public verification: by token or by number and family name, the HTML page and the JSON API."""

from datetime import timedelta

import pytest
from django.utils import timezone

from certification import verification
from certification.certificates import certificate_issue
from certification.models import Certificate
from certification.views.verification import NOT_FOUND, TOO_MANY

pytestmark = pytest.mark.django_db


def test_a_valid_certificate_verifies(client, certificate):
    response = client.get(f"/verify/{certificate.token}/")
    html = response.content.decode()
    assert response.status_code == 200
    for fact in [
        certificate.number,
        certificate.holder_name,
        certificate.module_title,
        "Valid",
        "Agus Setiawan",
    ]:
        assert fact in html
    assert "This certificate is genuine and in force." in html


def test_verification_in_indonesian(client, certificate):
    html = client.get(f"/id/verify/{certificate.token}/").content.decode()
    assert certificate.module_title_id in html and '<html lang="id">' in html


def test_a_revoked_certificate_still_verifies_as_revoked(client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        status="revoked",
        status_changed_at=timezone.now(),
        status_reason="Evidence was not the trainer's own.",
    )
    html = client.get(f"/verify/{certificate.token}/").content.decode()
    assert "Revoked" in html and "Evidence was not the trainer&#x27;s own." in html


def test_a_superseded_certificate_points_to_its_successor(client, certificate, certification, expert):
    successor = certificate_issue(
        certification=certification, certified_by=expert, holder_name="Nguyễn Thị Ánh"
    )
    Certificate.objects.filter(pk=certificate.pk).update(status="superseded", superseded_by=successor)
    html = client.get(f"/verify/{certificate.token}/").content.decode()
    assert "Superseded" in html and f'href="/verify/{successor.token}/"' in html


def test_a_certificate_past_its_date_shows_expired(client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=timezone.localdate() - timedelta(days=1))
    assert "Expired on" in client.get(f"/verify/{certificate.token}/").content.decode()


def test_an_unknown_token_is_not_found(client, certificate):
    assert client.get(f"/verify/{certificate.token[:-2]}xx/").status_code == 404


@pytest.mark.parametrize("family_name", ["Nur’aini", "nur'aini", "NUR’AINI"])
def test_number_and_family_name_find_the_certificate(client, certificate, family_name):
    response = client.post("/verify/", {"number": certificate.number.lower(), "family_name": family_name})
    assert response.status_code == 302 and response.url == f"/verify/{certificate.token}/"


@pytest.mark.parametrize("field, value", [("family_name", "Setiawan"), ("number", "SCORE-ID-1999-000001")])
def test_a_wrong_guess_says_not_found_and_nothing_else(client, certificate, field, value):
    data = {"number": certificate.number, "family_name": "Nur’aini", field: value}
    response = client.post("/verify/", data)
    html = response.content.decode()
    assert response.status_code == 404
    assert str(NOT_FOUND).replace("'", "&#x27;") in html
    assert certificate.holder_name not in html and certificate.token not in html


def test_the_form_asks_for_a_token_or_a_number_and_name(client):
    response = client.post("/verify/", {"number": "SCORE-ID-2026-000001"})
    assert response.status_code == 200
    assert "Enter the token, or the number together with the holder" in response.content.decode()


def test_look_ups_are_rate_limited(client, certificate, monkeypatch):
    clock = [1_800_000_000.0 + 55]  # five seconds before a minute ends
    monkeypatch.setattr(verification, "_now", lambda: clock[0])

    def look_up():
        return client.post("/verify/", {"token": certificate.token})

    for _attempt in range(verification.LOOKUPS_PER_MINUTE["form"]):
        assert look_up().status_code == 302
    response = look_up()
    assert response.status_code == 429 and str(TOO_MANY) in response.content.decode()
    # Ten seconds later a new minute has begun, but most of the last one's look-ups still count: a burst
    # gets only a few more through, not another thirty.
    clock[0] += 10
    assert sum(look_up().status_code == 302 for _attempt in range(30)) < 5
    clock[0] += 120  # after two quiet minutes
    assert look_up().status_code == 302


def test_token_pages_allow_more_look_ups_than_the_form_and_count_apart(client, certificate, monkeypatch):
    monkeypatch.setattr(verification, "_now", lambda: 1_800_000_000.0)
    for _attempt in range(30):
        client.post("/verify/", {"number": "SCORE-ID-2026-999999", "family_name": "X"})
    assert client.post("/verify/", {"token": certificate.token}).status_code == 429
    url = f"/verify/{certificate.token}/"  # the form's limit is used up; the QR link still answers
    assert all(client.get(url).status_code == 200 for _attempt in range(120))
    assert client.get(url).status_code == 429


def test_the_api_states_the_same_facts(client, certificate):
    data = client.get(f"/api/v1/certificates/{certificate.token}").json()
    assert data["number"] == certificate.number and data["status"] == "valid"
    assert data["holder"] == certificate.holder_name and data["module_id"] == certificate.module_title_id
    assert data["expires_on"] == certificate.expires_on.isoformat()
    assert client.get("/api/v1/certificates/nope").status_code == 404


def test_the_api_is_documented_by_an_openapi_schema(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    operation = schema["paths"]["/api/v1/certificates/{token}"]["get"]
    assert set(operation["responses"]) >= {"200", "404"}
