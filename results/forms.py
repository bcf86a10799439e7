"""The forms trainers, partner editors and staff fill in on the site: a cycle, its sessions and sponsors, an
enterprise, an enterprise in a cycle, a consultancy visit. Each keeps what was typed when something is
refused; the rules across records live in results/services/."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from certification.api import expert_trainer_ids

from .models import (
    ClassroomSession,
    ConsultancyVisit,
    CycleEnterprise,
    Enterprise,
    Sponsorship,
    TrainingCycle,
)
from .module_choices import module_choices
from .numbers import LocalDecimalField
from .people import person_name

UNKNOWN_EMAILS = _("No account has these e-mail addresses: %(emails)s.")


class AccessibleFormMixin:
    """Help and error texts tied to their fields for screen readers, as the site's other forms do."""

    def describe_fields(self):
        for name, field in self.fields.items():
            describedby = []
            if field.help_text:
                describedby.append(f"{self.prefix + '-' if self.prefix else ''}{name}-help")
            if self.is_bound and name in self.errors:
                field.widget.attrs["aria-invalid"] = "true"
            if describedby:
                field.widget.attrs["aria-describedby"] = " ".join(describedby)


class EmailsField(forms.CharField):
    """Accounts named by e-mail address, separated by commas, spaces or new lines."""

    widget = forms.Textarea(attrs={"rows": 2, "autocomplete": "off"})

    def clean(self, value):
        text = super().clean(value) or ""
        emails = [part.strip().lower() for part in text.replace(",", " ").split() if part.strip()]
        users = list(get_user_model().objects.filter(email__in=emails))
        found = {user.email.lower() for user in users}
        missing = [email for email in emails if email not in found]
        if missing:
            raise forms.ValidationError(UNKNOWN_EMAILS % {"emails": ", ".join(missing)})
        return users


class CycleForm(AccessibleFormMixin, forms.ModelForm):
    module = forms.TypedChoiceField(label=_("Module"), coerce=int)
    lead_trainer_email = forms.EmailField(
        label=_("Lead trainer's e-mail"),
        help_text=_("The account of the trainer who leads the cycle."),
    )
    co_trainer_emails = EmailsField(
        label=_("Co-trainers' e-mails"),
        required=False,
        help_text=_("The accounts of the other trainers, separated by commas."),
    )

    class Meta:
        model = TrainingCycle
        fields = [
            "code",
            "partner",
            "supervising_expert",
            "workshop_on",
            "workshop_place",
            "cost_of_delivery",
            "notes",
        ]
        widgets = {
            "workshop_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "notes": forms.Textarea(attrs={"rows": 3}),
            "cost_of_delivery": forms.TextInput(attrs={"inputmode": "numeric"}),
        }
        field_classes = {"cost_of_delivery": LocalDecimalField}

    def __init__(self, *args, user, partners, lead_locked: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["code"].required = False
        self.fields["code"].help_text = _(
            "Your code for the cycle, e.g. BEDO-2025-07. Leave empty to get one."
        )
        self.fields["module"].choices = [("", _("Choose the module"))] + module_choices()
        self.fields["partner"].queryset = partners
        self.fields["partner"].empty_label = _("Choose the partner")
        self.fields["supervising_expert"].queryset = (
            get_user_model()
            .objects.filter(pk__in=expert_trainer_ids())
            .select_related("trainer_profile")
            .order_by("trainer_profile__certificate_name", "email")
        )
        self.fields["supervising_expert"].label_from_instance = person_name
        self.fields["supervising_expert"].empty_label = _("None: this is not a ToE cycle")
        self.fields["cost_of_delivery"].localize = True
        self.fields["cost_of_delivery"].widget.is_localized = True
        if lead_locked:
            self.fields["lead_trainer_email"].disabled = True
            self.fields["lead_trainer_email"].help_text = _("You lead the cycles you record.")
        instance = self.instance
        if instance.pk:
            self.initial.setdefault("module", instance.module_id)
            self.initial.setdefault("lead_trainer_email", instance.lead_trainer.email)
            self.initial.setdefault(
                "co_trainer_emails", ", ".join(u.email for u in instance.co_trainers.order_by("email"))
            )
        self.order_fields(["code", "module", "partner", "lead_trainer_email", "co_trainer_emails"])
        self.describe_fields()

    def clean_lead_trainer_email(self):
        email = self.cleaned_data["lead_trainer_email"].strip().lower()
        lead = get_user_model().objects.filter(email__iexact=email).first()
        if lead is None:
            raise forms.ValidationError(UNKNOWN_EMAILS % {"emails": email})
        return lead


class SessionForm(forms.ModelForm):
    class Meta:
        model = ClassroomSession
        fields = ["starts_on", "ends_on", "place"]
        widgets = {
            "starts_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "ends_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }


class SponsorshipForm(forms.ModelForm):
    class Meta:
        model = Sponsorship
        fields = ["sponsor", "amount"]
        widgets = {"amount": forms.TextInput(attrs={"inputmode": "numeric"})}
        field_classes = {"amount": LocalDecimalField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["amount"].localize = True
        self.fields["amount"].widget.is_localized = True


SessionFormSet = forms.inlineformset_factory(
    TrainingCycle, ClassroomSession, form=SessionForm, extra=1, can_delete=True, max_num=20, validate_max=True
)
SponsorshipFormSet = forms.inlineformset_factory(
    TrainingCycle, Sponsorship, form=SponsorshipForm, extra=1, can_delete=True, max_num=20, validate_max=True
)


class EnterpriseForm(AccessibleFormMixin, forms.ModelForm):
    class Meta:
        model = Enterprise
        fields = [
            "code",
            "name",
            "partner",
            "sector",
            "province",
            "regency",
            "workforce_women",
            "workforce_men",
            "managers",
            "workers",
            "contact_name",
            "contact_phone",
            "contact_email",
        ]
        widgets = {"contact_phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "off"})}

    def __init__(self, *args, partners, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].required = False
        self.fields["code"].help_text = _(
            "Your code for the enterprise, e.g. BEDO-E-0042. Leave empty to get one."
        )
        self.fields["partner"].queryset = partners
        self.fields["partner"].empty_label = _("Choose the partner")
        self.fields["sector"].choices = [("", _("Choose the sector"))] + list(self.fields["sector"].choices)[
            1:
        ]
        self.fields["province"].choices = [("", _("Choose the province"))] + list(
            self.fields["province"].choices
        )[1:]
        for name in ("workforce_women", "workforce_men", "managers", "workers"):
            self.fields[name].widget.attrs.update({"inputmode": "numeric", "min": 0})
        self.describe_fields()

    def clean_code(self):
        return (self.cleaned_data.get("code") or "").strip().upper()


class EnrolmentForm(AccessibleFormMixin, forms.ModelForm):
    class Meta:
        model = CycleEnterprise
        fields = ["enterprise", "managers_women", "managers_men", "workers_women", "workers_men", "fee_paid"]
        widgets = {"fee_paid": forms.TextInput(attrs={"inputmode": "numeric"})}
        field_classes = {"fee_paid": LocalDecimalField}

    def __init__(self, *args, enterprises, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enterprise"].queryset = enterprises
        self.fields["enterprise"].empty_label = _("Choose the enterprise")
        if self.instance.pk:
            self.fields["enterprise"].disabled = True
        self.fields["fee_paid"].localize = True
        self.fields["fee_paid"].widget.is_localized = True
        for name in ("managers_women", "managers_men", "workers_women", "workers_men"):
            self.fields[name].widget.attrs.update({"inputmode": "numeric", "min": 0})
        self.describe_fields()


class VisitForm(AccessibleFormMixin, forms.ModelForm):
    class Meta:
        model = ConsultancyVisit
        fields = ["enterprise", "trainer", "visited_on", "notes"]
        widgets = {
            "visited_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "notes": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, cycle, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enterprise"].queryset = cycle.enterprises.order_by("name")
        self.fields["enterprise"].empty_label = _("Choose the enterprise")
        trainers = get_user_model().objects.filter(
            pk__in=[cycle.lead_trainer_id, *cycle.co_trainers.values_list("pk", flat=True)]
        )
        self.fields["trainer"].queryset = trainers.select_related("trainer_profile").order_by("email")
        self.fields["trainer"].label_from_instance = person_name
        self.fields["trainer"].empty_label = None
        self.describe_fields()


class StatusForm(forms.Form):
    to_status = forms.CharField(widget=forms.HiddenInput)
    note = forms.CharField(
        label=_("Note"), required=False, max_length=500, widget=forms.Textarea(attrs={"rows": 2})
    )


class ToeConfirmForm(forms.Form):
    note = forms.CharField(
        label=_("Your note on the cycle"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Optional: what you saw of the trainer's work, for their record."),
    )
