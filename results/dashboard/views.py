"""The results pages: the public figures at /results/ and the detailed dashboard for programme staff and
partner editors at /results/dashboard/. Thin: the figures come from figures.results_figures,
through the cache (cache.py)."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from courses.models import Partner

from ..access import scope_of
from ..case_studies import case_studies_featured
from .cache import cached_results_figures
from .charts import charts_for, key_texts
from .figures import PUBLIC_MIN_ENTERPRISES
from .filters import FiltersForm, filter_choices


def _page(request, *, template, partner_ids, min_enterprises, fixed_partner=None, extra=None):
    choices = filter_choices(partner_ids=partner_ids)
    form = FiltersForm(request.GET or None, choices=choices, fixed_partner=fixed_partner)
    if form.is_bound:
        form.is_valid()  # an invalid filter is shown with its error and left out
    figures = cached_results_figures(
        filters=form.filters(), partner_ids=partner_ids, min_enterprises=min_enterprises
    )
    context = {
        "form": form,
        "figures": figures,
        "charts": charts_for(figures),
        "key": key_texts(figures),
        "threshold": PUBLIC_MIN_ENTERPRISES,
        "small_cells": min_enterprises > 1,
        **(extra or {}),
    }
    return render(request, template, context)


def public_results(request):
    return _page(
        request,
        template="results/dashboard/public.html",
        partner_ids=None,
        min_enterprises=PUBLIC_MIN_ENTERPRISES,
        extra=case_studies_featured(),
    )


@login_required
def dashboard(request):
    """Staff see every record; a partner editor their partner's, the partner filter fixed to it."""
    scope = scope_of(request.user)
    if not (scope.everything or scope.is_partner_editor):
        raise PermissionDenied
    partner_ids = None if scope.everything else scope.partner_ids
    fixed = None
    partners = []
    if partner_ids is not None:
        partners = list(Partner.objects.filter(pk__in=partner_ids).order_by("name"))
        if len(partners) == 1:
            fixed = (partners[0].slug, partners[0].name)
    return _page(
        request,
        template="results/dashboard/dashboard.html",
        partner_ids=partner_ids,
        min_enterprises=1,
        fixed_partner=fixed,
        extra={"scope": scope, "own_partners": partners},
    )
