"""The certification track's admin form: its settings and its requirements, which programme staff retire
(or reinstate) with a tick rather than delete once trainers have worked towards them."""

from django import forms
from django.core.exceptions import ValidationError
from django.forms.formsets import DELETION_FIELD_NAME
from django.utils.translation import gettext_lazy as _
from modelcluster.forms import BaseChildFormSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, PageChooserPanel, get_form_for_model

from .models import Requirement
from .retirement import REQUIREMENT_HAS_HISTORY, trainers_with_history

RETIRED_HELP = _(
    "Off the checklist for new and in-progress certifications. What trainers did towards it stays, and "
    "still shows on their certifications."
)


class RequirementForm(WagtailAdminModelForm):
    retired = forms.BooleanField(label=_("Retired"), required=False, help_text=RETIRED_HELP)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.setdefault("retired", self.instance.is_retired)

    def wants_retired(self) -> bool | None:
        """True to retire the requirement, False to reinstate it, None when that does not change."""
        wanted = getattr(self, "cleaned_data", {}).get("retired")
        if wanted is None or wanted == self.instance.is_retired:
            return None
        return wanted


def _show_again(form) -> None:
    # Wagtail's inline panel hides a child whose DELETE field is set, errors and all: clear it, so the
    # refused requirement shows again with its message, where staff can tick "Retired" instead.
    data = form.data.copy()
    data[form.add_prefix(DELETION_FIELD_NAME)] = ""
    form.data = data


class RequirementFormSet(BaseChildFormSet):
    def clean(self):
        super().clean()
        doomed = [form for form in self.forms if form.instance.pk and self._should_delete_form(form)]
        counts = trainers_with_history(requirement_ids=[form.instance.pk for form in doomed])
        refusals = []
        for form in doomed:
            count = counts.get(form.instance.pk)
            if count:
                message = REQUIREMENT_HAS_HISTORY % {"count": count}
                form.add_error(None, message)
                _show_again(form)
                refusals.append(message)
        if refusals:
            raise ValidationError(refusals)

    def retirement_changes(self) -> list[tuple[Requirement, bool]]:
        """(requirement, retire?) for each requirement whose "Retired" tick changed; call before saving."""
        changes = []
        for form in self.forms:
            if self.can_delete and self._should_delete_form(form):
                continue
            wanted = form.wants_retired()
            if wanted is not None:
                changes.append((form.instance, wanted))
        return changes


class RequirementsPanel(InlinePanel):
    """The track's requirements, with a "Retired" tick, and deletion refused for those with history."""

    def get_form_options(self):
        options = super().get_form_options()
        formset = options["formsets"][self.relation_name]
        deferred = formset["form"]._meta.defer_required_on_fields if "form" in formset else []
        formset["form"] = get_form_for_model(
            self.db_field.related_model, form_class=RequirementForm, defer_required_on_fields=deferred
        )
        formset["formset"] = RequirementFormSet
        return options


TRACK_PANELS = [
    PageChooserPanel("module", "courses.ModulePage"),
    FieldPanel("accepts_core_certification"),
    FieldRowPanel([FieldPanel("trainer_validity_months"), FieldPanel("expert_validity_months")]),
    FieldPanel("is_active"),
    RequirementsPanel(
        "requirements",
        panels=[*Requirement.panels, FieldPanel("retired")],
        heading=_("Requirements"),
        label=_("Requirement"),
    ),
]
