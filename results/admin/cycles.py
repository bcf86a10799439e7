"""Training cycles in the admin: listed, filtered, exported, inspected (enterprises, sessions, visits,
sponsorships, status history) and corrected by their partner's editors and staff. The status is not edited
here: it changes through results.services.cycles.cycle_status_set, which records who, when, from and to."""

from functools import partial

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.db.models import (
    Count,
    DecimalField,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column

from certification.api import expert_trainer_ids

from ..access import scope_of
from ..models import CycleEnterprise, CycleStatus, Sponsorship, TrainingCycle
from ..people import person_label
from ..services.cycles import cycle_change_problems
from ..services.records import CO_TRAINER_IS_LEAD
from .base import ResultsViewSet
from .deletes import CycleDeleteView
from .enterprises import partner_choices
from .exports import ExportColumn, ExportingIndexView, coded, field, heading_of
from .forms import PartnerFixedForm
from .modules import curriculum_title_of, module_label, modules_for_choosing, record_module_label
from .scoping import ScopedInspectView, admin_cycles

FIRST_YEAR = 2009  # SCORE's first phase


def year_choices():
    return [(year, str(year)) for year in range(timezone.localdate().year + 1, FIRST_YEAR - 1, -1)]


class CycleFilterSet(WagtailFilterSet):
    partner = django_filters.ModelChoiceFilter(label=_("partner"), queryset=partner_choices)
    status = django_filters.ChoiceFilter(label=_("status"), choices=CycleStatus.choices)
    year = django_filters.ChoiceFilter(
        label=_("year"), field_name="starts_on", lookup_expr="year", choices=year_choices
    )
    module = django_filters.ModelChoiceFilter(
        label=_("module"), queryset=lambda request: modules_for_choosing()
    )

    class Meta:
        model = TrainingCycle
        fields = ["partner", "status", "year", "module"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["module"].field.label_from_instance = module_label


class CycleForm(PartnerFixedForm):
    """The module from the default language's tree, named with its curriculum; trainers (people with a
    trainer profile) as lead and co-trainers, Expert Trainers as supervisors; a cycle's own people stay
    choosable."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cycle = self.instance
        module = self.fields["module"]
        module.queryset = modules_for_choosing()
        module.label_from_instance = module_label
        scope = scope_of(self.for_user) if self.for_user is not None else None
        everything = scope is None or scope.everything
        people = (
            get_user_model()
            .objects.select_related("trainer_profile")
            .order_by("trainer_profile__certificate_name", "first_name", "last_name", "email")
        )
        own = [cycle.lead_trainer_id, cycle.supervising_expert_id] if cycle.pk else []
        if cycle.pk:
            own += list(cycle.co_trainers.values_list("pk", flat=True))
        own = [pk for pk in own if pk]
        # Staff choose any trainer; a partner's editor their partners' trainers (and the cycle's own people).
        trainers = Q(trainer_profile__isnull=False)
        if not everything:
            trainers &= Q(trainer_profile__partner_id__in=scope.partner_ids)
        label = partial(person_label, email=everything)
        for name in ("lead_trainer", "co_trainers"):
            self.fields[name].queryset = people.filter(trainers | Q(pk__in=own))
            self.fields[name].label_from_instance = label
        expert = self.fields["supervising_expert"]
        expert.queryset = people.filter(Q(pk__in=expert_trainer_ids()) | Q(pk__in=own))
        expert.label_from_instance = label

    def clean(self):
        """The site's rules across records (results.services.cycles), which the admin asks the same."""
        cleaned = super().clean()
        lead, expert = cleaned.get("lead_trainer"), cleaned.get("supervising_expert")
        module, partner = cleaned.get("module"), cleaned.get("partner")
        if lead is None or module is None or partner is None:
            return cleaned
        problems = cycle_change_problems(
            cycle=self.instance, module=module, lead=lead, expert=expert, partner_id=partner.pk
        )
        if any(user.pk == lead.pk for user in cleaned.get("co_trainers") or []):
            problems["co_trainers"] = str(CO_TRAINER_IS_LEAD)
        for name, message in problems.items():
            self.add_error(None if name == "__all__" else name, message)
        return cleaned


CYCLE_PANELS = ObjectList(
    [
        FieldRowPanel([FieldPanel("code"), FieldPanel("partner", widget=forms.Select)]),
        FieldPanel("module", widget=forms.Select),
        MultiFieldPanel(
            [
                FieldPanel("lead_trainer", widget=forms.Select),
                FieldPanel("co_trainers", widget=forms.CheckboxSelectMultiple),
                FieldPanel("supervising_expert", widget=forms.Select),
            ],
            heading=_("Trainers"),
        ),
        FieldRowPanel([FieldPanel("workshop_on"), FieldPanel("workshop_place")]),
        FieldPanel("cost_of_delivery"),
        FieldPanel("notes"),
    ],
    base_form_class=CycleForm,
)


def _cycle_records(user):
    return (
        admin_cycles(user)
        .select_related("partner", "module", "lead_trainer")
        .annotate(
            enterprise_count=Count("enrolments", distinct=True),
            curriculum_title=curriculum_title_of("module__path"),
        )
    )


def _sum_of(model, expression, output):
    """A per-cycle total as a subquery: sums over two relations in one query would multiply each other."""
    total = (
        model.objects.filter(cycle=OuterRef("pk"))
        .order_by()
        .values("cycle")
        .annotate(total=Sum(expression))
        .values("total")
    )
    return Coalesce(Subquery(total, output_field=output), Value(0), output_field=output)


money = DecimalField(max_digits=16, decimal_places=0)
people_count = IntegerField()


class CycleIndexView(ExportingIndexView):
    def get_export_queryset(self, queryset):
        return (
            queryset.select_related("supervising_expert")
            .prefetch_related(
                Prefetch("co_trainers", queryset=get_user_model().objects.select_related("trainer_profile"))
            )
            .annotate(
                participants_women=_sum_of(
                    CycleEnterprise, F("managers_women") + F("workers_women"), people_count
                ),
                participants_men=_sum_of(CycleEnterprise, F("managers_men") + F("workers_men"), people_count),
                fees_paid=_sum_of(CycleEnterprise, F("fee_paid"), money),
                sponsorship=_sum_of(Sponsorship, F("amount"), money),
            )
        )


def _h(name):
    return heading_of(TrainingCycle, name)


def _people(cycle) -> str:
    return ", ".join(person_label(user, email=True) for user in cycle.co_trainers.all())


CYCLE_EXPORT = [
    field("code", _h("code")),
    ExportColumn("module", _("Module (id)"), lambda c: c.module_id),
    ExportColumn("module_title", _h("module"), lambda c: c.module.title),
    ExportColumn("curriculum", _("Curriculum"), lambda c: c.curriculum_title),
    ExportColumn("partner", _("Partner (code)"), lambda c: c.partner.short_name),
    ExportColumn("partner_name", _h("partner"), lambda c: c.partner.name),
    ExportColumn("lead_trainer", _("Lead trainer (email)"), lambda c: c.lead_trainer.email),
    ExportColumn("lead_trainer_name", _h("lead_trainer"), lambda c: c.lead_trainer.get_full_name()),
    ExportColumn("co_trainers", _h("co_trainers"), _people),
    ExportColumn(
        "supervising_expert",
        _("Supervising Expert Trainer (email)"),
        lambda c: c.supervising_expert.email if c.supervising_expert_id else "",
    ),
    *coded("status", _h("status")),
    field("starts_on", _h("starts_on")),
    field("workshop_on", _h("workshop_on")),
    field("workshop_place", _h("workshop_place")),
    field("enterprise_count", _("Enterprises")),
    field("participants_women", _("Women taking part")),
    field("participants_men", _("Men taking part")),
    field("fees_paid", _("Fees paid (Rp)")),
    field("sponsorship", _("Sponsorship (Rp)")),
    field("cost_of_delivery", _h("cost_of_delivery")),
    ExportColumn("is_toe", _("ToE cycle"), lambda c: c.is_toe),
    field("toe_confirmed_at", _h("toe_confirmed_at")),
    field("is_fictional", _h("is_fictional")),
    field("created_at", _h("created_at")),
]


def site_url(name: str, pk: int) -> str:
    """The record's page on the site, where its trainers and editors record the rest, if it exists."""
    try:
        return reverse(name, args=(pk,))
    except NoReverseMatch:
        return ""


class CycleInspectView(ScopedInspectView):
    template_name = "results/admin/cycle_inspect.html"

    def get_module_display_value(self):
        return record_module_label(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cycle = self.object
        context.update(
            enrolments=cycle.enrolments.select_related("enterprise").order_by("enterprise__name", "pk"),
            sessions=cycle.sessions.all(),
            visits=cycle.visits.select_related("enterprise", "trainer"),
            sponsorships=cycle.sponsorships.all(),
            status_changes=cycle.status_changes.select_related("changed_by"),
            site_url=site_url("results:cycle", cycle.pk),
        )
        return context


class CycleViewSet(ResultsViewSet):
    model = TrainingCycle
    records = _cycle_records
    icon = "date"
    menu_label = _("Training cycles")
    index_view_class = CycleIndexView
    filterset_class = CycleFilterSet
    edit_handler = CYCLE_PANELS
    inspect_view_class = CycleInspectView
    delete_view_class = CycleDeleteView
    list_display = [
        "code",
        Column("module", label=_("Module"), accessor=record_module_label, sort_key="module__title"),
        Column("partner", label=_("Partner"), sort_key="partner__name"),
        Column("lead_trainer", label=_("Lead trainer"), sort_key="lead_trainer__last_name"),
        "status",
        "starts_on",
        Column("enterprise_count", label=_("Enterprises"), sort_key="enterprise_count"),
    ]
    search_fields = ["code", "partner__name", "module__title"]
    export_columns = CYCLE_EXPORT
    inspect_view_fields = [
        "code",
        "module",
        "partner",
        "lead_trainer",
        "co_trainers",
        "supervising_expert",
        "status",
        "starts_on",
        "workshop_on",
        "workshop_place",
        "cost_of_delivery",
        "toe_confirmed_by",
        "toe_confirmed_at",
        "toe_confirmation_note",
        "notes",
        "created_by",
        "created_at",
    ]
