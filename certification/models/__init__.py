from .certificates import Certificate, CertificateNumberCounter
from .certifications import Certification, CertificationEvent
from .profiles import CertificateNameChange, TrainerProfile
from .settings import CertificateSettings
from .tracks import CertificationTrack, Level

__all__ = [
    "Certificate",
    "CertificateNameChange",
    "CertificateNumberCounter",
    "CertificateSettings",
    "Certification",
    "CertificationEvent",
    "CertificationTrack",
    "Level",
    "TrainerProfile",
]
