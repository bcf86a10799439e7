"""Training cycles on the site: the list of one's cycles, a cycle's page with what happened in it, recording
and changing a cycle, its status, and the supervising Expert's confirmation of a ToE cycle."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from certification.api import is_expert_in_module, profile_get

from ..access import (
    can_correct,
    can_edit_cycle,
    can_record_in_cycle,
    cycles_visible,
    partners_for_recording,
    scope_of,
)
from ..forms import CycleForm, SessionFormSet, SponsorshipFormSet, StatusForm, ToeConfirmForm
from ..models import Assessment, ConsultancyVisit, CycleEnterprise, CycleStatus, TrainingCycle
from ..module_choices import module_choices
from ..services.cycles import (
    TRANSITIONS,
    cycle_status_problems,
    cycle_status_set,
    cycle_toe_confirm,
    max_enterprises,
)
from ..services.records import cycle_save
from .errors import add_errors

CYCLE_SAVED = _("The cycle is saved.")
STATUS_CHANGED = _("The cycle is now %(status)s.")
TOE_CONFIRMED = _("You confirmed this ToE cycle: it now counts for the trainer's certification.")
PROFILE_FIRST = _("Fill in your trainer profile first: cycles are recorded under your name.")

STATUS_ACTIONS = {
    CycleStatus.RUNNING: _("Start the cycle"),
    CycleStatus.COMPLETED: _("Mark the cycle as completed"),
    CycleStatus.CANCELLED: _("Cancel the cycle"),
    CycleStatus.PLANNED: _("Plan the cycle again"),
}
REOPEN = _("Reopen the cycle")


@login_required
def cycle_list(request):
    cycles = (
        cycles_visible(request.user)
        .select_related("partner", "module", "lead_trainer__trainer_profile")
        .annotate(enterprise_count=Count("enrolments", distinct=True))
        .order_by("-starts_on", "-pk")
    )
    status = request.GET.get("status", "")
    if status in CycleStatus.values:
        cycles = cycles.filter(status=status)
    cycles = list(cycles[:200])
    labels = dict(module_choices())
    for cycle in cycles:
        cycle.module_label = labels.get(cycle.module_id, cycle.module.title)
    return render(
        request,
        "results/cycle_list.html",
        {
            "cycles": cycles,
            "status": status,
            "statuses": CycleStatus.choices,
            "scope": scope_of(request.user),
        },
    )


def _viewable_cycle(request, pk) -> TrainingCycle:
    """A cycle the reader may see: theirs, their partner's, any for staff, and for reviewing it, any cycle of
    a module they are a current Expert Trainer of."""
    cycle = cycles_visible(request.user).filter(pk=pk).first()
    if cycle is None:
        cycle = get_object_or_404(TrainingCycle, pk=pk)
        if not is_expert_in_module(request.user, cycle.module):
            raise Http404
    return cycle


@login_required
def cycle_detail(request, pk):
    cycle = _viewable_cycle(request, pk)
    cycle = (
        TrainingCycle.objects.select_related(
            "partner",
            "module",
            "lead_trainer__trainer_profile",
            "supervising_expert__trainer_profile",
            "toe_confirmed_by__trainer_profile",
        )
        .prefetch_related(
            "co_trainers__trainer_profile",
            "sessions",
            "sponsorships",
            Prefetch(
                "enrolments",
                queryset=CycleEnterprise.objects.select_related("enterprise").order_by("enterprise__name"),
            ),
            Prefetch(
                "visits",
                queryset=ConsultancyVisit.objects.select_related(
                    "enterprise", "trainer__trainer_profile"
                ).order_by("enterprise__name", "enterprise_id", "visited_on", "pk"),
            ),
            "status_changes__changed_by__trainer_profile",
        )
        .get(pk=cycle.pk)
    )
    assessments = {}
    for assessment in Assessment.objects.filter(
        enterprise__in=[e.enterprise_id for e in cycle.enrolments.all()], module_id=cycle.module_id
    ).order_by("assessed_on"):
        assessments.setdefault(assessment.enterprise_id, []).append(assessment)
    enrolments = [(e, assessments.get(e.enterprise_id, [])) for e in cycle.enrolments.all()]
    editable = can_edit_cycle(request.user, cycle)
    actions = []
    if editable:
        for target in TRANSITIONS[CycleStatus(cycle.status)]:
            if cycle.status == CycleStatus.COMPLETED and not can_correct(
                request.user, partner_id=cycle.partner_id
            ):
                continue
            label = REOPEN if cycle.status == CycleStatus.COMPLETED else STATUS_ACTIONS[target]
            actions.append((target, label))
        actions.sort(
            key=lambda action: [
                CycleStatus.RUNNING,
                CycleStatus.COMPLETED,
                CycleStatus.PLANNED,
                CycleStatus.CANCELLED,
            ].index(action[0])
        )
    fees = sum(e.fee_paid for e in cycle.enrolments.all())
    sponsorship = sum(s.amount for s in cycle.sponsorships.all())
    context = {
        "cycle": cycle,
        "enrolments": enrolments,
        "editable": editable,
        "can_record": can_record_in_cycle(request.user, cycle),
        "actions": actions,
        "confirmable": cycle.supervising_expert_id == request.user.pk
        and cycle.status == CycleStatus.COMPLETED
        and not cycle.toe_confirmed,
        "confirm_form": ToeConfirmForm(),
        "fees": fees,
        "sponsorship": sponsorship,
        "recovery": (fees + sponsorship) * 100 / cycle.cost_of_delivery if cycle.cost_of_delivery else None,
        "participants": sum(e.participants for e in cycle.enrolments.all()),
        "max_enterprises": max_enterprises(cycle.module),
        "module_label": dict(module_choices()).get(cycle.module_id, cycle.module.title),
    }
    return render(request, "results/cycle_detail.html", context)


def _cycle_form(request, cycle: TrainingCycle | None):
    user = request.user
    scope = scope_of(user)
    lead_locked = not (scope.everything or scope.partner_ids)
    instance = cycle or TrainingCycle()
    initial = {}
    if cycle is None:
        profile = profile_get(user=user)
        initial["lead_trainer_email"] = user.email
        if profile and profile.partner_id:
            initial["partner"] = profile.partner_id
        elif len(scope.partner_ids) == 1:
            initial["partner"] = next(iter(scope.partner_ids))
    data = request.POST if request.method == "POST" else None
    form = CycleForm(
        data,
        instance=instance,
        initial=initial,
        user=user,
        partners=partners_for_recording(user),
        lead_locked=lead_locked,
    )
    sessions = SessionFormSet(data, instance=instance, prefix="sessions")
    sponsorships = SponsorshipFormSet(data, instance=instance, prefix="sponsorships")
    return form, sessions, sponsorships, lead_locked


def _cycle_edit(request, cycle: TrainingCycle | None):
    scope = scope_of(request.user)
    trainer_only = not (scope.everything or scope.partner_ids)
    if cycle is None and trainer_only and profile_get(user=request.user) is None:
        messages.info(request, str(PROFILE_FIRST))
        return redirect("certification:profile")
    form, sessions, sponsorships, lead_locked = _cycle_form(request, cycle)
    if request.method == "POST":
        valid = form.is_valid() & sessions.is_valid() & sponsorships.is_valid()
        if valid:
            if lead_locked:
                lead = cycle.lead_trainer if cycle else request.user
            else:
                lead = form.cleaned_data["lead_trainer_email"]
            try:
                saved = cycle_save(
                    cycle=form.instance,
                    module_id=form.cleaned_data["module"],
                    lead=lead,
                    co_trainers=form.cleaned_data["co_trainer_emails"],
                    sessions=sessions,
                    sponsorships=sponsorships,
                    by=request.user,
                )
            except ValidationError as error:
                add_errors(form, error)
            else:
                messages.success(request, str(CYCLE_SAVED))
                return redirect("results:cycle", saved.pk)
    return render(
        request,
        "results/cycle_form.html",
        {"form": form, "sessions": sessions, "sponsorships": sponsorships, "cycle": cycle},
    )


@login_required
def cycle_new(request):
    return _cycle_edit(request, None)


@login_required
def cycle_edit(request, pk):
    cycle = get_object_or_404(cycles_visible(request.user), pk=pk)
    if not can_edit_cycle(request.user, cycle):
        raise PermissionDenied
    return _cycle_edit(request, cycle)


@login_required
@require_POST
def cycle_status(request, pk):
    cycle = get_object_or_404(cycles_visible(request.user), pk=pk)
    if not can_edit_cycle(request.user, cycle):
        raise PermissionDenied
    form = StatusForm(request.POST)
    if form.is_valid() and form.cleaned_data["to_status"] in CycleStatus.values:
        target = form.cleaned_data["to_status"]
        if cycle.status == CycleStatus.COMPLETED and not can_correct(
            request.user, partner_id=cycle.partner_id
        ):
            raise PermissionDenied
        problems = cycle_status_problems(cycle=cycle, to_status=target)
        if problems:
            for problem in problems:
                messages.error(request, problem)
        else:
            cycle_status_set(cycle=cycle, to_status=target, by=request.user, note=form.cleaned_data["note"])
            messages.success(request, STATUS_CHANGED % {"status": CycleStatus(target).label.lower()})
    return redirect("results:cycle", cycle.pk)


@login_required
@require_POST
def cycle_confirm(request, pk):
    cycle = get_object_or_404(TrainingCycle, pk=pk, supervising_expert=request.user)
    form = ToeConfirmForm(request.POST)
    if form.is_valid():
        try:
            cycle_toe_confirm(cycle=cycle, expert=request.user, note=form.cleaned_data["note"])
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, str(TOE_CONFIRMED))
    return redirect("results:cycle", cycle.pk)
