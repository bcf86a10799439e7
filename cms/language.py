"""Which language a visitor reads (docs/decisions/0017).

English lives at the unprefixed addresses, Indonesian under ``/id/``. A first visit follows the browser's
``Accept-Language``; after that the visitor's own choice wins: the language switcher records it in the
language cookie, and signing in records the trainer's preferred language there. An unprefixed address
asked for in another language is answered with a redirect to the same page in that language (a Wagtail
page's translation, or the same view's address under the language's prefix). An address with a language
prefix is always served in that language: it is what a shared link or the switcher points to.
"""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail.models import Locale, Page

SITE_LANGUAGES = {code for code, _name in settings.LANGUAGES}
WAGTAIL_SERVE = "wagtail_serve"


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


def page_in_language(request, language: str) -> str | None:
    """The address of the Wagtail page at this request's path, in ``language``; None if it has no live
    translation (the visitor then reads the page as it is, rather than a home page)."""
    page = Page.find_for_request(request, request.path_info)
    if page is None:
        return None
    locale = Locale.objects.filter(language_code=language).first()
    translation_ = page.get_translation_or_none(locale) if locale else None
    if translation_ is None or not translation_.live:
        return None
    return translation_.get_url(request)


def address_in_language(request, language: str) -> str | None:
    """This request's address in ``language``, or None when the address carries no language."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.url_name == WAGTAIL_SERVE:
        url = page_in_language(request, language)
    else:
        url = translate_url(request.path_info, language)
        if url == request.path_info:
            return None  # outside i18n_patterns: the admin, the API, documents
    if url is None:
        return None
    query = request.META.get("QUERY_STRING", "")
    return f"{url}?{query}" if query else url


class VisitorLanguageMiddleware:
    """After LocaleMiddleware: an unprefixed (English) address asked for in Indonesian by the cookie or,
    without one, by the browser is redirected to its Indonesian address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        unprefixed = translation.get_language_from_path(request.path_info) is None
        if unprefixed and request.method in ("GET", "HEAD"):
            wanted = translation.get_language_from_request(request, check_path=False)
            if wanted in SITE_LANGUAGES and wanted != settings.LANGUAGE_CODE:
                target = address_in_language(request, wanted)
                if target is not None:
                    response = HttpResponseRedirect(target)
                    patch_vary_headers(response, ("Accept-Language", "Cookie"))
                    return response
        response = self.get_response(request)
        if unprefixed:
            patch_vary_headers(response, ("Accept-Language", "Cookie"))
        return response


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
