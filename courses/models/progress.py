"""What a trainer has studied: lesson completions. Keyed by translation, so progress is the same in both languages."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class LessonCompletion(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainer"),
        on_delete=models.CASCADE,
        related_name="lesson_completions",
    )
    # The lesson's and its module's translation keys: a lesson done in English is done in Bahasa Indonesia.
    lesson_key = models.UUIDField(_("lesson"))
    module_key = models.UUIDField(_("module"))
    completed_at = models.DateTimeField(_("completed at"), default=timezone.now)

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson_key"], name="lesson_completion_once_per_trainer")
        ]
        indexes = [models.Index(fields=["user", "module_key"], name="lesson_completion_by_module")]

    def __str__(self):
        return f"{self.user} · {self.lesson_key}"
