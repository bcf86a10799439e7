"""The cycles recorded here, as certification's ToE and lead-cycle requirements read them
(certification/cycle_sources.py). A ToE cycle counts once its supervising Expert confirmed it on the cycle;
completed cycles as lead trainer count towards the Expert level's "cycles delivered"."""

from django.urls import reverse

from certification.api import CycleRecord, register_cycle_sources

from .models import CycleStatus, TrainingCycle


def _cycles(*, trainer, module):
    # Any translation of the module, or of the same module in the default language the cycles point to.
    return (
        TrainingCycle.objects.filter(
            lead_trainer_id=trainer.pk,
            status=CycleStatus.COMPLETED,
            module__translation_key=module.translation_key,
        )
        .select_related("toe_confirmed_by__trainer_profile")
        .order_by("starts_on", "pk")
    )


def _record(cycle: TrainingCycle) -> CycleRecord:
    expert = cycle.toe_confirmed_by
    name = ""
    if expert is not None:
        profile = getattr(expert, "trainer_profile", None)
        name = profile.certificate_name if profile else expert.get_full_name() or expert.email
    return CycleRecord(
        code=cycle.code,
        url=reverse("results:cycle", args=(cycle.pk,)),
        completed_on=cycle.workshop_on or cycle.starts_on,
        expert_name=name,
        confirmed_at=cycle.toe_confirmed_at,
    )


def toe_cycles(*, trainer, module) -> list[CycleRecord]:
    return [
        _record(c) for c in _cycles(trainer=trainer, module=module).filter(supervising_expert__isnull=False)
    ]


def lead_cycles(*, trainer, module) -> list[CycleRecord]:
    return [_record(c) for c in _cycles(trainer=trainer, module=module)]


def register() -> None:
    register_cycle_sources(toe_cycles=toe_cycles, lead_cycles=lead_cycles)
