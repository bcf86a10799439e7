"""Consultancy visits, recorded by the cycle's trainers, often on a phone at the enterprise."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..access import can_record_in_cycle, cycles_visible
from ..forms import VisitForm
from ..models import ConsultancyVisit
from ..services.records import visit_record
from .errors import add_errors, query_id

VISIT_SAVED = _("The visit to %(name)s is recorded.")


def _visit_edit(request, cycle, visit):
    initial = {} if visit.pk else {"visited_on": timezone.localdate(), "trainer": request.user.pk}
    if visit.pk is None and query_id(request, "enterprise") is not None:
        initial["enterprise"] = query_id(request, "enterprise")
    form = VisitForm(request.POST or None, instance=visit, cycle=cycle, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            saved = visit_record(visit=form.instance, by=request.user)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, VISIT_SAVED % {"name": saved.enterprise.name})
            return redirect("results:cycle", cycle.pk)
    return render(request, "results/visit_form.html", {"form": form, "cycle": cycle, "visit": visit})


def _cycle_for_recording(request, pk):
    cycle = get_object_or_404(cycles_visible(request.user), pk=pk)
    if not can_record_in_cycle(request.user, cycle):
        raise PermissionDenied
    return cycle


@login_required
def visit_new(request, pk):
    cycle = _cycle_for_recording(request, pk)
    return _visit_edit(request, cycle, ConsultancyVisit(cycle=cycle))


@login_required
def visit_edit(request, pk, visit_pk):
    cycle = _cycle_for_recording(request, pk)
    visit = get_object_or_404(ConsultancyVisit, pk=visit_pk, cycle=cycle)
    return _visit_edit(request, cycle, visit)
