"""A spreadsheet import: the file as uploaded (kept privately), its dry run, and what applying it did."""

import secrets

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _


def private_storage():
    return storages["private"]


def import_path(instance, filename):
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"imports/{secrets.token_hex(12)}.{extension}"


class ImportRun(models.Model):
    class Kind(models.TextChoices):
        ENTERPRISES = "enterprises", _("Enterprises")
        CYCLES = "cycles", _("Training cycles with participants")
        ASSESSMENTS = "assessments", _("Assessments")

    class State(models.TextChoices):
        PREVIEWED = "previewed", _("Previewed")
        INVALID = "invalid", _("Has errors")
        APPLYING = "applying", _("Being applied")
        APPLIED = "applied", _("Applied")
        FAILED = "failed", _("Failed")

    kind = models.CharField(_("what"), max_length=12, choices=Kind.choices)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.PREVIEWED)
    partner = models.ForeignKey(
        "courses.Partner",
        verbose_name=_("partner"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The partner whose records the file holds; empty when staff import for several."),
    )
    file = models.FileField(_("file"), storage=private_storage, upload_to=import_path, max_length=200)
    original_name = models.CharField(_("file name"), max_length=255)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("uploaded by"), on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    summary = models.JSONField(_("summary"), default=dict, blank=True)  # counts: new, updated, unchanged
    errors = models.JSONField(_("errors"), default=list, blank=True)  # [{line, column, message}]
    applied_at = models.DateTimeField(_("applied at"), null=True, blank=True)
    task_id = models.CharField(_("task"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("import")
        verbose_name_plural = _("imports")
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self):
        return self.original_name
