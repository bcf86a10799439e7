from .profiles import CertificateNameChange, TrainerProfile

__all__ = ["CertificateNameChange", "TrainerProfile"]
