"""Assessments in the admin: listed, filtered, exported and inspected by their enterprise's partner's editors
and staff. The admin changes only an assessment's date and notes; its KPI values and good-practice answers
are corrected on the site's form, which keeps the earlier values. A submitted assessment's change of date is
recorded here the same way: who, when, the old date and the new."""

import django_filters
from django import forms
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column

from ..assessment_forms import REASON_REQUIRED
from ..corrections import correction_rows
from ..models import Assessment
from ..services.assessments import assessment_date_change, assessment_notes_change
from .base import ResultsViewSet
from .deletes import AssessmentDeleteView
from .enterprises import partner_choices
from .exports import ExportColumn, ExportingIndexView, coded, field, heading_of
from .modules import curriculum_title_of, module_label, modules_for_choosing, record_module_label
from .scoping import NoAddView, ScopedEditView, ScopedInspectView, admin_assessments

DATE_FIELD = "assessed_on"


class AssessmentFilterSet(WagtailFilterSet):
    partner = django_filters.ModelChoiceFilter(
        label=_("partner"), field_name="enterprise__partner", queryset=partner_choices
    )
    kind = django_filters.ChoiceFilter(label=_("kind"), choices=Assessment.Kind.choices)
    state = django_filters.ChoiceFilter(label=_("state"), choices=Assessment.State.choices)
    module = django_filters.ModelChoiceFilter(
        label=_("module"), queryset=lambda request: modules_for_choosing()
    )

    class Meta:
        model = Assessment
        fields = ["partner", "kind", "state", "module"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["module"].field.label_from_instance = module_label


class AssessmentForm(WagtailAdminModelForm):
    correction_reason = forms.CharField(
        label=_("Reason for the correction"),
        max_length=300,
        required=False,
        help_text=_("Kept with the correction when the date or notes of a submitted assessment change."),
    )

    def clean(self):
        cleaned = super().clean()
        changed = {DATE_FIELD, "notes"} & set(self.changed_data)
        if (
            self.instance.pk
            and self.instance.is_submitted
            and changed
            and not cleaned.get("correction_reason")
        ):
            self.add_error("correction_reason", REASON_REQUIRED)
        return cleaned


ASSESSMENT_PANELS = ObjectList(
    [FieldPanel(DATE_FIELD), FieldPanel("correction_reason"), FieldPanel("notes")],
    base_form_class=AssessmentForm,
)


class AssessmentEditView(ScopedEditView):
    def save_instance(self):
        """The date and notes through the services the site uses: a submitted assessment keeps its earlier
        values as corrections, with the reason given."""
        instance = Assessment.objects.get(pk=self.object.pk)
        data = self.form.cleaned_data
        reason = data.get("correction_reason", "")
        with transaction.atomic():
            assessment_date_change(
                assessment=instance, assessed_on=data[DATE_FIELD], by=self.request.user, reason=reason
            )
            assessment_notes_change(
                assessment=instance, notes=data.get("notes", ""), by=self.request.user, reason=reason
            )
        return instance


def site_correction_url(assessment) -> str:
    """The site's form that corrects the KPI values and answers, once it exists."""
    try:
        return reverse("results:assessment_edit", args=(assessment.pk,))
    except NoReverseMatch:
        return ""


class AssessmentInspectView(ScopedInspectView):
    template_name = "results/admin/assessment_inspect.html"

    def get_module_display_value(self):
        return record_module_label(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        assessment = self.object
        context.update(
            kpi_values=assessment.kpi_values.select_related("kpi").order_by("kpi__sort_order", "kpi__code"),
            practice_answers=assessment.practice_answers.select_related("practice").order_by(
                "practice__sort_order", "practice__code"
            ),
            corrections=correction_rows(assessment),
            correct_url=site_correction_url(assessment),
        )
        return context


def _assessment_records(user):
    return (
        admin_assessments(user)
        .select_related("enterprise", "enterprise__partner", "module", "cycle")
        .annotate(curriculum_title=curriculum_title_of("module__path"))
    )


def _h(name):
    return heading_of(Assessment, name)


ASSESSMENT_EXPORT = [
    ExportColumn("id", _("Assessment (id)"), lambda a: a.pk),
    ExportColumn("enterprise", _("Enterprise (code)"), lambda a: a.enterprise.code),
    ExportColumn("enterprise_name", _h("enterprise"), lambda a: a.enterprise.name),
    ExportColumn("partner", _("Partner (code)"), lambda a: a.enterprise.partner.short_name),
    ExportColumn("module", _("Module (id)"), lambda a: a.module_id),
    ExportColumn("module_title", _h("module"), lambda a: a.module.title),
    ExportColumn("curriculum", _("Curriculum"), lambda a: a.curriculum_title),
    ExportColumn("cycle", _("Cycle (code)"), lambda a: a.cycle.code if a.cycle_id else ""),
    *coded("kind", _h("kind")),
    field(DATE_FIELD, _h(DATE_FIELD)),
    *coded("state", _h("state")),
    field("submitted_at", _h("submitted_at")),
    field("notes", _h("notes")),
]


class AssessmentViewSet(ResultsViewSet):
    model = Assessment
    records = _assessment_records
    icon = "tasks"
    menu_label = _("Assessments")
    index_view_class = ExportingIndexView
    add_view_class = NoAddView
    edit_view_class = AssessmentEditView
    inspect_view_class = AssessmentInspectView
    delete_view_class = AssessmentDeleteView
    filterset_class = AssessmentFilterSet
    edit_handler = ASSESSMENT_PANELS
    list_display = [
        "enterprise",
        Column("module", label=_("Module"), accessor=record_module_label, sort_key="module__title"),
        "kind",
        DATE_FIELD,
        "state",
    ]
    search_fields = ["enterprise__name", "enterprise__code"]
    export_columns = ASSESSMENT_EXPORT
    inspect_view_fields = [
        "enterprise",
        "module",
        "cycle",
        "kind",
        DATE_FIELD,
        "state",
        "assessed_by",
        "submitted_at",
        "notes",
    ]

    def get_index_view_kwargs(self, **kwargs):
        # Assessments are recorded on the site, by their trainers: the listing offers no "Add".
        return super().get_index_view_kwargs(add_url_name=None, **kwargs)
