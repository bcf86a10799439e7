"""The public registry: certified trainers who agreed to be listed, with the modules they hold."""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.utils import timezone
from django.utils.translation import get_language

from .models import Certificate, TrainerProfile
from .models.certificates import in_language
from .provinces import PROVINCE_NAMES
from .track_names import curriculum_label

PER_PAGE = 25


@dataclass
class RegistryEntry:
    profile: TrainerProfile
    certificates: list

    @property
    def province(self) -> str:
        return PROVINCE_NAMES.get(self.profile.province, "")


def _valid():
    return Certificate.objects.filter(status=Certificate.Status.VALID, expires_on__gte=timezone.localdate())


def registry_search(*, name: str = "", track=None, province: str = "", page: int | str = 1):
    """A page of listed trainers holding a valid certificate (in the module, if given). Three queries (four with a count)."""
    valid = _valid()
    if track is not None:
        valid = valid.filter(certification__track=track)
    profiles = (
        TrainerProfile.objects.filter(
            registry_opt_in=True, user_id__in=valid.values("certification__trainer_id")
        )
        .select_related("partner")
        .order_by("certificate_name", "pk")
    )
    if province:
        profiles = profiles.filter(province=province)
    if name.strip():
        for word in name.split():
            profiles = profiles.filter(certificate_name__icontains=word)
    paginator = Paginator(profiles, PER_PAGE)
    page_obj = paginator.get_page(page)
    by_user = {}
    users = [profile.user_id for profile in page_obj.object_list]
    rows = (
        _valid()
        .filter(certification__trainer_id__in=users)
        .values_list(
            "certification__trainer_id",
            "module_title",
            "module_title_id",
            "curriculum_title",
            "curriculum_title_id",
            "partner__short_name",
            "level",
            "number",
            "token",
        )
        .order_by("module_title", "level")
    )
    language = get_language()
    for trainer_id, title, title_id, curriculum, curriculum_id, partner, level, number, token in rows:
        curriculum = in_language(language, curriculum, curriculum_id)
        by_user.setdefault(trainer_id, []).append(
            {
                "module": in_language(language, title, title_id),
                # Which curriculum: five teach a module of the same name.
                "curriculum": curriculum_label(curriculum, partner),
                "level": level,
                "number": number,
                "token": token,
            }
        )
    page_obj.object_list = [
        RegistryEntry(profile, by_user.get(profile.user_id, [])) for profile in page_obj.object_list
    ]
    return page_obj
