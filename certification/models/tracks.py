"""What a trainer can be certified in: a track per certifiable module, at two levels."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel


class Level(models.TextChoices):
    TRAINER = "trainer", _("Certified SCORE Trainer")
    EXPERT = "expert", _("SCORE Expert Trainer")


class CertificationTrack(ClusterableModel):
    """A certifiable module: a core module, or a partner's variant module marked certifiable."""

    module = models.OneToOneField(
        "courses.ModulePage",
        verbose_name=_("module"),
        on_delete=models.PROTECT,
        related_name="certification_track",
    )
    accepts_core_certification = models.BooleanField(
        _("accepts the core certification"),
        default=False,
        help_text=_(
            "For a variant derived from a core module: trainers certified in the core module qualify."
        ),
    )
    trainer_validity_months = models.PositiveSmallIntegerField(
        _("validity of the trainer certificate (months)"),
        default=36,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
    )
    expert_validity_months = models.PositiveSmallIntegerField(
        _("validity of the Expert Trainer certificate (months)"),
        default=36,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
    )
    is_active = models.BooleanField(_("open for certification"), default=True)

    # The admin form (with its requirements, which retire rather than go) is in certification/track_admin.py.

    class Meta:
        verbose_name = _("certification track")
        verbose_name_plural = _("certification tracks")

    def __str__(self):
        return self.module.title

    def validity_months(self, level: str) -> int:
        return self.expert_validity_months if level == Level.EXPERT else self.trainer_validity_months
