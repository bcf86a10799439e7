"""Certification's front door for other apps."""

from .certificates import certificate_issue
from .cycle_sources import CycleRecord, register_cycle_sources
from .pdf import render_certificate_pdf
from .profiles import profile_get, profile_is_complete, profile_save
from .roles import (
    expert_trainer_ids,
    experts_of_module,
    is_expert_in_module,
    is_expert_trainer,
    is_programme_staff,
    trainer_levels_by_gender,
)

__all__ = [
    "CycleRecord",
    "certificate_issue",
    "demo_build",
    "expert_trainer_ids",
    "experts_of_module",
    "is_expert_in_module",
    "is_expert_trainer",
    "is_programme_staff",
    "profile_get",
    "profile_is_complete",
    "profile_save",
    "register_cycle_sources",
    "render_certificate_pdf",
    "trainer_levels_by_gender",
]


def demo_build(*, staff) -> None:
    """The certification part of ``seed_demo`` (certification/demo.py), imported only when it runs."""
    from .demo import build

    build(staff=staff)
