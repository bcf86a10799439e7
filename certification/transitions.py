"""Every change of a certification's state: one service function each, checking who may make it and
from which state, recording an event (who, when, from, to, why), and keeping the certificate in step."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .certificates import certificate_issue, certificate_supersede
from .models import Certificate, Certification, CertificationEvent, ReviewComment
from .requirements import checklist
from .roles import is_expert_in, is_programme_staff

State = Certification.State

NOT_YOUR_CERTIFICATION = _("Only the trainer can ask for review of their own certification.")
NOT_ALLOWED_FROM_STATE = _("This certification is %(state)s; that step is not possible now.")
NOT_AN_EXPERT_HERE = _(
    "Only an Expert Trainer of this module, or programme staff, can decide on this certification."
)
NO_SELF_CERTIFICATION = _("You cannot decide on your own certification.")
STAFF_ONLY = _("Only programme staff can do this.")
REASON_REQUIRED = _("Give a reason: the trainer and the public record see it.")
COMMENT_REQUIRED = _("Say what the trainer should change: write a comment on a requirement or on the whole.")
REQUIREMENTS_MISSING = _("Not every requirement is done yet: %(missing)s.")
REQUIREMENTS_UNCONFIRMED = _("Confirm every requirement before certifying. Still open: %(missing)s.")
RENEWAL_NOT_YET = _(
    "A certificate can be renewed from %(days)d days before it expires, or after it has expired."
)


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


def _checklist_of(certification: Certification):
    return checklist(
        trainer=certification.trainer,
        track=certification.track,
        level=certification.level,
        certification=certification,
    )


def _labels(items) -> str:
    return "; ".join(str(item.label) for item in items)


@transaction.atomic
def certification_submit(*, certification: Certification, actor) -> CertificationEvent:
    """The trainer asks for review, once they have done their part of every requirement."""
    certification = _locked(certification)
    _refuse_unless(actor.pk == certification.trainer_id, NOT_YOUR_CERTIFICATION)
    _expect(certification, State.IN_PROGRESS, State.CHANGES_REQUESTED)
    items = _checklist_of(certification)
    _refuse_unless(items.ready_to_submit, REQUIREMENTS_MISSING, missing=_labels(items.missing))
    return _move(certification, to=State.SUBMITTED, actor=actor)


@transaction.atomic
def certification_request_changes(
    *, certification: Certification, actor, reason: str = "", comments: dict | None = None
) -> CertificationEvent:
    """An Expert of the module (never the trainer themself) or staff return it, with comments on the whole
    (``reason``) and on single requirements (``comments``: requirement id -> text)."""
    certification = _locked(certification)
    _decider(certification, actor)
    _expect(certification, State.SUBMITTED)
    comments = {key: text.strip() for key, text in (comments or {}).items() if text and text.strip()}
    reason = (reason or "").strip()
    _refuse_unless(bool(reason or comments), COMMENT_REQUIRED)
    valid_ids = set(certification.track.requirements.values_list("pk", flat=True))
    event = _move(certification, to=State.CHANGES_REQUESTED, actor=actor, reason=reason)
    ReviewComment.objects.bulk_create(
        ReviewComment(event=event, requirement_id=int(key), text=text)
        for key, text in comments.items()
        if int(key) in valid_ids
    )
    return event


@transaction.atomic
def certification_approve(*, certification: Certification, actor, reason: str = "") -> Certificate:
    """An Expert of the module (never the trainer themself) or staff certify, once every requirement is
    met; the certificate is issued (for a renewal, it supersedes the one renewed)."""
    certification = _locked(certification)
    _decider(certification, actor)
    _expect(certification, State.SUBMITTED)
    items = _checklist_of(certification)
    _refuse_unless(items.all_met, REQUIREMENTS_UNCONFIRMED, missing=_labels(items.unconfirmed))
    previous = _current_certificate(certification) if certification.renewal_started_at else None
    _move(certification, to=State.CERTIFIED, actor=actor, reason=reason)
    certificate = certificate_issue(certification=certification, certified_by=actor)
    if previous is not None:
        certificate_supersede(old=previous, new=certificate)
    if certification.renewal_started_at:
        certification.renewal_started_at = None
        certification.save(update_fields=["renewal_started_at", "updated_at"])
    return certificate


@transaction.atomic
def certification_renew(*, certification: Certification, actor) -> CertificationEvent:
    """The holder asks to renew: near the end of validity, or after it. A review of recent practice
    follows; the certificate stays valid until its date meanwhile."""
    certification = _locked(certification)
    _refuse_unless(actor.pk == certification.trainer_id, NOT_YOUR_CERTIFICATION)
    _expect(certification, State.CERTIFIED, State.EXPIRED)
    days = getattr(settings, "SCORE_EXPIRY_NOTICE_DAYS", 90)
    if certification.state == State.CERTIFIED:
        current = _current_certificate(certification)
        _refuse_unless(
            current is None
            or current.effective_status == Certificate.Status.EXPIRED
            or current.expires_soon(within_days=days),
            RENEWAL_NOT_YET,
            days=days,
        )
    certification.renewal_started_at = timezone.now()
    certification.save(update_fields=["renewal_started_at", "updated_at"])
    return _move(certification, to=State.IN_PROGRESS, actor=actor, reason=str(_("Renewal")))


@transaction.atomic
def certification_grant(
    *, certification: Certification, actor, reason: str, notify: bool = True
) -> Certificate:
    """Programme staff certify directly, for instance a whole ToT cohort at once; the reason (the cohort)
    is recorded. Used by bulk issue; it does not go through the checklist."""
    certification = _locked(certification)
    _refuse_unless(is_programme_staff(actor), STAFF_ONLY)
    _refuse_unless(actor.pk != certification.trainer_id, NO_SELF_CERTIFICATION)
    _expect(certification, State.IN_PROGRESS, State.SUBMITTED, State.CHANGES_REQUESTED)
    _refuse_unless(bool(reason and reason.strip()), REASON_REQUIRED)
    _move(certification, to=State.CERTIFIED, actor=actor, reason=reason.strip())
    return certificate_issue(certification=certification, certified_by=actor, notify=notify)


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
