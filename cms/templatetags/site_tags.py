from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page, Site

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to this page in every site language: the page's translation, else that language's home page."""
    request = context["request"]
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    current = get_language()
    translations = {}
    if page is not None and page.pk:
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
    homes = {}
    if page is not None and len(translations) < len(settings.LANGUAGES):
        site = Site.find_for_request(request)
        if site is not None:
            for home in site.root_page.get_translations(inclusive=True).live().select_related("locale"):
                homes[home.locale.language_code] = home
    links = []
    for code, _name in settings.LANGUAGES:
        target = translations.get(code) or homes.get(code)
        url = target.get_url(request) if target is not None else translate_url(request.get_full_path(), code)
        # Each language is named in itself, so a reader finds theirs whatever the page's language.
        name = get_language_info(code)["name_local"]
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "current": code == current,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page in the active language, for the logo link and the navigation."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    locale = Locale.get_active()
    if root.locale_id == locale.pk:
        return root
    return root.get_translation_or_none(locale) or root


@register.simple_tag
def main_navigation(home):
    """Pages shown in menus below the home page, in the active language. One query."""
    if home is None:
        return []
    return list(
        home.get_children()
        .live()
        .public()
        .in_menu()
        .only("id", "title", "url_path", "path", "depth", "locale_id")
    )


@register.simple_tag(takes_context=True)
def catalogue_page(context):
    """The curriculum catalogue in the active language (else any). One query."""
    from courses.models import CurriculumIndexPage

    pages = list(
        CurriculumIndexPage.objects.live()
        .select_related("locale")
        .only("id", "url_path", "path", "depth", "locale")
    )
    active = Locale.get_active()
    return next((p for p in pages if p.locale_id == active.pk), pages[0] if pages else None)
