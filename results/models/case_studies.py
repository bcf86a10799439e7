"""Case studies: an enterprise's story, told in both languages (a Wagtail page and its translation), with its
KPI changes drawn from the record (results/outcomes.py), never retyped."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.blocks import ContentStreamBlock


class CaseStudyIndexPage(Page):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["results.CaseStudyPage"]
    max_count_per_parent = 1
    template = "results/case_study_index_page.html"

    class Meta:
        verbose_name = _("case study index")
        verbose_name_plural = _("case study indexes")

    def get_context(self, request, *args, **kwargs):
        from results.case_studies import case_study_list

        context = super().get_context(request, *args, **kwargs)
        context["case_studies"] = case_study_list(self)
        return context


class CaseStudyPage(Page):
    introduction = models.TextField(_("introduction"), blank=True)
    enterprise = models.ForeignKey(
        "results.Enterprise",
        verbose_name=_("enterprise"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Its results are shown from the record: its latest follow-up against its baseline."),
    )
    module = models.ForeignKey(
        "courses.ModulePage",
        verbose_name=_("module"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The module whose results the story tells."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("story"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("enterprise"),
        FieldPanel("module"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]
    parent_page_types = ["results.CaseStudyIndexPage"]
    subpage_types = []
    template = "results/case_study_page.html"

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")

    def get_context(self, request, *args, **kwargs):
        from results.case_studies import case_study_results

        context = super().get_context(request, *args, **kwargs)
        context.update(case_study_results(self))
        return context

    def clean(self):
        super().clean()
        if self.enterprise_id and self.module_id:
            from results.modules import module_in_default_language
            from results.outcomes import latest_follow_up

            module = module_in_default_language(self.module)
            if latest_follow_up(enterprise_id=self.enterprise_id, module_id=module.pk) is None:
                raise ValidationError(
                    {"enterprise": _("This enterprise has no submitted follow-up in this module to show.")}
                )
