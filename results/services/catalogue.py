"""The KPI catalogue the programme ships (results/data/kpis.py): migration 0002 adds it to a new database, and
``seed_demo`` puts back what is missing (a test database emptied between tests loses what migrations made).
Only missing codes are added: what staff changed stays."""

from ..data.kpis import DEFAULT_KPIS
from ..models import Kpi


def default_kpis_ensure() -> int:
    """Add the shipped KPIs whose codes are missing; returns how many were added."""
    present = set(Kpi.objects.values_list("code", flat=True))
    missing = [
        Kpi(code=code, name=name, name_id=name_id, unit=unit, direction=direction, sort_order=order)
        for order, (code, name, name_id, unit, direction, _modules) in enumerate(DEFAULT_KPIS)
        if code not in present
    ]
    Kpi.objects.bulk_create(missing)
    return len(missing)
