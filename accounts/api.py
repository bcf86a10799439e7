"""What other apps may use of accounts."""

from django.contrib.auth import get_user_model

from .mfa import mfa_enabled, mfa_required_for, session_used_mfa
from .middleware import second_factor_redirect

__all__ = [
    "mfa_enabled",
    "mfa_required_for",
    "second_factor_redirect",
    "session_used_mfa",
    "user_get_by_email",
]


def user_get_by_email(*, email: str):
    """Return the user with this e-mail address (case-insensitive), or None."""
    return get_user_model().objects.filter(email__iexact=email).first()
