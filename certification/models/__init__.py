from .bulk import BulkIssue
from .certificates import Certificate, CertificateNumberCounter
from .certifications import Certification, CertificationEvent
from .name_requests import NameChangeRequest
from .profiles import CertificateNameChange, TrainerProfile
from .requirements import Evidence, Requirement, RequirementProgress, ReviewComment
from .settings import CertificateSettings
from .tracks import CertificationTrack, Level

__all__ = [
    "BulkIssue",
    "Evidence",
    "Requirement",
    "RequirementProgress",
    "ReviewComment",
    "Certificate",
    "CertificateNameChange",
    "CertificateNumberCounter",
    "CertificateSettings",
    "Certification",
    "CertificationEvent",
    "CertificationTrack",
    "Level",
    "NameChangeRequest",
    "TrainerProfile",
]
