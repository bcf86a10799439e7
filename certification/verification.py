"""Finding a certificate for verification, and the facts shown about it. A wrong guess reveals nothing."""

import time
import unicodedata
from datetime import date

from django.core.cache import cache
from django.utils import timezone, translation
from ninja import Schema

from accounts.api import rate_limit_key

from .models import Certificate, Level

# "form": /verify/, by number and family name or by token; "token": /verify/<token>/, the QR code's link.
LOOKUPS_PER_MINUTE = {"form": 30, "token": 120}


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().replace("’", "'").strip()


def certificate_by_token(*, token: str) -> Certificate | None:
    """The certificate with this verification token, or None. One query."""
    if not token or len(token) > 64:
        return None
    return (
        Certificate.objects.select_related(
            "partner", "superseded_by__name_change", "name_change", "supersedes"
        )
        .filter(token=token)
        .first()
    )


def certificate_by_number(*, number: str, family_name: str) -> Certificate | None:
    """The certificate with this number whose holder has this family name (the last word of the name,
    or the whole of a single name), ignoring case and accents. None otherwise, whichever part was wrong."""
    certificate = (
        Certificate.objects.select_related(
            "partner", "superseded_by__name_change", "name_change", "supersedes"
        )
        .filter(number__iexact=(number or "").strip())
        .first()
    )
    if certificate is None or not family_name.strip():
        return None
    words = _plain(certificate.holder_name).split()
    wanted = _plain(family_name)
    return certificate if wanted in (words[-1], " ".join(words)) else None


def _now() -> float:
    return time.time()


def lookup_allowed(*, client_key: str, kind: str = "form") -> bool:
    """At most ``LOOKUPS_PER_MINUTE[kind]`` look-ups a minute per client and kind, counted in the shared
    cache, so that guessing numbers or tokens is slow. A sliding window: this minute's count plus the share of the last minute's that still
    falls within the past sixty seconds (a fixed window would allow twice the limit across its boundary)."""
    now = _now()
    minute, elapsed = divmod(now, 60)
    limit = LOOKUPS_PER_MINUTE[kind]
    key = f"certificate-lookups:{kind}:{client_key}:{int(minute)}"
    cache.add(key, 0, timeout=130)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, timeout=130)
        count = 1
    previous = cache.get(f"certificate-lookups:{kind}:{client_key}:{int(minute) - 1}", 0)
    return count + previous * (1 - elapsed / 60) <= limit


def client_key(request) -> str:
    """Whom a look-up counts against: the client's address, as every rate limit of the site sees it."""
    return rate_limit_key(request)


class VerificationFacts(Schema):
    """What the verification page and the API say; also the API's response schema."""

    number: str
    status: str
    status_label_en: str
    status_label_id: str
    status_changed_on: date | None
    status_reason: str
    holder: str
    level: str
    level_label_en: str
    level_label_id: str
    module: str
    module_id: str
    curriculum: str
    curriculum_id: str  # the curriculum in Bahasa Indonesia (its English title where it has no translation)
    partner: str
    issued_on: date
    expires_on: date
    certified_by: str
    superseded_by_token: str | None
    superseded_by_number: str | None
    # A change of the holder's name approved by programme staff, on the day it was approved: the
    # certificate it superseded says so (and links to the new one); the one re-issued in the new name
    # says it replaces an earlier certificate, naming neither the old name nor the old number (with the
    # number, the look-up by number and family name would open the old page).
    superseded_for_name_change_on: date | None = None
    reissued_for_name_change_on: date | None = None


def _label(choices, value, language):
    with translation.override(language):
        return str(choices(value).label)


def verification_facts(certificate: Certificate) -> VerificationFacts:
    """What the public verification page and the API say about a certificate."""
    status = certificate.effective_status
    changed = certificate.status_changed_on
    if status == Certificate.Status.EXPIRED and changed is None:
        changed = certificate.expires_on
    successor = certificate.superseded_by if certificate.status == Certificate.Status.SUPERSEDED else None
    return VerificationFacts(
        number=certificate.number,
        status=status,
        status_label_en=_label(Certificate.Status, status, "en"),
        status_label_id=_label(Certificate.Status, status, "id"),
        status_changed_on=changed,
        status_reason=certificate.status_reason if status == Certificate.Status.REVOKED else "",
        holder=certificate.holder_name,
        level=certificate.level,
        level_label_en=_label(Level, certificate.level, "en"),
        level_label_id=_label(Level, certificate.level, "id"),
        module=certificate.module_title,
        module_id=certificate.module_title_id,
        curriculum=certificate.curriculum_title,
        curriculum_id=certificate.curriculum_title_id,
        partner=certificate.partner.name if certificate.partner_id else "",
        issued_on=certificate.issued_on,
        expires_on=certificate.expires_on,
        certified_by=certificate.certified_by_name,
        superseded_by_token=successor.token if successor else None,
        superseded_by_number=successor.number if successor else None,
        superseded_for_name_change_on=_changed_on(successor.name_change if successor else None),
        reissued_for_name_change_on=_changed_on(certificate.name_change),
    )


def _changed_on(change) -> date | None:
    return timezone.localdate(change.changed_at) if change is not None else None
