from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from courses.admin_panels import LineagePanel
from courses.blocks import ContentStreamBlock

from .catalogue import InCurriculumMixin

LOGIN_TO_STUDY = _("Log in, or create a free account, to study the lessons and download their materials.")


class LessonPage(InCurriculumMixin, Page):
    """The study unit of a module: the body trainers read, its time, its downloads."""

    introduction = models.TextField(_("introduction"), blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated study time (minutes)"),
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        LineagePanel(),
        FieldPanel("introduction"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
        InlinePanel("downloads", heading=_("Downloads"), label=_("Download")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["courses.ModulePage"]
    subpage_types = []
    template = "courses/lesson_page.html"

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def serve(self, request, *args, **kwargs):
        # The module overview is public; lesson bodies and their downloads are for signed-in trainers.
        if not request.user.is_authenticated:
            from django.contrib import messages
            from django.contrib.auth.views import redirect_to_login

            messages.info(request, LOGIN_TO_STUDY)
            return redirect_to_login(request.get_full_path(), login_url=reverse("account_login"))
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import lesson_navigation

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_navigation(lesson=self, user=request.user))
        return context


class LessonDownload(Orderable):
    lesson = ParentalKey(LessonPage, on_delete=models.CASCADE, related_name="downloads")
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("title"), max_length=200, blank=True, help_text=_("Defaults to the document's title.")
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("download")
        verbose_name_plural = _("downloads")

    @property
    def display_title(self) -> str:
        return self.title or self.document.title
