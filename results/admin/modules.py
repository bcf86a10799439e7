"""Modules named with their curriculum in the admin's lists and choices: five curricula teach a module called
"Workplace Cooperation"."""

from django.db.models import OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Length, Substr
from wagtail.models import Page

from courses.models import ModulePage

from ..modules import default_locale_id


def curriculum_title_of(module_path: str) -> Subquery:
    """The title of the page above the module at ``module_path`` (an outer reference)."""
    path = OuterRef(module_path)
    parent = Substr(path, 1, Length(path) - Page.steplen)
    return Subquery(Page.objects.filter(path=parent).values("title")[:1])


def modules_for_choosing() -> QuerySet[ModulePage]:
    """The modules as the records point to them: in the site's default language, with their curriculum."""
    return (
        ModulePage.objects.filter(locale_id=default_locale_id())
        .annotate(curriculum_title=curriculum_title_of("path"))
        .order_by("path")
    )


def module_label(module) -> str:
    curriculum = getattr(module, "curriculum_title", None)
    return f"{curriculum} · {module.title}" if curriculum else module.title


def core_modules_for_choosing() -> QuerySet[ModulePage]:
    """The core curricula's modules (the KPI catalogue names these; a variant's module asks what its core
    module asks)."""
    from courses.models import CurriculumPage

    paths = CurriculumPage.objects.filter(partner=None, locale_id=default_locale_id()).values_list(
        "path", flat=True
    )
    within = Q(pk__in=[])
    for path in paths:
        within |= Q(path__startswith=path)
    return modules_for_choosing().filter(within)


def record_module_label(record) -> str:
    """A cycle's or an assessment's module, from the listing's ``curriculum_title`` annotation."""
    curriculum = getattr(record, "curriculum_title", None)
    return f"{curriculum} · {record.module.title}" if curriculum else record.module.title
