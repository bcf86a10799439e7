from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode

from courses.api import lessons_search

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
    return render(request, "search/search.html", {"query": query, "results": results})


def admin_login_redirect(request):
    """Wagtail's login form would skip the second factor: send everyone to the site's login."""
    target = reverse("account_login")
    next_url = request.GET.get("next") or reverse("wagtailadmin_home")
    return redirect(f"{target}?{urlencode({'next': next_url})}")
