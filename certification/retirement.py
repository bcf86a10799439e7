"""Requirements retire instead of going: off the checklist for new work, kept with what trainers did towards
them (declarations, confirmations, evidence, reviewers' comments), which still shows on their certifications.

Who retired or reinstated a requirement, and when, is in Wagtail's audit log, on the track's history.
"""

from collections import defaultdict

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from .models import CertificationTrack, Evidence, Level, Requirement, RequirementProgress, ReviewComment

RETIRE_ACTION = "certification.requirement.retire"
REINSTATE_ACTION = "certification.requirement.reinstate"

NOT_A_RULE_SETTER = _(
    "Only programme staff who set the certification rules can retire or reinstate a requirement."
)
REQUIREMENT_RETIRED = _(
    "This requirement is retired: it is no longer asked for, and what was done towards it stays as it is."
)
REQUIREMENT_HAS_HISTORY = ngettext_lazy(
    "This requirement has declarations or evidence from %(count)d trainer: retire it instead.",
    "This requirement has declarations or evidence from %(count)d trainers: retire it instead.",
    "count",
)

track_permission_policy = ModelPermissionPolicy(CertificationTrack)

# What trainers did towards a requirement, and the path from each record to the trainer.
_HISTORY = [
    (RequirementProgress, "certification__trainer_id"),
    (Evidence, "certification__trainer_id"),
    (ReviewComment, "event__certification__trainer_id"),
]


def trainers_with_history(*, requirement_ids) -> dict[int, int]:
    """Requirement id -> how many trainers declared, sent evidence or were commented on for it (absent: none).
    Three queries, whatever the number of requirements."""
    trainers = defaultdict(set)
    ids = [pk for pk in requirement_ids if pk]
    if not ids:
        return {}
    for model, trainer_path in _HISTORY:
        rows = model.objects.filter(requirement_id__in=ids).values_list("requirement_id", trainer_path)
        for requirement_id, trainer_id in rows.distinct():
            trainers[requirement_id].add(trainer_id)
    return {requirement_id: len(people) for requirement_id, people in trainers.items()}


def requirement_log_label(data: dict) -> str:
    """The requirement as the audit log names it, in the reader's language (the log keeps the codes)."""
    try:
        return f"{Level(data['level']).label}: {Requirement.Kind(data['kind']).label}"
    except (KeyError, ValueError):
        return str(data.get("requirement_id", ""))


def _check_rule_setter(actor) -> None:
    if not track_permission_policy.user_has_permission(actor, "change"):
        raise PermissionDenied(NOT_A_RULE_SETTER)


def _record(requirement: Requirement, *, action: str, actor) -> None:
    # Logged on the track, so the retirement shows in the track's history beside its other changes.
    log(
        instance=requirement.track,
        action=action,
        user=actor,
        data={"requirement_id": requirement.pk, "level": requirement.level, "kind": requirement.kind},
    )


@transaction.atomic
def requirement_retire(*, requirement: Requirement, actor) -> Requirement:
    """Take the requirement off the checklist for new and in-progress work. What trainers did towards it
    stays and still shows on their certifications. Idempotent; the first retirement's date stands."""
    _check_rule_setter(actor)
    requirement = Requirement.objects.select_for_update().select_related("track").get(pk=requirement.pk)
    if requirement.is_retired:
        return requirement
    requirement.retired_at = timezone.now()
    requirement.retired_by = actor
    requirement.save(update_fields=["retired_at", "retired_by"])
    _record(requirement, action=RETIRE_ACTION, actor=actor)
    return requirement


@transaction.atomic
def requirement_reinstate(*, requirement: Requirement, actor) -> Requirement:
    """Put a retired requirement back on the checklist. Idempotent."""
    _check_rule_setter(actor)
    requirement = Requirement.objects.select_for_update().select_related("track").get(pk=requirement.pk)
    if not requirement.is_retired:
        return requirement
    requirement.retired_at = None
    requirement.retired_by = None
    requirement.save(update_fields=["retired_at", "retired_by"])
    _record(requirement, action=REINSTATE_ACTION, actor=actor)
    return requirement
