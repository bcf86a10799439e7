"""The name on certificates changes only after programme staff agree (docs/decisions/0019).

Verifiers rely on the name: if a holder could rename themself, a valid certificate could be passed to
someone else and the verification page would vouch for it. So a holder of a valid or suspended
certificate asks (the reason, perhaps a document); staff approve (the certificates are re-issued in the
new name: new numbers and tokens, the old ones superseded and pointing to them) or refuse with a reason.
A trainer without such a certificate changes the name freely; staff may correct a name at once, giving
their reason. Every change is recorded (CertificateNameChange) and logged in Wagtail's audit log.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from .evidence import EVIDENCE_TYPES, evidence_file_errors
from .models import Certificate, CertificateNameChange, NameChangeRequest, TrainerProfile
from .roles import is_programme_staff

NAME_UNCHANGED = _("That is already the name on your certificates.")
ALREADY_PENDING = _(
    "You already asked for a change of name, and programme staff have not decided yet. Withdraw that "
    "request first if you want to ask for another name."
)
NOT_PENDING = _("This request has already been decided or withdrawn.")
NOT_YOURS = _("This is not your request.")
NOT_STAFF = _("Only programme staff decide on changes of the name on certificates.")
NOT_YOUR_OWN = _("Another member of programme staff decides on a change of your own name.")
REFUSAL_NEEDS_REASON = _("Say why the change is refused: the trainer reads it in the email.")
CORRECTION_NEEDS_REASON = _(
    "Say why you correct the name: it is recorded with the change, and the certificates are re-issued."
)
NAME_NEEDS_REQUEST = _(
    "You hold a certificate in this name: a change of the name on certificates is decided by programme "
    "staff. Ask for it below."
)

CORRECTED_BY_STAFF = "Corrected by programme staff"  # recorded in the programme's language

SUBMITTED = "score.name_request.submit"
APPROVED = "score.name_request.approve"
REFUSED = "score.name_request.refuse"
WITHDRAWN = "score.name_request.withdraw"
CORRECTED = "score.name.correct"

CURRENT = (Certificate.Status.VALID, Certificate.Status.SUSPENDED)
# An expired certificate counts too: its renewal supersedes it with one in the profile's name.
NAME_BOUND = (*CURRENT, Certificate.Status.EXPIRED)


def holds_current_certificate(*, user) -> bool:
    """Does the trainer hold a certificate whose name verifiers rely on (valid or suspended), or one a
    renewal would carry into a new name (expired)? One query."""
    return Certificate.objects.filter(certification__trainer=user, status__in=NAME_BOUND).exists()


def pending_name_request(*, profile: TrainerProfile | None) -> NameChangeRequest | None:
    if profile is None or profile.pk is None:
        return None
    return profile.name_requests.filter(status=NameChangeRequest.Status.PENDING).first()


def _notify(request: NameChangeRequest, kind: str) -> None:
    from .tasks import name_request_mail_send

    transaction.on_commit(lambda: name_request_mail_send.enqueue(request.pk, kind))


@transaction.atomic
def name_request_submit(
    *, profile: TrainerProfile, new_name: str, reason: str, explanation: str = "", document=None, actor
) -> NameChangeRequest:
    """The holder asks for their certificates to carry another name. Certificates keep the old name until
    staff approve."""
    from .profiles import certificate_name_clean

    if actor.pk != profile.user_id:
        raise PermissionDenied(NOT_YOURS)
    profile = TrainerProfile.objects.select_for_update().get(pk=profile.pk)  # one request at a time
    new_name = certificate_name_clean(new_name)
    if new_name == profile.certificate_name:
        raise ValidationError({"new_name": NAME_UNCHANGED})
    if pending_name_request(profile=profile) is not None:
        raise ValidationError(ALREADY_PENDING)
    if reason not in NameChangeRequest.Reason.values:
        raise ValidationError({"reason": _("Choose the reason for the change.")})
    request = NameChangeRequest(
        profile=profile,
        old_name=profile.certificate_name,
        new_name=new_name,
        reason=reason,
        explanation=explanation.strip(),
    )
    if document:
        errors = evidence_file_errors(document)
        if errors:
            raise ValidationError({"document": errors})
        request.document_name = document.name[-255:]
        extension = document.name.rsplit(".", 1)[-1].lower()
        request.document_type = EVIDENCE_TYPES[extension]  # what the checks found, not what was claimed
        document.seek(0)
        request.document.save(document.name, document, save=False)
    try:
        with transaction.atomic():
            request.save()
    except IntegrityError as error:  # a second request saved at the same moment
        raise ValidationError(ALREADY_PENDING) from error
    log(instance=request, action=SUBMITTED, user=actor)
    _notify(request, "submitted")
    return request


@transaction.atomic
def name_request_withdraw(*, request: NameChangeRequest, actor) -> NameChangeRequest:
    request = NameChangeRequest.objects.select_for_update().select_related("profile").get(pk=request.pk)
    if actor.pk != request.profile.user_id:
        raise PermissionDenied(NOT_YOURS)
    if not request.is_pending:
        raise ValidationError(NOT_PENDING)
    request.status = NameChangeRequest.Status.WITHDRAWN
    request.decided_by = actor
    request.decided_at = timezone.now()
    request.save(update_fields=["status", "decided_by", "decided_at"])
    log(instance=request, action=WITHDRAWN, user=actor)
    return request


def _decidable(request: NameChangeRequest, staff) -> NameChangeRequest:
    if not is_programme_staff(staff):
        raise PermissionDenied(NOT_STAFF)
    locked = NameChangeRequest.objects.select_for_update().select_related("profile").get(pk=request.pk)
    if locked.profile.user_id == staff.pk:
        raise PermissionDenied(NOT_YOUR_OWN)
    if not locked.is_pending:
        raise ValidationError(NOT_PENDING)
    return locked


@transaction.atomic
def name_request_approve(*, request: NameChangeRequest, staff, note: str = "") -> list[Certificate]:
    """Staff agree: the profile takes the new name and every current certificate is re-issued in it,
    exactly once (the request is locked and must still be pending)."""
    request = _decidable(request, staff)
    profile = TrainerProfile.objects.select_for_update().get(pk=request.profile_id)
    request.status = NameChangeRequest.Status.APPROVED
    request.decided_by = staff
    request.decided_at = timezone.now()
    request.decision_note = note.strip()
    request.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
    certificates = name_change_apply(
        profile=profile,
        new_name=request.new_name,
        changed_by=staff,
        reason=_recorded_reason(request),
        request=request,
    )
    log(instance=request, action=APPROVED, user=staff)
    _notify(request, "approved")
    return certificates


def _recorded_reason(request: NameChangeRequest) -> str:
    """The reason as recorded with the change: in the programme's language, whoever decides."""
    with translation.override(settings.LANGUAGE_CODE):
        reason = str(request.get_reason_display())
    return f"{reason}: {request.explanation}" if request.explanation else reason


@transaction.atomic
def name_request_refuse(*, request: NameChangeRequest, staff, reason: str) -> NameChangeRequest:
    """Staff refuse, saying why: nothing else changes."""
    if not reason.strip():
        raise ValidationError({"reason": REFUSAL_NEEDS_REASON})
    request = _decidable(request, staff)
    request.status = NameChangeRequest.Status.REFUSED
    request.decided_by = staff
    request.decided_at = timezone.now()
    request.decision_note = reason.strip()
    request.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
    log(instance=request, action=REFUSED, user=staff)
    _notify(request, "refused")
    return request


def name_change_apply(
    *,
    profile: TrainerProfile,
    new_name: str,
    changed_by,
    reason: str = "",
    request=None,
    notify: bool = False,
) -> list[Certificate]:
    """Give the profile its new certificate name, record the change and re-issue the current certificates
    in it (each pointing to this change). Inside the caller's transaction; the profile is locked."""
    from .certificates import certificates_reissue_for_name

    old_name = profile.certificate_name
    if old_name == new_name:
        return []
    profile.certificate_name = new_name
    profile.save(update_fields=["certificate_name"])
    change = CertificateNameChange.objects.create(
        profile=profile,
        changed_by=changed_by,
        old_name=old_name,
        new_name=new_name,
        reason=reason,
        request=request,
    )
    return certificates_reissue_for_name(
        trainer=profile.user, holder_name=new_name, name_change=change, notify=notify
    )


@transaction.atomic
def name_correct_by_staff(*, profile: TrainerProfile, new_name: str, staff, reason: str) -> list[Certificate]:
    """Staff correct a name themselves: at once, recorded with their name and reason."""
    from .profiles import certificate_name_clean

    if not is_programme_staff(staff):
        raise PermissionDenied(NOT_STAFF)
    if profile.user_id == staff.pk:
        raise PermissionDenied(NOT_YOUR_OWN)
    if not reason.strip():
        raise ValidationError({"name_change_reason": CORRECTION_NEEDS_REASON})
    profile = TrainerProfile.objects.select_for_update().get(pk=profile.pk)
    pending = pending_name_request(profile=profile)
    if pending is not None:  # the correction answers it: it no longer waits for a decision
        pending.status = NameChangeRequest.Status.WITHDRAWN
        pending.decided_by = staff
        pending.decided_at = timezone.now()
        pending.decision_note = reason.strip()
        pending.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
    certificates = name_change_apply(
        profile=profile,
        new_name=certificate_name_clean(new_name),
        changed_by=staff,
        reason=reason.strip(),
        notify=True,
    )
    log(instance=profile, action=CORRECTED, user=staff)
    return certificates
