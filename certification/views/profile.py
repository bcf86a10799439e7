"""The trainer edits their own profile, and only their own. The rules live in certification.profiles."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from certification.forms import TrainerProfileForm
from certification.models import TrainerProfile
from certification.name_changes import holds_current_certificate
from certification.profiles import profile_get, profile_save
from cms.language import remember_language

PROFILE_SAVED = _("Your profile is saved.")


@login_required
def profile_edit(request):
    profile = profile_get(user=request.user)
    # A holder's certificate name changes only when programme staff agree (certification.name_changes).
    name_locked = profile is not None and holds_current_certificate(user=request.user)
    if request.method == "POST":
        form = TrainerProfileForm(
            request.POST,
            request.FILES,
            instance=profile or TrainerProfile(user=request.user),
            name_locked=name_locked,
        )
        saved = None
        if form.is_valid():
            try:
                saved = profile_save(
                    user=request.user,
                    data=form.cleaned_data,
                    photo=form.cleaned_data.get("photo"),
                    remove_photo=form.cleaned_data.get("remove_photo", False),
                    changed_by=request.user,
                )
            except ValidationError as error:  # a certificate issued since the page opened locks the name
                form.add_error(None, error)
        if saved is not None:
            profile = saved
            # Said in the language the next page is shown in, which the trainer may just have changed.
            with translation.override(profile.preferred_language or get_language()):
                messages.success(request, str(PROFILE_SAVED))
            # The site follows the language the trainer prefers, from this page on.
            url = reverse("certification:profile")
            if profile.preferred_language != get_language():
                url = translate_url(url, profile.preferred_language)
            return remember_language(redirect(url), profile.preferred_language)
    else:
        initial = (
            {}
            if profile
            else {"certificate_name": request.user.get_full_name(), "preferred_language": get_language()}
        )
        form = TrainerProfileForm(instance=profile, initial=initial, name_locked=name_locked)
    history = list(profile.name_changes.select_related("changed_by")) if profile else []
    requests = list(profile.name_requests.all()[:5]) if profile else []
    return render(
        request,
        "certification/trainer_profile_form.html",
        {
            "form": form,
            "profile": profile,
            "name_changes": history,
            "name_locked": name_locked,
            "name_requests": requests,
            "pending_request": next((item for item in requests if item.is_pending), None),
        },
    )
