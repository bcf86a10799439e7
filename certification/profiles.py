"""Trainer profiles: the certificate name and what the programme reports on. Services and selectors."""

import unicodedata

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from .models import CertificateNameChange, TrainerProfile
from .photos import photo_normalise

NAME_REQUIRED = _("Enter your name as it should be printed on your certificates.")
NAME_NOT_LATIN = _(
    "Use letters of the Latin alphabet (accents welcome), spaces, apostrophes, hyphens and full stops only: "
    "certificates print names in the Latin alphabet."
)
NAME_PUNCTUATION = set(" '’-.‐")

EDITABLE_FIELDS = [
    "certificate_name",
    "gender",
    "partner",
    "other_organisation",
    "province",
    "phone",
    "preferred_language",
    "registry_opt_in",
]


def certificate_name_clean(value: str) -> str:
    """The name tidied (one space between words, composed accents); refused if it is not a Latin name."""
    name = " ".join(unicodedata.normalize("NFC", value or "").split())
    if not name:
        raise ValidationError(NAME_REQUIRED)
    letters = 0
    for char in name:
        if char in NAME_PUNCTUATION:
            continue
        category = unicodedata.category(char)
        if category.startswith("L") and unicodedata.name(char, "").startswith("LATIN"):
            letters += 1
        elif category != "Mn":  # combining accents are fine
            raise ValidationError(NAME_NOT_LATIN)
    if not letters:
        raise ValidationError(NAME_NOT_LATIN)
    return name


def profile_get(*, user) -> TrainerProfile | None:
    """The trainer's profile, or None before they fill it in. One query."""
    if not user.is_authenticated:
        return None
    return TrainerProfile.objects.select_related("partner").filter(user=user).first()


def profile_is_complete(*, user) -> bool:
    """Has the trainer filled in their profile (the name for certificates, gender, organisation, province)?"""
    return user.is_authenticated and TrainerProfile.objects.filter(user=user).exists()


def name_change_record(*, profile: TrainerProfile, old_name: str, changed_by) -> CertificateNameChange | None:
    """Record a change of the certificate name: who, when, from what, to what. None if it did not change."""
    if old_name == profile.certificate_name:
        return None
    return CertificateNameChange.objects.create(
        profile=profile, changed_by=changed_by, old_name=old_name, new_name=profile.certificate_name
    )


@transaction.atomic
def profile_save(*, user, data: dict, photo=None, remove_photo: bool = False, changed_by) -> TrainerProfile:
    """Create or update the trainer's profile from checked form data; every change of name is recorded.
    A holder of a valid or suspended certificate cannot change the name here: they ask programme staff
    (certification.name_changes), and the certificates keep their name until staff agree."""
    from .name_changes import NAME_NEEDS_REQUEST, holds_current_certificate

    profile = TrainerProfile.objects.select_for_update().filter(user=user).first()
    old_name = profile.certificate_name if profile else None
    if (
        old_name is not None
        and "certificate_name" in data
        and certificate_name_clean(data["certificate_name"]) != old_name
        and holds_current_certificate(user=user)
    ):
        raise ValidationError({"certificate_name": NAME_NEEDS_REQUEST})
    profile = profile or TrainerProfile(user=user)
    for field in EDITABLE_FIELDS:
        if field in data:
            setattr(profile, field, data[field])
    profile.certificate_name = certificate_name_clean(profile.certificate_name)
    old_photo = profile.photo.name if profile.photo else ""
    if remove_photo or photo:
        profile.photo = ""
    if photo:
        content = photo_normalise(photo)
        profile.photo.save(content.name, content, save=False)
    profile.full_clean()
    profile.save()
    if old_photo and old_photo != profile.photo.name:
        storage = TrainerProfile._meta.get_field("photo").storage
        transaction.on_commit(lambda: storage.delete(old_photo))
    if old_name is not None:
        # A trainer without a certificate renames freely; the change is recorded all the same.
        name_change_record(profile=profile, old_name=old_name, changed_by=changed_by)
    return profile
