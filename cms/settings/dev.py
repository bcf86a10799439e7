from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-not-secret-score-academy"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Development only (allauth refuses it unless DEBUG): the demo's staff accounts have an authenticator,
# and this code stands in for it, so `make run` can be tried without a phone. Never in production.
MFA_TOTP_INSECURE_BYPASS_CODE = "000000"
