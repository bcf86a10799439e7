"""The admin's trainer profile form: staff correcting the name on certificates say why (it is recorded
with the change, and the certificates are re-issued at once: certification.name_changes)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList

from .name_changes import CORRECTION_NEEDS_REASON, holds_current_certificate
from .profiles import EDITABLE_FIELDS, certificate_name_clean


class TrainerProfileAdminForm(WagtailAdminModelForm):
    name_change_reason = forms.CharField(
        label=_("Reason for changing the name on certificates"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Needed when the trainer holds a certificate: it is re-issued in the new name at once, and the "
            "change is recorded with your name and this reason."
        ),
    )

    def clean_certificate_name(self):
        return certificate_name_clean(self.cleaned_data.get("certificate_name", ""))

    def clean(self):
        cleaned = super().clean()
        instance = self.instance
        if (
            instance.pk
            and "certificate_name" in self.changed_data
            and holds_current_certificate(user=instance.user)
            and not cleaned.get("name_change_reason", "").strip()
        ):
            self.add_error("name_change_reason", CORRECTION_NEEDS_REASON)
        return cleaned


TRAINER_PROFILE_PANELS = ObjectList(
    [FieldPanel(name) for name in EDITABLE_FIELDS] + [FieldPanel("name_change_reason")],
    base_form_class=TrainerProfileAdminForm,
)
