"""Certificates: the facts printed and verified, frozen when issued. Nothing is ever deleted."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .certifications import Certification
from .tracks import Level


def in_language(language: str | None, english: str, indonesian: str) -> str:
    """Of a text a certificate states in both languages (a title, a label), the one in ``language``: the
    Indonesian one for "id" (or "id-…") when there is one, the English one otherwise."""
    if indonesian and (language or "").lower().split("-")[0] == "id":
        return indonesian
    return english


class Certificate(models.Model):
    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        SUSPENDED = "suspended", _("Suspended")
        REVOKED = "revoked", _("Revoked")
        EXPIRED = "expired", _("Expired")
        SUPERSEDED = "superseded", _("Superseded")

    certification = models.ForeignKey(
        Certification, verbose_name=_("certification"), on_delete=models.PROTECT, related_name="certificates"
    )
    number = models.CharField(_("number"), max_length=24, unique=True)
    token = models.CharField(_("verification token"), max_length=64, unique=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.VALID)
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)
    status_reason = models.TextField(_("reason for the status"), blank=True)
    superseded_by = models.OneToOneField(
        "self",
        verbose_name=_("superseded by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="supersedes",
    )
    # A certificate re-issued in a corrected name: the change it was re-issued for.
    name_change = models.ForeignKey(
        "certification.CertificateNameChange",
        verbose_name=_("name correction"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    # What the certificate says, as it said it on the day it was issued.
    holder_name = models.CharField(_("holder"), max_length=150)
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    module_title = models.CharField(_("module (English)"), max_length=255)
    module_title_id = models.CharField(_("module (Bahasa Indonesia)"), max_length=255)
    module_revision = models.ForeignKey(  # the revision it was earned on: purge_revisions keeps it
        "wagtailcore.Revision",
        verbose_name=_("module revision"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    curriculum_title = models.CharField(_("curriculum (English)"), max_length=255)
    curriculum_title_id = models.CharField(
        _("curriculum (Bahasa Indonesia)"), max_length=255, blank=True, default=""
    )
    partner = models.ForeignKey(
        "courses.Partner",
        verbose_name=_("partner"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    certified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("certified by"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    certified_by_name = models.CharField(_("certifying Expert Trainer"), max_length=150, blank=True)
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    expires_on = models.DateField(_("expires on"))
    expiry_notice_sent_on = models.DateField(_("expiry notice sent on"), null=True, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]

    def __str__(self):
        return self.number

    @property
    def issued_on(self):
        """The day it was issued in the programme's time zone (Asia/Jakarta), as printed and verified:
        approved at 04:22 in Jakarta is that day, though it is still the day before in UTC."""
        return timezone.localdate(self.issued_at)

    @property
    def status_changed_on(self):
        return timezone.localdate(self.status_changed_at) if self.status_changed_at else None

    @property
    def effective_status(self) -> str:
        """The status as verification shows it today: a valid certificate past its date is expired."""
        if self.status == self.Status.VALID and self.expires_on < timezone.localdate():
            return self.Status.EXPIRED
        return self.status

    def module_title_in(self, language: str | None) -> str:
        """The module as this certificate names it in ``language`` (English unless Indonesian is asked
        for and the certificate has it)."""
        return in_language(language, self.module_title, self.module_title_id)

    def curriculum_title_in(self, language: str | None) -> str:
        return in_language(language, self.curriculum_title, self.curriculum_title_id)

    def expires_soon(self, *, within_days: int = 90) -> bool:
        """Valid, and due to expire within the renewal window: the holder is told, and can renew."""
        if self.status != self.Status.VALID:
            return False
        return 0 <= (self.expires_on - timezone.localdate()).days <= within_days


class CertificateNumberCounter(models.Model):
    """The last number given each year: numbers are allocated under a row lock, so there are no gaps."""

    year = models.PositiveSmallIntegerField(_("year"), primary_key=True)
    last = models.PositiveIntegerField(_("last number"), default=0)

    class Meta:
        verbose_name = _("certificate number counter")
        verbose_name_plural = _("certificate number counters")

    def __str__(self):
        return f"{self.year}: {self.last}"
