"""Who sees and changes which results records.

- Programme staff see and correct everything.
- A partner's editors see and correct their partner's enterprises, cycles and assessments.
- A trainer sees the cycles they lead, co-train or supervise (as the Expert), the enterprises in those
  cycles and the ones they recorded, and the assessments of those enterprises in those cycles' modules;
  they record their own cycles, visits and assessments.
Nobody sees another partner's records: every list, form, export and feed starts from these querysets.
"""

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from certification.api import is_programme_staff
from courses.models import Partner

from .models import Assessment, Enterprise, TrainingCycle


@dataclass(frozen=True)
class Scope:
    user_id: int | None
    everything: bool
    partner_ids: frozenset[int]

    @property
    def is_partner_editor(self) -> bool:
        return bool(self.partner_ids)


def scope_of(user) -> Scope:
    """Computed once per request (cached on the user object): two queries at most."""
    if not user.is_authenticated:
        return Scope(None, False, frozenset())
    cached = getattr(user, "_results_scope", None)
    if cached is not None:
        return cached
    everything = is_programme_staff(user)
    partners = (
        frozenset()
        if everything
        else frozenset(Partner.objects.filter(editors_group__user=user).values_list("pk", flat=True))
    )
    scope = Scope(user.pk, everything, partners)
    user._results_scope = scope
    return scope


def _trainer_cycles_q(user_id: int, prefix: str = "") -> Q:
    return (
        Q(**{f"{prefix}lead_trainer_id": user_id})
        | Q(**{f"{prefix}co_trainers": user_id})
        | Q(**{f"{prefix}supervising_expert_id": user_id})
    )


def cycles_visible(user) -> QuerySet[TrainingCycle]:
    scope = scope_of(user)
    cycles = TrainingCycle.objects.all()
    if scope.everything:
        return cycles
    if scope.user_id is None:
        return cycles.none()
    own = TrainingCycle.objects.filter(_trainer_cycles_q(scope.user_id)).values("pk")
    return cycles.filter(Q(partner_id__in=scope.partner_ids) | Q(pk__in=own))


def enterprises_visible(user) -> QuerySet[Enterprise]:
    scope = scope_of(user)
    enterprises = Enterprise.objects.all()
    if scope.everything:
        return enterprises
    if scope.user_id is None:
        return enterprises.none()
    in_own_cycles = TrainingCycle.objects.filter(_trainer_cycles_q(scope.user_id)).values("enterprises")
    return enterprises.filter(
        Q(partner_id__in=scope.partner_ids) | Q(pk__in=in_own_cycles) | Q(created_by_id=scope.user_id)
    )


def assessments_visible(user) -> QuerySet[Assessment]:
    scope = scope_of(user)
    assessments = Assessment.objects.all()
    if scope.everything:
        return assessments
    if scope.user_id is None:
        return assessments.none()
    own_cycles = TrainingCycle.objects.filter(_trainer_cycles_q(scope.user_id)).values("pk")
    return assessments.filter(
        Q(enterprise__partner_id__in=scope.partner_ids)
        | Q(cycle_id__in=own_cycles)
        | Q(assessed_by_id=scope.user_id)
    )


def partners_for_recording(user) -> QuerySet[Partner]:
    """The partners under whom this person may record a cycle or an enterprise: staff any; an editor their
    own; a trainer any partner (a freelance trainer delivers for whichever partner engaged them)."""
    scope = scope_of(user)
    if scope.partner_ids and not scope.everything:
        return Partner.objects.filter(pk__in=scope.partner_ids)
    return Partner.objects.all()


def can_correct(user, *, partner_id: int) -> bool:
    """Staff, or an editor of the partner the record belongs to."""
    scope = scope_of(user)
    return scope.everything or partner_id in scope.partner_ids


def can_edit_cycle(user, cycle: TrainingCycle) -> bool:
    """The lead trainer, the partner's editors and staff change the cycle itself."""
    return cycle.lead_trainer_id == getattr(user, "pk", None) or can_correct(
        user, partner_id=cycle.partner_id
    )


def is_cycle_trainer(user, cycle: TrainingCycle) -> bool:
    """The lead trainer or a co-trainer: they record visits and assessments for the cycle's enterprises."""
    if cycle.lead_trainer_id == user.pk:
        return True
    return cycle.co_trainers.filter(pk=user.pk).exists()


def can_record_in_cycle(user, cycle: TrainingCycle) -> bool:
    return is_cycle_trainer(user, cycle) or can_correct(user, partner_id=cycle.partner_id)
