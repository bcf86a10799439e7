from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.blocks import ContentStreamBlock

from .blocks import KeyResultBlock, ProcessStepBlock


class HomePage(Page):
    """What SCORE is, the process, the key results, and the way into the catalogue."""

    hero_heading = models.CharField(_("hero heading"), max_length=200)
    hero_text = models.TextField(_("hero text"), blank=True)
    about_heading = models.CharField(_("about heading"), max_length=200, blank=True)
    about = RichTextField(_("about SCORE"), blank=True, features=["bold", "italic", "ul", "ol", "link"])
    process_heading = models.CharField(_("process heading"), max_length=200, blank=True)
    process = StreamField([("step", ProcessStepBlock())], verbose_name=_("process steps"), blank=True)
    results_heading = models.CharField(_("results heading"), max_length=200, blank=True)
    results_intro = models.TextField(_("results introduction"), blank=True)
    results = StreamField([("result", KeyResultBlock())], verbose_name=_("key results"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("hero_heading"), FieldPanel("hero_text")], heading=_("Hero")),
        MultiFieldPanel([FieldPanel("about_heading"), FieldPanel("about")], heading=_("About SCORE")),
        MultiFieldPanel(
            [FieldPanel("process_heading"), FieldPanel("process")], heading=_("The SCORE process")
        ),
        MultiFieldPanel(
            [FieldPanel("results_heading"), FieldPanel("results_intro"), FieldPanel("results")],
            heading=_("Key results"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("hero_text"), index.SearchField("about")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["cms.StandardPage", "courses.CurriculumIndexPage", "results.CaseStudyIndexPage"]
    max_count_per_parent = 1
    template = "cms/home_page.html"

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from courses.api import catalogue_for_home

        context = super().get_context(request, *args, **kwargs)
        context["catalogue"] = catalogue_for_home(home=self)
        return context


class StandardPage(Page):
    """A plain content page: about the programme, becoming a trainer, contact."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["cms.HomePage", "cms.StandardPage"]
    subpage_types = ["cms.StandardPage"]
    template = "cms/standard_page.html"

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    organisation = models.CharField(
        _("organisation"), max_length=200, default="SCORE Indonesia implementing partners"
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=50, blank=True)

    panels = [FieldPanel("organisation"), FieldPanel("contact_email"), FieldPanel("contact_phone")]

    class Meta:
        verbose_name = _("site settings")
