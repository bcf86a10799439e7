"""Who plays which part in certification: programme staff, and the Expert Trainers of a module."""

from django.conf import settings

from .models import Certification, CertificationTrack, Level


def is_programme_staff(user) -> bool:
    if not user.is_authenticated:
        return False
    return (
        user.is_superuser
        or user.groups.filter(name=getattr(settings, "SCORE_STAFF_GROUP", "Programme staff")).exists()
    )


def is_expert_in(user, track: CertificationTrack) -> bool:
    """Holds a current SCORE Expert Trainer certification in this module."""
    return Certification.objects.filter(
        trainer_id=user.pk, track=track, level=Level.EXPERT, state=Certification.State.CERTIFIED
    ).exists()
