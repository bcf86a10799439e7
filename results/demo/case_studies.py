"""The three fictional case studies, pages in both languages over enterprises of the plan."""

from django.conf import settings
from wagtail.models import Locale

from courses.demo.pages import ensure_child, ensure_translation, stream

from ..models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    Enterprise,
)
from . import content
from .plan import (
    CyclePlan,
)


def ensure_case_studies(*, cycles: list[CyclePlan], modules: dict, user) -> None:
    from cms.models import HomePage

    home = HomePage.objects.filter(depth=2, locale__language_code=settings.LANGUAGE_CODE).first()
    id_locale = Locale.objects.filter(language_code="id").first()
    if home is None or id_locale is None:
        return
    data = content.CASE_INDEX
    index, _ = ensure_child(
        home,
        CaseStudyIndexPage,
        slug=data["slug"],
        user=user,
        title=data["title"]["en"],
        introduction=data["introduction"]["en"],
    )
    index_id, _ = ensure_translation(
        index, id_locale, user=user, title=data["title"]["id"], introduction=data["introduction"]["id"]
    )
    enterprises = dict(
        Enterprise.objects.filter(
            code__in=[c["enterprise"]["code"] for c in content.CASE_STUDIES]
        ).values_list("code", "pk")
    )
    for case in content.CASE_STUDIES:
        _partner, curriculum, module_slug, *_when = case["cycle"]
        module = modules[(curriculum, module_slug)]
        page, _ = ensure_child(
            index,
            CaseStudyPage,
            slug=case["slug"],
            user=user,
            title=case["title"]["en"],
            introduction=case["introduction"]["en"],
            enterprise_id=enterprises[case["enterprise"]["code"]],
            module=module,
            body=stream(case["body"]["en"]),
        )
        module_id = module.get_translation_or_none(id_locale)
        ensure_translation(
            page,
            id_locale,
            user=user,
            title=case["title"]["id"],
            introduction=case["introduction"]["id"],
            module=module_id or module,
            body=stream(case["body"]["id"]),
        )
