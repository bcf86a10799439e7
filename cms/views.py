from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render

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
