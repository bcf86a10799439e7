"""Every change of a certification's state: one service function each, checking who may make it and
from which state, recording an event (who, when, from, to, why), and keeping the certificate in step."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .certificates import certificate_issue
from .models import Certificate, Certification, CertificationEvent
from .roles import is_expert_in, is_programme_staff

State = Certification.State

NOT_YOUR_CERTIFICATION = _("Only the trainer can ask for review of their own certification.")
NOT_ALLOWED_FROM_STATE = _("This certification is %(state)s; that step is not possible now.")
NOT_AN_EXPERT_HERE = _(
    "Only an Expert Trainer of this module, or programme staff, can decide on this certification."
)
NO_SELF_CERTIFICATION = _("You cannot decide on your own certification.")
STAFF_ONLY = _("Only programme staff can suspend, reinstate or revoke a certification.")
REASON_REQUIRED = _("Give a reason: the trainer and the public record see it.")


class TransitionError(Exception):
    """A refused change of state; nothing changed. The message is shown to the person who tried."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def _refuse_unless(condition: bool, message, **params) -> None:
    if not condition:
        raise TransitionError(message % params if params else message)


def _locked(certification: Certification) -> Certification:
    return Certification.objects.select_for_update().select_related("track").get(pk=certification.pk)


def _move(certification: Certification, *, to: str, actor, reason: str = "") -> CertificationEvent:
    event = CertificationEvent.objects.create(
        certification=certification, actor=actor, from_state=certification.state, to_state=to, reason=reason
    )
    certification.state = to
    certification.save(update_fields=["state", "updated_at"])
    return event


def _expect(certification: Certification, *states: str) -> None:
    _refuse_unless(
        certification.state in states, NOT_ALLOWED_FROM_STATE, state=State(certification.state).label.lower()
    )


def _decider(certification: Certification, actor) -> None:
    _refuse_unless(actor.pk != certification.trainer_id, NO_SELF_CERTIFICATION)
    _refuse_unless(is_programme_staff(actor) or is_expert_in(actor, certification.track), NOT_AN_EXPERT_HERE)


def _current_certificate(certification: Certification) -> Certificate | None:
    return (
        certification.certificates.select_for_update()
        .exclude(status__in=[Certificate.Status.SUPERSEDED])
        .order_by("-issued_at", "-pk")
        .first()
    )


def _set_certificate_status(certification: Certification, status: str, reason: str = "") -> None:
    certificate = _current_certificate(certification)
    if certificate is not None:
        certificate.status = status
        certificate.status_changed_at = timezone.now()
        certificate.status_reason = reason
        certificate.save(update_fields=["status", "status_changed_at", "status_reason"])


@transaction.atomic
def certification_submit(*, certification: Certification, actor) -> CertificationEvent:
    """The trainer asks for review. (The requirement checklist gates this in the next part of the issue.)"""
    certification = _locked(certification)
    _refuse_unless(actor.pk == certification.trainer_id, NOT_YOUR_CERTIFICATION)
    _expect(certification, State.IN_PROGRESS, State.CHANGES_REQUESTED)
    return _move(certification, to=State.SUBMITTED, actor=actor)


@transaction.atomic
def certification_request_changes(*, certification: Certification, actor, reason: str) -> CertificationEvent:
    """An Expert of the module (never the trainer themself) or staff return it with comments."""
    certification = _locked(certification)
    _decider(certification, actor)
    _expect(certification, State.SUBMITTED)
    _refuse_unless(bool(reason and reason.strip()), REASON_REQUIRED)
    return _move(certification, to=State.CHANGES_REQUESTED, actor=actor, reason=reason.strip())


@transaction.atomic
def certification_approve(*, certification: Certification, actor, reason: str = "") -> Certificate:
    """An Expert of the module (never the trainer themself) or staff certify; the certificate is issued."""
    certification = _locked(certification)
    _decider(certification, actor)
    _expect(certification, State.SUBMITTED)
    _move(certification, to=State.CERTIFIED, actor=actor, reason=reason)
    return certificate_issue(certification=certification, certified_by=actor)


@transaction.atomic
def certification_suspend(*, certification: Certification, actor, reason: str) -> CertificationEvent:
    certification = _locked(certification)
    _refuse_unless(is_programme_staff(actor), STAFF_ONLY)
    _expect(certification, State.CERTIFIED)
    _refuse_unless(bool(reason and reason.strip()), REASON_REQUIRED)
    _set_certificate_status(certification, Certificate.Status.SUSPENDED, reason.strip())
    return _move(certification, to=State.SUSPENDED, actor=actor, reason=reason.strip())


@transaction.atomic
def certification_reinstate(*, certification: Certification, actor, reason: str = "") -> CertificationEvent:
    """Only a suspension can be lifted; a revocation is final."""
    certification = _locked(certification)
    _refuse_unless(is_programme_staff(actor), STAFF_ONLY)
    _expect(certification, State.SUSPENDED)
    _set_certificate_status(certification, Certificate.Status.VALID)
    return _move(certification, to=State.CERTIFIED, actor=actor, reason=reason)


@transaction.atomic
def certification_revoke(*, certification: Certification, actor, reason: str) -> CertificationEvent:
    certification = _locked(certification)
    _refuse_unless(is_programme_staff(actor), STAFF_ONLY)
    _expect(certification, State.CERTIFIED, State.SUSPENDED)
    _refuse_unless(bool(reason and reason.strip()), REASON_REQUIRED)
    _set_certificate_status(certification, Certificate.Status.REVOKED, reason.strip())
    return _move(certification, to=State.REVOKED, actor=actor, reason=reason.strip())


@transaction.atomic
def certification_expire(*, certification: Certification, actor=None) -> CertificationEvent:
    """A certification whose certificate has passed its date (run by the daily task; no person needed)."""
    certification = _locked(certification)
    _expect(certification, State.CERTIFIED)
    _set_certificate_status(certification, Certificate.Status.EXPIRED)
    return _move(certification, to=State.EXPIRED, actor=actor)
