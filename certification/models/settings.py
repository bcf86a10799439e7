"""Who signs the certificates for the programme: set by programme staff in the admin."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="doc-full")
class CertificateSettings(BaseGenericSetting):
    signatory_name = models.CharField(_("programme signatory"), max_length=150, default="SCORE Indonesia")
    signatory_title = models.CharField(
        _("signatory's title"), max_length=200, default="Programme Coordinator, SCORE Training Indonesia"
    )
    signatory_signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A scan of the signature on a white or transparent background."),
    )

    panels = [FieldPanel("signatory_name"), FieldPanel("signatory_title"), FieldPanel("signatory_signature")]

    class Meta:
        verbose_name = _("certificates")
