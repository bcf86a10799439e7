"""Which language a visitor reads (docs/decisions/0017).

English lives at the unprefixed addresses, Indonesian under ``/id/``. A first visit follows the browser's
``Accept-Language``; after that the visitor's own choice wins: the language switcher records it in the
language cookie, and signing in records the trainer's preferred language there. An unprefixed address
asked for in another language is answered with a redirect to the same page in that language (a Wagtail
page's translation, or the same view's address under the language's prefix). An address with a language
prefix is always served in that language: it is what a shared link or the switcher points to.
"""

from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail.models import Locale, Site

SITE_LANGUAGES = {code for code, _name in settings.LANGUAGES}
WAGTAIL_SERVE = "wagtail_serve"
OTHER_LANGUAGE = next(code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE)


def remember_language(response, language: str):
    """Record the visitor's language choice in the language cookie (Django's settings for it)."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


def _page_at(request, path: str, language: str):
    """The live Wagtail page at ``path`` (without its language prefix) in ``language``'s tree, or None.
    Routed afresh: Wagtail's own cache of the route belongs to the request's own path."""
    with translation.override(language):
        site = Site.find_for_request(request)
        if site is None:
            return None
        try:
            return site.root_page.localized.specific.route(
                request, [part for part in path.split("/") if part]
            ).page
        except Http404:
            return None


def address_in(request, url: str, language: str) -> str | None:
    """``url`` (an address of this site, with or without a language prefix) in ``language``: a Wagtail
    page's live translation, else the same view under that language's prefix. None when the address
    carries no language (the admin, the API, documents), or names a page with no translation (the visitor
    then reads it as it is, rather than a home page). The query string is kept."""
    parts = urlsplit(url)
    path = unquote(parts.path)
    from_language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    try:
        with translation.override(from_language):
            match = resolve(path)
    except Resolver404:
        return None
    if match.url_name == WAGTAIL_SERVE:
        page = _page_at(request, match.kwargs.get("path", match.args[0] if match.args else ""), from_language)
        if page is None:
            # No page here: the same address in that language, whose 404 is then in the visitor's language.
            target = translate_url(path, language)
        else:
            locale = Locale.objects.filter(language_code=language).first()
            translated = page.get_translation_or_none(locale) if locale else None
            if translated is None or not translated.live:
                return None
            target = translated.get_url(request)
    else:
        target = translate_url(path, language)
    expected_prefix = None if language == settings.LANGUAGE_CODE else language
    if (
        target is None
        or unquote(target) == path
        or translation.get_language_from_path(unquote(target)) != expected_prefix
    ):
        return None  # outside i18n_patterns: nothing to translate (never a redirect to the same address)
    return f"{target}?{parts.query}" if parts.query else target


class VisitorLanguageMiddleware:
    """After LocaleMiddleware: an unprefixed (English) address asked for in Indonesian by the cookie or,
    without one, by the browser is redirected to its Indonesian address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        unprefixed = translation.get_language_from_path(request.path_info) is None
        # Wagtail's preview renders the page being edited through the middleware, with the editor's
        # cookies: it is that page, in its own language, never a redirect to its translation.
        previewing = getattr(request, "is_dummy", False)
        if unprefixed and not previewing and request.method in ("GET", "HEAD"):
            wanted = translation.get_language_from_request(request, check_path=False)
            if wanted in SITE_LANGUAGES and wanted != settings.LANGUAGE_CODE:
                target = address_in(request, request.get_full_path(), wanted)
                if target is not None:
                    response = HttpResponseRedirect(target)
                    patch_vary_headers(response, ("Accept-Language", "Cookie"))
                    return response
        response = self.get_response(request)
        if unprefixed and _has_language(request.path_info):
            patch_vary_headers(response, ("Accept-Language", "Cookie"))
        return response


def _has_language(path: str) -> bool:
    """Is this unprefixed address one of i18n_patterns' (so another language would answer elsewhere)?"""
    return translation.get_language_from_path(unquote(translate_url(path, OTHER_LANGUAGE))) == OTHER_LANGUAGE


def choose_language(request, language: str):
    """The language switcher: remember the choice, then show the page the visitor was on in it.

    A GET, so that the switcher is a plain link on pages that may be cached for everyone; choosing a
    language changes nothing but how the site reads to this browser."""
    if language not in SITE_LANGUAGES:
        language = settings.LANGUAGE_CODE
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = ""
    if not next_url:
        # Without a page to return to, the home page in that language. (An unprefixed address given
        # here is redirected on to the chosen language by the middleware, now that the cookie says so.)
        next_url = "/" if language == settings.LANGUAGE_CODE else f"/{language}/"
    return remember_language(HttpResponseRedirect(next_url), language)
