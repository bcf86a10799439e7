"""Assessments of an enterprise in a module: the baseline before the classroom and dated follow-ups. Each
holds the module's good-practice answers and KPI values. A submitted assessment is corrected, never
overwritten: each correction keeps who, when, the old value and the new."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from .cycles import TrainingCycle
from .enterprises import Enterprise
from .reference import GoodPractice, Kpi


class Assessment(models.Model):
    class Kind(models.TextChoices):
        BASELINE = "baseline", _("Baseline")
        FOLLOW_UP = "follow_up", _("Follow-up")

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")

    enterprise = models.ForeignKey(
        Enterprise, verbose_name=_("enterprise"), on_delete=models.PROTECT, related_name="assessments"
    )
    # The module as in the default language's tree; its checklist is its own or its core module's.
    module = models.ForeignKey(
        "courses.ModulePage", verbose_name=_("module"), on_delete=models.PROTECT, related_name="+"
    )
    cycle = models.ForeignKey(
        TrainingCycle,
        verbose_name=_("cycle"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assessments",
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    assessed_on = models.DateField(_("assessed on"))
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.DRAFT)
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assessed by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        ordering = ["enterprise", "module", "assessed_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["enterprise", "module"],
                condition=Q(kind="baseline"),
                name="results_one_baseline_per_enterprise_module",
            ),
            models.UniqueConstraint(
                fields=["enterprise", "module", "assessed_on"],
                condition=Q(kind="follow_up"),
                name="results_one_follow_up_per_day",
            ),
        ]
        indexes = [
            models.Index(fields=["module", "kind", "assessed_on"]),
            # Rebuilding the derived results finds each pair's baseline and latest follow-up.
            models.Index(
                fields=["enterprise", "module", "kind", "state", "assessed_on"],
                name="results_assessment_pair",
            ),
        ]

    def __str__(self):
        return f"{self.enterprise} · {self.get_kind_display()} · {self.assessed_on}"

    @property
    def is_submitted(self) -> bool:
        return self.state == self.State.SUBMITTED

    @property
    def is_baseline(self) -> bool:
        return self.kind == self.Kind.BASELINE

    def clean(self):
        """A follow-up comes after its baseline; a baseline comes before every follow-up, and before the
        classroom of its cycle."""
        super().clean()
        if not (self.enterprise_id and self.module_id and self.assessed_on and self.kind):
            return
        others = Assessment.objects.filter(
            enterprise_id=self.enterprise_id, module_id=self.module_id
        ).exclude(pk=self.pk)
        if self.kind == self.Kind.FOLLOW_UP:
            baseline = others.filter(kind=self.Kind.BASELINE).values_list("assessed_on", flat=True).first()
            if baseline is None:
                raise ValidationError(
                    {"kind": _("Record the enterprise's baseline in this module before a follow-up.")}
                )
            if self.assessed_on <= baseline:
                raise ValidationError(
                    {
                        "assessed_on": _("A follow-up comes after the baseline of %(date)s.")
                        % {"date": formats.date_format(baseline, "SHORT_DATE_FORMAT")}
                    }
                )
        else:
            if others.filter(kind=self.Kind.BASELINE).exists():
                raise ValidationError({"kind": _("This enterprise already has a baseline in this module.")})
            first = others.filter(kind=self.Kind.FOLLOW_UP).order_by("assessed_on").first()
            if first is not None and first.assessed_on <= self.assessed_on:
                raise ValidationError(
                    {
                        "assessed_on": _("The baseline comes before the first follow-up, of %(date)s.")
                        % {"date": formats.date_format(first.assessed_on, "SHORT_DATE_FORMAT")}
                    }
                )
            starts_on = self.cycle.starts_on if self.cycle_id else None
            if starts_on and self.assessed_on > starts_on:
                raise ValidationError(
                    {
                        "assessed_on": _(
                            "The baseline is taken before the classroom, which began on %(date)s."
                        )
                        % {"date": formats.date_format(starts_on, "SHORT_DATE_FORMAT")}
                    }
                )


class PracticeAnswer(models.Model):
    """A yes/no answer about one good practice; no answer is recorded as empty, not as no."""

    assessment = models.ForeignKey(
        Assessment, verbose_name=_("assessment"), on_delete=models.CASCADE, related_name="practice_answers"
    )
    practice = models.ForeignKey(
        GoodPractice, verbose_name=_("good practice"), on_delete=models.PROTECT, related_name="+"
    )
    in_place = models.BooleanField(_("in place"), null=True, blank=True)

    class Meta:
        verbose_name = _("good-practice answer")
        verbose_name_plural = _("good-practice answers")
        constraints = [
            models.UniqueConstraint(fields=["assessment", "practice"], name="results_practice_once")
        ]

    def __str__(self):
        return f"{self.practice_id}: {self.in_place}"


class KpiValue(models.Model):
    assessment = models.ForeignKey(
        Assessment, verbose_name=_("assessment"), on_delete=models.CASCADE, related_name="kpi_values"
    )
    kpi = models.ForeignKey(Kpi, verbose_name=_("KPI"), on_delete=models.PROTECT, related_name="values")
    value = models.DecimalField(_("value"), max_digits=16, decimal_places=2)

    class Meta:
        verbose_name = _("KPI value")
        verbose_name_plural = _("KPI values")
        constraints = [models.UniqueConstraint(fields=["assessment", "kpi"], name="results_kpi_once")]
        indexes = [models.Index(fields=["kpi", "assessment"])]

    def __str__(self):
        return f"{self.kpi_id}: {self.value}"


class AssessmentCorrection(models.Model):
    """One value of a submitted assessment changed: what it was, what it became, who and when."""

    assessment = models.ForeignKey(
        Assessment, verbose_name=_("assessment"), on_delete=models.CASCADE, related_name="corrections"
    )
    field = models.CharField(
        _("what"), max_length=60
    )  # "assessed_on", "notes", "kpi:<code>", "practice:<code>"
    old_value = models.TextField(_("old value"), blank=True)
    new_value = models.TextField(_("new value"), blank=True)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("corrected by"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    corrected_at = models.DateTimeField(_("corrected at"))
    reason = models.CharField(_("reason"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("assessment correction")
        verbose_name_plural = _("assessment corrections")
        ordering = ["corrected_at", "pk"]

    def __str__(self):
        return f"{self.field}: {self.old_value} → {self.new_value}"
