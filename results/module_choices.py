"""The modules a cycle or an assessment can be of: every live module, core and variants, named in the
reader's language with its curriculum, keyed by the default-language page the records point to."""

from django.utils.translation import get_language
from wagtail.models import Locale, Page

from courses.models import CurriculumPage, ModulePage

from .modules import default_locale_id


def module_choices() -> list[tuple[int, str]]:
    """Three queries: the default-language modules, their curricula, and the reader's translations."""
    default = default_locale_id()
    modules = list(ModulePage.objects.live().filter(locale_id=default).order_by("path"))
    curricula = {c.path: c for c in CurriculumPage.objects.filter(locale_id=default)}
    titles = {}
    language = get_language()
    locale = Locale.objects.filter(language_code=language).exclude(pk=default).first() if language else None
    if locale is not None:
        keys = [m.translation_key for m in modules] + [c.translation_key for c in curricula.values()]
        titles = dict(
            Page.objects.filter(locale=locale, translation_key__in=keys, live=True).values_list(
                "translation_key", "title"
            )
        )
    choices = []
    for module in modules:
        curriculum = curricula.get(module.path[: -Page.steplen])
        module_title = titles.get(module.translation_key, module.title)
        curriculum_title = titles.get(curriculum.translation_key, curriculum.title) if curriculum else ""
        choices.append(
            (module.pk, f"{module_title} · {curriculum_title}" if curriculum_title else module_title)
        )
    return choices
