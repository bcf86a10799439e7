"""Reads for the trainer's certification pages: the dashboard of tracks and certificates."""

from dataclasses import dataclass

from django.conf import settings
from wagtail.models import Locale, Page

from .models import Certificate, Certification, CertificationTrack, Level


@dataclass
class TrackRow:
    track: CertificationTrack
    title: str
    levels: list  # (level, Certification or None), trainer first


def module_titles(tracks) -> dict:
    """Track id -> the module's title in the active language (the default one where untranslated). One query."""
    locale = Locale.get_active()
    keys = {track.module.translation_key: track.pk for track in tracks}
    titles = {track.pk: track.module.title for track in tracks}
    if locale.pk != Locale.get_default().pk:
        for key, title in Page.objects.filter(translation_key__in=keys, locale=locale).values_list(
            "translation_key", "title"
        ):
            titles[keys[key]] = title
    return titles


@dataclass
class CertificateRow:
    certificate: Certificate
    certification: Certification

    @property
    def expires_soon(self) -> bool:
        return self.certificate.expires_soon(within_days=getattr(settings, "SCORE_EXPIRY_NOTICE_DAYS", 90))

    @property
    def can_renew(self) -> bool:
        return self.certification.renewal_started_at is None and (
            self.expires_soon
            or (
                self.certificate.effective_status == Certificate.Status.EXPIRED
                and self.certification.state in (Certification.State.CERTIFIED, Certification.State.EXPIRED)
            )
        )


def trainer_dashboard(*, trainer) -> dict:
    """The open tracks with the trainer's certifications in each, and their certificates. Four queries."""
    certifications = list(Certification.objects.filter(trainer=trainer).select_related("track__module"))
    by_track = {}
    for certification in certifications:
        by_track.setdefault(certification.track_id, {})[certification.level] = certification
    tracks = list(
        CertificationTrack.objects.filter(is_active=True).select_related("module").order_by("module__path")
    )
    titles = module_titles(tracks)
    rows = [
        TrackRow(
            track=track,
            title=titles[track.pk],
            levels=[(level, by_track.get(track.pk, {}).get(level)) for level in Level],
        )
        for track in tracks
    ]
    by_id = {certification.pk: certification for certification in certifications}
    certificates = [
        CertificateRow(certificate=certificate, certification=by_id[certificate.certification_id])
        for certificate in Certificate.objects.filter(certification__trainer=trainer).select_related(
            "partner"
        )
    ]
    return {"tracks": rows, "certificates": certificates, "levels": Level}
