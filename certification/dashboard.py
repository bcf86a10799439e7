"""Reads for the trainer's certification pages: the dashboard of tracks and certificates."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language

from .models import Certificate, Certification, CertificationTrack, Level
from .track_names import TrackName, track_names


@dataclass
class TrackRow:
    track: CertificationTrack
    name: TrackName
    levels: list  # (level, Certification or None), trainer first

    @property
    def title(self) -> str:
        return self.name.module


@dataclass
class TrackGroup:
    """The open tracks of one curriculum, headed by its name (and partner)."""

    label: str
    rows: list


@dataclass
class CertificateRow:
    certificate: Certificate
    certification: Certification

    @property
    def module_title(self) -> str:
        """The module as the certificate names it, in the page's language."""
        return self.certificate.module_title_in(get_language())

    @property
    def curriculum_title(self) -> str:
        return self.certificate.curriculum_title_in(get_language())

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
    """The open tracks, grouped by curriculum, with the trainer's certifications in each, and their
    certificates. Five queries (six out of the default language)."""
    certifications = list(Certification.objects.filter(trainer=trainer).select_related("track__module"))
    by_track = {}
    for certification in certifications:
        by_track.setdefault(certification.track_id, {})[certification.level] = certification
    tracks = list(
        CertificationTrack.objects.filter(is_active=True).select_related("module").order_by("module__path")
    )
    names = track_names(tracks)
    groups: dict[str, TrackGroup] = {}
    for track in tracks:
        name = names[track.pk]
        group = groups.setdefault(name.curriculum_key, TrackGroup(label=name.curriculum_label, rows=[]))
        group.rows.append(
            TrackRow(
                track=track,
                name=name,
                levels=[(level, by_track.get(track.pk, {}).get(level)) for level in Level],
            )
        )
    by_id = {certification.pk: certification for certification in certifications}
    certificates = [
        CertificateRow(certificate=certificate, certification=by_id[certificate.certification_id])
        for certificate in Certificate.objects.filter(certification__trainer=trainer).select_related(
            "partner"
        )
    ]
    return {
        "track_groups": [groups[key] for key in sorted(groups)],
        "certificates": certificates,
        "levels": Level,
    }
