"""What is measured: the KPI catalogue and each module's good-practice checklist, both kept by programme
staff in the admin. Codes key them in imports and in the open data feed, so a code never changes meaning."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable

code_validator = RegexValidator(
    r"^[A-Z][A-Z0-9_-]{1,29}$",
    _("A code is 2 to 30 capital letters, digits, '-' or '_', starting with a letter."),
)


class LocalizedNameMixin:
    @property
    def localized_name(self) -> str:
        return (self.name_id if get_language() == "id" and self.name_id else self.name) or ""


class Kpi(LocalizedNameMixin, models.Model):
    """A key performance indicator that enterprises report at baseline and follow-up."""

    class Unit(models.TextChoices):
        PERCENT = "percent", _("per cent")
        RUPIAH = "rupiah", _("rupiah per month")
        KWH = "kwh", _("kWh per month")
        KG = "kg", _("kg per month")
        COUNT = "count", _("number per month")
        OUTPUT_PER_WORKER = "output_per_worker", _("output per worker per day")

    class Direction(models.TextChoices):
        HIGHER = "higher", _("Higher is better")
        LOWER = "lower", _("Lower is better")

    code = models.CharField(_("code"), max_length=30, unique=True, validators=[code_validator])
    name = models.CharField(_("name (English)"), max_length=120)
    name_id = models.CharField(_("name (Bahasa Indonesia)"), max_length=120)
    unit = models.CharField(_("unit"), max_length=20, choices=Unit.choices)
    direction = models.CharField(_("better when"), max_length=6, choices=Direction.choices)
    modules = models.ManyToManyField(
        "courses.ModulePage",
        verbose_name=_("modules"),
        blank=True,
        related_name="+",
        help_text=_("The core modules whose assessments ask for it; their variants ask for it too."),
    )
    description = models.TextField(_("how it is measured (English)"), blank=True)
    description_id = models.TextField(_("how it is measured (Bahasa Indonesia)"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("sort_order")]),
        FieldRowPanel([FieldPanel("name"), FieldPanel("name_id")]),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("direction")]),
        FieldPanel("modules"),
        FieldPanel("description"),
        FieldPanel("description_id"),
    ]

    class Meta:
        verbose_name = _("KPI")
        verbose_name_plural = _("KPI catalogue")
        ordering = ["sort_order", "code"]

    def __str__(self):
        return f"{self.code}: {self.localized_name}"

    @property
    def higher_is_better(self) -> bool:
        return self.direction == self.Direction.HIGHER


class GoodPracticeChecklist(ClusterableModel):
    """The yes/no good practices an assessment of a module asks about. A variant module without its own
    checklist uses its core module's."""

    module = models.OneToOneField(
        "courses.ModulePage",
        verbose_name=_("module"),
        on_delete=models.PROTECT,
        related_name="good_practice_checklist",
    )

    panels = [FieldPanel("module"), InlinePanel("practices", heading=_("Good practices"), min_num=1)]

    class Meta:
        verbose_name = _("good-practice checklist")
        verbose_name_plural = _("good-practice checklists")

    def __str__(self):
        return str(self.module.localized.title) if self.module_id else ""


class GoodPractice(LocalizedNameMixin, Orderable):
    checklist = ParentalKey(
        GoodPracticeChecklist, verbose_name=_("checklist"), on_delete=models.CASCADE, related_name="practices"
    )
    code = models.CharField(_("code"), max_length=30, unique=True, validators=[code_validator])
    name = models.CharField(_("practice (English)"), max_length=300)
    name_id = models.CharField(_("practice (Bahasa Indonesia)"), max_length=300)

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("name_id")]

    class Meta(Orderable.Meta):
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")

    def __str__(self):
        return f"{self.code}: {self.localized_name}"
