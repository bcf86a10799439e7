"""The site's own name and address, one of each for every link the site writes outside a page: the QR
code and URL printed on certificates, links in emails, allauth's greeting (docs/decisions/0016).

The address is ``SCORE_SITE_URL`` (environment ``SITE_URL``): ``make run`` sets it to where it serves,
production to the site's public https address. A request's own host is not used: a certificate is
printed once and kept for years, and behind a proxy the host a request names may be an internal one.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings


def site_url(path: str = "") -> str:
    """The site's absolute address, with ``path`` (which starts with a slash) after it."""
    return settings.SCORE_SITE_URL.rstrip("/") + path


@dataclass(frozen=True)
class SiteIdentity:
    """What allauth's mails call ``current_site``: "Hello from SCORE Academy!", not from a host name."""

    name: str
    domain: str


def site_identity() -> SiteIdentity:
    return SiteIdentity(name=settings.WAGTAIL_SITE_NAME, domain=urlsplit(site_url()).netloc)
