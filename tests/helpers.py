from django.urls import reverse


def denied(response) -> bool:
    """Wagtail answers a forbidden admin page with 403, or by sending the user back to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url in (reverse("wagtailadmin_home"), "/admin/")
    )


def second_factor_login(client, user) -> None:
    """Log in as someone who used their authenticator in this session, as the admin asks of staff.

    Gives the user a TOTP authenticator if they have none; the session then carries allauth's record
    of a second factor, as after typing a code at login.
    """
    import time

    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from allauth.mfa.utils import is_mfa_enabled

    if not is_mfa_enabled(user):
        TOTP.activate(user, generate_totp_secret())
    client.force_login(user)
    session = client.session
    session["account_authentication_methods"] = [{"method": "mfa", "at": time.time(), "type": "totp"}]
    session["account_authentication_methods_user"] = str(user.pk)
    session.save()


def sign_in(client, user) -> None:
    """Log in as allauth would leave the session: with the second factor used when the person needs one
    (programme staff, Expert Trainers, superusers), with the password alone otherwise."""
    from accounts.api import mfa_required_for

    if mfa_required_for(user):
        second_factor_login(client, user)
    else:
        client.force_login(user)


def mailed_code(mailoutbox, user) -> str:
    """The sign-in (or re-authentication) code allauth last mailed to ``user``."""
    import re

    message = mailoutbox[-1]
    assert message.to == [user.email]
    return re.search(r"^\s*([A-Z0-9-]{6,12})\s*$", message.body, re.M).group(1)


def password_and_code_login(client, user, mailoutbox, password="a-long-test-password"):
    """Sign in through allauth's pages as someone who must use a second factor and has none yet: the
    password, then the code mailed to the account (accounts.adapter)."""
    client.post(reverse("account_login"), {"login": user.email, "password": password})
    client.post(reverse("account_confirm_login_code"), {"code": mailed_code(mailoutbox, user)})
    assert client.session["_auth_user_id"] == str(user.pk)
