"""The second factor, in one place: people who must use it reach nothing but their own account pages
until they have, and nobody manages a second factor without using it.

Programme staff and Expert Trainers see other people's records (evidence, certificates, enterprises,
drafts): every view of the site, the admin, the documents and the API is behind this rule, so a new view
cannot forget it. See docs/decisions/0011.
"""

from django.contrib import messages
from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from .mfa import mfa_enabled, mfa_required_for, must_prove_mailbox_to_enrol, session_used_mfa

MFA_SETUP_REQUIRED = _(
    "Programme staff and Expert Trainers must set up two-factor authentication before they can use "
    "the admin. Scan the code with an authenticator app and enter the code it shows."
)
MFA_CONFIRM_REQUIRED = _("Confirm it is you with a code from your authenticator app to open the admin.")
MFA_SETUP_REQUIRED_SITE = _(
    "Programme staff and Expert Trainers see other people's records, so they must set up two-factor "
    "authentication first. Scan the code with an authenticator app and enter the code it shows."
)
MFA_CONFIRM_REQUIRED_SITE = _(
    "Programme staff and Expert Trainers see other people's records: confirm it is you with a code from "
    "your authenticator app to continue."
)
MFA_TO_MANAGE_MFA = _(
    "Changing your email address, your password or your two-factor authentication needs your second "
    "factor: enter a code from your authenticator app (or a recovery code) first."
)
MAILBOX_PROOF_REQUIRED = _(
    "Programme staff and Expert Trainers use two-factor authentication. Before it is set up, or this "
    "account's email address or password changes, confirm that the account is yours with the code we "
    "send to your email address."
)

# What a person who must use a second factor may open before they have: signing in and out, their own
# account's email and password, setting up or typing the second factor, the language switch.
OPEN_BEFORE_SECOND_FACTOR = frozenset(
    {
        "account_login",
        "account_logout",
        "account_inactive",
        "account_signup",
        "account_reauthenticate",
        "account_request_reauthentication_code",
        "account_confirm_reauthentication_code",
        "account_email",
        "account_email_verification_sent",
        "account_confirm_email",
        "account_change_password",
        "account_set_password",
        "account_reset_password",
        "account_reset_password_done",
        "account_reset_password_from_key",
        "account_reset_password_from_key_done",
        "account_confirm_login_code",
        "mfa_index",
        "mfa_authenticate",
        "mfa_reauthenticate",
        "mfa_activate_totp",
        "set_language",
        "choose_language",
    }
)
# Views that show, replace or remove a second factor: only after using it in this session. Otherwise a
# password (re-typed at allauth's re-authentication) would be enough to mint recovery codes.
# The email address and the password recover an account: once someone has a second factor, changing
# them takes it too, or a password-only session (opened before they enrolled) could take the account over.
MANAGES_SECOND_FACTOR = frozenset(
    {
        "mfa_deactivate_totp",
        "mfa_view_recovery_codes",
        "mfa_generate_recovery_codes",
        "mfa_download_recovery_codes",
        "account_email",
        "account_change_password",
        "account_set_password",
    }
)
# Views that would make a password-only session the owner of an account that must use a second factor and
# has none yet: enrolling an authenticator, changing the email address or the password. They take a code
# sent to the account's mailbox first (allauth's re-authentication by code).
ENROLS_OR_RECOVERS = frozenset(
    {"mfa_activate_totp", "account_email", "account_change_password", "account_set_password"}
)
# Public resources every page loads (the partners' accent colours): a redirect answering one would use up
# the page's messages, and on allauth's set-up page would make it draw a new secret behind the QR code.
PUBLIC_RESOURCES = frozenset({"partner_accents_css"})


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or session_used_mfa(request):
            return None
        name = request.resolver_match.url_name if request.resolver_match else None
        if name in PUBLIC_RESOURCES:
            return None
        if name in MANAGES_SECOND_FACTOR and mfa_enabled(user):
            messages.info(request, MFA_TO_MANAGE_MFA)
            return redirect(f"{reverse('mfa_reauthenticate')}?{urlencode({'next': request.get_full_path()})}")
        if name in ENROLS_OR_RECOVERS and must_prove_mailbox_to_enrol(request, user):
            messages.info(request, MAILBOX_PROOF_REQUIRED)
            next_query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('account_request_reauthentication_code')}?{next_query}")
        if name in OPEN_BEFORE_SECOND_FACTOR or not mfa_required_for(user):
            return None
        if request.headers.get("Sec-Fetch-Dest", "document") not in ("document", "iframe"):
            # A script's or a stylesheet's request: refuse it, without a redirect that would use up the
            # page's messages (or, on the set-up page, draw a new secret behind its QR code).
            return HttpResponseForbidden()
        return second_factor_redirect(request)


def second_factor_redirect(request):
    """Where to send a person who must use their second factor and has not in this session."""
    admin_prefix = reverse("wagtailadmin_home")
    admin = request.path.startswith(admin_prefix)
    next_query = urlencode({"next": request.get_full_path()})
    if not mfa_enabled(request.user):
        set_up = f"{reverse('mfa_activate_totp')}?{next_query}"
        if must_prove_mailbox_to_enrol(request, request.user):
            # Straight to the emailed code, then the set-up (a session that began before the rule).
            messages.warning(request, MAILBOX_PROOF_REQUIRED)
            return redirect(
                f"{reverse('account_request_reauthentication_code')}?{urlencode({'next': set_up})}"
            )
        messages.warning(request, MFA_SETUP_REQUIRED if admin else MFA_SETUP_REQUIRED_SITE)
        return redirect(set_up)
    messages.info(request, MFA_CONFIRM_REQUIRED if admin else MFA_CONFIRM_REQUIRED_SITE)
    return redirect(f"{reverse('mfa_reauthenticate')}?{next_query}")
