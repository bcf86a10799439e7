"""Enterprises in the admin: listed, filtered, exported and corrected by their partner's editors and staff."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column

from cms.provinces import BPS_CHOICES
from courses.models import Partner
from results.data.kbli import Sector

from ..access import partners_for_recording
from ..models import Enterprise, SizeClass
from .base import ResultsViewSet
from .exports import ExportColumn, coded, field, heading_of
from .forms import PartnerFixedForm
from .scoping import ScopedInspectView, admin_enterprises


def partner_choices(request):
    if request is None:
        return Partner.objects.none()
    return partners_for_recording(request.user).order_by("name")


class EnterpriseFilterSet(WagtailFilterSet):
    partner = django_filters.ModelChoiceFilter(label=_("partner"), queryset=partner_choices)
    province = django_filters.ChoiceFilter(label=_("province"), choices=BPS_CHOICES)
    sector = django_filters.ChoiceFilter(label=_("sector (KBLI 2020 section)"), choices=Sector.choices)
    size_class = django_filters.ChoiceFilter(label=_("size class"), choices=SizeClass.choices)

    class Meta:
        model = Enterprise
        fields = ["partner", "province", "sector", "size_class"]


def _size_class_label(enterprise) -> str:
    return str(SizeClass(enterprise.size_class).label)


def _h(name):
    return heading_of(Enterprise, name)


ENTERPRISE_EXPORT = [
    field("code", _h("code")),
    field("name", _h("name")),
    ExportColumn("partner", _("Partner (code)"), lambda e: e.partner.short_name),
    ExportColumn("partner_name", _h("partner"), lambda e: e.partner.name),
    *coded("sector", _h("sector")),
    *coded("province", _h("province")),
    field("regency", _h("regency")),
    ExportColumn("size_class", _("Size class (code)"), lambda e: e.size_class),
    ExportColumn("size_class_label", _h("size_class"), _size_class_label),
    field("workforce_women", _h("workforce_women")),
    field("workforce_men", _h("workforce_men")),
    field("workforce", _h("workforce")),
    field("managers", _h("managers")),
    field("workers", _h("workers")),
    field("contact_name", _h("contact_name")),
    field("contact_phone", _h("contact_phone")),
    field("contact_email", _h("contact_email")),
    field("is_fictional", _h("is_fictional")),
    field("created_at", _h("created_at")),
    field("updated_at", _h("updated_at")),
]

ENTERPRISE_PANELS = ObjectList(
    [
        FieldRowPanel([FieldPanel("code"), FieldPanel("name")]),
        FieldPanel("partner", widget=forms.Select),
        FieldPanel("sector"),
        FieldRowPanel([FieldPanel("province"), FieldPanel("regency")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("workforce_women"), FieldPanel("workforce_men")]),
                FieldRowPanel([FieldPanel("managers"), FieldPanel("workers")]),
            ],
            heading=_("Workforce"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldRowPanel([FieldPanel("contact_phone"), FieldPanel("contact_email")]),
            ],
            heading=_("Contact person"),
        ),
    ],
    base_form_class=PartnerFixedForm,
)


class EnterpriseInspectView(ScopedInspectView):
    def get_size_class_display_value(self):
        return _size_class_label(self.object)


def _enterprise_records(user):
    return admin_enterprises(user).select_related("partner")


class EnterpriseViewSet(ResultsViewSet):
    model = Enterprise
    records = _enterprise_records
    icon = "site"
    menu_label = _("Enterprises")
    inspect_view_class = EnterpriseInspectView
    filterset_class = EnterpriseFilterSet
    edit_handler = ENTERPRISE_PANELS
    list_display = [
        "code",
        "name",
        Column("partner", label=_("Partner"), sort_key="partner__name"),
        "province",
        "sector",
        Column("size_class_label", label=_("Size class"), sort_key="size_class"),
        Column("workforce", label=_("Workforce"), sort_key="workforce"),
    ]
    search_fields = ["name", "code"]
    export_columns = ENTERPRISE_EXPORT
    inspect_view_fields = [
        "code",
        "name",
        "partner",
        "sector",
        "province",
        "regency",
        "size_class",
        "workforce_women",
        "workforce_men",
        "managers",
        "workers",
        "contact_name",
        "contact_phone",
        "contact_email",
        "is_fictional",
        "created_by",
        "created_at",
    ]
