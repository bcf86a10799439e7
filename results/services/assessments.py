"""Recording an assessment's good-practice answers and KPI values. Once submitted, an assessment is corrected,
never overwritten: every changed value is kept as an AssessmentCorrection (who, when, old, new, why)."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import Assessment, AssessmentCorrection, GoodPractice, Kpi, KpiValue, PracticeAnswer
from ..modules import module_and_core
from .outcomes import outcomes_changed, outcomes_deferred

PERCENT_RANGE = _("A percentage is between 0 and 100.")
NOT_NEGATIVE = _("This value cannot be negative.")
WHOLE_NUMBER = _("A count is a whole number.")
TOO_LARGE = _("This value is too large.")
MAX_VALUE = Decimal("99999999999999")
NO_VALUES = _("Answer at least one good practice or enter at least one KPI value before submitting.")
ALREADY_SUBMITTED = _("This assessment was already submitted.")


def practices_for(module) -> QuerySet[GoodPractice]:
    """The module's good-practice checklist: its own, or else its core module's."""
    for candidate in module_and_core(module):
        practices = GoodPractice.objects.filter(checklist__module__translation_key=candidate.translation_key)
        if practices.exists():
            return practices.order_by("sort_order", "pk")
    return GoodPractice.objects.none()


def kpis_for(module) -> QuerySet[Kpi]:
    """The KPIs asked of the module: those of the module itself and of the core module it derives from."""
    keys = [m.translation_key for m in module_and_core(module)]
    return Kpi.objects.filter(modules__translation_key__in=keys).distinct().order_by("sort_order", "code")


def kpi_value_error(kpi: Kpi, value: Decimal | None) -> str | None:
    """Why this value cannot be the KPI's, in the KPI's unit (None when it can)."""
    if value is None:
        return None
    if abs(value) > MAX_VALUE:
        return str(TOO_LARGE)
    if kpi.unit == Kpi.Unit.PERCENT and not Decimal(0) <= value <= Decimal(100):
        return str(PERCENT_RANGE)
    if kpi.unit == Kpi.Unit.COUNT and value != value.to_integral_value():
        return str(WHOLE_NUMBER)
    # Cost savings may be negative (costs rose); every other quantity is a measure that cannot be.
    if value < 0 and kpi.code != "COST_SAVINGS":
        return str(NOT_NEGATIVE)
    return None


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return format(value.normalize(), "f") if isinstance(value, Decimal) else str(value)


@transaction.atomic
def assessment_values_save(
    *,
    assessment: Assessment,
    practices: dict[int, bool | None],
    kpis: dict[int, Decimal | None],
    by,
    reason: str = "",
) -> list[AssessmentCorrection]:
    """Write the answers and values given (a None value removes a KPI value; a None answer means not
    known). When the assessment is submitted, each change is kept as a correction."""
    kpi_objects = Kpi.objects.in_bulk(list(kpis))
    errors = {}
    for kpi_id, value in kpis.items():
        error = kpi_value_error(kpi_objects[kpi_id], value)
        if error:
            errors[f"kpi_{kpi_id}"] = error
    if errors:
        raise ValidationError(errors)
    answers = {a.practice_id: a for a in assessment.practice_answers.select_related("practice")}
    values = {v.kpi_id: v for v in assessment.kpi_values.all()}
    practice_codes = dict(GoodPractice.objects.filter(pk__in=list(practices)).values_list("pk", "code"))
    corrections = []
    now = timezone.now()

    def correction(field, old, new):
        corrections.append(
            AssessmentCorrection(
                assessment=assessment,
                field=field,
                old_value=_text(old),
                new_value=_text(new),
                corrected_by=by,
                corrected_at=now,
                reason=reason[:300],
            )
        )

    new_answers, changed_answers = [], []
    for practice_id, in_place in practices.items():
        existing = answers.get(practice_id)
        if existing is None:
            new_answers.append(
                PracticeAnswer(assessment=assessment, practice_id=practice_id, in_place=in_place)
            )
            old = None
        elif existing.in_place != in_place:
            old = existing.in_place
            existing.in_place = in_place
            changed_answers.append(existing)
        else:
            continue
        if assessment.is_submitted and (existing is not None or in_place is not None):
            correction(f"practice:{practice_codes[practice_id]}", old, in_place)
    PracticeAnswer.objects.bulk_create(new_answers)
    PracticeAnswer.objects.bulk_update(changed_answers, ["in_place"])

    new_values, changed_values, removed = [], [], []
    for kpi_id, value in kpis.items():
        existing = values.get(kpi_id)
        if existing is None:
            if value is None:
                continue
            new_values.append(KpiValue(assessment=assessment, kpi_id=kpi_id, value=value))
            old = None
        elif value is None:
            removed.append(existing.pk)
            old = existing.value
        elif existing.value != value:
            old = existing.value
            existing.value = value
            changed_values.append(existing)
        else:
            continue
        if assessment.is_submitted:
            correction(f"kpi:{kpi_objects[kpi_id].code}", old, value)
    KpiValue.objects.bulk_create(new_values)
    KpiValue.objects.bulk_update(changed_values, ["value"])
    KpiValue.objects.filter(pk__in=removed).delete()
    AssessmentCorrection.objects.bulk_create(corrections)
    if assessment.is_submitted and (
        new_answers or changed_answers or new_values or changed_values or removed
    ):
        outcomes_changed(assessment.enterprise_id)
    return corrections


def assessment_date_change(*, assessment: Assessment, assessed_on, by, reason: str = "") -> None:
    """A new date for the assessment (checked against its baseline or follow-ups), kept as a correction once
    submitted."""
    old = assessment.assessed_on
    if old == assessed_on:
        return
    assessment.assessed_on = assessed_on
    assessment.full_clean()
    with transaction.atomic():
        assessment.save(update_fields=["assessed_on", "updated_at"])
        if assessment.is_submitted:
            AssessmentCorrection.objects.create(
                assessment=assessment,
                field="assessed_on",
                old_value=old.isoformat(),
                new_value=assessed_on.isoformat(),
                corrected_by=by,
                corrected_at=timezone.now(),
                reason=reason[:300],
            )
            outcomes_changed(assessment.enterprise_id)


def assessment_cycle_change(*, assessment: Assessment, cycle, by, reason: str = "") -> int:
    """Attach the assessment to another cycle of its enterprise (or to none); once submitted, the earlier
    cycle is kept as a correction. Returns the number of corrections made (0 or 1)."""
    old = assessment.cycle if assessment.cycle_id else None
    if (old.pk if old else None) == (cycle.pk if cycle else None):
        return 0
    assessment.cycle = cycle
    with transaction.atomic():
        assessment.save(update_fields=["cycle", "updated_at"])
        if not assessment.is_submitted:
            return 0
        AssessmentCorrection.objects.create(
            assessment=assessment,
            field="cycle",
            old_value=old.code if old else "",
            new_value=cycle.code if cycle else "",
            corrected_by=by,
            corrected_at=timezone.now(),
            reason=reason[:300],
        )
    return 1


def assessment_notes_change(*, assessment: Assessment, notes: str, by, reason: str = "") -> None:
    """New notes; once submitted, the earlier notes are kept as a correction."""
    old = assessment.notes
    if notes == old:
        return
    assessment.notes = notes
    with transaction.atomic():
        assessment.save(update_fields=["notes", "updated_at"])
        if assessment.is_submitted:
            AssessmentCorrection.objects.create(
                assessment=assessment,
                field="notes",
                old_value=old,
                new_value=notes,
                corrected_by=by,
                corrected_at=timezone.now(),
                reason=reason[:300],
            )


def assessment_submit(*, assessment: Assessment, by) -> Assessment:
    if assessment.is_submitted:
        raise ValidationError(str(ALREADY_SUBMITTED))
    if (
        not assessment.kpi_values.exists()
        and not assessment.practice_answers.filter(in_place__isnull=False).exists()
    ):
        raise ValidationError(str(NO_VALUES))
    assessment.state = Assessment.State.SUBMITTED
    assessment.submitted_at = timezone.now()
    assessment.save(update_fields=["state", "submitted_at", "updated_at"])
    outcomes_changed(assessment.enterprise_id)
    return assessment


ENTERPRISE_NOT_IN_CYCLE = _("This enterprise is not in the cycle.")


@transaction.atomic
def assessment_record(
    *,
    enterprise,
    module,
    cycle,
    kind: str,
    assessed_on,
    by,
    practices: dict[int, bool | None],
    kpis: dict[int, Decimal | None],
    notes: str = "",
    submit: bool = False,
) -> Assessment:
    """A new assessment with its answers and values; submitted at once if asked. Raises ValidationError (by
    field) and saves nothing when a rule refuses it."""
    with outcomes_deferred():  # its enterprise's results, once
        return _assessment_record(
            enterprise=enterprise,
            module=module,
            cycle=cycle,
            kind=kind,
            assessed_on=assessed_on,
            by=by,
            practices=practices,
            kpis=kpis,
            notes=notes,
            submit=submit,
        )


def _assessment_record(*, enterprise, module, cycle, kind, assessed_on, by, practices, kpis, notes, submit):
    if cycle is not None and not cycle.enrolments.filter(enterprise_id=enterprise.pk).exists():
        raise ValidationError(str(ENTERPRISE_NOT_IN_CYCLE))
    assessment = Assessment(
        enterprise=enterprise,
        module=module,
        cycle=cycle,
        kind=kind,
        assessed_on=assessed_on,
        assessed_by=by,
        notes=notes,
    )
    assessment.full_clean()
    assessment.save()
    assessment_values_save(assessment=assessment, practices=practices, kpis=kpis, by=by)
    if submit:
        assessment_submit(assessment=assessment, by=by)
    return assessment


@transaction.atomic
def assessment_change(
    *,
    assessment: Assessment,
    assessed_on,
    by,
    practices: dict[int, bool | None],
    kpis: dict[int, Decimal | None],
    notes: str,
    reason: str = "",
    submit: bool = False,
) -> list[AssessmentCorrection]:
    """A draft is changed; a submitted assessment is corrected, each change kept with the reason."""
    with outcomes_deferred():  # its enterprise's results, once for the date and the values
        return _assessment_change(
            assessment=assessment,
            assessed_on=assessed_on,
            by=by,
            practices=practices,
            kpis=kpis,
            notes=notes,
            reason=reason,
            submit=submit,
        )


def _assessment_change(*, assessment, assessed_on, by, practices, kpis, notes, reason, submit):
    assessment_date_change(assessment=assessment, assessed_on=assessed_on, by=by, reason=reason)
    assessment_notes_change(assessment=assessment, notes=notes, by=by, reason=reason)
    corrections = assessment_values_save(
        assessment=assessment, practices=practices, kpis=kpis, by=by, reason=reason
    )
    if submit and not assessment.is_submitted:
        assessment_submit(assessment=assessment, by=by)
    return corrections
