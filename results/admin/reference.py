"""The KPI catalogue and the good-practice checklists, kept by programme staff (partner editors do not see
them in the admin). Codes key both in imports and the open data feed: a code that has values or answers
keeps its meaning, and what has values or answers is never deleted (docs/decisions/0015)."""

from django import forms
from django.db.models import Count
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet

from cms.protection import Alternative, refusal_for

from ..models import GoodPracticeChecklist, Kpi, KpiValue, PracticeAnswer
from .exports import ExportColumn, ExportingIndexView, coded, field, heading_of
from .modules import (
    core_modules_for_choosing,
    curriculum_title_of,
    module_label,
    modules_for_choosing,
    record_module_label,
)
from .scoping import ScopedDeleteView

KPI_INSTEAD = _(
    "Take it out of its modules instead: new assessments no longer ask for it, and the values recorded stay "
    "in the results."
)
CHECKLIST_INSTEAD = _(
    "Edit the checklist instead: a practice that enterprises answered stays, and new practices can be added."
)
EDIT_KPI = _("Edit the KPI")
EDIT_CHECKLIST = _("Edit the checklist")
CODE_KEPT = ngettext_lazy(
    "This code has %(count)d recorded value: it keeps its meaning and cannot change.",
    "This code has %(count)d recorded values: it keeps its meaning and cannot change.",
    "count",
)
PRACTICE_ANSWERED = ngettext_lazy(
    "“%(practice)s” was answered in %(count)d assessment: it stays on the checklist.",
    "“%(practice)s” was answered in %(count)d assessments: it stays on the checklist.",
    "count",
)


class KeptDeleteView(ScopedDeleteView):
    """Refuses deleting what values or answers keep, with this record's own advice."""

    instead = None
    edit_label = None

    def refusal_of(self, obj):
        refusal = refusal_for(obj)
        if refusal is None:
            return None
        url = reverse(self.edit_url_name, args=(obj.pk,)) if self.edit_url_name else ""
        refusal.alternative = Alternative(self.instead, self.edit_label, url)
        return refusal


class KpiDeleteView(KeptDeleteView):
    instead = KPI_INSTEAD
    edit_label = EDIT_KPI


class ChecklistDeleteView(KeptDeleteView):
    instead = CHECKLIST_INSTEAD
    edit_label = EDIT_CHECKLIST


class KpiForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        modules = self.fields["modules"]
        modules.queryset = core_modules_for_choosing()
        modules.label_from_instance = module_label

    def clean_code(self):
        code = self.cleaned_data["code"]
        if self.instance.pk and code != self.instance.code:
            count = KpiValue.objects.filter(kpi_id=self.instance.pk).count()
            if count:
                raise forms.ValidationError(CODE_KEPT % {"count": count})
        return code


KPI_PANELS = ObjectList(
    [
        FieldRowPanel([FieldPanel("code"), FieldPanel("sort_order")]),
        FieldRowPanel([FieldPanel("name"), FieldPanel("name_id")]),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("direction")]),
        FieldPanel("modules", widget=forms.CheckboxSelectMultiple),
        FieldPanel("description"),
        FieldPanel("description_id"),
    ],
    base_form_class=KpiForm,
)


def _module_titles(kpi) -> str:
    return ", ".join(module.title for module in kpi.modules.all())


class KpiIndexView(ExportingIndexView):
    def get_export_queryset(self, queryset):
        return queryset.prefetch_related("modules")


def _kh(name):
    return heading_of(Kpi, name)


KPI_EXPORT = [
    field("code", _kh("code")),
    field("name", _kh("name")),
    field("name_id", _kh("name_id")),
    *coded("unit", _kh("unit")),
    *coded("direction", _kh("direction")),
    ExportColumn("modules", _kh("modules"), _module_titles),
    field("value_count", _("Values recorded")),
    field("sort_order", _kh("sort_order")),
]


class KpiViewSet(ModelViewSet):
    model = Kpi
    icon = "order"
    menu_label = _("KPI catalogue")
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = True
    search_backend_name = None
    index_view_class = KpiIndexView
    delete_view_class = KpiDeleteView
    edit_handler = KPI_PANELS
    list_display = [
        "code",
        "name",
        "name_id",
        "unit",
        "direction",
        Column("value_count", label=_("Values recorded"), sort_key="value_count"),
    ]
    list_filter = ["unit", "direction"]
    search_fields = ["code", "name", "name_id"]
    export_filename = "kpi-catalogue"
    sort_order_field = None  # ordered by its "order" field in the form, not by dragging

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(records=_kpi_records, **kwargs)

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(export_columns=KPI_EXPORT, **kwargs)


def _kpi_records(user):
    return Kpi.objects.annotate(value_count=Count("values"))


class ChecklistForm(WagtailAdminModelForm):
    """One checklist per module (the model's own rule); a practice that enterprises answered stays."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        module = self.fields["module"]
        module.queryset = modules_for_choosing()
        module.label_from_instance = module_label

    def is_valid(self):
        valid = super().is_valid()
        practices = self.formsets.get("practices")
        if not valid or practices is None:
            return valid
        for form in practices.deleted_forms:
            practice = form.instance
            if practice.pk is None:
                continue
            count = PracticeAnswer.objects.filter(practice_id=practice.pk).count()
            if count:
                self.add_error(None, PRACTICE_ANSWERED % {"practice": practice, "count": count})
                valid = False
        for form in practices.forms:
            practice = form.instance
            if practice.pk is None or "code" not in form.changed_data:
                continue
            count = PracticeAnswer.objects.filter(practice_id=practice.pk).count()
            if count:
                form.add_error("code", CODE_KEPT % {"count": count})
                valid = False
        return valid


CHECKLIST_PANELS = ObjectList(
    [
        FieldPanel("module", widget=forms.Select),
        InlinePanel("practices", heading=_("Good practices"), min_num=1),
    ],
    base_form_class=ChecklistForm,
)


def _checklist_records(user):
    return GoodPracticeChecklist.objects.select_related("module").annotate(
        curriculum_title=curriculum_title_of("module__path"), practice_count=Count("practices")
    )


def _practice_codes(checklist) -> str:
    return ", ".join(practice.code for practice in checklist.practices.all())


class ChecklistIndexView(ExportingIndexView):
    @cached_property
    def columns(self):
        # The module, named with its curriculum, is the title that links to the checklist.
        columns = super().columns
        title = self._get_title_column_class(TitleColumn)
        columns[0] = title(
            "module",
            label=_("Module"),
            accessor=record_module_label,
            sort_key="module__title",
            get_url=lambda checklist: self.get_edit_url(checklist) or self.get_inspect_url(checklist),
        )
        return columns

    def get_export_queryset(self, queryset):
        return queryset.prefetch_related("practices")


def _ch(name):
    return heading_of(GoodPracticeChecklist, name)


CHECKLIST_EXPORT = [
    ExportColumn("module", _("Module (id)"), lambda c: c.module_id),
    ExportColumn("module_title", _ch("module"), lambda c: c.module.title),
    ExportColumn("curriculum", _("Curriculum"), lambda c: c.curriculum_title),
    field("practice_count", _("Practices")),
    ExportColumn("practices", _("Practice codes"), _practice_codes),
]


class ChecklistViewSet(ModelViewSet):
    model = GoodPracticeChecklist
    icon = "list-ul"
    menu_label = _("Good-practice checklists")
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = True
    search_backend_name = None
    index_view_class = ChecklistIndexView
    delete_view_class = ChecklistDeleteView
    edit_handler = CHECKLIST_PANELS
    list_display = [
        Column("module", label=_("Module"), accessor=record_module_label, sort_key="module__title"),
        Column("practice_count", label=_("Practices"), sort_key="practice_count"),
    ]
    search_fields = ["module__title"]
    export_filename = "good-practice-checklists"
    inspect_view_fields = ["module", "practices"]

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(records=_checklist_records, **kwargs)

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(export_columns=CHECKLIST_EXPORT, **kwargs)
