"""Forms of the certification pages: the trainer's part of a requirement, evidence, confirmations,
decisions, bulk issue and the registry search. Rules live in the services; forms only read input."""

from django import forms
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from .evidence import evidence_file_errors
from .models import CertificationTrack, Evidence, Level, Requirement
from .provinces import PROVINCES
from .requirements import TOE_DOCUMENTS
from .roles import experts_of
from .track_names import grouped_track_choices

Kind = Requirement.Kind
DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def chosen_or_404(data, name: str, queryset):
    """The object of ``queryset`` that the field ``name`` of a POST names (a hidden field, a button's
    value), read as a form's choice field reads it: ``abc``, ``1.5``, ``²`` or a number beyond the
    database's range name nothing, and end in the site's 404, as someone else's id does."""
    try:
        return forms.ModelChoiceField(queryset=queryset).clean(data.get(name))
    except forms.ValidationError:
        raise Http404 from None


class ExpertChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        profile = getattr(user, "trainer_profile", None)
        return profile.certificate_name if profile else (user.get_full_name() or user.email)


class DeclareForm(forms.Form):
    """What the trainer did towards a requirement; the fields depend on its kind."""

    expert = ExpertChoiceField(queryset=None, label=_("Expert Trainer"), required=False)
    happened_on = forms.DateField(label=_("Date"), required=False, widget=DATE_INPUT)
    place = forms.CharField(label=_("Place"), max_length=200, required=False)
    cycles = forms.IntegerField(label=_("Cycles delivered"), min_value=1, max_value=200, required=False)
    statement = forms.CharField(
        label=_("Note for the reviewer"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    FIELDS = {
        Kind.TOT_ATTENDED: ["expert", "happened_on", "place", "statement"],
        Kind.TOE_CYCLE: ["expert", "happened_on", "place", "statement"],
        Kind.RECOMMENDATION: ["expert", "statement"],
        Kind.LEAD_CYCLES: ["cycles", "statement"],
        Kind.RECENT_PRACTICE: ["cycles", "statement"],
    }

    def __init__(self, *args, requirement: Requirement, trainer, **kwargs):
        super().__init__(*args, prefix=f"req{requirement.pk}", **kwargs)
        self.requirement = requirement
        wanted = self.FIELDS.get(requirement.kind, [])
        for name in list(self.fields):
            if name not in wanted:
                del self.fields[name]
        if "expert" in self.fields:
            self.fields["expert"].queryset = experts_of(requirement.track).exclude(pk=trainer.pk)
        if requirement.kind == Kind.TOE_CYCLE:
            self.fields["happened_on"].label = _("Cycle started on")
            self.fields["place"].label = _("Enterprise and town")
        if requirement.kind == Kind.RECOMMENDATION:
            self.fields["expert"].label = _("Expert Trainer asked to recommend you")


class EvidenceForm(forms.Form):
    document = forms.ChoiceField(label=_("Document"), choices=Evidence.Document.choices)
    file = forms.FileField(
        label=_("File"),
        help_text=_("PDF, JPEG, PNG, DOCX or XLSX."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png,.docx,.xlsx"}),
    )

    def __init__(self, *args, requirement: Requirement, **kwargs):
        super().__init__(*args, prefix=f"ev{requirement.pk}", **kwargs)
        if requirement.kind == Kind.TOE_CYCLE:
            self.fields["document"].choices = [(doc.value, doc.label) for doc in TOE_DOCUMENTS]
        else:
            self.fields["document"].choices = [
                (doc.value, doc.label)
                for doc in (Evidence.Document.PROGRESS, Evidence.Document.VISIT, Evidence.Document.OTHER)
            ]

    def clean_file(self):
        file = self.cleaned_data["file"]
        errors = evidence_file_errors(file)
        if errors:
            raise forms.ValidationError(errors)
        return file


class ConfirmForm(forms.Form):
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    happened_on = forms.DateField(label=_("Date"), required=False, widget=DATE_INPUT)
    place = forms.CharField(label=_("Place"), max_length=200, required=False)
    cycles = forms.IntegerField(label=_("Cycles confirmed"), min_value=1, max_value=200, required=False)

    def __init__(self, *args, requirement: Requirement, **kwargs):
        super().__init__(*args, prefix=f"cf{requirement.pk}", **kwargs)
        keep = {"note"}
        if requirement.kind == Kind.TOT_ATTENDED:
            keep |= {"happened_on", "place"}
        if requirement.kind in (Kind.LEAD_CYCLES, Kind.RECENT_PRACTICE):
            keep.add("cycles")
        if requirement.kind == Kind.RECOMMENDATION:
            self.fields["note"].label = _("Your recommendation")
            self.fields["note"].required = True
            self.fields["note"].widget.attrs["rows"] = 6  # a paragraph or two, as a letter of recommendation
        for name in list(self.fields):
            if name not in keep:
                del self.fields[name]


class ReturnForm(forms.Form):
    """Return with comments: on the whole, and on each requirement."""

    reason = forms.CharField(
        label=_("Comment on the whole"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, requirements, **kwargs):
        super().__init__(*args, prefix="return", **kwargs)
        self.requirement_fields = []
        for requirement in requirements:
            name = f"comment_{requirement.pk}"
            self.fields[name] = forms.CharField(
                label=_("Comment on “%(requirement)s”") % {"requirement": requirement.get_kind_display()},
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
            self.requirement_fields.append((requirement, name))

    def comments(self) -> dict:
        return {
            requirement.pk: self.cleaned_data.get(name, "") for requirement, name in self.requirement_fields
        }


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class BulkIssueForm(forms.Form):
    track = forms.ModelChoiceField(
        label=_("Module"), queryset=CertificationTrack.objects.select_related("module").filter(is_active=True)
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Grouped by curriculum: five curricula teach a module of the same name. The queryset validates.
        self.fields["track"].choices = [
            ("", "---------"),
            *grouped_track_choices(self.fields["track"].queryset),
        ]

    level = forms.ChoiceField(label=_("Level"), choices=Level.choices)
    cohort = forms.CharField(
        label=_("Cohort"), max_length=200, help_text=_("For instance the ToT batch: “ToT Bandung, May 2026”.")
    )
    emails = forms.CharField(
        label=_("Trainers' email addresses"),
        help_text=_("One per line. Every line is checked before anything is issued."),
        widget=forms.Textarea(attrs={"rows": 10}),
    )


class RegistrySearchForm(forms.Form):
    name = forms.CharField(label=_("Name"), required=False, max_length=100)
    module = forms.ModelChoiceField(
        label=_("Module"),
        required=False,
        queryset=CertificationTrack.objects.select_related("module").order_by("module__path"),
        empty_label=_("Any module"),
    )
    province = forms.ChoiceField(label=_("Province"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["module"].choices = [
            ("", _("Any module")),
            *grouped_track_choices(self.fields["module"].queryset),
        ]
        self.fields["province"].choices = [("", _("Any province"))] + list(PROVINCES)
