"""The trainer's profile form: every field checked, every typed value kept when something is refused."""

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import Partner

from .models import TrainerProfile
from .photos import photo_errors
from .profiles import EDITABLE_FIELDS, certificate_name_clean

ORGANISATION_REQUIRED = _("Choose your organisation, or name another one.")
ORGANISATION_BOTH = _("Choose a partner or name another organisation, not both.")


class TrainerProfileForm(forms.ModelForm):
    partner = forms.ModelChoiceField(
        queryset=Partner.objects.all(),
        required=False,
        label=_("Organisation"),
        empty_label=_("Another organisation (name it below)"),
        help_text=_("The implementing partner you work with, if any."),
    )
    photo = forms.FileField(
        label=_("Photo"),
        required=False,
        help_text=_(
            "Optional. A JPEG, PNG or WebP photo of your face, at most 5 MB; it is resized to 600 pixels."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    remove_photo = forms.BooleanField(label=_("Remove my current photo"), required=False)

    class Meta:
        model = TrainerProfile
        fields = EDITABLE_FIELDS
        widgets = {"phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["certificate_name"].widget.attrs["autocomplete"] = "name"
        self.fields["province"].choices = [("", _("Choose your province"))] + list(
            self.fields["province"].choices
        )[1:]
        for name, field in self.fields.items():
            describedby = []
            if field.help_text:
                describedby.append(f"{name}-help")
            if self.is_bound and name in self.errors:
                describedby.append(f"{name}-errors")
                field.widget.attrs["aria-invalid"] = "true"
            if describedby:
                field.widget.attrs["aria-describedby"] = " ".join(describedby)

    def clean_certificate_name(self):
        return certificate_name_clean(self.cleaned_data.get("certificate_name", ""))

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if photo:
            errors = photo_errors(photo)
            if errors:
                raise forms.ValidationError(errors)
        return photo

    def clean(self):
        cleaned = super().clean()
        partner, other = cleaned.get("partner"), (cleaned.get("other_organisation") or "").strip()
        cleaned["other_organisation"] = other
        if partner is None and not other:
            self.add_error("other_organisation", ORGANISATION_REQUIRED)
        elif partner is not None and other:
            self.add_error("other_organisation", ORGANISATION_BOTH)
        return cleaned
