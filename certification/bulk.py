"""Bulk issue for a cohort: staff list the trainers (one email address per line); every line is checked
first, and nothing is written unless all are right. The issuing runs as a background task that counts its
progress, and ends with a ZIP of the PDFs."""

import io
import zipfile
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from .mail import certificate_issued_mail
from .models import BulkIssue, Certificate, Certification, CertificationTrack
from .pdf import render_certificate_pdf
from .progression import certification_start
from .roles import is_programme_staff
from .transitions import TransitionError, certification_grant

MAX_COHORT = 2000
ROW_UNKNOWN = _("Line %(line)d: no account uses the address “%(value)s”.")
ROW_DUPLICATE = _("Line %(line)d: “%(value)s” is already on line %(first)d.")
ROW_BLOCKED = _("Line %(line)d: %(value)s's certification is %(state)s; decide on it individually.")
ROW_SELF = _("Line %(line)d: you cannot certify yourself.")
NO_ROWS = _("List at least one trainer, one email address per line.")
TOO_MANY = _("A cohort can have at most %(max)d trainers.")
MAIL_FAILED = _(
    "%(name)s: the certificate %(number)s was issued, but the email to the holder failed (%(error)s)."
)
STAFF_ONLY = _("Only programme staff can issue certificates in bulk.")
BLOCKED_STATES = {Certification.State.REVOKED, Certification.State.SUSPENDED, Certification.State.EXPIRED}


@dataclass
class BulkCheck:
    trainer_ids: list[int]
    errors: list[str]


def bulk_rows_check(*, track: CertificationTrack, level: str, emails_text: str, actor) -> BulkCheck:
    """Every bad line, or the trainers in the order listed."""
    rows = [
        (number, line.strip())
        for number, line in enumerate(emails_text.splitlines(), start=1)
        if line.strip()
    ]
    if not rows:
        return BulkCheck([], [str(NO_ROWS)])
    if len(rows) > MAX_COHORT:
        return BulkCheck([], [str(TOO_MANY % {"max": MAX_COHORT})])
    users = {
        user.email.lower(): user
        for user in get_user_model().objects.filter(
            email__in={value.lower() for _n, value in rows} | {v for _n, v in rows}
        )
    }
    states = dict(
        Certification.objects.filter(track=track, level=level, trainer__in=users.values()).values_list(
            "trainer_id", "state"
        )
    )
    errors, ids, seen = [], [], {}
    for number, value in rows:
        key = value.lower()
        user = users.get(key)
        params = {"line": number, "value": value}
        if key in seen:
            errors.append(str(ROW_DUPLICATE % {**params, "first": seen[key]}))
        elif user is None:
            errors.append(str(ROW_UNKNOWN % params))
        elif user.pk == actor.pk:
            errors.append(str(ROW_SELF % params))
        elif states.get(user.pk) in BLOCKED_STATES:
            state = Certification.State(states[user.pk]).label.lower()
            errors.append(str(ROW_BLOCKED % {**params, "state": state}))
        else:
            ids.append(user.pk)
        seen.setdefault(key, number)
    return BulkCheck(ids if not errors else [], errors)


@transaction.atomic
def bulk_issue_request(
    *, track: CertificationTrack, level: str, cohort: str, trainer_ids: list[int], actor
) -> BulkIssue:
    """Queue the issuing; the task starts once this is committed."""
    from .tasks import bulk_issue_run_task

    if not is_programme_staff(actor):
        raise PermissionDenied(STAFF_ONLY)
    bulk = BulkIssue.objects.create(
        track=track,
        level=level,
        cohort=cohort.strip(),
        trainer_ids=trainer_ids,
        requested_by=actor,
        total=len(trainer_ids),
    )
    transaction.on_commit(lambda: bulk_issue_run_task.enqueue(bulk.pk))
    return bulk


def _certificate_for(bulk: BulkIssue, trainer, actor) -> tuple[Certificate, bool]:
    """The trainer's current certificate of this level, and whether it was issued now (it is not when they
    already hold one)."""
    with transaction.atomic():
        certification = certification_start(trainer=trainer, track=bulk.track, level=bulk.level, actor=actor)
        if certification.state == Certification.State.CERTIFIED:
            current = certification.certificates.filter(status=Certificate.Status.VALID).first()
            if current is not None:
                return current, False
        certificate = certification_grant(
            certification=certification,
            actor=actor,
            reason=str(_("Cohort: %(cohort)s") % {"cohort": bulk.cohort}),
            notify=False,  # emailed below, with the PDF rendered once for the archive and the email
        )
        return certificate, True


def _mail(certificate: Certificate, pdf: bytes) -> list[str]:
    """Email a newly issued certificate; a failed delivery is reported on the page, not fatal to the rest."""
    try:
        certificate_issued_mail(certificate, pdf=pdf)
    except OSError as error:  # smtplib's errors are OSErrors
        return [
            str(MAIL_FAILED % {"name": certificate.holder_name, "number": certificate.number, "error": error})
        ]
    return []


def bulk_issue_run(*, bulk_id: int) -> BulkIssue:
    bulk = BulkIssue.objects.select_related("track__module", "requested_by").get(pk=bulk_id)
    if bulk.status != BulkIssue.Status.QUEUED:
        return bulk
    BulkIssue.objects.filter(pk=bulk.pk).update(status=BulkIssue.Status.RUNNING)
    trainers = get_user_model().objects.in_bulk(bulk.trainer_ids)
    buffer, errors = io.BytesIO(), []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for done, trainer_id in enumerate(bulk.trainer_ids, start=1):
            try:
                certificate, issued = _certificate_for(bulk, trainers[trainer_id], bulk.requested_by)
            except TransitionError as error:
                errors.append(f"{trainer_id}: {error.message}")
            else:
                pdf = render_certificate_pdf(certificate)
                archive.writestr(f"{certificate.number}.pdf", pdf)
                if issued:
                    errors.extend(_mail(certificate, pdf))
            BulkIssue.objects.filter(pk=bulk.pk).update(done=done)
    bulk.refresh_from_db()
    bulk.archive.save(f"certificates-{bulk.pk}.zip", ContentFile(buffer.getvalue()), save=False)
    bulk.status = BulkIssue.Status.DONE
    bulk.error = "\n".join(errors)
    bulk.save(update_fields=["archive", "status", "error"])
    return bulk
