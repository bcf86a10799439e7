"""Saving a cycle with its sessions and sponsors, an enterprise, an enterprise's place in a cycle, and a
consultancy visit, with the rules that span records (the single-record rules are the models' clean())."""

import re

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from courses.models import ModulePage

from ..models import (
    ConsultancyVisit,
    CycleEnterprise,
    CycleStatus,
    CycleStatusChange,
    Enterprise,
    TrainingCycle,
)
from ..modules import default_locale_id
from .cycles import cycle_change_problems, cycle_dates_refresh, enterprises_count_error

NOT_A_MODULE = _("Choose a module of a published curriculum.")
OTHER_PARTNER = _("This enterprise is served by another partner than the cycle's.")
ALREADY_IN_CYCLE = _("This enterprise is already in the cycle.")
VISIT_NOT_IN_CYCLE = _("Choose an enterprise of this cycle.")
VISIT_NOT_TRAINER = _("Choose the lead trainer or a co-trainer of this cycle.")
VISIT_AHEAD = _("Record a visit once it has taken place: this date is in the future.")
VISIT_BEFORE_CLASSROOM = _("Consultancy visits follow the classroom, which began on %(date)s.")
WORKSHOP_BEFORE_CLASSROOM = _("The results workshop comes after the classroom, which began on %(date)s.")
CO_TRAINER_IS_LEAD = _("The lead trainer is not also a co-trainer.")
ENROL_CLOSED = _("A completed or cancelled cycle takes no more enterprises.")


def _code_prefix(partner) -> str:
    return re.sub(r"[^A-Z0-9]", "", partner.short_name.upper())[:12] or "P"


def cycle_code_new(*, partner, year: int) -> str:
    """The partner's next free code for the year, e.g. BEDO-2025-007."""
    prefix = f"{_code_prefix(partner)}-{year}-"
    taken = set(TrainingCycle.objects.filter(code__startswith=prefix).values_list("code", flat=True))
    number = len(taken) + 1
    while f"{prefix}{number:03d}" in taken:
        number += 1
    return f"{prefix}{number:03d}"


def enterprise_code_new(*, partner) -> str:
    prefix = f"{_code_prefix(partner)}-E-"
    taken = set(Enterprise.objects.filter(code__startswith=prefix).values_list("code", flat=True))
    number = len(taken) + 1
    while f"{prefix}{number:04d}" in taken:
        number += 1
    return f"{prefix}{number:04d}"


def _local(date) -> str:
    return formats.date_format(date, "SHORT_DATE_FORMAT")


@transaction.atomic
def cycle_save(*, cycle: TrainingCycle, module_id: int, lead, co_trainers, sessions, sponsorships, by):
    """Save the cycle from its form and its sessions' and sponsors' formsets (valid already). Raises
    ValidationError (by field) for the rules across records; nothing is saved then."""
    module = ModulePage.objects.live().filter(pk=module_id, locale_id=default_locale_id()).first()
    if module is None:
        raise ValidationError({"module": NOT_A_MODULE})
    errors = cycle_change_problems(
        cycle=cycle, module=module, lead=lead, expert=cycle.supervising_expert, partner_id=cycle.partner_id
    )
    if any(user.pk == lead.pk for user in co_trainers):
        errors["co_trainer_emails"] = CO_TRAINER_IS_LEAD
    days = [form.cleaned_data["starts_on"] for form in sessions.forms if _kept(form)]
    first = min(days) if days else None
    if cycle.workshop_on and first and cycle.workshop_on < first:
        errors["workshop_on"] = WORKSHOP_BEFORE_CLASSROOM % {"date": _local(first)}
    if errors:
        raise ValidationError(errors)
    new = cycle.pk is None
    cycle.module = module
    cycle.lead_trainer = lead
    if new:
        cycle.created_by = by
        if not cycle.code:
            cycle.code = cycle_code_new(partner=cycle.partner, year=(first or timezone.localdate()).year)
    cycle.full_clean(exclude=["enterprises"])
    cycle.save()
    cycle.co_trainers.set(co_trainers)
    sessions.instance = cycle
    sessions.save()
    sponsorships.instance = cycle
    sponsorships.save()
    cycle_dates_refresh(cycle=cycle)
    if new:
        CycleStatusChange.objects.create(
            cycle=cycle,
            from_status="",
            to_status=CycleStatus.PLANNED,
            changed_by=by,
            changed_at=timezone.now(),
        )
    return cycle


def _kept(form) -> bool:
    return form.has_changed() and not form.cleaned_data.get("DELETE") and form.cleaned_data.get("starts_on")


ENTERPRISE_IN_OTHER_CYCLES = _(
    "This enterprise is in training cycles of its partner: it cannot move to another partner. Its record "
    "stays with the partner that trained it."
)


def enterprise_partner_problem(*, enterprise: Enterprise) -> str | None:
    """An enterprise stays with the partner whose cycles it is in."""
    if enterprise.pk is None:
        return None
    if enterprise.enrolments.exclude(cycle__partner_id=enterprise.partner_id).exists():
        return str(ENTERPRISE_IN_OTHER_CYCLES)
    return None


@transaction.atomic
def enterprise_save(*, enterprise: Enterprise, by) -> Enterprise:
    problem = enterprise_partner_problem(enterprise=enterprise)
    if problem:
        raise ValidationError({"partner": problem})
    if enterprise.pk is None:
        enterprise.created_by = by
        if not enterprise.code:
            enterprise.code = enterprise_code_new(partner=enterprise.partner)
    enterprise.full_clean()
    enterprise.save()
    # A workforce corrected below the participants recorded is refused by CycleEnterprise.clean(): check them.
    for enrolment in enterprise.enrolments.select_related("enterprise"):
        enrolment.enterprise = enterprise
        enrolment.full_clean()
    return enterprise


@transaction.atomic
def enrolment_save(*, enrolment: CycleEnterprise, by) -> CycleEnterprise:
    """An enterprise in a cycle: the enterprise is the cycle partner's, within the curriculum's maximum."""
    cycle = TrainingCycle.objects.select_for_update().get(pk=enrolment.cycle_id)
    if enrolment.pk is None:
        if cycle.status in (CycleStatus.COMPLETED, CycleStatus.CANCELLED):
            raise ValidationError(str(ENROL_CLOSED))
        if enrolment.enterprise.partner_id != cycle.partner_id:
            raise ValidationError({"enterprise": OTHER_PARTNER})
        if cycle.enrolments.filter(enterprise_id=enrolment.enterprise_id).exists():
            raise ValidationError({"enterprise": ALREADY_IN_CYCLE})
        count_error = enterprises_count_error(module=cycle.module, count=cycle.enrolments.count() + 1)
        if count_error:
            raise ValidationError({"enterprise": count_error})
    enrolment.full_clean(validate_unique=False)
    enrolment.save()
    return enrolment


@transaction.atomic
def visit_record(*, visit: ConsultancyVisit, by) -> ConsultancyVisit:
    cycle = visit.cycle
    errors = {}
    if not cycle.enrolments.filter(enterprise_id=visit.enterprise_id).exists():
        errors["enterprise"] = VISIT_NOT_IN_CYCLE
    if (
        visit.trainer_id != cycle.lead_trainer_id
        and not cycle.co_trainers.filter(pk=visit.trainer_id).exists()
    ):
        errors["trainer"] = VISIT_NOT_TRAINER
    if visit.visited_on and visit.visited_on > timezone.localdate():
        errors["visited_on"] = VISIT_AHEAD
    elif visit.visited_on and cycle.starts_on and visit.visited_on < cycle.starts_on:
        errors["visited_on"] = VISIT_BEFORE_CLASSROOM % {"date": _local(cycle.starts_on)}
    if errors:
        raise ValidationError(errors)
    visit.full_clean()
    visit.save()
    return visit
