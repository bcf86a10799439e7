"""Issuing certificates: gap-free numbers, unguessable tokens, the facts frozen on the day of issue."""

import calendar
import secrets
from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Locale

from .models import Certificate, CertificateNumberCounter, Certification, TrainerProfile
from .profiles import profile_get

TOKEN_BYTES = 24  # 192 random bits


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def certificate_number_allocate(*, year: int) -> str:
    """The next number of the year, ``SCORE-ID-<year>-<6 digits>``. Call inside the issuing transaction:
    the counter row stays locked until it commits, and a rollback gives the number back."""
    try:
        with transaction.atomic():
            CertificateNumberCounter.objects.get_or_create(year=year)
    except IntegrityError:  # another transaction created this year's counter at the same moment
        pass
    counter = CertificateNumberCounter.objects.select_for_update().get(year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return f"SCORE-ID-{year}-{counter.last:06d}"


def certificate_token_new() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def _titles(page) -> tuple[str, str]:
    """A page's title in English and in Bahasa Indonesia (its own title where it is not translated)."""
    translation = page.get_translation_or_none(Locale.objects.filter(language_code="id").first())
    english = page.get_translation_or_none(Locale.objects.filter(language_code="en").first()) or page
    return english.title, (translation.title if translation else page.title)


@transaction.atomic
def certificate_issue(
    *, certification: Certification, certified_by, holder_name: str | None = None, notify: bool = True
) -> Certificate:
    """Issue the certificate of a certification: number, token, holder, module (pinned to its live revision)
    and curriculum (each in English and in Bahasa Indonesia), level, dates and the certifying Expert
    Trainer. The holder gets it by email (``notify``)."""
    module = certification.track.module.specific
    curriculum = module.curriculum
    # Locked, so that a change of name approved at this moment cannot leave this certificate in the old one.
    TrainerProfile.objects.select_for_update().filter(user=certification.trainer).values_list("pk").first()
    profile = profile_get(user=certification.trainer)
    title_en, title_id = _titles(module)
    curriculum_en, curriculum_id = _titles(curriculum) if curriculum else ("", "")
    issued_at = timezone.now()
    today = timezone.localdate(issued_at)
    certifier_profile = profile_get(user=certified_by) if certified_by else None
    certificate = Certificate(
        certification=certification,
        number=certificate_number_allocate(year=today.year),
        token=certificate_token_new(),
        holder_name=holder_name
        or (profile.certificate_name if profile else certification.trainer.get_full_name()),
        level=certification.level,
        module_title=title_en,
        module_title_id=title_id,
        module_revision_id=module.live_revision_id,
        curriculum_title=curriculum_en,
        curriculum_title_id=curriculum_id,
        partner=curriculum.partner if curriculum else None,
        certified_by=certified_by,
        certified_by_name=(
            certifier_profile.certificate_name
            if certifier_profile
            else (certified_by.get_full_name() if certified_by else "")
        ),
        issued_at=issued_at,
        expires_on=_add_months(today, certification.track.validity_months(certification.level)),
    )
    certificate.full_clean(exclude=["module_revision", "certified_by", "partner"])
    certificate.save()
    if notify:
        _send_after_commit(certificate)
    return certificate


def _send_after_commit(certificate: Certificate) -> None:
    from .tasks import certificate_email_send

    transaction.on_commit(lambda: certificate_email_send.enqueue(certificate.pk))


def certificate_supersede(*, old: Certificate, new: Certificate) -> Certificate:
    """The old certificate verifies as superseded, pointing to the new one. Nothing is deleted."""
    old.status = Certificate.Status.SUPERSEDED
    old.status_changed_at = timezone.now()
    old.superseded_by = new
    old.save(update_fields=["status", "status_changed_at", "superseded_by"])
    return old


@transaction.atomic
def certificate_reissue(
    *, certificate: Certificate, holder_name: str, name_change=None, notify: bool = True
) -> Certificate:
    """A correction of the holder's name: a new certificate (new number and token) with the same facts and
    dates as the old one, which is superseded by it."""
    old = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if old.status not in (Certificate.Status.VALID, Certificate.Status.SUSPENDED):
        return old
    issued_at = timezone.now()
    new = Certificate.objects.create(
        certification_id=old.certification_id,
        number=certificate_number_allocate(year=timezone.localdate(issued_at).year),
        token=certificate_token_new(),
        status=old.status,
        status_changed_at=old.status_changed_at,
        status_reason=old.status_reason,
        holder_name=holder_name,
        level=old.level,
        module_title=old.module_title,
        module_title_id=old.module_title_id,
        module_revision_id=old.module_revision_id,
        curriculum_title=old.curriculum_title,
        curriculum_title_id=old.curriculum_title_id,
        partner_id=old.partner_id,
        certified_by_id=old.certified_by_id,
        certified_by_name=old.certified_by_name,
        issued_at=issued_at,
        expires_on=old.expires_on,
        name_change=name_change,
    )
    certificate_supersede(old=old, new=new)
    if notify:
        _send_after_commit(new)
    return new


def certificates_reissue_for_name(
    *, trainer, holder_name: str, name_change=None, notify: bool = True
) -> list[Certificate]:
    """After an approved change of name: every current certificate of the trainer is re-issued in it."""
    current = Certificate.objects.filter(
        certification__trainer=trainer, status__in=[Certificate.Status.VALID, Certificate.Status.SUSPENDED]
    ).exclude(holder_name=holder_name)
    return [
        certificate_reissue(
            certificate=certificate, holder_name=holder_name, name_change=name_change, notify=notify
        )
        for certificate in current
    ]
