"""What a level of a track asks of a trainer, what the trainer did towards it, and the evidence they sent."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from .certifications import Certification, CertificationEvent
from .tracks import CertificationTrack, Level


def private_storage():
    """Evidence is never served by the web server: only through a view that checks who asks."""
    return storages["private"]


def evidence_path(instance, filename):
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"evidence/{instance.certification_id}/{secrets.token_hex(12)}.{extension}"


class Requirement(Orderable):
    class Kind(models.TextChoices):
        LESSONS_DONE = "lessons_done", _("All lessons of the module done")
        KNOWLEDGE_CHECK = "knowledge_check", _("Knowledge check passed")
        TOT_ATTENDED = "tot_attended", _("Training of Trainers attended")
        TOE_CYCLE = "toe_cycle", _("A ToE cycle delivered under an Expert Trainer")
        LEAD_CYCLES = "lead_cycles", _("Cycles delivered as lead trainer")
        PREREQUISITE = "prerequisite", _("Prerequisite certification")
        RECOMMENDATION = "recommendation", _("Recommendation from an Expert Trainer")
        RECENT_PRACTICE = "recent_practice", _("Recent practice (renewal only)")

    track = ParentalKey(
        CertificationTrack, verbose_name=_("track"), on_delete=models.CASCADE, related_name="requirements"
    )
    level = models.CharField(_("level"), max_length=10, choices=Level.choices, default=Level.TRAINER)
    kind = models.CharField(_("requirement"), max_length=20, choices=Kind.choices)
    cycles = models.PositiveSmallIntegerField(
        _("number of cycles"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
        help_text=_("For cycles as lead trainer and recent practice: how many."),
    )
    prerequisite = models.ForeignKey(  # RESTRICT: a track's own Expert level names it, and goes with it
        CertificationTrack,
        verbose_name=_("prerequisite module"),
        null=True,
        blank=True,
        on_delete=models.RESTRICT,
        related_name="+",
        help_text=_("For a prerequisite certification: the module the trainer must be certified in first."),
    )
    prerequisite_level = models.CharField(
        _("prerequisite level"), max_length=10, choices=Level.choices, default=Level.TRAINER
    )
    guidance = models.TextField(_("guidance (English)"), blank=True)
    guidance_id = models.TextField(_("guidance (Bahasa Indonesia)"), blank=True)
    # A requirement that trainers worked towards is never deleted: it retires (certification/retirement.py).
    retired_at = models.DateTimeField(_("retired at"), null=True, blank=True)
    retired_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("retired by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    panels = [
        FieldRowPanel([FieldPanel("level"), FieldPanel("kind"), FieldPanel("cycles")]),
        FieldRowPanel([FieldPanel("prerequisite"), FieldPanel("prerequisite_level")]),
        FieldPanel("guidance"),
        FieldPanel("guidance_id"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("requirement")
        verbose_name_plural = _("requirements")

    def __str__(self):
        return f"{self.get_level_display()}: {self.get_kind_display()}"

    def clean(self):
        if self.kind == self.Kind.PREREQUISITE:
            if not self.prerequisite_id:
                raise ValidationError({"prerequisite": _("Choose the module to be certified in first.")})
            if self.prerequisite_id == self.track_id and self.prerequisite_level == self.level:
                raise ValidationError({"prerequisite": _("A level cannot be its own prerequisite.")})

    @property
    def is_retired(self) -> bool:
        """Off the checklist for new work; what trainers did towards it stays, and still shows."""
        return self.retired_at is not None

    @property
    def is_automatic(self) -> bool:
        return self.kind in {self.Kind.LESSONS_DONE, self.Kind.KNOWLEDGE_CHECK, self.Kind.PREREQUISITE}

    @property
    def takes_evidence(self) -> bool:
        return self.kind in {self.Kind.TOE_CYCLE, self.Kind.LEAD_CYCLES, self.Kind.RECENT_PRACTICE}


class RequirementProgress(models.Model):
    """The trainer's part of a requirement (the Expert named, dates, cycles claimed) and its confirmation."""

    # History is never deleted along with what it refers to (tests/certification/test_nothing_cascades.py).
    certification = models.ForeignKey(
        Certification, verbose_name=_("certification"), on_delete=models.PROTECT, related_name="progress"
    )
    requirement = models.ForeignKey(
        Requirement, verbose_name=_("requirement"), on_delete=models.PROTECT, related_name="+"
    )
    expert = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Expert Trainer"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    happened_on = models.DateField(_("date"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    cycles = models.PositiveSmallIntegerField(_("cycles delivered"), null=True, blank=True)
    statement = models.TextField(_("note"), blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    confirmation_note = models.TextField(_("confirmation or recommendation"), blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("requirement progress")
        verbose_name_plural = _("requirement progress")
        constraints = [
            models.UniqueConstraint(
                fields=["certification", "requirement"], name="progress_once_per_requirement"
            )
        ]

    def __str__(self):
        return f"{self.certification} · {self.requirement}"


class Evidence(models.Model):
    class Document(models.TextChoices):
        BASELINE = "baseline", _("Baseline report")
        ATTENDANCE = "attendance", _("Classroom attendance")
        VISIT = "visit", _("Visit report")
        PROGRESS = "progress", _("Progress report")
        OTHER = "other", _("Other evidence")

    certification = models.ForeignKey(
        Certification, verbose_name=_("certification"), on_delete=models.PROTECT, related_name="evidence"
    )
    requirement = models.ForeignKey(
        Requirement, verbose_name=_("requirement"), on_delete=models.PROTECT, related_name="+"
    )
    document = models.CharField(_("document"), max_length=12, choices=Document.choices)
    file = models.FileField(_("file"), storage=private_storage, upload_to=evidence_path, max_length=200)
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveIntegerField(_("size"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), default=timezone.now)

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        ordering = ["uploaded_at", "pk"]

    def __str__(self):
        return self.original_name


class ReviewComment(models.Model):
    """A reviewer's comment on one requirement (or on the whole), given when returning a certification."""

    event = models.ForeignKey(
        CertificationEvent, verbose_name=_("decision"), on_delete=models.PROTECT, related_name="comments"
    )
    requirement = models.ForeignKey(
        Requirement,
        verbose_name=_("requirement"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    text = models.TextField(_("comment"))

    class Meta:
        verbose_name = _("review comment")
        verbose_name_plural = _("review comments")
        ordering = ["pk"]

    def __str__(self):
        return self.text[:60]
