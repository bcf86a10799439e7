"""A holder's request to change the name printed on their certificates: decided by programme staff, so that
a certificate cannot change hands by renaming (docs/decisions/0019). Nothing is deleted."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .profiles import TrainerProfile
from .requirements import private_storage


def name_document_path(instance, filename):
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"name-changes/{instance.profile_id}/{secrets.token_hex(12)}.{extension}"


class NameChangeRequest(models.Model):
    class Reason(models.TextChoices):
        MARRIAGE = "marriage", _("Marriage or divorce")
        SPELLING = "spelling", _("A spelling mistake")
        LEGAL = "legal", _("A legal change of name")
        OTHER = "other", _("Another reason")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for programme staff")
        APPROVED = "approved", _("Approved")
        REFUSED = "refused", _("Refused")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    profile = models.ForeignKey(
        TrainerProfile, verbose_name=_("profile"), on_delete=models.PROTECT, related_name="name_requests"
    )
    old_name = models.CharField(_("current name"), max_length=150)
    new_name = models.CharField(_("requested name"), max_length=150)
    reason = models.CharField(_("reason"), max_length=12, choices=Reason.choices)
    explanation = models.TextField(_("explanation"), blank=True)
    document = models.FileField(
        _("supporting document"), storage=private_storage, upload_to=name_document_path, blank=True
    )
    document_name = models.CharField(_("file name"), max_length=255, blank=True)
    document_type = models.CharField(_("content type"), max_length=100, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decision_note = models.TextField(_("reason for the decision"), blank=True)

    class Meta:
        verbose_name = _("name change request")
        verbose_name_plural = _("name change requests")
        ordering = ["-requested_at", "-pk"]
        constraints = [
            # One open request per holder: two cannot both be approved.
            models.UniqueConstraint(
                fields=["profile"], condition=Q(status="pending"), name="one_pending_name_request"
            )
        ]

    def __str__(self):
        return f"{self.old_name} → {self.new_name}"

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING

    def current_certificates(self):
        """The holder's valid and suspended certificates: what an approval re-issues."""
        from .certificates import Certificate

        return Certificate.objects.filter(
            certification__trainer_id=self.profile.user_id,
            status__in=[Certificate.Status.VALID, Certificate.Status.SUSPENDED],
        ).order_by("number")
