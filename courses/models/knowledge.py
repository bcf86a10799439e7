"""Knowledge checks: a page below a module with its questions, and the attempts trainers make."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from courses.admin_panels import LineagePanel
from courses.question_blocks import QuestionStreamBlock

from .catalogue import InCurriculumMixin


class KnowledgeCheckPage(InCurriculumMixin, Page):
    """The knowledge check of a module. Its correct answers are never sent to the trainer before they submit."""

    introduction = models.TextField(_("introduction"), blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("The share of questions a trainer must answer correctly to pass."),
    )
    retake_wait_hours = models.PositiveSmallIntegerField(
        _("wait before a retake (hours)"),
        default=24,
        validators=[MaxValueValidator(24 * 30)],
        help_text=_("How long a trainer waits after an attempt before taking the check again. 0: no wait."),
    )
    questions = StreamField(QuestionStreamBlock(), verbose_name=_("questions"))

    content_panels = Page.content_panels + [
        LineagePanel(),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("retake_wait_hours")])],
            heading=_("Rules"),
        ),
        FieldPanel("questions"),
    ]

    parent_page_types = ["courses.ModulePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "courses/knowledge_check_page.html"

    class Meta:
        verbose_name = _("knowledge check")
        verbose_name_plural = _("knowledge checks")

    def get_admin_display_title(self):
        """In the admin, a check names its module ("Knowledge check · Workplace Cooperation"), unless its
        own title already does: every module's check is called the same. The draft titles, as Wagtail's."""
        title = super().get_admin_display_title()
        module = self._module_for_admin()
        if module is None:
            return title
        module_title = module.draft_title or module.title
        if module_title.casefold() in title.casefold():
            return title
        return _("%(title)s · %(module)s") % {"title": title, "module": module_title}

    def _module_for_admin(self):
        # Called for each row of the admin's listings, which give each row its parent (the explorer's and the
        # search's: Page.objects.annotate_parent_page), so no query. Elsewhere treebeard's get_parent() costs
        # one, and keeps the parent on the instance for the edit view's other calls. A new page has none.
        if not self.pk or not self.path:
            return None
        return getattr(self, "_parent_page", None) or self.get_parent()

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import breadcrumbs

        context = super().get_context(request, *args, **kwargs)
        crumbs = breadcrumbs(page=self)
        context.update({"breadcrumbs": crumbs, "module": crumbs[-1] if crumbs else None})
        return context

    def serve(self, request, *args, **kwargs):
        from courses.views.knowledge import knowledge_check_serve

        return knowledge_check_serve(request, self)


class KnowledgeCheckAttempt(models.Model):
    """One submitted attempt: the answers given, the score, when it started and ended."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainer"),
        on_delete=models.CASCADE,
        related_name="knowledge_check_attempts",
    )
    check_page = models.ForeignKey(
        KnowledgeCheckPage,
        verbose_name=_("knowledge check"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="attempts",
    )
    # Translation keys: an attempt in either language counts for the check and its module in both.
    check_key = models.UUIDField(_("knowledge check key"))
    module_key = models.UUIDField(_("module key"))
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("revision taken"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    form_token = models.CharField(_("form token"), max_length=64)
    answers = models.JSONField(_("answers"), default=dict)
    correct_count = models.PositiveSmallIntegerField(_("correct answers"))
    question_count = models.PositiveSmallIntegerField(_("questions"))
    score = models.PositiveSmallIntegerField(_("score (%)"))
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"))
    passed = models.BooleanField(_("passed"))
    started_at = models.DateTimeField(_("started at"))
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)

    class Meta:
        verbose_name = _("knowledge check attempt")
        verbose_name_plural = _("knowledge check attempts")
        ordering = ["-submitted_at"]
        constraints = [
            # A form submitted twice (double click, back button) records one attempt.
            models.UniqueConstraint(fields=["user", "form_token"], name="knowledge_attempt_once_per_form")
        ]
        indexes = [
            models.Index(fields=["user", "check_key", "-submitted_at"], name="knowledge_attempt_latest"),
            models.Index(fields=["user", "module_key"], name="knowledge_attempt_by_module"),
        ]

    def __str__(self):
        return f"{self.user} · {self.score}%"
