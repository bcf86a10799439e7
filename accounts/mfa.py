"""Who must use a second factor, and whether this session has used one."""

from datetime import UTC, datetime

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings


def mfa_required_for(user) -> bool:
    """Superusers, programme staff and Expert Trainers (by group or by a current Expert certificate) must
    use two-factor authentication."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    groups = getattr(settings, "SCORE_MFA_REQUIRED_GROUPS", [])
    if user.groups.filter(name__in=groups).exists():
        return True
    from certification.api import is_expert_trainer  # an Expert Trainer is one by certification

    return is_expert_trainer(user)


def mfa_enabled(user) -> bool:
    return user.is_authenticated and is_mfa_enabled(user)


def session_used_mfa(request) -> bool:
    """True once the person, in this session, signed in or re-confirmed with their second factor,
    or switched on their authenticator (which takes a valid code from it)."""
    records = get_authentication_records(request, request.user)
    if any(record.get("method") == "mfa" for record in records):
        return True
    if not records:
        return False
    session_start = datetime.fromtimestamp(min(record["at"] for record in records), tz=UTC)
    return Authenticator.objects.filter(
        user=request.user, type=Authenticator.Type.TOTP, created_at__gte=session_start
    ).exists()
