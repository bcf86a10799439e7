"""Bulk issue for a cohort: programme staff certify a list of trainers at once, in the background."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .requirements import private_storage
from .tracks import CertificationTrack, Level


class BulkIssue(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Issuing")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    track = models.ForeignKey(
        CertificationTrack, verbose_name=_("module"), on_delete=models.PROTECT, related_name="+"
    )
    level = models.CharField(_("level"), max_length=10, choices=Level.choices, default=Level.TRAINER)
    cohort = models.CharField(
        _("cohort"), max_length=200, help_text=_("For instance the ToT batch: “ToT Bandung, May 2026”.")
    )
    trainer_ids = models.JSONField(_("trainers"), default=list)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    total = models.PositiveIntegerField(_("certificates to issue"), default=0)
    done = models.PositiveIntegerField(_("certificates issued"), default=0)
    archive = models.FileField(
        _("ZIP of certificates"), storage=private_storage, upload_to="bulk/", blank=True
    )
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("bulk issue")
        verbose_name_plural = _("bulk issues")
        ordering = ["-requested_at", "-pk"]

    def __str__(self):
        return self.cohort

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0
