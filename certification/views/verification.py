"""Public verification of certificates: by token (the QR code), or by number and family name."""

from django import forms
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from certification.models.certificates import in_language
from certification.verification import (
    certificate_by_number,
    certificate_by_token,
    client_key,
    lookup_allowed,
    verification_facts,
)

NOT_FOUND = _(
    "No certificate matches what you entered. Check the token, or the number and the holder's family name, "
    "exactly as printed on the certificate."
)
TOO_MANY = _("Too many look-ups from your connection. Wait a minute, then try again.")


class VerifyForm(forms.Form):
    token = forms.CharField(label=_("Verification token"), required=False, max_length=64)
    number = forms.CharField(
        label=_("Certificate number"), required=False, max_length=24, help_text=_("e.g. SCORE-ID-2026-000123")
    )
    family_name = forms.CharField(label=_("Holder's family name"), required=False, max_length=150)

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("token") and not (cleaned.get("number") and cleaned.get("family_name")):
            raise forms.ValidationError(
                _("Enter the token, or the number together with the holder's family name.")
            )
        return cleaned


def verify_form(request):
    form = VerifyForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        if not lookup_allowed(client_key=client_key(request)):
            form.add_error(None, TOO_MANY)
            status = 429
        else:
            data = form.cleaned_data
            certificate = (
                certificate_by_token(token=data["token"].strip())
                if data["token"]
                else certificate_by_number(number=data["number"], family_name=data["family_name"])
            )
            if certificate is not None:
                return redirect("certification:verify", token=certificate.token)
            form.add_error(None, NOT_FOUND)
            status = 404
    return render(request, "certification/verify_form.html", {"form": form}, status=status)


def verify_token(request, token: str):
    if not lookup_allowed(client_key=client_key(request), kind="token"):
        return render(
            request, "certification/verify_form.html", {"form": VerifyForm(), "error": TOO_MANY}, status=429
        )
    certificate = certificate_by_token(token=token)
    if certificate is None:
        raise Http404(NOT_FOUND)
    language = get_language()
    facts = verification_facts(certificate)
    context = {  # the facts in the page's language, as the certificate states them
        "facts": facts,
        "status_label": in_language(language, facts.status_label_en, facts.status_label_id),
        "level_label": in_language(language, facts.level_label_en, facts.level_label_id),
        "module": certificate.module_title_in(language),
        "curriculum": certificate.curriculum_title_in(language),
    }
    return render(request, "certification/verification.html", context)
