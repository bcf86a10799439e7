"""Emails to holders: the certificate when it is issued, and a notice before it expires."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from cms.site_address import site_url

from .models import Certificate
from .pdf import render_certificate_pdf, verification_url


def _language(certificate: Certificate) -> str:
    profile = getattr(certificate.certification.trainer, "trainer_profile", None)
    return (profile.preferred_language if profile else "") or settings.LANGUAGE_CODE


def _dashboard_url() -> str:
    from django.urls import reverse

    return site_url(reverse("certification:dashboard"))


def _send(certificate: Certificate, template: str, attachment: bytes | None = None) -> None:
    language = _language(certificate)
    with translation.override(language):
        context = {
            "certificate": certificate,
            "module_title": certificate.module_title_in(language),  # in the mail's language
            "curriculum_title": certificate.curriculum_title_in(language),
            "verification_url": verification_url(certificate),
            "dashboard_url": _dashboard_url(),
        }
        subject = render_to_string(f"certification/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"certification/email/{template}_body.txt", context)
    message = EmailMessage(subject, body, to=[certificate.certification.trainer.email])
    if attachment is not None:
        message.attach(f"{certificate.number}.pdf", attachment, "application/pdf")
    message.send()


def certificate_issued_mail(certificate: Certificate, pdf: bytes | None = None) -> None:
    """The certificate to its holder, with the PDF (``pdf`` when the caller has already rendered it)."""
    _send(certificate, "certificate_issued", pdf if pdf is not None else render_certificate_pdf(certificate))


def expiry_notice_mail(certificate: Certificate) -> None:
    _send(certificate, "expiry_notice")


def name_request_mail(request, kind: str) -> None:
    """A change of the name on certificates: staff are told of a new request; the trainer of the decision,
    each in their own language."""
    from django.contrib.auth import get_user_model
    from django.db.models import Q
    from django.urls import reverse

    from .models import Certificate

    def send(user, template: str, context: dict) -> None:
        profile = getattr(user, "trainer_profile", None)
        language = (profile.preferred_language if profile else "") or settings.LANGUAGE_CODE
        with translation.override(language):
            context = {
                **context,
                "dashboard_url": _dashboard_url(),
                "profile_url": site_url(reverse("certification:profile")),
            }
            subject = render_to_string(f"certification/email/{template}_subject.txt", context).strip()
            body = render_to_string(f"certification/email/{template}_body.txt", context)
        EmailMessage(subject, body, to=[user.email]).send()

    if kind == "submitted":
        staff_group = getattr(settings, "SCORE_STAFF_GROUP", "Programme staff")
        staff = get_user_model().objects.filter(
            Q(is_superuser=True) | Q(groups__name=staff_group), is_active=True
        )
        admin_url = site_url(reverse("name_requests:edit", args=(request.pk,)))
        for user in staff.distinct():
            send(user, "name_request_submitted", {"request": request, "admin_url": admin_url})
        return
    trainer = request.profile.user
    certificates = (
        list(Certificate.objects.filter(name_change__request=request).order_by("number"))
        if kind == "approved"
        else []
    )
    send(trainer, f"name_request_{kind}", {"request": request, "certificates": certificates})
