import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret-score-academy"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# One media folder per test process, so parallel workers never share files.
MEDIA_ROOT = Path(tempfile.gettempdir()) / "score-academy-test-media" / str(os.getpid())
STORAGES = {  # noqa: F405
    **STORAGES,  # noqa: F405
    "private": {
        "BACKEND": "cms.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": MEDIA_ROOT.parent / f"private-{os.getpid()}"},
    },
}
SCORE_SITE_URL = "http://testserver"
WAGTAILADMIN_BASE_URL = SCORE_SITE_URL

# Static files straight from the app folders, no collectstatic needed in tests.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
