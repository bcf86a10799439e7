"""The enterprises that partners serve and trainers train."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Case, F, Value, When
from django.db.models.lookups import LessThan
from django.utils.translation import gettext_lazy as _

from cms.provinces import BPS_CHOICES
from results.data.kbli import Sector

from .reference import code_validator

MAX_WORKFORCE = 100_000
HEADCOUNT = F("workforce_women") + F("workforce_men")


class SizeClass(models.TextChoices):
    """BPS's classes by persons engaged: micro 1–4, small 5–19, medium 20–99, large 100 or more."""

    MICRO = "micro", _("Micro (1–4 workers)")
    SMALL = "small", _("Small (5–19 workers)")
    MEDIUM = "medium", _("Medium (20–99 workers)")
    LARGE = "large", _("Large (100 or more)")


def size_class_of(workforce: int) -> str:
    if workforce < 5:
        return SizeClass.MICRO
    if workforce < 20:
        return SizeClass.SMALL
    if workforce < 100:
        return SizeClass.MEDIUM
    return SizeClass.LARGE


class Enterprise(models.Model):
    code = models.CharField(
        _("code"),
        max_length=30,
        unique=True,
        validators=[code_validator],
        help_text=_("The enterprise's code in your records and spreadsheets, e.g. BEDO-E-0042."),
    )
    name = models.CharField(_("name"), max_length=200)
    partner = models.ForeignKey(
        "courses.Partner", verbose_name=_("partner"), on_delete=models.PROTECT, related_name="enterprises"
    )
    sector = models.CharField(_("sector (KBLI 2020 section)"), max_length=1, choices=Sector.choices)
    province = models.CharField(_("province"), max_length=2, choices=BPS_CHOICES)
    regency = models.CharField(_("regency or city"), max_length=100)
    workforce_women = models.PositiveIntegerField(
        _("women in the workforce"), validators=[MaxValueValidator(MAX_WORKFORCE)]
    )
    workforce_men = models.PositiveIntegerField(
        _("men in the workforce"), validators=[MaxValueValidator(MAX_WORKFORCE)]
    )
    managers = models.PositiveIntegerField(_("managers"), validators=[MaxValueValidator(MAX_WORKFORCE)])
    workers = models.PositiveIntegerField(_("workers"), validators=[MaxValueValidator(MAX_WORKFORCE)])
    workforce = models.GeneratedField(
        expression=HEADCOUNT,
        output_field=models.PositiveIntegerField(),
        db_persist=True,
        verbose_name=_("workforce"),
    )
    size_class = models.GeneratedField(
        expression=Case(
            When(LessThan(HEADCOUNT, 5), then=Value(SizeClass.MICRO.value)),
            When(LessThan(HEADCOUNT, 20), then=Value(SizeClass.SMALL.value)),
            When(LessThan(HEADCOUNT, 100), then=Value(SizeClass.MEDIUM.value)),
            default=Value(SizeClass.LARGE.value),
        ),
        output_field=models.CharField(max_length=6, choices=SizeClass.choices),
        db_persist=True,
        verbose_name=_("size class"),
    )
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    is_fictional = models.BooleanField(
        _("fictional (demo)"), default=False, editable=False, help_text=_("Made up for the demo.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("enterprise")
        verbose_name_plural = _("enterprises")
        ordering = ["name", "pk"]
        indexes = [models.Index(fields=["partner", "province", "sector"])]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        women, men = self.workforce_women, self.workforce_men
        if women is not None and men is not None:
            if women + men == 0:
                raise ValidationError({"workforce_men": _("An enterprise has at least one person working.")})
            if (
                self.managers is not None
                and self.workers is not None
                and self.managers + self.workers != women + men
            ):
                raise ValidationError(
                    {
                        "workers": _(
                            "Managers and workers (%(split)d) must add up to the workforce of women and men "
                            "(%(total)d)."
                        )
                        % {"split": self.managers + self.workers, "total": women + men}
                    }
                )

    @property
    def size_class_label(self) -> str:
        size = self.size_class if isinstance(self.size_class, str) else size_class_of(self.workforce_total)
        return SizeClass(size).label

    @property
    def workforce_total(self) -> int:
        return (self.workforce_women or 0) + (self.workforce_men or 0)
