"""Changes to a training cycle: its status (every change recorded), its dates, and the supervising Expert's
confirmation of a ToE cycle. The site's forms, the admin, the imports and the demo all go through here."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Min
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from certification.api import is_expert_in_module

from ..models import Assessment, CycleStatus, CycleStatusChange, TrainingCycle

# Which status may follow which. A completed cycle may be reopened (a correction), a cancelled one planned again.
TRANSITIONS = {
    CycleStatus.PLANNED: {CycleStatus.RUNNING, CycleStatus.CANCELLED},
    CycleStatus.RUNNING: {CycleStatus.COMPLETED, CycleStatus.CANCELLED, CycleStatus.PLANNED},
    CycleStatus.COMPLETED: {CycleStatus.RUNNING},
    CycleStatus.CANCELLED: {CycleStatus.PLANNED},
}

NOT_ALLOWED = _("A cycle that is %(from)s cannot become %(to)s.")
NO_ENTERPRISES = _("Add the enterprises of the cycle before it starts.")
NO_SESSION = _("Record the classroom sessions before the cycle is completed.")
SESSION_AHEAD = _("The classroom is still ahead (%(date)s): a cycle is completed after it.")
NO_BASELINE = _(
    "Record a baseline for every enterprise before the cycle is completed: missing for %(names)s."
)
TOO_MANY = _("This curriculum trains at most %(max)d enterprises in a cycle; this one has %(count)d.")
TOE_NOT_EXPERT = _("Only the supervising Expert Trainer of this cycle can confirm it as a ToE cycle.")
TOE_NOT_COMPLETED = _("The cycle is confirmed once it is completed.")
TOE_ALREADY = _("This cycle was already confirmed.")
EXPERT_NOT_EXPERT = _("%(name)s is not a current Expert Trainer of this module.")
EXPERT_IS_LEAD = _("The supervising Expert Trainer cannot be the lead trainer of the same cycle.")
PARTNER_HAS_ENTERPRISES = _(
    "This cycle holds enterprises served by its partner: it cannot move to another partner. Record a new "
    "cycle for the other partner instead."
)
CONFIRMED_LOCKED = _(
    "The Expert confirmed this ToE cycle: its module, partner, lead trainer and supervising Expert stay as "
    "they were confirmed."
)
REOPEN_CONFIRMED = _("A ToE cycle the Expert confirmed stays completed: it is the trainer's evidence.")


def max_enterprises(module) -> int:
    """The most enterprises a cycle of this module's curriculum may hold (a setting of the curriculum)."""
    curriculum = module.get_parent().specific
    return getattr(curriculum, "max_enterprises_per_cycle", None) or 5


def enterprises_count_error(*, module, count: int) -> str | None:
    most = max_enterprises(module)
    if count > most:
        return TOO_MANY % {"max": most, "count": count}
    return None


def supervising_expert_error(*, module, expert, lead_trainer) -> str | None:
    if expert is None:
        return None
    if lead_trainer is not None and expert.pk == lead_trainer.pk:
        return str(EXPERT_IS_LEAD)
    if not is_expert_in_module(expert, module):
        profile = getattr(expert, "trainer_profile", None)
        return EXPERT_NOT_EXPERT % {"name": profile.certificate_name if profile else expert.email}
    return None


def cycle_change_problems(*, cycle: TrainingCycle, module, lead, expert, partner_id) -> dict[str, str]:
    """The rules across records for a cycle's module, partner, lead trainer and supervising Expert, by field
    (empty when none is broken). The site's form, the admin's and the imports ask the same."""
    problems = {}
    error = supervising_expert_error(module=module, expert=expert, lead_trainer=lead)
    if error:
        problems["supervising_expert"] = error
    if cycle.pk is None:
        return problems
    before = TrainingCycle.objects.filter(pk=cycle.pk).values(
        "module_id", "partner_id", "lead_trainer_id", "supervising_expert_id", "toe_confirmed_at"
    )[0]
    if before["toe_confirmed_at"] is not None and (
        before["module_id"] != module.pk
        or before["partner_id"] != partner_id
        or before["lead_trainer_id"] != getattr(lead, "pk", None)
        or before["supervising_expert_id"] != getattr(expert, "pk", None)
    ):
        problems["__all__"] = str(CONFIRMED_LOCKED)
    if (
        before["partner_id"] != partner_id
        and cycle.enrolments.exclude(enterprise__partner_id=partner_id).exists()
    ):
        problems["partner"] = str(PARTNER_HAS_ENTERPRISES)
    count_error = enterprises_count_error(module=module, count=cycle.enrolments.count())
    if count_error:
        problems["module"] = count_error
    return problems


def cycle_dates_refresh(*, cycle: TrainingCycle) -> None:
    """The cycle's first classroom day, which places it in a year on the dashboards."""
    first = cycle.sessions.aggregate(first=Min("starts_on"))["first"]
    if first != cycle.starts_on:
        cycle.starts_on = first
        TrainingCycle.objects.filter(pk=cycle.pk).update(starts_on=first)


def _completion_problems(cycle: TrainingCycle) -> list[str]:
    problems = []
    enterprise_ids = list(cycle.enrolments.values_list("enterprise_id", flat=True))
    if not enterprise_ids:
        problems.append(str(NO_ENTERPRISES))
    first = cycle.sessions.aggregate(first=Min("starts_on"))["first"]
    if first is None:
        problems.append(str(NO_SESSION))
    elif first > timezone.localdate():
        problems.append(SESSION_AHEAD % {"date": formats.date_format(first, "SHORT_DATE_FORMAT")})
    with_baseline = set(
        Assessment.objects.filter(
            enterprise_id__in=enterprise_ids,
            module_id=cycle.module_id,
            kind=Assessment.Kind.BASELINE,
            state=Assessment.State.SUBMITTED,
        ).values_list("enterprise_id", flat=True)
    )
    missing = [e for e in cycle.enterprises.all() if e.pk not in with_baseline]
    if missing:
        problems.append(NO_BASELINE % {"names": ", ".join(e.name for e in missing)})
    return problems


def cycle_status_problems(*, cycle: TrainingCycle, to_status: str) -> list[str]:
    """Why the cycle cannot take this status now (empty when it can)."""
    current = CycleStatus(cycle.status)
    target = CycleStatus(to_status)
    if target not in TRANSITIONS[current]:
        return [NOT_ALLOWED % {"from": current.label.lower(), "to": target.label.lower()}]
    if current == CycleStatus.COMPLETED and cycle.toe_confirmed:
        return [str(REOPEN_CONFIRMED)]
    if target == CycleStatus.RUNNING and not cycle.enrolments.exists():
        return [str(NO_ENTERPRISES)]
    if target == CycleStatus.COMPLETED:
        return _completion_problems(cycle)
    return []


@transaction.atomic
def cycle_status_set(
    *, cycle: TrainingCycle, to_status: str, by, note: str = "", imported: bool = False
) -> CycleStatusChange:
    """Move the cycle to a new status and record who, when, from and to. An import sets the status the file
    gives (the cycle's history happened before the platform) and says so in the note."""
    cycle = TrainingCycle.objects.select_for_update().get(pk=cycle.pk)
    if not imported:
        problems = cycle_status_problems(cycle=cycle, to_status=to_status)
        if problems:
            raise ValidationError(problems)
    change = CycleStatusChange.objects.create(
        cycle=cycle,
        from_status=cycle.status,
        to_status=to_status,
        changed_by=by,
        changed_at=timezone.now(),
        note=note,
    )
    TrainingCycle.objects.filter(pk=cycle.pk).update(status=to_status, updated_at=timezone.now())
    return change


@transaction.atomic
def cycle_toe_confirm(*, cycle: TrainingCycle, expert, note: str = "") -> TrainingCycle:
    """The supervising Expert confirms the completed cycle: the lead trainer's ToE requirement is met."""
    cycle = TrainingCycle.objects.select_for_update().get(pk=cycle.pk)
    if cycle.supervising_expert_id is None or cycle.supervising_expert_id != expert.pk:
        raise ValidationError(str(TOE_NOT_EXPERT))
    if not is_expert_in_module(expert, cycle.module):  # an Expert no longer, or named through another path
        raise ValidationError(str(TOE_NOT_EXPERT))
    if cycle.status != CycleStatus.COMPLETED:
        raise ValidationError(str(TOE_NOT_COMPLETED))
    if cycle.toe_confirmed:
        raise ValidationError(str(TOE_ALREADY))
    cycle.toe_confirmed_by = expert
    cycle.toe_confirmed_at = timezone.now()
    cycle.toe_confirmation_note = note
    cycle.save(update_fields=["toe_confirmed_by", "toe_confirmed_at", "toe_confirmation_note", "updated_at"])
    return cycle
