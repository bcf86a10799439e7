"""Taking a knowledge check: the form, the submission, the result. The rules live in courses.knowledge."""

from django import forms
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from courses.knowledge import (
    ALREADY_SUBMITTED,
    KnowledgeCheckError,
    attempt_review,
    attempt_submit,
    check_questions,
    form_token_issue,
    retake_available_at,
)
from courses.models import KnowledgeCheckAttempt
from courses.models.lessons import LOGIN_TO_STUDY

NOT_ANSWERS = {"csrfmiddlewaretoken", "token"}


def _render(request, page, status=200, **extra):
    context = page.get_context(request)
    context.update(extra)
    return TemplateResponse(request, page.get_template(request), context, status=status)


def _form(request, page, *, chosen=None, error=None, missing=(), status=200):
    return _render(
        request,
        page,
        status=status,
        questions=check_questions(check=page),
        token=form_token_issue(user=request.user, check=page),
        chosen={value for values in (chosen or {}).values() for value in values},  # option ids are unique
        error=error,
        missing=set(missing),
    )


def _result(request, page, attempt):
    return _render(
        request,
        page,
        attempt=attempt,
        review=attempt_review(attempt=attempt, check=page),
        retake_at=retake_available_at(user=request.user, check=page),
    )


def _own_attempt_or_404(request, page, attempt_id: str):
    """The trainer's attempt at this check that ``?attempt=`` names. A choice field reads the id, so
    that ``²``, ``1.5`` or 10,000 digits name no attempt rather than break ``int()``."""
    attempts = KnowledgeCheckAttempt.objects.filter(user=request.user, check_key=page.translation_key)
    try:
        return forms.ModelChoiceField(queryset=attempts).clean(attempt_id)
    except ValidationError:
        raise Http404 from None


def knowledge_check_serve(request, page):
    if not request.user.is_authenticated:
        messages.info(request, LOGIN_TO_STUDY)
        return redirect_to_login(request.get_full_path(), login_url=reverse("account_login"))
    if request.method == "POST":
        answers = {key: request.POST.getlist(key) for key in request.POST if key not in NOT_ANSWERS}
        try:
            attempt, created = attempt_submit(
                user=request.user, check=page, token=request.POST.get("token", ""), answers=answers
            )
        except KnowledgeCheckError as error:
            # A forged form is a bad request; an incomplete one is shown again with the choices kept.
            return _form(
                request,
                page,
                chosen=answers,
                error=error.message,
                missing=error.missing,
                status=400 if error.forged else 200,
            )
        if not created:
            messages.info(request, ALREADY_SUBMITTED)
        return redirect(f"{page.get_url(request)}?attempt={attempt.pk}")

    attempt_id = request.GET.get("attempt", "")
    if attempt_id:
        return _result(request, page, _own_attempt_or_404(request, page, attempt_id))
    if retake_available_at(user=request.user, check=page):
        last = KnowledgeCheckAttempt.objects.filter(user=request.user, check_key=page.translation_key).first()
        return _result(request, page, last)
    return _form(request, page)
