"""The trainer's side of a certification: starting it, doing their part of each requirement, and the
Expert Trainer's (or staff's) confirmation of that part."""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .evidence import EDITABLE_STATES, EVIDENCE_LOCKED
from .models import Certification, CertificationEvent, CertificationTrack, Requirement, RequirementProgress
from .retirement import REQUIREMENT_RETIRED
from .roles import experts_of, is_expert_in, is_programme_staff

Kind = Requirement.Kind

TRACK_CLOSED = _("Certification in this module is not open at the moment.")
NOT_YOURS = _("Only the trainer can fill in their own certification.")
EXPERT_NOT_OF_MODULE = _("Choose a current Expert Trainer of this module.")
EXPERT_NOT_YOURSELF = _("You cannot name yourself as your Expert Trainer.")
EXPERT_REQUIRED = _("Choose the Expert Trainer.")
DATE_REQUIRED = _("Enter the date.")
DATE_IN_FUTURE = _("The date cannot be in the future.")
PLACE_REQUIRED = _("Enter the place.")
CYCLES_REQUIRED = _("Enter how many cycles you delivered.")
NOT_A_CONFIRMER = _("Only an Expert Trainer of this module, or programme staff, can confirm this.")
NO_SELF_CONFIRMATION = _("You cannot confirm your own requirement.")
RECOMMENDATION_REQUIRED = _("Write your recommendation: the trainer and the reviewers read it.")
NOTHING_TO_CONFIRM = _("This requirement is checked automatically; there is nothing to confirm.")


@transaction.atomic
def certification_start(*, trainer, track: CertificationTrack, level: str, actor=None) -> Certification:
    """The trainer's certification in this track and level, begun now if it was not yet (by the trainer,
    or by ``actor``: staff issuing for a cohort). Idempotent."""
    if not track.is_active:
        raise ValidationError(TRACK_CLOSED)
    certification, created = Certification.objects.get_or_create(trainer=trainer, track=track, level=level)
    if created:
        CertificationEvent.objects.create(
            certification=certification,
            actor=trainer,
            from_state="",
            to_state=Certification.State.IN_PROGRESS,
        )
    return certification


def _check_expert(track, trainer, expert):
    if expert is None:
        raise ValidationError({"expert": EXPERT_REQUIRED})
    if expert.pk == trainer.pk:
        raise ValidationError({"expert": EXPERT_NOT_YOURSELF})
    if not experts_of(track).filter(pk=expert.pk).exists():
        raise ValidationError({"expert": EXPERT_NOT_OF_MODULE})


def _check_date(value: date | None):
    if value is None:
        raise ValidationError({"happened_on": DATE_REQUIRED})
    if value > timezone.localdate():
        raise ValidationError({"happened_on": DATE_IN_FUTURE})


@transaction.atomic
def requirement_declare(
    *,
    certification: Certification,
    requirement: Requirement,
    actor,
    expert=None,
    happened_on: date | None = None,
    place: str = "",
    cycles: int | None = None,
    statement: str = "",
) -> RequirementProgress:
    """The trainer's part: which Expert, when and where, how many cycles. A change undoes a confirmation."""
    if actor.pk != certification.trainer_id:
        raise PermissionDenied(NOT_YOURS)
    if certification.state not in EDITABLE_STATES:
        raise ValidationError(EVIDENCE_LOCKED)
    if requirement.is_automatic or requirement.track_id != certification.track_id:
        raise ValidationError(NOTHING_TO_CONFIRM)
    if requirement.is_retired:
        raise ValidationError(REQUIREMENT_RETIRED)
    kind = requirement.kind
    if kind in (Kind.TOT_ATTENDED, Kind.TOE_CYCLE, Kind.RECOMMENDATION):
        _check_expert(certification.track, actor, expert)
    if kind == Kind.TOT_ATTENDED:
        _check_date(happened_on)
        if not place.strip():
            raise ValidationError({"place": PLACE_REQUIRED})
    if kind in (Kind.LEAD_CYCLES, Kind.RECENT_PRACTICE) and not cycles:
        raise ValidationError({"cycles": CYCLES_REQUIRED})
    progress, _created = RequirementProgress.objects.select_for_update().get_or_create(
        certification=certification, requirement=requirement
    )
    progress.expert = expert if kind in (Kind.TOT_ATTENDED, Kind.TOE_CYCLE, Kind.RECOMMENDATION) else None
    progress.happened_on = happened_on
    progress.place = place.strip()
    progress.cycles = cycles
    progress.statement = statement.strip()
    progress.confirmed_by = None
    progress.confirmed_at = None
    progress.confirmation_note = ""
    progress.save()
    return progress


def can_confirm(user, certification: Certification) -> bool:
    if not user.is_authenticated or user.pk == certification.trainer_id:
        return False
    return is_programme_staff(user) or is_expert_in(user, certification.track)


@transaction.atomic
def requirement_confirm(
    *,
    certification: Certification,
    requirement: Requirement,
    actor,
    note: str = "",
    happened_on: date | None = None,
    place: str = "",
    cycles: int | None = None,
) -> RequirementProgress:
    """An Expert of the module or staff confirm the trainer's part (and may record a ToT themselves)."""
    if actor.pk == certification.trainer_id:
        raise PermissionDenied(NO_SELF_CONFIRMATION)
    if not can_confirm(actor, certification):
        raise PermissionDenied(NOT_A_CONFIRMER)
    if requirement.is_automatic or requirement.track_id != certification.track_id:
        raise ValidationError(NOTHING_TO_CONFIRM)
    if requirement.is_retired:
        raise ValidationError(REQUIREMENT_RETIRED)
    if requirement.kind == Kind.RECOMMENDATION and not note.strip():
        raise ValidationError({"note": RECOMMENDATION_REQUIRED})
    progress, _created = RequirementProgress.objects.select_for_update().get_or_create(
        certification=certification, requirement=requirement
    )
    if requirement.kind == Kind.TOT_ATTENDED:
        progress.happened_on = happened_on or progress.happened_on
        progress.place = place.strip() or progress.place
        _check_date(progress.happened_on)
        if not progress.place:
            raise ValidationError({"place": PLACE_REQUIRED})
        progress.expert = progress.expert or actor
    if requirement.kind == Kind.RECOMMENDATION:
        progress.expert = actor
    if requirement.kind in (Kind.LEAD_CYCLES, Kind.RECENT_PRACTICE) and cycles:
        progress.cycles = cycles
    progress.confirmed_by = actor
    progress.confirmed_at = timezone.now()
    progress.confirmation_note = note.strip()
    progress.save()
    return progress


def confirmation_requests(*, expert):
    """Requirements where a trainer named this Expert and waits for their confirmation."""
    return (
        RequirementProgress.objects.filter(expert=expert, confirmed_at__isnull=True)
        .exclude(certification__trainer=expert)
        .filter(certification__state__in=EDITABLE_STATES | {Certification.State.SUBMITTED})
        .select_related(
            "certification__trainer__trainer_profile", "certification__track__module", "requirement"
        )
        .order_by("updated_at")
    )
