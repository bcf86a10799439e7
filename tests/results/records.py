"""Results records made on the spot for a test, through the services the site uses."""

import itertools
from datetime import timedelta

from django.utils import timezone

from certification.models import TrainerProfile
from results.models import Assessment, CycleEnterprise, Enterprise, Kpi, TrainingCycle
from results.services.assessments import assessment_record
from results.services.cycles import cycle_status_set
from tests.factories import trainer_create

_serial = itertools.count(1)


def lead_create(partner=None, name="Wayan Sudarsana", gender="man"):
    user = trainer_create()
    TrainerProfile.objects.create(
        user=user, certificate_name=name, gender=gender, partner=partner, province="BA", other_organisation=""
    )
    return user


def enterprise_create(partner, *, women=6, men=6, managers=2, **fields):
    number = next(_serial)
    fields.setdefault("code", f"T-E-{number:04d}")
    fields.setdefault("name", f"Test enterprise {number}")
    return Enterprise.objects.create(
        partner=partner,
        sector=fields.pop("sector", "C"),
        province=fields.pop("province", "32"),
        regency=fields.pop("regency", "Kota Bandung"),
        workforce_women=women,
        workforce_men=men,
        managers=managers,
        workers=women + men - managers,
        **fields,
    )


def cycle_create(*, module, partner, lead, expert=None, enterprises=(), starts_on=None, **fields):
    number = next(_serial)
    cycle = TrainingCycle.objects.create(
        code=fields.pop("code", f"T-{number:04d}"),
        module=module,
        partner=partner,
        lead_trainer=lead,
        supervising_expert=expert,
        starts_on=starts_on or (timezone.localdate() - timedelta(days=60)),
        **fields,
    )
    cycle.sessions.create(
        starts_on=cycle.starts_on, ends_on=cycle.starts_on + timedelta(days=1), place="Bandung"
    )
    for enterprise in enterprises:
        CycleEnterprise.objects.create(
            cycle=cycle,
            enterprise=enterprise,
            managers_women=1,
            managers_men=1,
            workers_women=1,
            workers_men=1,
        )
    return cycle


def baseline_create(cycle, enterprise, *, by, values=None, on=None):
    kpi = Kpi.objects.get(code="LABOUR_PRODUCTIVITY")
    return assessment_record(
        enterprise=enterprise,
        module=cycle.module,
        cycle=cycle,
        kind=Assessment.Kind.BASELINE,
        assessed_on=on or (cycle.starts_on - timedelta(days=7)),
        by=by,
        practices={},
        kpis=values or {kpi.pk: 10},
        submit=True,
    )


def completed_cycle(*, module, partner, lead, expert=None, count=2):
    enterprises = [enterprise_create(partner) for _ in range(count)]
    cycle = cycle_create(module=module, partner=partner, lead=lead, expert=expert, enterprises=enterprises)
    for enterprise in enterprises:
        baseline_create(cycle, enterprise, by=lead)
    cycle_status_set(cycle=cycle, to_status="running", by=lead)
    cycle_status_set(cycle=cycle, to_status="completed", by=lead)
    cycle.refresh_from_db()
    return cycle
