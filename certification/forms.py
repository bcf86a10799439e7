"""The trainer's profile form: every field checked, every typed value kept when something is refused."""

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import Partner

from .evidence import evidence_file_errors
from .models import NameChangeRequest, TrainerProfile
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

    def __init__(self, *args, name_locked: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["certificate_name"].widget.attrs["autocomplete"] = "name"
        if name_locked:
            # A holder's certificate name changes only when programme staff agree (name_changes): the
            # field shows it, and a posted value is ignored.
            self.fields["certificate_name"].disabled = True
            self.fields["certificate_name"].help_text = _(
                "Your certificates carry this name. To change it, ask programme staff below."
            )
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


class NameChangeRequestForm(forms.Form):
    new_name = forms.CharField(
        label=_("The name your certificates should carry"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    reason = forms.ChoiceField(
        label=_("Why it changes"), choices=NameChangeRequest.Reason.choices, widget=forms.RadioSelect
    )
    explanation = forms.CharField(
        label=_("Anything programme staff should know"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    document = forms.FileField(
        label=_("Supporting document"),
        required=False,
        help_text=_(
            "Optional but it speeds up the decision: an identity card, a marriage certificate or a court "
            "decision, as a PDF, JPEG or PNG."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,image/jpeg,image/png"}),
    )

    def clean_new_name(self):
        return certificate_name_clean(self.cleaned_data.get("new_name", ""))

    def clean_document(self):
        document = self.cleaned_data.get("document")
        if document:
            errors = evidence_file_errors(document)
            if errors:
                raise forms.ValidationError(errors)
        return document
