"""Keep the derived results (results/models/outcomes.py) in step with the assessments.

Whoever writes an assessment's state, date, answers or values calls ``outcomes_changed(enterprise_id)``: the
enterprise's results are rebuilt at once, in the same transaction. Inside ``outcomes_deferred()`` (an import,
the demo) the enterprises are only noted, and rebuilt together when the block ends, in a few queries for any
number. A rebuild is set-based: the same queries for one enterprise and for all of them."""

from collections import Counter
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q, Subquery

from ..dashboard.cache import figures_changed
from ..models import Assessment, Enterprise, KpiValue, PracticeAnswer
from ..models.outcomes import KpiOutcome, ModuleOutcome

SUBMITTED = Assessment.State.SUBMITTED
BASELINE = Assessment.Kind.BASELINE
FOLLOW_UP = Assessment.Kind.FOLLOW_UP
CHUNK = 500  # enterprise ids per query: well inside every database's limit on parameters

_pending: ContextVar[set | None] = ContextVar("results_outcomes_pending", default=None)


def outcomes_changed(enterprise_id: int) -> None:
    pending = _pending.get()
    if pending is None:
        outcomes_rebuild(enterprise_ids=[enterprise_id])
    else:
        pending.add(enterprise_id)


@contextmanager
def outcomes_deferred(*, rebuild: bool = True):
    """Rebuild the results of the enterprises whose assessments change inside the block once, at its end
    (not at all when the block fails, or with ``rebuild=False`` for a block whose writes are rolled back:
    an import's preview)."""
    if _pending.get() is not None:  # already inside one: the outer block rebuilds
        yield
        return
    token = _pending.set(set())
    try:
        yield
        changed = _pending.get()
    finally:
        _pending.reset(token)
    if changed and rebuild:
        outcomes_rebuild(enterprise_ids=changed)


def latest_follow_ups(assessments):
    """Of ``assessments``, each enterprise's latest submitted follow-up in each module that has a submitted
    baseline, annotated with that baseline's id (``baseline_id``)."""
    same = {
        "enterprise_id": OuterRef("enterprise_id"),
        "module_id": OuterRef("module_id"),
        "state": SUBMITTED,
    }
    later = Assessment.objects.filter(kind=FOLLOW_UP, **same).filter(
        Q(assessed_on__gt=OuterRef("assessed_on"))
        | Q(assessed_on=OuterRef("assessed_on"), pk__gt=OuterRef("pk"))
    )
    baseline = Assessment.objects.filter(kind=BASELINE, **same).order_by("pk").values("pk")[:1]
    return (
        assessments.filter(kind=FOLLOW_UP, state=SUBMITTED)
        .filter(~Exists(later))
        .annotate(baseline_id=Subquery(baseline))
        .filter(baseline_id__isnull=False)
        .order_by()
    )


def _at_baseline(model, field: str):
    """The same item (``field``: kpi_id or practice_id) in the baseline of the outer row's assessment."""
    return model.objects.filter(
        **{field: OuterRef(field)},
        assessment__enterprise_id=OuterRef("assessment__enterprise_id"),
        assessment__module_id=OuterRef("assessment__module_id"),
        assessment__kind=BASELINE,
        assessment__state=SUBMITTED,
    )


def _rebuild(scope: Q, enterprise_ids=None) -> int:
    # Two requests rebuilding one enterprise at once would insert its rows twice: the first holds its
    # enterprises until it commits (PostgreSQL; SQLite lets one writer at a time anyway).
    locked = Enterprise.objects.select_for_update().order_by("pk")
    if enterprise_ids is not None:
        locked = locked.filter(pk__in=enterprise_ids)
    list(locked.values_list("pk", flat=True))
    KpiOutcome.objects.filter(scope).delete()
    ModuleOutcome.objects.filter(scope).delete()
    follow_ups = latest_follow_ups(Assessment.objects.filter(scope))
    practice_counts = {
        row["assessment_id"]: row
        for row in PracticeAnswer.objects.filter(
            assessment_id__in=follow_ups.values("pk"), in_place__isnull=False
        )
        .annotate(
            before=Subquery(
                _at_baseline(PracticeAnswer, "practice_id")
                .filter(in_place__isnull=False)
                .values("in_place")[:1]
            )
        )
        .filter(before__isnull=False)
        .values("assessment_id")
        .annotate(
            answered=Count("pk"),
            before_yes=Count("pk", filter=Q(before=True)),
            after_yes=Count("pk", filter=Q(in_place=True)),
        )
        .order_by()
    }
    outcomes = []
    for row in follow_ups.values("pk", "enterprise_id", "module_id", "assessed_on", "baseline_id"):
        counts = practice_counts.get(row["pk"], {})
        outcomes.append(
            ModuleOutcome(
                enterprise_id=row["enterprise_id"],
                module_id=row["module_id"],
                baseline_id=row["baseline_id"],
                follow_up_id=row["pk"],
                follow_up_on=row["assessed_on"],
                practices_answered=counts.get("answered", 0),
                practices_in_place_before=counts.get("before_yes", 0),
                practices_in_place_after=counts.get("after_yes", 0),
            )
        )
    ModuleOutcome.objects.bulk_create(outcomes, batch_size=1000)
    by_follow_up = {outcome.follow_up_id: outcome for outcome in outcomes}
    kpis = []
    for row in (
        KpiValue.objects.filter(assessment_id__in=follow_ups.values("pk"))
        .annotate(before=Subquery(_at_baseline(KpiValue, "kpi_id").values("value")[:1]))
        .filter(before__isnull=False)
        .values("assessment_id", "kpi_id", "value", "before")
    ):
        outcome = by_follow_up[row["assessment_id"]]
        before, after = row["before"], row["value"]
        kpis.append(
            KpiOutcome(
                outcome=outcome,
                enterprise_id=outcome.enterprise_id,
                module_id=outcome.module_id,
                follow_up_id=outcome.follow_up_id,
                follow_up_on=outcome.follow_up_on,
                kpi_id=row["kpi_id"],
                before=before,
                after=after,
                relative_change=float((after - before) * 100 / before) if before else None,
            )
        )
    # Every result of these enterprises is rebuilt together, so each KPI's count per enterprise is known here.
    per_kpi = Counter((row.enterprise_id, row.kpi_id) for row in kpis)
    for row in kpis:
        row.sole = per_kpi[(row.enterprise_id, row.kpi_id)] == 1
    KpiOutcome.objects.bulk_create(kpis, batch_size=2000)
    return len(outcomes)


@transaction.atomic
def outcomes_rebuild(*, enterprise_ids=None) -> int:
    """Rebuild the results of these enterprises (of every enterprise when None); returns how many module
    results there are now among them."""
    figures_changed()  # written in bulk, without signals
    if enterprise_ids is None:
        return _rebuild(Q())
    ids = sorted(set(enterprise_ids))
    chunks = [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]
    return sum(_rebuild(Q(enterprise_id__in=chunk), chunk) for chunk in chunks)


def outcomes_fill_when_empty() -> int:
    """Build every result when there is none yet although submitted follow-ups exist (a database that
    had assessments before the derived table came): run after each ``migrate``."""
    if ModuleOutcome.objects.exists():
        return 0
    if not Assessment.objects.filter(kind=FOLLOW_UP, state=SUBMITTED).exists():
        return 0
    return outcomes_rebuild()
