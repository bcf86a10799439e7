"""The public registry of certified trainers who agreed to be listed."""

from django.shortcuts import render

from certification.progression_forms import RegistrySearchForm
from certification.registry import registry_search


def registry(request):
    form = RegistrySearchForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    page = registry_search(
        name=filters.get("name") or "",
        track=filters.get("module"),
        province=filters.get("province") or "",
        page=request.GET.get("page", 1),
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request, "certification/registry.html", {"form": form, "page": page, "query": query.urlencode()}
    )
