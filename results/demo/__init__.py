"""The results part of ``seed_demo`` (``base``: its fixed facts; ``plan``: what it holds, from the seed
alone; ``records``: writing it; ``case_studies``; ``content``: its texts in both languages): the core modules' good-practice checklists and KPI links, about 300
fictional enterprises in the 14 provinces the programme reached, about 70 training cycles from 2018 to 2026
by the eight partners (sessions, participants, visits, fees, sponsorship, cost, every status change), the
baselines and follow-ups of their enterprises, the demo trainers' ToE cycles, and three case studies.

Deterministic: the whole plan comes from one ``random.Random`` with a fixed seed and fixed dates, before
anything is read from the database. Idempotent: each part writes only what is missing (by code, slug or
e-mail), so a second run changes nothing and a part removed is rebuilt. Fast: rows are written with
``bulk_create`` and looked up in a handful of queries, not one query per row."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction

from courses.models import CurriculumPage

from ..services.catalogue import default_kpis_ensure
from .base import CANDIDATE, CORE, CORE_MODULES, EXPERT, HOLDER, PREFIX
from .case_studies import ensure_case_studies
from .plan import plan
from .records import demo_modules, ensure_checklists, ensure_cycles, ensure_trainers

__all__ = ["CANDIDATE", "CORE_MODULES", "EXPERT", "HOLDER", "PREFIX", "build", "demo_modules", "plan"]


@transaction.atomic
def build(*, staff) -> None:
    """The results demo; a second run changes nothing."""
    default_kpis_ensure()
    modules = demo_modules()
    if any((CORE, slug) not in modules for slug in CORE_MODULES):
        return
    if get_user_model().objects.filter(email__in=[EXPERT, CANDIDATE, HOLDER]).count() != 3:
        return
    practices = ensure_checklists(modules)
    trainers = ensure_trainers()
    hoco = CurriculumPage.objects.filter(
        slug="score-hoco", locale__language_code=settings.LANGUAGE_CODE
    ).first()
    cycles = plan(
        hoco_max=min(6, hoco.max_enterprises_per_cycle if hoco else 5), trainers=trainers, modules=modules
    )
    ensure_cycles(cycles, modules=modules, practices=practices, staff=staff)
    ensure_case_studies(cycles=cycles, modules=modules, user=staff)
