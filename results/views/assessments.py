"""Assessments on the site: a baseline or follow-up recorded for an enterprise of a cycle, shown with its
change against the baseline, and corrected (never overwritten) once submitted."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..access import assessments_visible, can_correct, can_record_in_cycle, cycles_visible
from ..assessment_forms import AssessmentForm
from ..corrections import correction_rows
from ..models import Assessment
from ..outcomes import baseline_of, kpi_changes, practice_changes
from ..services.assessments import assessment_change, assessment_record, kpis_for, practices_for
from .errors import add_errors, query_id

SAVED = _("The assessment is saved as a draft.")
SUBMITTED = _("The assessment is submitted.")
CORRECTED = _("The correction is saved; the earlier values are kept in the history.")


def _form(request, *, module, assessment=None, baseline=None, initial=None):
    baseline_values, baseline_answers = {}, {}
    if baseline is not None and baseline.pk != getattr(assessment, "pk", None):
        baseline_values = {v.kpi_id: v.value for v in baseline.kpi_values.all()}
        baseline_answers = {a.practice_id: a.in_place for a in baseline.practice_answers.all()}
    return AssessmentForm(
        request.POST or None,
        practices=practices_for(module),
        kpis=kpis_for(module),
        baseline_values=baseline_values,
        baseline_answers=baseline_answers,
        correcting=bool(assessment and assessment.is_submitted),
        initial=initial or {},
    )


@login_required
def assessment_new(request, pk):
    """``?enterprise=<id>&kind=baseline|follow_up`` for an enterprise of the cycle."""
    cycle = get_object_or_404(cycles_visible(request.user).select_related("module"), pk=pk)
    if not can_record_in_cycle(request.user, cycle):
        raise PermissionDenied
    enrolment = get_object_or_404(
        cycle.enrolments.select_related("enterprise"), enterprise_id=query_id(request, "enterprise") or 0
    )
    kind = request.GET.get("kind", Assessment.Kind.BASELINE)
    if kind not in Assessment.Kind.values:
        kind = Assessment.Kind.BASELINE
    baseline = None
    if kind == Assessment.Kind.FOLLOW_UP:
        baseline = Assessment.objects.filter(
            enterprise=enrolment.enterprise, module=cycle.module, kind=Assessment.Kind.BASELINE
        ).first()
    form = _form(
        request, module=cycle.module, baseline=baseline, initial={"assessed_on": timezone.localdate()}
    )
    if request.method == "POST" and form.is_valid():
        try:
            assessment = assessment_record(
                enterprise=enrolment.enterprise,
                module=cycle.module,
                cycle=cycle,
                kind=kind,
                assessed_on=form.cleaned_data["assessed_on"],
                by=request.user,
                practices=form.answers(),
                kpis=form.values(),
                notes=form.cleaned_data["notes"],
                submit="submit" in request.POST,
            )
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, str(SUBMITTED if assessment.is_submitted else SAVED))
            return redirect("results:assessment", assessment.pk)
    return render(
        request,
        "results/assessment_form.html",
        {
            "form": form,
            "cycle": cycle,
            "enterprise": enrolment.enterprise,
            "kind_label": Assessment.Kind(kind).label,
            "assessment": None,
            "baseline": baseline,
        },
    )


def _may_change(user, assessment) -> bool:
    if assessment.cycle_id and can_record_in_cycle(user, assessment.cycle):
        return True
    return can_correct(user, partner_id=assessment.enterprise.partner_id)


@login_required
def assessment_detail(request, pk):
    assessment = get_object_or_404(
        assessments_visible(request.user).select_related(
            "enterprise", "module", "cycle", "assessed_by__trainer_profile"
        ),
        pk=pk,
    )
    baseline = baseline_of(assessment)
    return render(
        request,
        "results/assessment_detail.html",
        {
            "assessment": assessment,
            "baseline": baseline,
            "kpi_changes": kpi_changes(assessment, baseline),
            "practice_changes": practice_changes(assessment, baseline),
            "corrections": correction_rows(assessment),
            "editable": _may_change(request.user, assessment),
        },
    )


@login_required
def assessment_edit(request, pk):
    assessment = get_object_or_404(
        assessments_visible(request.user).select_related("enterprise", "module", "cycle"), pk=pk
    )
    if not _may_change(request.user, assessment):
        raise PermissionDenied
    baseline = baseline_of(assessment)
    form = _form(
        request,
        module=assessment.module,
        assessment=assessment,
        baseline=baseline,
        initial=AssessmentForm.initial_for(assessment),
    )
    if request.method == "POST" and form.is_valid():
        was_submitted = assessment.is_submitted
        try:
            assessment_change(
                assessment=assessment,
                assessed_on=form.cleaned_data["assessed_on"],
                by=request.user,
                practices=form.answers(),
                kpis=form.values(),
                notes=form.cleaned_data["notes"],
                reason=form.cleaned_data.get("reason", ""),
                submit="submit" in request.POST,
            )
        except ValidationError as error:
            assessment.refresh_from_db()
            add_errors(form, error)
        else:
            message = CORRECTED if was_submitted else (SUBMITTED if assessment.is_submitted else SAVED)
            messages.success(request, str(message))
            return redirect("results:assessment", assessment.pk)
    return render(
        request,
        "results/assessment_form.html",
        {
            "form": form,
            "cycle": assessment.cycle,
            "enterprise": assessment.enterprise,
            "kind_label": assessment.get_kind_display(),
            "assessment": assessment,
            "baseline": baseline,
        },
    )
