"""A trainer's certification in one track at one level, and the record of every change of its state."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .tracks import CertificationTrack, Level


class Certification(models.Model):
    class State(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        SUBMITTED = "submitted", _("Submitted for review")
        CHANGES_REQUESTED = "changes_requested", _("Changes requested")
        CERTIFIED = "certified", _("Certified")
        SUSPENDED = "suspended", _("Suspended")
        REVOKED = "revoked", _("Revoked")
        EXPIRED = "expired", _("Expired")

    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainer"),
        on_delete=models.PROTECT,
        related_name="certifications",
    )
    track = models.ForeignKey(
        CertificationTrack, verbose_name=_("track"), on_delete=models.PROTECT, related_name="certifications"
    )
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.IN_PROGRESS)
    renewal_started_at = models.DateTimeField(
        _("renewal asked for at"),
        null=True,
        blank=True,
        help_text=_("Set while a certified trainer renews: the review looks at their practice since then."),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("certification")
        verbose_name_plural = _("certifications")
        constraints = [
            models.UniqueConstraint(fields=["trainer", "track", "level"], name="certification_once_per_level")
        ]

    def __str__(self):
        return f"{self.trainer} · {self.track} · {self.get_level_display()}"


class CertificationEvent(models.Model):
    """Who changed a certification's state, when, from what, to what, and why."""

    certification = models.ForeignKey(
        Certification, verbose_name=_("certification"), on_delete=models.PROTECT, related_name="events"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), null=True, on_delete=models.PROTECT, related_name="+"
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    from_state = models.CharField(_("from"), max_length=20, choices=Certification.State.choices, blank=True)
    to_state = models.CharField(_("to"), max_length=20, choices=Certification.State.choices)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        verbose_name = _("certification event")
        verbose_name_plural = _("certification events")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.from_state or '-'} → {self.to_state}"
