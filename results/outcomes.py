"""What a follow-up shows against the enterprise's own baseline, KPI by KPI and practice by practice.

The definitions here are the programme's, and the dashboards (which aggregate in the database) follow them:
- only *submitted* assessments count;
- a KPI's *change* is the follow-up value minus the baseline value, in the KPI's unit; its *relative change*
  is that over the baseline, in per cent, when the baseline is not zero;
- the change is an *improvement* when it goes the KPI's better way (up when higher is better, down when
  lower is better); no change is not an improvement;
- an enterprise's result in a module is its *latest* submitted follow-up against its baseline.
"""

from dataclasses import dataclass
from decimal import Decimal

from .models import Assessment, Kpi, KpiValue, PracticeAnswer


@dataclass(frozen=True)
class KpiChange:
    kpi: Kpi
    baseline: Decimal | None
    value: Decimal | None

    @property
    def change(self) -> Decimal | None:
        if self.baseline is None or self.value is None:
            return None
        return self.value - self.baseline

    @property
    def change_pct(self) -> Decimal | None:
        change = self.change
        if change is None or not self.baseline:
            return None
        return (change * 100 / self.baseline).quantize(Decimal("0.1"))

    @property
    def improved(self) -> bool | None:
        change = self.change
        if change is None:
            return None
        return change > 0 if self.kpi.higher_is_better else change < 0


@dataclass(frozen=True)
class PracticeChange:
    practice: object
    at_baseline: bool | None
    now: bool | None

    @property
    def adopted(self) -> bool:
        return self.now is True and self.at_baseline is not True


def improved(kpi: Kpi, baseline: Decimal, value: Decimal) -> bool:
    return KpiChange(kpi, baseline, value).improved is True


def baseline_of(assessment: Assessment) -> Assessment | None:
    if assessment.is_baseline:
        return None
    return Assessment.objects.filter(
        enterprise_id=assessment.enterprise_id, module_id=assessment.module_id, kind=Assessment.Kind.BASELINE
    ).first()


def kpi_changes(assessment: Assessment, baseline: Assessment | None = None) -> list[KpiChange]:
    """The assessment's KPI values, each beside the baseline's (two queries)."""
    baseline = baseline if baseline is not None else baseline_of(assessment)
    rows = KpiValue.objects.filter(assessment__in=[a for a in (assessment, baseline) if a]).select_related(
        "kpi"
    )
    now, before, kpis = {}, {}, {}
    for row in rows:
        kpis[row.kpi_id] = row.kpi
        (now if row.assessment_id == assessment.pk else before)[row.kpi_id] = row.value
    ordered = sorted(kpis.values(), key=lambda k: (k.sort_order, k.code))
    return [KpiChange(k, before.get(k.pk), now.get(k.pk)) for k in ordered if k.pk in now]


def practice_changes(assessment: Assessment, baseline: Assessment | None = None) -> list[PracticeChange]:
    baseline = baseline if baseline is not None else baseline_of(assessment)
    rows = PracticeAnswer.objects.filter(
        assessment__in=[a for a in (assessment, baseline) if a]
    ).select_related("practice")
    now, before, practices = {}, {}, {}
    for row in rows:
        practices[row.practice_id] = row.practice
        (now if row.assessment_id == assessment.pk else before)[row.practice_id] = row.in_place
    ordered = sorted(practices.values(), key=lambda p: (p.sort_order or 0, p.code))
    return [PracticeChange(p, before.get(p.pk), now.get(p.pk)) for p in ordered if p.pk in now]


def latest_follow_up(*, enterprise_id: int, module_id: int) -> Assessment | None:
    return (
        Assessment.objects.filter(
            enterprise_id=enterprise_id,
            module_id=module_id,
            kind=Assessment.Kind.FOLLOW_UP,
            state=Assessment.State.SUBMITTED,
        )
        .order_by("-assessed_on", "-pk")
        .first()
    )


def enterprise_results(*, enterprise_id: int, module_id: int) -> list[KpiChange]:
    """The enterprise's KPI changes in a module: its latest submitted follow-up against its baseline."""
    follow_up = latest_follow_up(enterprise_id=enterprise_id, module_id=module_id)
    return kpi_changes(follow_up) if follow_up else []
