"""allauth's adapter for SCORE Academy: allauth is the only way a password signs anyone in."""

from allauth.account.adapter import DefaultAccountAdapter

from .backends import allauth_is_authenticating
from .client_address import client_address


class AccountAdapter(DefaultAccountAdapter):
    def authenticate(self, request, **credentials):
        # The password backend answers only inside this call (accounts.backends): a login form that is
        # not allauth's (Wagtail's, Django's) cannot sign anyone in with a password, and so cannot skip
        # the second factor, e-mail verification or the failed-login limits.
        with allauth_is_authenticating():
            return super().authenticate(request, **credentials)

    def get_client_ip(self, request):
        # allauth's limits (login, failed logins, sign-up, reset) count per address as every other limit
        # does: X-Forwarded-For only from the configured proxies, never by default.
        return client_address(request)
