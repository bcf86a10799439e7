"""The one password backend: it checks passwords only for allauth's login and re-authentication.

Any other form that calls ``django.contrib.auth.authenticate`` with a password (Wagtail's private-page
login at ``/_util/login/``, Django's admin login, a future view) gets no user, so no session is ever
opened by a password alone outside allauth's flow, which applies the second factor, email
verification and the failed-login limits. Permissions (``has_perm``) are still ModelBackend's.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from allauth.account.auth_backends import AuthenticationBackend

_inside_allauth: ContextVar[bool] = ContextVar("score_inside_allauth", default=False)


@contextmanager
def allauth_is_authenticating() -> Iterator[None]:
    token = _inside_allauth.set(True)
    try:
        yield
    finally:
        _inside_allauth.reset(token)


class AllauthOnlyBackend(AuthenticationBackend):
    def authenticate(self, request, **credentials):
        if not _inside_allauth.get():
            return None
        return super().authenticate(request, **credentials)
