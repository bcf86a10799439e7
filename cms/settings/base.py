"""Settings shared by every environment. Secrets and hosts live in the environment-specific modules."""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    "accounts",
    "cms",
    "courses",
    "certification",
    "results",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Security headers on every answer, static files and early refusals included (cms.security_headers).
    "cms.security_headers.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # A first visit follows the browser's language, then the visitor's choice (cms.language).
    "cms.language.VisitorLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Before anything reads the session, the user or the database (the middleware above only set up lazy
    # objects); after Locale, so a 400 is translated; after CSRF, so only accepted bodies are read.
    "cms.middleware.HostileInputMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.SecondFactorMiddleware",
    # A trainer who opens /admin/ is told it is not for them, instead of Wagtail's redirect loop.
    "cms.admin_access.AdminAccessMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # A delete that certification records refuse answers with why, never a 500 (docs/decisions/0015).
    "cms.refusals.ProtectedRecordsMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# SQLite is the embedded default; DATABASE_URL switches to PostgreSQL (or anything dj-database-url reads).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Accounts: django-allauth, email only, verified before first login; see docs/decisions/0006.
# One backend, which checks passwords only inside allauth's flow (accounts.backends): no other login
# form can open a session with a password alone.
AUTHENTICATION_BACKENDS = ["accounts.backends.AllauthOnlyBackend"]
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "learning:my_learning"
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False  # passwords are changed and reset through allauth
WAGTAIL_PASSWORD_RESET_ENABLED = False
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_CHANGE_EMAIL = True  # one address per account; a new one is verified before it replaces the old
ACCOUNT_PREVENT_ENUMERATION = True
# Security notices by email: a changed password or address, a second factor switched on or off, new
# recovery codes. Someone whose account was taken over learns of it from their own mailbox.
ACCOUNT_EMAIL_NOTIFICATIONS = True
# Someone who must use a second factor and has none yet confirms a code mailed at sign-in before they can
# enrol one (accounts.adapter, docs/decisions/0011): three tries, within ten minutes.
ACCOUNT_LOGIN_BY_CODE_TIMEOUT = 10 * 60
# allauth's default rate limits (login, failed logins, sign-up, reset, confirmation) stay on.
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[SCORE Academy] "
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "SCORE Academy"
# Superusers and these groups must have a second factor, and have used it in this session,
# before the admin opens for them (accounts.middleware) or they certify anyone (certification).
SCORE_MFA_REQUIRED_GROUPS = ["Programme staff", "Expert Trainers"]
DEFAULT_FROM_EMAIL = "SCORE Academy <no-reply@score.example>"

# Internationalisation: English and Bahasa Indonesia, for the interface and the content.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("id", _("Bahasa Indonesia")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The project's catalogue (written by `make messages`), then hand-kept overrides of Django's and allauth's
# words, so that every page speaks the site's vocabulary (locale_overrides/, docs/decisions/0017).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_overrides"]
# The visitor's language choice (the switcher, the trainer's preferred language) outlives the browser
# session: a year (cms.language).
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "Asia/Jakarta"
# The admin works in the programme's time zone, for everyone. Wagtail's default offers every name the
# server's tz database lists, and Debian's lists "localtime" (a link to /etc/localtime), which no
# browser knows: the account page labels each choice with Intl.DateTimeFormat and stops at
# "RangeError: Invalid time zone specified: localtime". With one zone Wagtail shows no choice.
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]
# The site's date styles per language (cms/formats): templates name them, never a format of their own.
FORMAT_MODULE_PATH = ["cms.formats"]
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    # Evidence and bulk-issue archives: outside MEDIA_ROOT, no URL; served by views that check who asks.
    "private": {
        "BACKEND": "cms.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": BASE_DIR / "var" / "private"},
    },
}
SCORE_MAX_EVIDENCE_UPLOAD_SIZE = 20 * 1024 * 1024
SCORE_EXPIRY_NOTICE_DAYS = 90  # a certificate this close to its date is flagged, and can be renewed

# Uploads are checked by size and by content (courses.uploads); archives by what they declare unpacked.
WAGTAILDOCS_DOCUMENT_MODEL = "courses.MaterialDocument"
SCORE_MAX_DOCUMENT_UPLOAD_SIZE = 25 * 1024 * 1024
SCORE_MAX_ARCHIVE_UNCOMPRESSED_SIZE = 200 * 1024 * 1024  # a DOCX, XLSX, ODT... unpacked, nested parts too
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "txt", "csv"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# The admin's image uploads decode the whole picture before Wagtail stores it (courses.uploads.admin_images).
WAGTAILIMAGES_IMAGE_FORM_BASE = "courses.uploads.admin_images.CheckedImageForm"

WAGTAIL_SITE_NAME = "SCORE Academy"
# The site's own address, for links written outside a page (certificates, emails): cms.site_address.
# `make run` sets SITE_URL to where it serves; the default is its default address.
SCORE_SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = SCORE_SITE_URL
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_MODERATION_ENABLED = True
# An approved module is published with its lessons, check and translations (courses/publishing.py).
WAGTAIL_FINISH_WORKFLOW_ACTION = "courses.workflow_finish.publish_workflow_state"
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Background work goes through django-tasks; the embedded default runs tasks at once.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Rate limits count per client address (accounts.client_address). X-Forwarded-For is believed only from
# this many reverse proxies in front of the site; 0 (the default) believes none, whatever a client sends.
SCORE_TRUSTED_PROXY_COUNT = 0
SCORE_API_RATE_LIMIT = "60/m"  # look-ups per address on /api/v1/ (django-ninja's throttle)

# Content-Security-Policy (django-csp): nothing inline on the public site, so injected markup cannot run
# script or restyle a page. Partner accents come from a stylesheet (courses.views.partner_styles).
# See docs/decisions/0012.
SCORE_VIDEO_FRAME_SOURCES = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, *SCORE_VIDEO_FRAME_SOURCES],  # the lessons' video block embeds these players
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Wagtail's admin still writes inline scripts and styles (panels, widgets, choosers), and frames its own
# pages (previews among them): its paths get this looser policy (cms.security_headers).
SCORE_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "frame-ancestors": [SELF],
    }
}
# The admin asks nothing of other sites either (the policy would refuse it): no Gravatar, which would
# also tell it the staff's hashed email addresses, and no check for new Wagtail releases.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Permissions-Policy (django-permissions-policy): the site uses none of these browser features; embedded
# video players keep the defaults for fullscreen and autoplay.
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "ambient-light-sensor",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    ]
}
