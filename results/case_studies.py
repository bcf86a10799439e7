"""What the case study pages show, built from the record: the enterprise, the module, and its latest
submitted follow-up against its baseline (results/outcomes.py), KPI by KPI and practice by practice."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant

from .models import CaseStudyIndexPage, CaseStudyPage, Enterprise
from .modules import module_in_default_language
from .outcomes import KpiChange, baseline_of, kpi_changes, latest_follow_up, practice_changes

IMPROVED = _("Improved")
NOT_IMPROVED = _("Not improved")
NOT_COMPARABLE = _("No baseline value")


@dataclass(frozen=True)
class KpiRow:
    """One line of the results table: a KPI's values at baseline and follow-up, and the change."""

    change: KpiChange

    @property
    def name(self) -> str:
        return self.change.kpi.localized_name

    @property
    def unit(self) -> str:
        return self.change.kpi.get_unit_display()

    @property
    def direction(self) -> str:
        return self.change.kpi.get_direction_display()

    @property
    def baseline(self) -> Decimal | None:
        return self.change.baseline

    @property
    def value(self) -> Decimal | None:
        return self.change.value

    @property
    def difference(self) -> Decimal | None:
        return self.change.change

    @property
    def difference_pct(self) -> Decimal | None:
        return self.change.change_pct

    @property
    def places(self) -> str:
        """The decimals the values need (none for whole numbers, at most two), as floatformat's argument
        with thousands grouping: "0g", "1g" or "2g"."""
        needed = 0
        for value in (self.baseline, self.value):
            if value is not None:
                exponent = value.normalize().as_tuple().exponent
                needed = max(needed, min(2, -exponent if isinstance(exponent, int) and exponent < 0 else 0))
        return f"{needed}g"

    @property
    def sign(self) -> str:
        """ "+" before a rise, so that a change reads as one; a fall carries its own minus."""
        return "+" if self.difference is not None and self.difference > 0 else ""

    @property
    def verdict(self) -> str:
        improved = self.change.improved
        if improved is None:
            return str(NOT_COMPARABLE)
        return str(IMPROVED if improved else NOT_IMPROVED)

    @property
    def state(self) -> str:
        """For the stylesheet: improved, not-improved or none."""
        improved = self.change.improved
        return "none" if improved is None else ("improved" if improved else "not-improved")


def case_study_results(page: CaseStudyPage) -> dict:
    """The page's enterprise, module and results; a handful of queries whatever the number of KPIs."""
    enterprise = Enterprise.objects.select_related("partner").get(pk=page.enterprise_id)
    module = module_in_default_language(page.module)
    follow_up = latest_follow_up(enterprise_id=enterprise.pk, module_id=module.pk)
    baseline = baseline_of(follow_up) if follow_up else None
    rows = [KpiRow(change) for change in kpi_changes(follow_up, baseline)] if follow_up else []
    practices = practice_changes(follow_up, baseline) if follow_up else []
    return {
        "enterprise": enterprise,
        "module": page.module.localized,
        "curriculum": page.module.get_parent().localized,
        "follow_up": follow_up,
        "baseline": baseline,
        "kpi_rows": rows,
        "practices_total": len(practices),
        "practices_at_baseline": sum(1 for p in practices if p.at_baseline is True),
        "practices_now": sum(1 for p in practices if p.now is True),
        "practices_adopted": [p.practice for p in practices if p.adopted],
    }


def case_study_list(index) -> list[CaseStudyPage]:
    """The index's published case studies with their enterprises, newest first. Two queries."""
    return list(
        CaseStudyPage.objects.child_of(index)
        .live()
        .public()
        .select_related("enterprise", "enterprise__partner")
        .order_by("-first_published_at", "-pk")
    )


def case_studies_featured(*, limit: int = 3) -> dict:
    """The latest published case studies in the reader's language, and their index: two queries."""
    language = get_supported_content_language_variant(get_language())
    pages = CaseStudyPage.objects.live().public().filter(locale__language_code=language)
    return {
        "case_studies": list(
            pages.select_related("enterprise").order_by("-first_published_at", "-pk")[:limit]
        ),
        "case_study_index": CaseStudyIndexPage.objects.live()
        .public()
        .filter(locale__language_code=language)
        .first(),
    }
