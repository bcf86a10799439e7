"""A trainer's cycles (work in progress: the forms follow)."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from ..access import cycles_visible


@login_required
def cycle_list(request):
    cycles = cycles_visible(request.user).select_related("partner", "module").order_by("-starts_on", "-pk")
    return render(request, "results/cycle_list.html", {"cycles": cycles})


@login_required
def cycle_detail(request, pk):
    cycle = get_object_or_404(cycles_visible(request.user), pk=pk)
    return render(request, "results/cycle_detail.html", {"cycle": cycle})
