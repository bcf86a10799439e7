"""The address a request came from, as every rate limit counts it (allauth's, the verification pages',
the certificates API's). A client can write any X-Forwarded-For it likes, so the header counts only for
as many proxies as the deployment says stand in front of the site (``SCORE_TRUSTED_PROXY_COUNT``), and
by default for none."""

import ipaddress

from django.conf import settings


def _forwarded_address(header: str, trusted_proxies: int) -> str | None:
    """The address that the outermost trusted proxy saw the request come from: each proxy appends the
    address it was connected from, so that one is ``trusted_proxies``-th from the right. Anything to its
    left was written by the client and is not believed. None if the header is too short or not an address."""
    addresses = [part.strip() for part in header.split(",")]
    if not header.strip() or len(addresses) < trusted_proxies:
        return None
    try:
        return str(ipaddress.ip_address(addresses[-trusted_proxies]))
    except ValueError:
        return None


def client_address(request) -> str:
    """The client's IP address: ``REMOTE_ADDR``, unless ``SCORE_TRUSTED_PROXY_COUNT`` proxies are trusted,
    in which case the address the outermost of them saw (falling back to ``REMOTE_ADDR`` when their
    X-Forwarded-For is missing, too short or malformed)."""
    remote = request.META.get("REMOTE_ADDR") or "unknown"
    trusted_proxies = settings.SCORE_TRUSTED_PROXY_COUNT
    if trusted_proxies > 0:
        forwarded = _forwarded_address(request.META.get("HTTP_X_FORWARDED_FOR", ""), trusted_proxies)
        if forwarded is not None:
            return forwarded
    return remote


def rate_limit_key(request) -> str:
    """Whom a rate limit counts a request against: the client's address, or for IPv6 the /64 network it
    is in (``SCORE_RATE_LIMIT_IPV6_PREFIX``), as allauth counts its own limits: one subscriber is given
    a whole /64 and could otherwise take a new address for every request."""
    address = client_address(request)
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(parsed, ipaddress.IPv6Address):
        prefix = getattr(settings, "SCORE_RATE_LIMIT_IPV6_PREFIX", 64)
        return str(ipaddress.IPv6Network(f"{parsed}/{prefix}", strict=False).network_address)
    return address
