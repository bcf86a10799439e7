from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from courses.admin_panels import LineagePanel, ModuleContentsPanel
from courses.blocks import LearningObjectivesBlock

from .catalogue import InCurriculumMixin


class ModulePageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        number = cleaned.get("number")
        parent = self.parent_page
        if number is not None and parent is not None:
            clash = Page.objects.child_of(parent).type(ModulePage).exclude(pk=self.instance.pk)
            if ModulePage.objects.filter(pk__in=clash.values("pk"), number=number).exists():
                self.add_error("number", _("Another module of this curriculum already has this number."))
        return cleaned


class ModulePage(InCurriculumMixin, Page):
    """A SCORE module: classroom days plus consultancy visits, studied through its lessons."""

    number = models.PositiveSmallIntegerField(
        _("number"),
        validators=[MinValueValidator(1), MaxValueValidator(99)],
        help_text=_("Its place in the curriculum; Workplace Cooperation is 1."),
    )
    summary = models.TextField(_("summary"))
    learning_objectives = StreamField(
        LearningObjectivesBlock(), verbose_name=_("learning objectives"), blank=True
    )
    classroom_days = models.DecimalField(
        _("classroom days"),
        max_digits=3,
        decimal_places=1,
        default=2,
        validators=[MinValueValidator(0), MaxValueValidator(30)],
    )
    consultancy_visits = models.PositiveSmallIntegerField(
        _("consultancy visits"),
        default=3,
        validators=[MaxValueValidator(50)],
        help_text=_("On-site visits to each enterprise between the classroom sessions."),
    )

    certifiable = models.BooleanField(
        _("trainers can be certified in this module"),
        default=False,
        help_text=_(
            "When the module is published, a certification track opens for it; programme staff set its "
            "requirements."
        ),
    )

    content_panels = Page.content_panels + [
        LineagePanel(),
        ModuleContentsPanel(heading=_("What is in this module")),
        FieldPanel("number"),
        FieldPanel("summary"),
        FieldPanel("learning_objectives"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("classroom_days"), FieldPanel("consultancy_visits")])],
            heading=_("Delivery"),
        ),
        InlinePanel("prerequisite_links", heading=_("Prerequisite modules"), label=_("Prerequisite")),
        FieldPanel("certifiable"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.FilterField("number")]

    parent_page_types = ["courses.CurriculumPage"]
    subpage_types = ["courses.LessonPage", "courses.KnowledgeCheckPage"]
    template = "courses/module_page.html"
    base_form_class = ModulePageForm

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def get_admin_display_title(self):
        """In the admin, a variant's module names its curriculum: its title is often the core module's."""
        from .catalogue import core_curriculum_ids

        title = super().get_admin_display_title()
        if not self.pk or not self.path:
            return title
        # The admin's listings give each row its parent (Page.objects.annotate_parent_page) and show it: the
        # explorer as its heading, the search in a column. There the title stays as it is. Elsewhere (the
        # editor's header, the dashboards, the choosers) treebeard's get_parent() costs one query, kept on the
        # instance for the edit view's other calls.
        if getattr(self, "_parent_page", None) is not None:
            return title
        curriculum = self._admin_parent
        if curriculum is None or curriculum.pk in core_curriculum_ids():
            return title
        return _("%(title)s · %(curriculum)s") % {"title": title, "curriculum": curriculum.draft_title}

    @cached_property
    def _admin_parent(self):
        return self.get_parent()

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import module_overview

        context = super().get_context(request, *args, **kwargs)
        context.update(module_overview(module=self, user=request.user))
        return context


class ModulePrerequisite(Orderable):
    module = ParentalKey(ModulePage, on_delete=models.CASCADE, related_name="prerequisite_links")
    prerequisite = models.ForeignKey(
        ModulePage, verbose_name=_("prerequisite"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("prerequisite", "courses.ModulePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("prerequisite")
        verbose_name_plural = _("prerequisites")

    def clean(self):
        if self.prerequisite_id and self.prerequisite_id == self.module_id:
            raise ValidationError({"prerequisite": _("A module cannot be its own prerequisite.")})
