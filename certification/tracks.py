"""Certification tracks: one per certifiable module, opened when the module is published as certifiable."""

from django.db import transaction
from wagtail.models import Locale

from courses.api import derived_from

from .models import CertificationTrack, Requirement
from .requirements import default_requirements


@transaction.atomic
def track_ensure(*, module) -> CertificationTrack | None:
    """The module's track, opened with the programme's usual requirements if it had none. Tracks belong to
    the module in the default language (a translation shares it); a variant derived from a core module
    accepts the core certification by default."""
    if module.locale_id != Locale.get_default().pk:
        module = module.get_translation_or_none(Locale.get_default()) or module
    track = CertificationTrack.objects.filter(module=module).first()
    if track is not None:
        return track
    track = CertificationTrack.objects.create(
        module=module, accepts_core_certification=derived_from(page=module) is not None
    )
    Requirement.objects.bulk_create(default_requirements(track))
    return track


def track_for_module(module) -> CertificationTrack | None:
    """The track of a module page in any language, or None. One query."""
    return CertificationTrack.objects.filter(module__translation_key=module.translation_key).first()
