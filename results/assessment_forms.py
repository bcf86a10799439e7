"""The assessment form: the date, the module's good practices as yes / no / not known, and its KPIs in
their units, each follow-up value beside the baseline's. Made for a phone at the enterprise."""

from django import forms
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from .numbers import LocalDecimalField

YES, NO, UNKNOWN = "yes", "no", ""
ANSWERS = [(YES, _("Yes")), (NO, _("No")), (UNKNOWN, _("Not known"))]
REASON_REQUIRED = _("Say why you correct a submitted assessment: the earlier values are kept with it.")
BASELINE_VALUE = _("Baseline: %(value)s")


def practice_field_name(practice) -> str:
    return f"practice_{practice.pk}"


def kpi_field_name(kpi) -> str:
    return f"kpi_{kpi.pk}"


class AssessmentForm(forms.Form):
    assessed_on = forms.DateField(
        label=_("Date of the assessment"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    notes = forms.CharField(
        label=_("Notes"), required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )
    reason = forms.CharField(
        label=_("Reason for the correction"),
        required=False,
        max_length=300,
        help_text=_("Kept with the earlier values, which stay on record."),
    )

    def __init__(
        self,
        *args,
        practices,
        kpis,
        baseline_values=None,
        baseline_answers=None,
        correcting: bool = False,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.practices = list(practices)
        self.kpis = list(kpis)
        self.correcting = correcting
        if not correcting:
            del self.fields["reason"]
        baseline_values = baseline_values or {}
        baseline_answers = baseline_answers or {}
        shown = {True: ANSWERS[0][1], False: ANSWERS[1][1], None: ANSWERS[2][1]}
        for practice in self.practices:
            self.fields[practice_field_name(practice)] = forms.ChoiceField(
                label=practice.localized_name,
                choices=ANSWERS,
                required=False,
                widget=forms.RadioSelect,
                help_text=BASELINE_VALUE % {"value": shown[baseline_answers[practice.pk]]}
                if practice.pk in baseline_answers
                else "",
            )
        for kpi in self.kpis:
            help_text = str(kpi.get_direction_display())
            if kpi.pk in baseline_values:
                help_text = f"{BASELINE_VALUE % {'value': _number(baseline_values[kpi.pk])}} · {help_text}"
            field = LocalDecimalField(
                label=f"{kpi.localized_name} ({kpi.get_unit_display()})",
                required=False,
                max_digits=16,
                decimal_places=2,
                localize=True,
                help_text=help_text,
            )
            field.widget.attrs.update({"inputmode": "decimal", "autocomplete": "off"})
            self.fields[kpi_field_name(kpi)] = field

    @property
    def practice_fields(self):
        return [self[practice_field_name(p)] for p in self.practices]

    @property
    def kpi_fields(self):
        return [self[kpi_field_name(k)] for k in self.kpis]

    def clean(self):
        cleaned = super().clean()
        if self.correcting and self.has_changed() and not (cleaned.get("reason") or "").strip():
            self.add_error("reason", REASON_REQUIRED)
        return cleaned

    def answers(self) -> dict[int, bool | None]:
        values = {YES: True, NO: False}
        return {
            p.pk: values.get(self.cleaned_data.get(practice_field_name(p)) or UNKNOWN) for p in self.practices
        }

    def values(self) -> dict[int, object]:
        return {k.pk: self.cleaned_data.get(kpi_field_name(k)) for k in self.kpis}

    @staticmethod
    def initial_for(assessment) -> dict:
        initial = {"assessed_on": assessment.assessed_on, "notes": assessment.notes}
        for answer in assessment.practice_answers.all():
            initial[f"practice_{answer.practice_id}"] = {True: YES, False: NO}.get(answer.in_place, UNKNOWN)
        for value in assessment.kpi_values.all():
            initial[f"kpi_{value.kpi_id}"] = value.value
        return initial


def _number(value) -> str:
    return number_format(plain_number(value), use_l10n=True, force_grouping=True)


def plain_number(value):
    """A Decimal as a person writes it: 1500 not 1500.00 (nor 1.5E+3), 2.5 not 2.50."""
    if value == value.to_integral_value():
        return int(value)
    return value.normalize()
