from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Derivation(models.Model):
    """Where a variant page came from: the core page, the revision copied, and the core revision last reviewed.

    The variant is "behind" when the core page's live revision differs from ``reviewed_revision``.
    """

    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("variant page"),
        on_delete=models.CASCADE,
        related_name="derivation",
    )
    source_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("core page"), on_delete=models.PROTECT, related_name="derivatives"
    )
    source_revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("core revision derived from"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    reviewed_revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("core revision last reviewed"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    derived_at = models.DateTimeField(_("derived at"), auto_now_add=True)
    derived_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("derived by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("derivation")
        verbose_name_plural = _("derivations")

    def __str__(self):
        return f"{self.page_id} ← {self.source_page_id}"

    @property
    def is_behind(self) -> bool:
        live = self.source_page.live_revision_id
        return live is not None and live != self.reviewed_revision_id
