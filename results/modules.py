"""Modules as the results record them: the page in the site's default language (one id per module, whatever
language it was chosen in), and the core module a variant derives from."""

from django.conf import settings
from wagtail.models import Locale, Page

from courses.api import derived_from


def default_locale_id() -> int:
    return Locale.objects.values_list("pk", flat=True).get(language_code=settings.LANGUAGE_CODE)


def module_in_default_language(module: Page) -> Page:
    """The module's page in the default language (the one the records point to)."""
    if module.locale_id == default_locale_id():
        return module
    return module.get_translation(Locale.objects.get(language_code=settings.LANGUAGE_CODE)).specific


def module_and_core(module: Page) -> list[Page]:
    """The module, and the core module it was derived from if it is a variant's."""
    core = derived_from(page=module)
    return [module, core] if core is not None else [module]
