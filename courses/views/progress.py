"""Trainers mark lessons done and see what they have studied. Views are thin: the rules live in courses.progress."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from courses.progress import lesson_complete, lesson_uncomplete, my_learning, published_lesson_get

LESSON_NOT_FOUND = _("This lesson does not exist or is not published.")
LESSON_MARKED_DONE = _("Lesson marked as done.")
LESSON_MARKED_NOT_DONE = _("Lesson marked as not done.")


def _lesson_or_404(lesson_id: int):
    lesson = published_lesson_get(lesson_id=lesson_id)
    if lesson is None:
        raise Http404(LESSON_NOT_FOUND)
    return lesson


def _back(request, lesson):
    target = request.POST.get("next", "")
    # A path of this site (the page the trainer came from); HttpResponseRedirect because redirect()
    # would take "abc" for a view name and fail to reverse it.
    if target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return HttpResponseRedirect(target)
    return redirect(lesson.get_url(request))


@login_required
@require_POST
def lesson_done(request, lesson_id: int):
    lesson = _lesson_or_404(lesson_id)
    lesson_complete(user=request.user, lesson=lesson)
    messages.success(request, LESSON_MARKED_DONE)
    return _back(request, lesson)


@login_required
@require_POST
def lesson_undo(request, lesson_id: int):
    lesson = _lesson_or_404(lesson_id)
    lesson_uncomplete(user=request.user, lesson=lesson)
    messages.info(request, LESSON_MARKED_NOT_DONE)
    return _back(request, lesson)


@login_required
def my_learning_view(request):
    from certification.api import profile_is_complete

    return render(
        request,
        "courses/my_learning.html",
        {
            "entries": my_learning(user=request.user),
            "profile_complete": profile_is_complete(user=request.user),
        },
    )
