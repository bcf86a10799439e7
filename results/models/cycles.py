"""A training cycle (Training of Enterprises): one module of one curriculum delivered by a partner's
trainers to a few enterprises together: classroom sessions, consultancy visits, the results workshop. It is
recorded once, and serves the enterprise's record, the dashboards and the lead trainer's certification."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .enterprises import MAX_WORKFORCE, Enterprise
from .reference import code_validator

MAX_MONEY = Decimal("100000000000")  # Rp 100 billion: a typo's guard, not a policy
money_validators = [MinValueValidator(Decimal(0)), MaxValueValidator(MAX_MONEY)]


def money_field(verbose_name, **kwargs):
    return models.DecimalField(
        verbose_name, max_digits=14, decimal_places=0, validators=money_validators, **kwargs
    )


class CycleStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    RUNNING = "running", _("Running")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")


class TrainingCycle(models.Model):
    code = models.CharField(
        _("code"),
        max_length=30,
        unique=True,
        validators=[code_validator],
        help_text=_("The cycle's code in your records and spreadsheets, e.g. BEDO-2025-07."),
    )
    module = models.ForeignKey(
        "courses.ModulePage",
        verbose_name=_("module"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The module delivered, of the core curriculum or of a partner's variant."),
    )
    partner = models.ForeignKey(
        "courses.Partner", verbose_name=_("partner"), on_delete=models.PROTECT, related_name="cycles"
    )
    lead_trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lead trainer"),
        on_delete=models.PROTECT,
        related_name="cycles_led",
    )
    co_trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("co-trainers"), blank=True, related_name="cycles_co_trained"
    )
    supervising_expert = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("supervising Expert Trainer"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="cycles_supervised",
        help_text=_("When this cycle is the lead trainer's ToE: the Expert Trainer who supervises it."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=CycleStatus.choices, default=CycleStatus.PLANNED, editable=False
    )
    # The first classroom day, kept by the service that saves the sessions: the cycle's year on the dashboards.
    starts_on = models.DateField(_("starts on"), null=True, blank=True, editable=False, db_index=True)
    workshop_on = models.DateField(_("results workshop on"), null=True, blank=True)
    workshop_place = models.CharField(_("results workshop place"), max_length=200, blank=True)
    cost_of_delivery = money_field(_("cost of delivery (Rp)"), default=Decimal(0))
    notes = models.TextField(_("notes"), blank=True)
    toe_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ToE confirmed by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="+",
    )
    toe_confirmed_at = models.DateTimeField(_("ToE confirmed at"), null=True, blank=True, editable=False)
    toe_confirmation_note = models.TextField(_("Expert's note"), blank=True, editable=False)
    is_fictional = models.BooleanField(_("fictional (demo)"), default=False, editable=False)
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
    enterprises = models.ManyToManyField(
        Enterprise, through="CycleEnterprise", verbose_name=_("enterprises"), related_name="cycles"
    )

    class Meta:
        verbose_name = _("training cycle")
        verbose_name_plural = _("training cycles")
        ordering = ["-starts_on", "-pk"]
        indexes = [models.Index(fields=["partner", "status", "starts_on"])]

    def __str__(self):
        return self.code

    @property
    def is_toe(self) -> bool:
        return self.supervising_expert_id is not None

    @property
    def toe_confirmed(self) -> bool:
        return self.toe_confirmed_at is not None


class CycleEnterprise(models.Model):
    """An enterprise in a cycle: who took part, by role and gender, and the fee it paid."""

    cycle = models.ForeignKey(
        TrainingCycle, verbose_name=_("cycle"), on_delete=models.CASCADE, related_name="enrolments"
    )
    enterprise = models.ForeignKey(
        Enterprise, verbose_name=_("enterprise"), on_delete=models.PROTECT, related_name="enrolments"
    )
    managers_women = models.PositiveIntegerField(
        _("women managers"), default=0, validators=[MaxValueValidator(MAX_WORKFORCE)]
    )
    managers_men = models.PositiveIntegerField(
        _("men managers"), default=0, validators=[MaxValueValidator(MAX_WORKFORCE)]
    )
    workers_women = models.PositiveIntegerField(
        _("women workers"), default=0, validators=[MaxValueValidator(MAX_WORKFORCE)]
    )
    workers_men = models.PositiveIntegerField(
        _("men workers"), default=0, validators=[MaxValueValidator(MAX_WORKFORCE)]
    )
    fee_paid = money_field(_("fee paid (Rp)"), default=Decimal(0))

    class Meta:
        verbose_name = _("enterprise in a cycle")
        verbose_name_plural = _("enterprises in the cycle")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["cycle", "enterprise"], name="results_enterprise_once_per_cycle")
        ]
        # The figures ask "was this enterprise trained in this module?" of every derived result.
        indexes = [models.Index(fields=["enterprise", "cycle"], name="results_enrolment_enterprise")]

    def __str__(self):
        return f"{self.cycle} · {self.enterprise}"

    @property
    def participants(self) -> int:
        return self.managers_women + self.managers_men + self.workers_women + self.workers_men

    def clean(self):
        super().clean()
        if not self.enterprise_id:
            return
        enterprise = self.enterprise
        counts = [self.managers_women, self.managers_men, self.workers_women, self.workers_men]
        if any(value is None for value in counts):
            return
        errors = {}
        if self.managers_women + self.managers_men > enterprise.managers:
            errors["managers_men"] = _("More managers take part than the enterprise has (%(count)d).") % {
                "count": enterprise.managers
            }
        if self.workers_women + self.workers_men > enterprise.workers:
            errors["workers_men"] = _("More workers take part than the enterprise has (%(count)d).") % {
                "count": enterprise.workers
            }
        if self.managers_women + self.workers_women > enterprise.workforce_women:
            errors["workers_women"] = _("More women take part than work in the enterprise (%(count)d).") % {
                "count": enterprise.workforce_women
            }
        elif self.managers_men + self.workers_men > enterprise.workforce_men:
            errors["workers_men"] = _("More men take part than work in the enterprise (%(count)d).") % {
                "count": enterprise.workforce_men
            }
        if errors:
            raise ValidationError(errors)


class ClassroomSession(models.Model):
    cycle = models.ForeignKey(
        TrainingCycle, verbose_name=_("cycle"), on_delete=models.CASCADE, related_name="sessions"
    )
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    place = models.CharField(_("place"), max_length=200)

    class Meta:
        verbose_name = _("classroom session")
        verbose_name_plural = _("classroom sessions")
        ordering = ["starts_on", "pk"]

    def __str__(self):
        return f"{self.cycle} · {self.starts_on}"

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The last day cannot be before the first.")})
        if self.starts_on and self.ends_on and (self.ends_on - self.starts_on).days > 30:
            raise ValidationError({"ends_on": _("A classroom session lasts at most 31 days.")})


class ConsultancyVisit(models.Model):
    cycle = models.ForeignKey(
        TrainingCycle, verbose_name=_("cycle"), on_delete=models.CASCADE, related_name="visits"
    )
    enterprise = models.ForeignKey(
        Enterprise, verbose_name=_("enterprise"), on_delete=models.PROTECT, related_name="visits"
    )
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("trainer"), on_delete=models.PROTECT, related_name="+"
    )
    visited_on = models.DateField(_("date"))
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("consultancy visit")
        verbose_name_plural = _("consultancy visits")
        ordering = ["visited_on", "pk"]

    def __str__(self):
        return f"{self.enterprise} · {self.visited_on}"


class Sponsorship(models.Model):
    cycle = models.ForeignKey(
        TrainingCycle, verbose_name=_("cycle"), on_delete=models.CASCADE, related_name="sponsorships"
    )
    sponsor = models.CharField(_("sponsor"), max_length=200)
    amount = money_field(_("amount (Rp)"))

    class Meta:
        verbose_name = _("sponsorship")
        verbose_name_plural = _("sponsorships")
        ordering = ["pk"]

    def __str__(self):
        return self.sponsor


class CycleStatusChange(models.Model):
    """Every change of a cycle's status: who, when, from, to."""

    cycle = models.ForeignKey(
        TrainingCycle, verbose_name=_("cycle"), on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status = models.CharField(_("from"), max_length=10, choices=CycleStatus.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=10, choices=CycleStatus.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("changed at"))
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.cycle}: {self.from_status} → {self.to_status}"
