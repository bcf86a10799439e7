from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode

from courses.api import lessons_search, lessons_with_places

RESULTS_PER_PAGE = 10


def search(request):
    """Site search over published lessons in the visitor's language."""
    query = request.GET.get("q", "").strip()[:200]
    paginator = Paginator(lessons_search(query=query), RESULTS_PER_PAGE)
    try:
        results = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        results = paginator.page(1)
    except EmptyPage:
        results = paginator.page(paginator.num_pages)
    results.object_list = lessons_with_places(results.object_list)
    return render(request, "search/search.html", {"query": query, "results": results})


def login_redirect(request, *, default_next: str = "/"):
    """Wagtail's own login forms (the admin's, and the one for private pages at ``/_util/login/``) would
    skip the second factor: everyone signs in through allauth's login instead."""
    target = reverse("account_login")
    next_url = request.GET.get("next") or default_next
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = default_next
    return redirect(f"{target}?{urlencode({'next': next_url})}")


def admin_login_redirect(request):
    return login_redirect(request, default_next=reverse("wagtailadmin_home"))
