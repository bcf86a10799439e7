"""One client address for every rate limit: X-Forwarded-For counts only from the configured proxies."""

import pytest
from django.conf import settings
from django.test import RequestFactory, override_settings
from django.urls import reverse

from accounts.api import client_address
from certification import verification
from certification.views.verification import TOO_MANY

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"  # the reverse proxy, as gunicorn sees it
API_LIMIT = int(settings.SCORE_API_RATE_LIMIT.split("/")[0])  # look-ups a minute


def request_from(remote: str = "203.0.113.9", forwarded: str | None = None):
    headers = {} if forwarded is None else {"HTTP_X_FORWARDED_FOR": forwarded}
    return RequestFactory().get("/", REMOTE_ADDR=remote, **headers)


def test_by_default_the_forwarding_header_is_not_believed():
    assert client_address(request_from(forwarded="198.51.100.1")) == "203.0.113.9"


@override_settings(SCORE_TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_the_address_it_saw_counts():
    # The client wrote the left-most entry itself; the proxy appended the address it was connected from.
    request = request_from(PROXY, forwarded="192.0.2.66, 198.51.100.1")
    assert client_address(request) == "198.51.100.1"


@override_settings(SCORE_TRUSTED_PROXY_COUNT=2)
def test_behind_two_proxies_the_outer_ones_address_counts():
    request = request_from(PROXY, forwarded="192.0.2.66, 198.51.100.1, 10.0.0.1")
    assert client_address(request) == "198.51.100.1"


@override_settings(SCORE_TRUSTED_PROXY_COUNT=1)
def test_an_ipv6_address_is_written_one_way():
    assert client_address(request_from(PROXY, forwarded="2001:DB8:0:0::1")) == "2001:db8::1"


@pytest.mark.parametrize("forwarded", [None, "", "not-an-address", "198.51.100.1, ", "198.51.100.1:8080"])
@override_settings(SCORE_TRUSTED_PROXY_COUNT=1)
def test_a_missing_or_malformed_header_falls_back_to_the_connection(forwarded):
    assert client_address(request_from(PROXY, forwarded=forwarded)) == PROXY


@override_settings(SCORE_TRUSTED_PROXY_COUNT=2)
def test_a_header_shorter_than_the_proxy_chain_falls_back_to_the_connection():
    assert client_address(request_from(PROXY, forwarded="198.51.100.1")) == PROXY


def test_the_api_limit_is_not_escaped_by_a_new_forwarding_header_per_request(client):
    answers = [
        client.get("/api/v1/certificates/unknown", HTTP_X_FORWARDED_FOR=f"198.51.100.{n % 250}, 10.1.{n}.1")
        for n in range(150)
    ]
    codes = [answer.status_code for answer in answers]
    assert codes == [404] * API_LIMIT + [429] * (150 - API_LIMIT)


@override_settings(SCORE_TRUSTED_PROXY_COUNT=1)
def test_behind_the_proxy_two_clients_are_counted_apart_and_a_spoofed_entry_does_not_help(client):
    def look_up(forwarded):
        return client.get("/api/v1/certificates/unknown", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)

    assert all(look_up("198.51.100.1").status_code == 404 for _attempt in range(API_LIMIT))
    assert look_up("198.51.100.1").status_code == 429
    # The same client, claiming to be someone else in front of what the proxy appends.
    assert look_up("198.51.100.2, 198.51.100.1").status_code == 429
    assert look_up("198.51.100.2").status_code == 404  # another visitor behind the same proxy


def test_the_verification_form_limit_is_not_escaped_by_a_forwarding_header(client, monkeypatch):
    monkeypatch.setattr(verification, "_now", lambda: 1_800_000_000.0)
    for n in range(verification.LOOKUPS_PER_MINUTE["form"]):
        client.post("/verify/", {"token": "unknown"}, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
    response = client.post("/verify/", {"token": "unknown"}, HTTP_X_FORWARDED_FOR="192.0.2.1")
    assert response.status_code == 429 and str(TOO_MANY) in response.content.decode()


def test_the_failed_login_limit_is_not_escaped_by_a_forwarding_header(client):
    """allauth allows 10 failed logins a minute per address (and 5 per account): a different address
    and a different account each time must still meet the address's limit."""

    def fail(n):
        return client.post(
            reverse("account_login"),
            {"login": f"guess{n}@example.org", "password": "wrong-password"},
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}",
        )

    for n in range(10):
        assert "Too many failed login attempts" not in fail(n).content.decode()
    assert "Too many failed login attempts" in fail(10).content.decode()


@override_settings(SCORE_TRUSTED_PROXY_COUNT=1)
def test_behind_the_proxy_allauth_counts_each_visitor_apart(client):
    def fail(n, visitor):
        return client.post(
            reverse("account_login"),
            {"login": f"guess{n}@example.org", "password": "wrong-password"},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=visitor,
        )

    for n in range(10):
        fail(n, "198.51.100.1")
    assert "Too many failed login attempts" in fail(10, "192.0.2.7, 198.51.100.1").content.decode()
    assert "Too many failed login attempts" not in fail(11, "198.51.100.2").content.decode()


@override_settings(SCORE_TRUSTED_PROXY_COUNT=1)
def test_the_api_limit_counts_an_ipv6_network_not_each_address(client):
    """One subscriber holds a /64: a new address of it per request is still the same client."""
    answers = [
        client.get(
            "/api/v1/certificates/unknown", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"2001:db8:5:7::{n:x}"
        )
        for n in range(API_LIMIT + 10)
    ]
    assert [answer.status_code for answer in answers].count(429) == 10
    other = client.get(
        "/api/v1/certificates/unknown", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="2001:db8:5:8::1"
    )
    assert other.status_code == 404  # another network, its own count


def test_the_limits_key_keeps_ipv4_addresses_apart():
    from accounts.api import rate_limit_key

    assert rate_limit_key(request_from("198.51.100.1")) != rate_limit_key(request_from("198.51.100.2"))
    assert rate_limit_key(request_from("2001:db8:5:7::1")) == rate_limit_key(
        request_from("2001:db8:5:7:ffff::2")
    )
