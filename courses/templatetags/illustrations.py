"""The public pages' illustrations: each module's emblem, drawn for the theme its module teaches.

A module's theme is read from its slug. The core modules' slugs name the five SCORE themes, and a variant
module derived from one keeps that slug (courses.lineage copies the page), so no query is needed for the
modules the programme ships. For any other slug (a partner renamed a derived module) the core module it was
derived from names the theme: one query for the whole list, and only when such a module is in it. The
module number is no key: a variant numbers its modules its own way (Creative's Workforce Management is 2).
"""

from dataclasses import dataclass

from django import template

from courses.models import Derivation

register = template.Library()

THEME_BY_SLUG = {
    "workplace-cooperation": "cooperation",
    "quality": "quality",
    "cleaner-production": "cleaner-production",
    "workforce-management": "people",
    "safety-and-health": "safety",
    # SCORE Hospitality Coaching's own modules
    "service-excellence": "service",
    "step-forward-to-innovation": "innovation",
}
CORE_THEMES = ["cooperation", "quality", "cleaner-production", "people", "safety"]
NEUTRAL_THEME = "module"


@dataclass(frozen=True)
class Emblem:
    theme: str

    @property
    def path(self) -> str:
        """The emblem's file under static/, for ``{% static %}``."""
        return f"img/illustrations/emblem-{self.theme}.svg"


def module_themes(modules) -> dict[int, str]:
    """Each module's theme by its id: by slug, else by the slug of the core module it was derived from."""
    themes = {module.pk: THEME_BY_SLUG.get(module.slug) for module in modules}
    unknown = [pk for pk, theme in themes.items() if theme is None]
    if unknown:
        sources = Derivation.objects.filter(page_id__in=unknown).values_list("page_id", "source_page__slug")
        for page_id, source_slug in sources:
            themes[page_id] = THEME_BY_SLUG.get(source_slug)
    return {pk: theme or NEUTRAL_THEME for pk, theme in themes.items()}


@register.simple_tag
def module_emblem(module) -> Emblem:
    """``{% module_emblem page as emblem %}``: the emblem of one module."""
    return Emblem(module_themes([module])[module.pk])


@register.simple_tag
def module_emblems(modules) -> list[tuple]:
    """``{% module_emblems modules as rows %}``: (module, emblem) pairs in the list's order."""
    modules = list(modules)
    themes = module_themes(modules)
    return [(module, Emblem(themes[module.pk])) for module in modules]


@register.simple_tag
def core_emblems() -> list[Emblem]:
    """The emblems of the five core modules, in the programme's order, for the core curriculum's card."""
    return [Emblem(theme) for theme in CORE_THEMES]
