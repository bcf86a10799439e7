"""Validity: certificates past their date expire, and holders are told ahead of time. Run daily."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .mail import expiry_notice_mail
from .models import Certificate, Certification
from .transitions import certification_expire


@dataclass
class DailyResult:
    expired: int
    notices: int


def certificates_expire_due() -> int:
    """Every valid certificate past its date becomes expired; its certification too, unless the holder is
    already renewing (then the review goes on, and only the certificate expires)."""
    due = Certificate.objects.filter(status=Certificate.Status.VALID, expires_on__lt=timezone.localdate())
    count = 0
    for certificate in due.select_related("certification"):
        certification = certificate.certification
        if certification.state == Certification.State.CERTIFIED:
            certification_expire(certification=certification)
        else:
            with transaction.atomic():
                Certificate.objects.filter(pk=certificate.pk, status=Certificate.Status.VALID).update(
                    status=Certificate.Status.EXPIRED, status_changed_at=timezone.now()
                )
        count += 1
    return count


def expiry_notices_send() -> int:
    """One notice per certificate, when it enters the renewal window."""
    today = timezone.localdate()
    window = today + timedelta(days=getattr(settings, "SCORE_EXPIRY_NOTICE_DAYS", 90))
    due = Certificate.objects.filter(
        status=Certificate.Status.VALID,
        expires_on__gte=today,
        expires_on__lte=window,
        expiry_notice_sent_on__isnull=True,
    ).select_related("certification__trainer__trainer_profile")
    count = 0
    for certificate in due:
        expiry_notice_mail(certificate)
        Certificate.objects.filter(pk=certificate.pk).update(expiry_notice_sent_on=today)
        count += 1
    return count


def certification_daily() -> DailyResult:
    return DailyResult(expired=certificates_expire_due(), notices=expiry_notices_send())
