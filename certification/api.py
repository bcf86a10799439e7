"""Certification's front door for other apps."""

from .certificates import certificate_issue
from .pdf import render_certificate_pdf
from .profiles import profile_get, profile_is_complete, profile_save
from .roles import is_expert_trainer

__all__ = [
    "certificate_issue",
    "is_expert_trainer",
    "profile_get",
    "profile_is_complete",
    "profile_save",
    "render_certificate_pdf",
]
