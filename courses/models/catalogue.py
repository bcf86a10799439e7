from collections import defaultdict

from django.core.cache import cache
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


def _parent_path(path: str) -> str:
    return path[: -Page.steplen]


class CurriculumIndexPage(Page):
    """The catalogue: every curriculum, the SCORE core first, then the partners' variants."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["courses.CurriculumPage"]
    max_count_per_parent = 1
    template = "courses/curriculum_index_page.html"

    class Meta:
        verbose_name = _("curriculum catalogue")
        verbose_name_plural = _("curriculum catalogues")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import catalogue_curricula

        context = super().get_context(request, *args, **kwargs)
        context["curricula"] = catalogue_curricula(index=self)
        return context


class CurriculumPage(Page):
    """One curriculum: the SCORE core (no partner) or a partner's customised variant."""

    partner = models.ForeignKey(
        "courses.Partner",
        verbose_name=_("partner"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="curricula",
        help_text=_("Leave empty for the SCORE core curriculum."),
    )
    introduction = models.TextField(_("introduction"), blank=True)
    audience = models.CharField(_("who it is for"), max_length=300, blank=True)
    body = RichTextField(
        _("description"), blank=True, features=["h2", "h3", "bold", "italic", "ol", "ul", "link"]
    )
    materials_collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("materials collection"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Created with the curriculum; trainer guides, handbooks and worksheets go here."),
    )
    max_enterprises_per_cycle = models.PositiveSmallIntegerField(
        _("most enterprises in a training cycle"),
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(30)],
        help_text=_("SCORE trains 4 to 5 enterprises together; Hospitality Coaching up to 6."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("partner"),
        FieldPanel("introduction"),
        FieldPanel("audience"),
        FieldPanel("body"),
        FieldPanel("max_enterprises_per_cycle"),
        FieldPanel("materials_collection", read_only=True),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["courses.CurriculumIndexPage"]
    subpage_types = ["courses.ModulePage"]
    template = "courses/curriculum_page.html"

    class Meta:
        verbose_name = _("curriculum")
        verbose_name_plural = _("curricula")

    @property
    def is_core(self) -> bool:
        return self.partner_id is None

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import curriculum_modules

        context = super().get_context(request, *args, **kwargs)
        context["modules"] = curriculum_modules(curriculum=self)
        return context


CORE_CURRICULA_CACHE_KEY = "courses:core-curricula"


def core_curriculum_ids() -> frozenset[int]:
    """The SCORE core's curriculum pages (one per language), from the cache; reset when a curriculum is saved."""
    ids = cache.get(CORE_CURRICULA_CACHE_KEY)
    if ids is None:
        ids = frozenset(CurriculumPage.objects.filter(partner__isnull=True).values_list("pk", flat=True))
        cache.set(CORE_CURRICULA_CACHE_KEY, ids, None)
    return ids


def core_curricula_forget() -> None:
    cache.delete(CORE_CURRICULA_CACHE_KEY)


def group_by_parent(pages):
    """Map each parent path to its child pages, keeping tree order."""
    grouped = defaultdict(list)
    for page in pages:
        grouped[_parent_path(page.path)].append(page)
    return grouped


class InCurriculumMixin:
    """For pages below a curriculum: find the curriculum in one query, whatever the depth."""

    def get_lock(self):
        """Wagtail's locks first; then, while the module this page belongs to is in review, that review's."""
        lock = super().get_lock()
        if lock is not None or not self.pk:
            return lock
        if not hasattr(self, "_module_review_lock"):
            from courses.review_lock import module_review_lock

            self._module_review_lock = module_review_lock(self)
        return self._module_review_lock

    @cached_property
    def curriculum(self):
        ancestor_paths = [self.path[: i * Page.steplen] for i in range(1, self.depth)]
        return (
            CurriculumPage.objects.filter(path__in=ancestor_paths)
            .select_related("partner", "partner__logo")
            .first()
        )
