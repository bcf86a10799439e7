"""What deriving a core module will create, in every language, before the editor confirms."""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.models import Page

from .models import CurriculumPage, Derivation, ModulePage


@dataclass
class PlannedModule:
    language: str
    curriculum: CurriculumPage
    module: Page
    children: list[Page] = field(default_factory=list)


def derive_plans(*, sources, target: CurriculumPage) -> dict[int, list[PlannedModule]]:
    """For each source module's id: the module and child pages it creates, per language. Four queries."""
    sources = list(sources)
    if not sources:
        return {}
    curricula = {
        c.locale_id: c
        for c in CurriculumPage.objects.filter(translation_key=target.translation_key).select_related(
            "locale"
        )
    }
    modules = list(
        ModulePage.objects.filter(
            translation_key__in=[s.translation_key for s in sources], locale_id__in=list(curricula)
        )
        .live()
        .select_related("locale")
    )
    already = set(
        Derivation.objects.filter(
            source_page__in=[m.pk for m in modules],
        )
        .filter(reduce(or_, (Q(page__path__startswith=c.path) for c in curricula.values())))
        .values_list("source_page_id", flat=True)
    )
    # The sources are core modules; their translations are the core's too.
    modules = [m for m in modules if m.pk not in already]
    children = (
        Page.objects.filter(reduce(or_, (Q(path__startswith=m.path, depth=m.depth + 1) for m in modules)))
        .live()
        .select_related("content_type")
        .order_by("path")
        if modules
        else []
    )
    by_module = {m.path: PlannedModule(m.locale.language_code, curricula[m.locale_id], m) for m in modules}
    for child in children:
        by_module[child.path[: -Page.steplen]].children.append(child)
    plans: dict[int, list[PlannedModule]] = {}
    key_to_source = {s.translation_key: s.pk for s in sources}
    ordered = sorted(by_module.values(), key=lambda plan: (plan.curriculum.pk != target.pk, plan.language))
    for plan in ordered:
        plans.setdefault(key_to_source[plan.module.translation_key], []).append(plan)
    return plans
