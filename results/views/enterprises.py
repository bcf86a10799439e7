"""Enterprises on the site: recording one (often while adding it to a cycle), correcting it, and an
enterprise's place in a cycle (participants by role and gender, the fee it paid)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from courses.models import Partner

from ..access import can_correct, can_edit_cycle, cycles_visible, enterprises_visible, partners_for_recording
from ..forms import EnrolmentForm, EnterpriseForm
from ..models import CycleEnterprise, Enterprise
from ..services.records import enrolment_save, enterprise_save
from .errors import add_errors, query_id

ENTERPRISE_SAVED = _("The enterprise is saved.")
ENROLMENT_SAVED = _("%(name)s is in the cycle.")


def _cycle_for_change(request, pk):
    cycle = get_object_or_404(cycles_visible(request.user), pk=pk)
    if not can_edit_cycle(request.user, cycle):
        raise PermissionDenied
    return cycle


@login_required
def enterprise_new(request):
    """A new enterprise; from a cycle's page (``?cycle=``) it is recorded under the cycle's partner and then
    added to the cycle."""
    cycle = None
    partners = partners_for_recording(request.user)
    if query_id(request, "cycle") is not None:
        cycle = _cycle_for_change(request, query_id(request, "cycle"))
        partners = Partner.objects.filter(pk=cycle.partner_id)
    form = EnterpriseForm(
        request.POST or None,
        instance=Enterprise(partner_id=cycle.partner_id if cycle else None),
        partners=partners,
        initial={"partner": cycle.partner_id} if cycle else {},
    )
    if request.method == "POST" and form.is_valid():
        try:
            enterprise = enterprise_save(enterprise=form.instance, by=request.user)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, str(ENTERPRISE_SAVED))
            if cycle is not None:
                return redirect(f"{_enrol_url(cycle)}?enterprise={enterprise.pk}")
            return redirect("results:enterprise", enterprise.pk)
    return render(request, "results/enterprise_form.html", {"form": form, "cycle": cycle, "enterprise": None})


def _enrol_url(cycle):
    from django.urls import reverse

    return reverse("results:enrolment_new", args=(cycle.pk,))


def _may_correct_enterprise(user, enterprise) -> bool:
    return enterprise.created_by_id == user.pk or can_correct(user, partner_id=enterprise.partner_id)


@login_required
def enterprise_detail(request, pk):
    enterprise = get_object_or_404(enterprises_visible(request.user).select_related("partner"), pk=pk)
    cycles = (
        cycles_visible(request.user)
        .filter(enrolments__enterprise=enterprise)
        .select_related("module")
        .order_by("-starts_on")
    )
    return render(
        request,
        "results/enterprise_detail.html",
        {
            "enterprise": enterprise,
            "cycles": cycles,
            "editable": _may_correct_enterprise(request.user, enterprise),
        },
    )


@login_required
def enterprise_edit(request, pk):
    enterprise = get_object_or_404(enterprises_visible(request.user), pk=pk)
    if not _may_correct_enterprise(request.user, enterprise):
        raise PermissionDenied
    partners = Partner.objects.filter(pk=enterprise.partner_id)
    if can_correct(request.user, partner_id=enterprise.partner_id):
        partners = partners_for_recording(request.user)
    form = EnterpriseForm(request.POST or None, instance=enterprise, partners=partners)
    if request.method == "POST" and form.is_valid():
        try:
            enterprise_save(enterprise=form.instance, by=request.user)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, str(ENTERPRISE_SAVED))
            return redirect("results:enterprise", enterprise.pk)
    return render(
        request, "results/enterprise_form.html", {"form": form, "cycle": None, "enterprise": enterprise}
    )


def _enrolment_form(request, cycle, enrolment):
    enterprises = (
        enterprises_visible(request.user).filter(partner_id=cycle.partner_id).exclude(enrolments__cycle=cycle)
    )
    initial = {}
    if enrolment.pk is None and query_id(request, "enterprise") is not None:
        initial["enterprise"] = query_id(request, "enterprise")
    if enrolment.pk is not None:
        enterprises = Enterprise.objects.filter(pk=enrolment.enterprise_id)
    return EnrolmentForm(
        request.POST or None, instance=enrolment, enterprises=enterprises.order_by("name"), initial=initial
    )


def _enrolment_edit(request, cycle, enrolment):
    form = _enrolment_form(request, cycle, enrolment)
    if request.method == "POST" and form.is_valid():
        try:
            saved = enrolment_save(enrolment=form.instance, by=request.user)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, ENROLMENT_SAVED % {"name": saved.enterprise.name})
            return redirect("results:cycle", cycle.pk)
    return render(
        request, "results/enrolment_form.html", {"form": form, "cycle": cycle, "enrolment": enrolment}
    )


@login_required
def enrolment_new(request, pk):
    cycle = _cycle_for_change(request, pk)
    return _enrolment_edit(request, cycle, CycleEnterprise(cycle=cycle))


@login_required
def enrolment_edit(request, pk, enrolment_pk):
    cycle = _cycle_for_change(request, pk)
    enrolment = get_object_or_404(
        CycleEnterprise.objects.select_related("enterprise"), pk=enrolment_pk, cycle=cycle
    )
    return _enrolment_edit(request, cycle, enrolment)
