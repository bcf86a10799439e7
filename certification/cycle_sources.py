"""Cycles recorded elsewhere (the results app) that count for certification, without certification
knowing their models: the results app registers its sources when it starts (results/certification_link.py).

- a trainer's *ToE cycles* in a module: completed cycles they led under a supervising Expert Trainer;
  the one the Expert confirmed on the cycle meets the "ToE cycle" requirement;
- a trainer's *lead cycles* in a module: completed cycles they led; they count towards "cycles delivered".
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class CycleRecord:
    code: str
    url: str
    completed_on: date | None
    expert_name: str = ""
    confirmed_at: datetime | None = None

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None


CycleSource = Callable[..., list[CycleRecord]]
_sources: dict[str, CycleSource] = {}


def register_cycle_sources(*, toe_cycles: CycleSource, lead_cycles: CycleSource) -> None:
    _sources["toe"] = toe_cycles
    _sources["lead"] = lead_cycles


def toe_cycles(*, trainer, module) -> list[CycleRecord]:
    source = _sources.get("toe")
    return source(trainer=trainer, module=module) if source else []


def lead_cycles(*, trainer, module) -> list[CycleRecord]:
    source = _sources.get("lead")
    return source(trainer=trainer, module=module) if source else []
