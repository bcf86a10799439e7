"""The trainer's profile: the name printed on certificates, and what the programme reports on."""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from certification.provinces import PROVINCES

phone_number = RegexValidator(
    r"^\+?[0-9 ()\-]{6,20}$",
    _(
        "Enter a phone number of digits, spaces and dashes, optionally starting with +, e.g. +62 812 3456 7890."
    ),
)


class TrainerProfile(models.Model):
    class Gender(models.TextChoices):
        WOMAN = "woman", _("Woman")
        MAN = "man", _("Man")
        UNDISCLOSED = "undisclosed", _("Prefer not to say")

    # The profile is the person's own data and goes with their account; its name changes and every
    # certification keep the account from being deleted.
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="trainer_profile",
    )
    certificate_name = models.CharField(
        _("full name for certificates"),
        max_length=150,
        help_text=_(
            "Exactly as it should be printed on your certificates, e.g. “Siti Nur’aini” or “Sukarno”."
        ),
    )
    gender = models.CharField(_("gender"), max_length=12, choices=Gender.choices)
    partner = models.ForeignKey(
        "courses.Partner",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="trainer_profiles",
        help_text=_("The implementing partner you work with, if any."),
    )
    other_organisation = models.CharField(
        _("other organisation"),
        max_length=200,
        blank=True,
        help_text=_("If you work with another organisation, its name."),
    )
    province = models.CharField(_("province"), max_length=2, choices=PROVINCES)
    phone = models.CharField(_("phone"), max_length=20, blank=True, validators=[phone_number])
    photo = models.ImageField(_("photo"), upload_to="trainers/photos/", blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=5, choices=settings.LANGUAGES, default="id"
    )
    registry_opt_in = models.BooleanField(
        _("show me in the public registry of certified trainers"),
        default=False,
        help_text=_("Your name, province, organisation and certified modules; never your email or phone."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("trainer profile")
        verbose_name_plural = _("trainer profiles")
        ordering = ["certificate_name"]

    def __str__(self):
        return self.certificate_name

    @property
    def organisation_name(self) -> str:
        return self.partner.name if self.partner_id else self.other_organisation

    organisation_name.fget.short_description = _("organisation")

    @property
    def email(self) -> str:
        return self.user.email

    email.fget.short_description = _("email address")


class CertificateNameChange(models.Model):
    """Every change of the certificate name: who, when, from what, to what, and why. A holder's change is
    the approval of their request; staff correcting a name give their reason."""

    profile = models.ForeignKey(
        TrainerProfile, verbose_name=_("profile"), on_delete=models.PROTECT, related_name="name_changes"
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True)
    old_name = models.CharField(_("old name"), max_length=150)
    new_name = models.CharField(_("new name"), max_length=150)
    reason = models.TextField(_("reason"), blank=True)
    request = models.OneToOneField(
        "certification.NameChangeRequest",
        verbose_name=_("request"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="change",
    )

    class Meta:
        verbose_name = _("certificate name change")
        verbose_name_plural = _("certificate name changes")
        ordering = ["-changed_at"]

    def __str__(self):
        return f"{self.old_name} → {self.new_name}"
