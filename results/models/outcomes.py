"""Derived records: each enterprise's result in each module, kept beside the assessments it comes from so the
dashboards aggregate a row per result instead of re-deriving "latest follow-up against its baseline" from
every assessment on every request (docs/decisions/0025-results-outcomes-table.md).

Nobody edits these rows: ``results.services.outcomes`` rebuilds an enterprise's whenever one of its
assessments changes (``manage.py results_outcomes_rebuild`` rebuilds them all). The definitions are those of
``results/outcomes.py``."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .assessments import Assessment
from .enterprises import Enterprise
from .reference import Kpi


class ModuleOutcome(models.Model):
    """An enterprise's result in a module: its submitted baseline and its latest submitted follow-up, with
    the good practices answered (yes or no) at both."""

    enterprise = models.ForeignKey(
        Enterprise, verbose_name=_("enterprise"), on_delete=models.CASCADE, related_name="+"
    )
    module = models.ForeignKey(
        "courses.ModulePage", verbose_name=_("module"), on_delete=models.CASCADE, related_name="+"
    )
    baseline = models.ForeignKey(
        Assessment, verbose_name=_("baseline"), on_delete=models.CASCADE, related_name="+"
    )
    follow_up = models.ForeignKey(
        Assessment, verbose_name=_("follow-up"), on_delete=models.CASCADE, related_name="+"
    )
    follow_up_on = models.DateField(_("follow-up date"))
    practices_answered = models.PositiveIntegerField(_("practices answered at both"), default=0)
    practices_in_place_before = models.PositiveIntegerField(_("in place at the baseline"), default=0)
    practices_in_place_after = models.PositiveIntegerField(_("in place at the follow-up"), default=0)

    class Meta:
        verbose_name = _("module result")
        verbose_name_plural = _("module results")
        constraints = [
            models.UniqueConstraint(fields=["enterprise", "module"], name="results_one_outcome_per_module")
        ]

    def __str__(self):
        return f"{self.enterprise_id} · {self.module_id} · {self.follow_up_on}"


class KpiOutcome(models.Model):
    """One KPI of a module result: the baseline's value and the latest follow-up's."""

    outcome = models.ForeignKey(
        ModuleOutcome, verbose_name=_("module result"), on_delete=models.CASCADE, related_name="kpis"
    )
    # Repeated from the module result so the figures partition and filter without a join.
    enterprise = models.ForeignKey(
        Enterprise, verbose_name=_("enterprise"), on_delete=models.CASCADE, related_name="+"
    )
    module = models.ForeignKey(
        "courses.ModulePage", verbose_name=_("module"), on_delete=models.CASCADE, related_name="+"
    )
    follow_up_on = models.DateField(_("follow-up date"))
    follow_up = models.ForeignKey(
        Assessment, verbose_name=_("follow-up"), on_delete=models.CASCADE, related_name="+"
    )
    kpi = models.ForeignKey(Kpi, verbose_name=_("KPI"), on_delete=models.CASCADE, related_name="+")
    before = models.DecimalField(_("baseline value"), max_digits=16, decimal_places=2)
    after = models.DecimalField(_("follow-up value"), max_digits=16, decimal_places=2)
    # (after - before) / before x 100; empty when the baseline is zero.
    relative_change = models.FloatField(_("relative change (%)"), null=True, blank=True)
    # The enterprise's only result in this KPI, in any module: the figures need not rank it against others.
    sole = models.BooleanField(_("only result in this KPI"), default=True)

    class Meta:
        verbose_name = _("KPI result")
        verbose_name_plural = _("KPI results")
        constraints = [models.UniqueConstraint(fields=["outcome", "kpi"], name="results_one_kpi_outcome")]
        indexes = [models.Index(fields=["enterprise", "module"], name="results_kpioutcome_pair")]

    def __str__(self):
        return f"{self.kpi_id}: {self.before} → {self.after}"
