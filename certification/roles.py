"""Who plays which part in certification: programme staff, and the Expert Trainers of a module.

A trainer *holds* a level in a track while a certificate of that level (or the Expert level above it) is
valid and in date. A variant track that accepts the core certification is held through the core track too.
"""

from django.conf import settings
from django.db.models import Case, Count, Exists, F, OuterRef, Q, Value, When
from django.utils import timezone

from courses.api import derived_from, pages_derived_from

from .models import Certificate, CertificationTrack, Level

LEVELS_AT_LEAST = {Level.TRAINER: [Level.TRAINER, Level.EXPERT], Level.EXPERT: [Level.EXPERT]}


def is_programme_staff(user) -> bool:
    if not user.is_authenticated:
        return False
    return (
        user.is_superuser
        or user.groups.filter(name=getattr(settings, "SCORE_STAFF_GROUP", "Programme staff")).exists()
    )


def core_track_of(track: CertificationTrack) -> CertificationTrack | None:
    """The core module's track, for a variant track that accepts the core certification."""
    if not track.accepts_core_certification:
        return None
    source = derived_from(page=track.module)
    return CertificationTrack.objects.filter(module_id=source.pk).first() if source else None


def tracks_counting_for(track: CertificationTrack) -> list[CertificationTrack]:
    core = core_track_of(track)
    return [track, core] if core else [track]


def _valid_certificates(level: str):
    return Certificate.objects.filter(
        status=Certificate.Status.VALID,
        expires_on__gte=timezone.localdate(),
        certification__level__in=LEVELS_AT_LEAST[level],
    )


def holds(user, track: CertificationTrack, level: str) -> bool:
    """Holds a valid certificate of this level or higher in the track (or in the core it accepts)."""
    if not user.is_authenticated:
        return False
    return (
        _valid_certificates(level)
        .filter(certification__trainer_id=user.pk, certification__track__in=tracks_counting_for(track))
        .exists()
    )


def is_expert_in(user, track: CertificationTrack) -> bool:
    """A current SCORE Expert Trainer of this module (or of the core module a variant accepts)."""
    return holds(user, track, Level.EXPERT)


def is_expert_trainer(user) -> bool:
    """A current SCORE Expert Trainer of any module: the second factor is required of them."""
    return (
        user.is_authenticated
        and _valid_certificates(Level.EXPERT).filter(certification__trainer_id=user.pk).exists()
    )


def expert_trainer_ids():
    """A subquery of the ids of every current SCORE Expert Trainer, for a check folded into another query."""
    return _valid_certificates(Level.EXPERT).values("certification__trainer_id")


def expert_tracks(user) -> list[CertificationTrack]:
    """The tracks this person may review: those they are Expert in, and the variants accepting those."""
    if not user.is_authenticated:
        return []
    own = set(
        _valid_certificates(Level.EXPERT)
        .filter(certification__trainer_id=user.pk)
        .values_list("certification__track_id", flat=True)
    )
    if not own:
        return []
    tracks = list(CertificationTrack.objects.select_related("module").filter(pk__in=own))
    variants = (
        CertificationTrack.objects.select_related("module")
        .filter(
            accepts_core_certification=True,
            module_id__in=pages_derived_from(source_page_ids=[t.module_id for t in tracks]),
        )
        .exclude(pk__in=own)
    )
    return tracks + list(variants)


def experts_of(track: CertificationTrack):
    """The users who are current Expert Trainers of the track, for a trainer to name as their Expert."""
    from django.contrib.auth import get_user_model

    valid = _valid_certificates(Level.EXPERT).filter(certification__track__in=tracks_counting_for(track))
    return (
        get_user_model()
        .objects.filter(Q(pk__in=valid.values("certification__trainer_id")))
        .select_related("trainer_profile")
        .order_by("trainer_profile__certificate_name", "email")
    )


def track_of_module(module) -> CertificationTrack | None:
    """The certification track of a module (the page in any language), or of the core module it derives
    from when it has none of its own."""
    track = CertificationTrack.objects.filter(module__translation_key=module.translation_key).first()
    if track is None:
        core = derived_from(page=module)
        if core is not None:
            track = CertificationTrack.objects.filter(module__translation_key=core.translation_key).first()
    return track


def experts_of_module(module):
    """The current Expert Trainers who may supervise a ToE cycle of this module."""
    from django.contrib.auth import get_user_model

    track = track_of_module(module)
    if track is None:
        return get_user_model().objects.none()
    return experts_of(track)


def is_expert_in_module(user, module) -> bool:
    track = track_of_module(module)
    return track is not None and is_expert_in(user, track)


def trainer_levels_by_gender(*, users) -> list[dict]:
    """For the results dashboards: how many of ``users`` (a queryset of users) hold each level, by gender.
    A person's level is the highest they hold today in any track ("expert", "trainer", or "" for none);
    gender is their profile's ("" without a profile). One query: rows of level, gender and count."""
    expert = _valid_certificates(Level.EXPERT).filter(certification__trainer_id=OuterRef("pk"))
    trainer = _valid_certificates(Level.TRAINER).filter(certification__trainer_id=OuterRef("pk"))
    return list(
        users.annotate(
            held=Case(
                When(Exists(expert), then=Value(Level.EXPERT.value)),
                When(Exists(trainer), then=Value(Level.TRAINER.value)),
                default=Value(""),
            )
        )
        .values("held", gender=F("trainer_profile__gender"))
        .annotate(count=Count("pk"))
        .order_by("held", "gender")
    )
