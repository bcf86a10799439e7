"""The derived results the dashboards read (results/models/outcomes.py) follow every way an assessment
changes: recorded and submitted on the site, corrected, a later follow-up, an import; a rebuild from nothing
gives the same rows as the services kept, and a database migrated with assessments gets them filled."""

import io
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal
from django.db import transaction

from results.api import outcomes_deferred, outcomes_rebuild
from results.models import Assessment, GoodPractice, GoodPracticeChecklist, Kpi, KpiOutcome, ModuleOutcome
from results.services.assessments import assessment_change, assessment_date_change, assessment_record
from results.services.outcomes import outcomes_fill_when_empty

from .records import baseline_create, cycle_create, enterprise_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting(core_module, bedo, lead):
    productivity = Kpi.objects.get(code="LABOUR_PRODUCTIVITY")
    defects = Kpi.objects.get(code="DEFECT_RATE")
    productivity.modules.add(core_module)
    defects.modules.add(core_module)
    checklist, _ = GoodPracticeChecklist.objects.get_or_create(module=core_module)
    practices = [
        GoodPractice.objects.create(checklist=checklist, code=f"OUT-P{i}", name=f"P{i}", name_id=f"P{i}")
        for i in (1, 2)
    ]
    enterprise = enterprise_create(bedo)
    cycle = cycle_create(module=core_module, partner=bedo, lead=lead, enterprises=[enterprise])
    return productivity, defects, practices, enterprise, cycle


def _follow_up(cycle, enterprise, lead, on, *, kpis, practices=None, submit=True):
    return assessment_record(
        enterprise=enterprise,
        module=cycle.module,
        cycle=cycle,
        kind=Assessment.Kind.FOLLOW_UP,
        assessed_on=on,
        by=lead,
        practices=practices or {},
        kpis=kpis,
        submit=submit,
    )


def _rows(enterprise):
    return {
        (r.kpi.code, r.before, r.after, r.follow_up_on)
        for r in KpiOutcome.objects.filter(enterprise=enterprise).select_related("kpi")
    }


def test_the_services_keep_the_results_of_each_change(setting, lead):
    productivity, defects, (p1, p2), enterprise, cycle = setting
    baseline = baseline_create(
        cycle, enterprise, by=lead, values={productivity.pk: Decimal(10), defects.pk: Decimal(8)}
    )
    assessment_change(
        assessment=baseline,
        assessed_on=baseline.assessed_on,
        by=lead,
        practices={p1.pk: False, p2.pk: None},
        kpis={productivity.pk: Decimal(10), defects.pk: Decimal(8)},
        notes="",
        reason="The checklist was left out",
    )
    assert not ModuleOutcome.objects.filter(enterprise=enterprise).exists()  # a baseline alone: no result

    first_on = cycle.starts_on + timedelta(days=60)
    draft = _follow_up(cycle, enterprise, lead, first_on, kpis={productivity.pk: Decimal(12)}, submit=False)
    assert not ModuleOutcome.objects.filter(enterprise=enterprise).exists()  # a draft counts for nothing

    assessment_change(
        assessment=draft,
        assessed_on=first_on,
        by=lead,
        practices={p1.pk: True, p2.pk: True},
        kpis={productivity.pk: Decimal(12), defects.pk: Decimal(6)},
        notes="",
        submit=True,
    )
    outcome = ModuleOutcome.objects.get(enterprise=enterprise)
    assert (outcome.baseline_id, outcome.follow_up_id) == (baseline.pk, draft.pk)
    # P2 had no answer at the baseline: only P1 is answered at both, out at first, in place now.
    assert (
        outcome.practices_answered,
        outcome.practices_in_place_before,
        outcome.practices_in_place_after,
    ) == (1, 0, 1)
    assert _rows(enterprise) == {
        ("LABOUR_PRODUCTIVITY", Decimal(10), Decimal(12), first_on),
        ("DEFECT_RATE", Decimal(8), Decimal(6), first_on),
    }
    assert KpiOutcome.objects.get(enterprise=enterprise, kpi=productivity).relative_change == 20.0

    # A correction of the baseline reaches the result.
    assessment_change(
        assessment=baseline,
        assessed_on=baseline.assessed_on,
        by=lead,
        practices={p1.pk: False, p2.pk: None},
        kpis={productivity.pk: Decimal(0), defects.pk: Decimal(8)},
        notes="",
        reason="Counted in the wrong unit",
    )
    assert ("LABOUR_PRODUCTIVITY", Decimal(0), Decimal(12), first_on) in _rows(enterprise)
    assert KpiOutcome.objects.get(enterprise=enterprise, kpi=productivity).relative_change is None

    # A later follow-up becomes the result; a KPI it does not measure has no result any more.
    later_on = first_on + timedelta(days=90)
    _follow_up(cycle, enterprise, lead, later_on, kpis={productivity.pk: Decimal(15)})
    assert _rows(enterprise) == {("LABOUR_PRODUCTIVITY", Decimal(0), Decimal(15), later_on)}

    kept = _rows(enterprise)
    outcomes_rebuild()
    assert _rows(enterprise) == kept  # the same as a rebuild from the assessments


def test_inside_a_deferred_block_the_results_are_built_once_at_its_end(setting, lead):
    productivity, _defects, _practices, enterprise, cycle = setting
    with outcomes_deferred():
        baseline_create(cycle, enterprise, by=lead, values={productivity.pk: Decimal(10)})
        _follow_up(
            cycle, enterprise, lead, cycle.starts_on + timedelta(days=30), kpis={productivity.pk: Decimal(9)}
        )
        assert not ModuleOutcome.objects.filter(enterprise=enterprise).exists()
    assert _rows(enterprise) == {
        ("LABOUR_PRODUCTIVITY", Decimal(10), Decimal(9), cycle.starts_on + timedelta(days=30))
    }


def test_a_migrated_database_gets_its_results_and_the_command_rebuilds_them(setting, lead):
    productivity, _defects, _practices, enterprise, cycle = setting
    baseline_create(cycle, enterprise, by=lead, values={productivity.pk: Decimal(10)})
    _follow_up(
        cycle, enterprise, lead, cycle.starts_on + timedelta(days=30), kpis={productivity.pk: Decimal(11)}
    )
    expected = ModuleOutcome.objects.count()
    assert expected > 0
    ModuleOutcome.objects.all().delete()  # as before migration 0008
    assert outcomes_fill_when_empty() == expected
    assert outcomes_fill_when_empty() == 0  # once there are results, migrate leaves them alone
    KpiOutcome.objects.filter(enterprise=enterprise).delete()
    out = io.StringIO()
    call_command("results_outcomes_rebuild", stdout=out)
    assert f"{ModuleOutcome.objects.count()} module results rebuilt." in out.getvalue()
    assert _rows(enterprise) == {
        ("LABOUR_PRODUCTIVITY", Decimal(10), Decimal(11), cycle.starts_on + timedelta(days=30))
    }


def test_a_follow_ups_new_date_changes_which_is_the_latest(setting, lead):
    productivity, _defects, _practices, enterprise, cycle = setting
    baseline_create(cycle, enterprise, by=lead, values={productivity.pk: Decimal(10)})
    early = _follow_up(
        cycle, enterprise, lead, cycle.starts_on + timedelta(days=30), kpis={productivity.pk: Decimal(11)}
    )
    late = _follow_up(
        cycle, enterprise, lead, cycle.starts_on + timedelta(days=60), kpis={productivity.pk: Decimal(14)}
    )
    assert ModuleOutcome.objects.get(enterprise=enterprise).follow_up_id == late.pk
    # The later visit was in fact the earlier one: corrected on its own, as the admin's form does.
    assessment_date_change(
        assessment=late, assessed_on=cycle.starts_on + timedelta(days=20), by=lead, reason="Wrong month"
    )
    outcome = ModuleOutcome.objects.get(enterprise=enterprise)
    assert outcome.follow_up_id == early.pk
    assert _rows(enterprise) == {
        ("LABOUR_PRODUCTIVITY", Decimal(10), Decimal(11), cycle.starts_on + timedelta(days=30))
    }


def test_a_block_that_fails_rebuilds_nothing(setting, lead):
    productivity, _defects, _practices, enterprise, cycle = setting
    baseline_create(cycle, enterprise, by=lead, values={productivity.pk: Decimal(10)})
    with pytest.raises(RuntimeError), transaction.atomic(), outcomes_deferred():
        _follow_up(
            cycle, enterprise, lead, cycle.starts_on + timedelta(days=30), kpis={productivity.pk: Decimal(12)}
        )
        raise RuntimeError("the import failed half way")
    assert not ModuleOutcome.objects.filter(enterprise=enterprise).exists()
    assert not Assessment.objects.filter(enterprise=enterprise, kind="follow_up").exists()


def test_migrate_fills_a_database_that_has_assessments_but_no_results(setting, lead):
    productivity, _defects, _practices, enterprise, cycle = setting
    baseline_create(cycle, enterprise, by=lead, values={productivity.pk: Decimal(10)})
    _follow_up(
        cycle, enterprise, lead, cycle.starts_on + timedelta(days=30), kpis={productivity.pk: Decimal(9)}
    )
    ModuleOutcome.objects.all().delete()
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")  # what every migrate sends
    assert ModuleOutcome.objects.filter(enterprise=enterprise).exists()
