"""How a certification track is named out of its curriculum's page: the module, with its curriculum and
partner, in the active language. Five curricula teach "Workplace Cooperation"; a list, a filter or a
form that names only the module cannot tell them apart."""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from wagtail.models import Page

from courses.api import CurriculumPage


def curriculum_label(curriculum: str, partner: str) -> str:
    """ "SCORE Plus · BEDO"; the core, and a curriculum that names its partner, by its title alone."""
    if partner and partner not in curriculum:
        return f"{curriculum} · {partner}"
    return curriculum


@dataclass(frozen=True)
class TrackName:
    module: str
    curriculum: str
    partner: str  # the partner's short name; "" for the SCORE core
    curriculum_key: str  # the curriculum's path: groups keep the catalogue's order

    @property
    def curriculum_label(self) -> str:
        return curriculum_label(self.curriculum, self.partner)

    def __str__(self) -> str:
        return f"{self.module} ({self.curriculum_label})"


def _parent_path(path: str) -> str:
    return path[: -Page.steplen]


def track_names(tracks) -> dict[int, TrackName]:
    """Track id -> its name in the active language (the default language's where untranslated).
    Tracks come with ``select_related("module")``. Two queries, one more out of the default language."""
    tracks = list(tracks)
    curricula = {
        curriculum.path: curriculum
        for curriculum in CurriculumPage.objects.filter(
            path__in={_parent_path(track.module.path) for track in tracks}
        )
        .select_related("partner")
        .only("path", "title", "translation_key", "partner__short_name")
    }
    titles = {}
    language = translation.get_language()
    if language != settings.LANGUAGE_CODE:
        keys = {track.module.translation_key for track in tracks} | {
            curriculum.translation_key for curriculum in curricula.values()
        }
        titles = dict(
            Page.objects.filter(translation_key__in=keys, locale__language_code=language).values_list(
                "translation_key", "title"
            )
        )
    names = {}
    for track in tracks:
        curriculum = curricula.get(_parent_path(track.module.path))
        names[track.pk] = TrackName(
            module=titles.get(track.module.translation_key, track.module.title),
            curriculum=(titles.get(curriculum.translation_key, curriculum.title) if curriculum else ""),
            partner=(curriculum.partner.short_name if curriculum and curriculum.partner_id else ""),
            curriculum_key=curriculum.path if curriculum else "",
        )
    return names


def grouped_track_choices(tracks) -> list:
    """Choices for a track field, grouped by curriculum in the catalogue's order: the module's title as
    the option, the curriculum (and partner) as its group."""
    names = track_names(tracks)
    groups: dict[str, tuple[str, list]] = {}
    for track in sorted(tracks, key=lambda track: track.module.path):
        name = names[track.pk]
        groups.setdefault(name.curriculum_key, (name.curriculum_label, []))[1].append((track.pk, name.module))
    return [groups[key] for key in sorted(groups)]


def with_track_names(records):
    """Give each record of a track (a certification, a bulk issue; with ``select_related("track__module")``)
    its ``track_name``. Two queries."""
    records = list(records)
    names = track_names({record.track_id: record.track for record in records}.values())
    for record in records:
        record.track_name = names[record.track_id]
    return records
