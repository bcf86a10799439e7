from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import Partner

from ..access import scope_of
from ..models import ImportRun
from .files import upload_problem


class ImportUploadForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What the file holds"), choices=ImportRun.Kind.choices, widget=forms.RadioSelect
    )
    partner = forms.ModelChoiceField(
        label=_("Partner"),
        queryset=Partner.objects.none(),
        required=False,
        empty_label=_("Several partners: named in the file's partner column"),
        help_text=_("The partner whose records the file holds."),
    )
    file = forms.FileField(
        label=_("File"),
        help_text=_("An Excel workbook (.xlsx) or a CSV file, at most 10 MB. Start from the template."),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        scope = scope_of(user)
        partner = self.fields["partner"]
        if scope.everything:
            partner.queryset = Partner.objects.order_by("name")
        else:
            partner.queryset = Partner.objects.filter(pk__in=scope.partner_ids).order_by("name")
            partner.empty_label = None
            self.own_partner = None
            if len(scope.partner_ids) == 1:
                self.own_partner = partner.queryset.first()
                partner.initial = self.own_partner.pk
                partner.help_text = _("You import for your partner's records only.")
            else:
                partner.required = True

    def clean_partner(self):
        return self.cleaned_data.get("partner") or getattr(self, "own_partner", None)

    def clean_file(self):
        file = self.cleaned_data["file"]
        problem = upload_problem(file)
        if problem:
            raise forms.ValidationError(problem)
        return file
