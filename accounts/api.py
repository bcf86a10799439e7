"""What other apps may use of accounts."""

from django.contrib.auth import get_user_model


def user_get_by_email(*, email: str):
    """Return the user with this e-mail address (case-insensitive), or None."""
    return get_user_model().objects.filter(email__iexact=email).first()
