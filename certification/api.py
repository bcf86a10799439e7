"""Certification's front door for other apps."""

from .certificates import certificate_issue
from .pdf import render_certificate_pdf
from .profiles import profile_get, profile_is_complete, profile_save
from .roles import expert_trainer_ids, is_expert_trainer

__all__ = [
    "certificate_issue",
    "demo_build",
    "expert_trainer_ids",
    "is_expert_trainer",
    "profile_get",
    "profile_is_complete",
    "profile_save",
    "render_certificate_pdf",
]


def demo_build(*, staff) -> None:
    """The certification part of ``seed_demo`` (certification/demo.py), imported only when it runs."""
    from .demo import build

    build(staff=staff)
