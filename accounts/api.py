"""What other apps may use of accounts."""

from django.contrib.auth import get_user_model

from .client_address import client_address, rate_limit_key
from .mfa import mfa_enabled, mfa_required_for, session_used_mfa

__all__ = [
    "client_address",
    "mfa_enabled",
    "mfa_required_for",
    "rate_limit_key",
    "session_used_mfa",
    "user_get_by_email",
]


def user_get_by_email(*, email: str):
    """Return the user with this email address (case-insensitive), or None."""
    return get_user_model().objects.filter(email__iexact=email).first()
