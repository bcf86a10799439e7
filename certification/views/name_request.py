"""A holder asks programme staff to change the name on their certificates, or withdraws the request.
The rules live in certification.name_changes."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from certification.forms import NameChangeRequestForm
from certification.models import NameChangeRequest
from certification.name_changes import (
    holds_current_certificate,
    name_request_submit,
    name_request_withdraw,
    pending_name_request,
)
from certification.profiles import profile_get

REQUEST_SENT = _(
    "Your request is with programme staff. Your certificates keep their name until they approve it; you "
    "will get an email either way."
)
REQUEST_WITHDRAWN = _("Your request is withdrawn. Your certificates keep their name.")


@login_required
def name_request_new(request):
    profile = profile_get(user=request.user)
    if profile is None or not holds_current_certificate(user=request.user):
        return redirect("certification:profile")  # without a certificate the name changes in the profile
    pending = pending_name_request(profile=profile)
    form = NameChangeRequestForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and pending is None and form.is_valid():
        try:
            name_request_submit(
                profile=profile,
                new_name=form.cleaned_data["new_name"],
                reason=form.cleaned_data["reason"],
                explanation=form.cleaned_data["explanation"],
                document=form.cleaned_data.get("document"),
                actor=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, REQUEST_SENT)
            return redirect("certification:profile")
    return render(
        request,
        "certification/name_request_form.html",
        {"form": form, "profile": profile, "pending": pending},
    )


@login_required
@require_POST
def name_request_cancel(request, pk: int):
    name_request = get_object_or_404(NameChangeRequest.objects.select_related("profile"), pk=pk)
    if name_request.profile.user_id != request.user.pk:
        raise Http404  # another trainer's request: says nothing about whether it exists
    try:
        name_request_withdraw(request=name_request, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, REQUEST_WITHDRAWN)
    return redirect("certification:profile")
