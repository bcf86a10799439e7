"""The admin opens for programme staff and Expert Trainers only after their second factor."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from .mfa import mfa_enabled, mfa_required_for, session_used_mfa

MFA_SETUP_REQUIRED = _(
    "Programme staff and Expert Trainers must set up two-factor authentication before they can use "
    "the admin. Scan the code with an authenticator app and enter the code it shows."
)
MFA_CONFIRM_REQUIRED = _("Confirm it is you with a code from your authenticator app to open the admin.")
MFA_SETUP_REQUIRED_TO_DECIDE = _(
    "Reviewing and certifying trainers needs two-factor authentication. Scan the code with an "
    "authenticator app and enter the code it shows."
)
MFA_CONFIRM_REQUIRED_TO_DECIDE = _(
    "Confirm it is you with a code from your authenticator app to review and certify trainers."
)


class AdminRequiresMFAMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request):
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        if request.path.startswith(self.admin_prefix) and mfa_required_for(request.user):
            response = self._second_factor_step(request)
            if response is not None:
                return response
        return self.get_response(request)

    def _second_factor_step(self, request):
        return second_factor_redirect(request, admin=True)


def second_factor_redirect(request, *, admin: bool = False):
    """Where to send a person who must use their second factor and has not in this session; None if fine."""
    next_query = urlencode({"next": request.get_full_path()})
    if not mfa_enabled(request.user):
        messages.warning(request, MFA_SETUP_REQUIRED if admin else MFA_SETUP_REQUIRED_TO_DECIDE)
        return redirect(f"{reverse('mfa_activate_totp')}?{next_query}")
    if not session_used_mfa(request):
        messages.info(request, MFA_CONFIRM_REQUIRED if admin else MFA_CONFIRM_REQUIRED_TO_DECIDE)
        return redirect(f"{reverse('mfa_reauthenticate')}?{next_query}")
    return None
