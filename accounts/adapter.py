"""allauth's adapter for SCORE Academy: allauth is the only way a password signs anyone in."""

from allauth.account.adapter import DefaultAccountAdapter

from cms.language import address_in, remember_language
from cms.site_address import site_identity

from .backends import allauth_is_authenticating
from .client_address import client_address
from .mfa import must_prove_mailbox_to_enrol


class AccountAdapter(DefaultAccountAdapter):
    def authenticate(self, request, **credentials):
        # The password backend answers only inside this call (accounts.backends): a login form that is
        # not allauth's (Wagtail's, Django's) cannot sign anyone in with a password, and so cannot skip
        # the second factor, email verification or the failed-login limits.
        with allauth_is_authenticating():
            return super().authenticate(request, **credentials)

    def send_mail(self, template_prefix, email, context):
        # allauth greets with the request's host ("Hello from 127.0.0.1:8000!"): the site's name instead.
        super().send_mail(template_prefix, email, {**context, "current_site": site_identity()})

    def get_client_ip(self, request):
        # allauth's limits (login, failed logins, sign-up, reset) count per address as every other limit
        # does: X-Forwarded-For only from the configured proxies, never by default.
        return client_address(request)

    def post_login(self, request, user, **kwargs):
        # From sign-in on, the site reads in the trainer's preferred language (cms.language).
        response = super().post_login(request, user, **kwargs)
        # The profile belongs to certification; read through the relation, so accounts imports nothing of it.
        profile = getattr(user, "trainer_profile", None)
        if profile is not None and profile.preferred_language:
            language = profile.preferred_language
            location = response.get("Location") if response.status_code in (301, 302) else None
            if location:
                # The page the trainer returns to, in their language (an unprefixed address would be sent on
                # by the middleware anyway; a prefixed one is served in its own language).
                translated = address_in(request, location, language)
                if translated:
                    response["Location"] = translated
            remember_language(response, language)
        return response

    def is_login_by_code_required(self, login):
        # Someone who must use a second factor and has none yet would enrol one with whatever signed them
        # in: with a password alone, a stolen password would be enough to make the attacker's
        # authenticator theirs. They confirm their mailbox with an emailed code at sign-in first
        # (docs/decisions/0011); the middleware asks the same of a session that began before the rule.
        if super().is_login_by_code_required(login):
            return True
        user = login.user
        return user is not None and must_prove_mailbox_to_enrol(self.request, user)
