"""The certificates API gives exactly the answers its OpenAPI schema documents: 200, 400, 404 and 429."""

import pytest
from django.conf import settings

from certification.http_api import BAD_TOKEN, NOT_FOUND, TOO_MANY
from cms.errors import API_BAD_REQUEST

pytestmark = pytest.mark.django_db

URL = "/api/v1/certificates/"
API_LIMIT = int(settings.SCORE_API_RATE_LIMIT.split("/")[0])


@pytest.fixture
def operation(client):
    return client.get("/api/v1/openapi.json").json()["paths"]["/api/v1/certificates/{token}"]["get"]


def test_every_answer_is_documented_with_a_schema(operation):
    assert set(operation["responses"]) == {"200", "400", "404", "429"}
    for answer in operation["responses"].values():
        assert answer["content"]["application/json"]["schema"]["$ref"].startswith("#/components/schemas/")
    assert "Retry-After" in operation["responses"]["429"]["headers"]


def test_the_token_parameter_states_what_a_token_looks_like(operation):
    (parameter,) = operation["parameters"]
    assert parameter["in"] == "path" and parameter["schema"]["pattern"] == r"^[A-Za-z0-9_-]{1,64}$"


def test_200_states_the_certificate(client, certificate):
    response = client.get(f"{URL}{certificate.token}")
    assert response.status_code == 200 and response.json()["number"] == certificate.number


def test_404_for_a_token_that_no_certificate_has(client, certificate):
    response = client.get(f"{URL}{certificate.token[:-1]}{'A' if certificate.token[-1] != 'A' else 'B'}")
    assert response.status_code == 404 and response.json() == {"detail": NOT_FOUND}


@pytest.mark.parametrize(
    "token",
    ["a" * 65, "tok%20en", "tok.en", "%C2%B2", "a%2Fb", "..", "x" * 10_000, "line%0Abreak", "token%0A"],
    ids=[
        "too-long",
        "space",
        "dot",
        "unicode-digit",
        "slash",
        "dot-dot",
        "10000",
        "line-break",
        "trailing-break",
    ],
)
def test_400_with_a_json_detail_for_what_cannot_be_a_token(client, token):
    response = client.get(f"{URL}{token}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == {"detail": BAD_TOKEN}


def test_400_with_a_json_detail_for_a_nul_byte(client):
    """Refused before the API (cms.middleware), and still answered as the schema says."""
    response = client.get(f"{URL}abc%00def")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == {"detail": API_BAD_REQUEST}


def test_429_with_retry_after_once_the_limit_is_spent(client):
    for _attempt in range(API_LIMIT):
        assert client.get(f"{URL}unknown").status_code == 404
    response = client.get(f"{URL}unknown")
    assert response.status_code == 429 and response.json() == {"detail": TOO_MANY}
    assert 0 < int(response["Retry-After"]) <= 60
