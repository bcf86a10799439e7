from django.contrib.auth.models import Group
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

hex_colour = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", _("Enter a colour as # and six hexadecimal digits, e.g. #1a4d8f.")
)


class Partner(index.Indexed, models.Model):
    """An implementing partner: owns variant curricula and has its own editors group."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    short_name = models.CharField(_("short name"), max_length=50, unique=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    brand_colour = models.CharField(
        _("brand colour"),
        max_length=7,
        default="#1a4d8f",
        validators=[hex_colour],
        help_text=_("Used as an accent stripe on the partner's curricula."),
    )
    description = models.TextField(_("description (English)"), blank=True)
    description_id = models.TextField(_("description (Bahasa Indonesia)"), blank=True)
    is_lead = models.BooleanField(_("lead partner"), default=False)
    editors_group = models.OneToOneField(
        Group,
        verbose_name=_("editors group"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="partner",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("short_name"), FieldPanel("slug")], heading=_("Identity")
        ),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("brand_colour"),
        FieldPanel("description"),
        FieldPanel("description_id"),
        FieldPanel("is_lead"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["-is_lead", "name"]

    def __str__(self):
        return self.name

    @property
    def localized_description(self) -> str:
        if get_language() == "id" and self.description_id:
            return self.description_id
        return self.description
