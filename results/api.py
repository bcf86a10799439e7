"""The results app's front door: what other apps (and the site) may call."""

from .access import assessments_visible, cycles_visible, enterprises_visible
from .outcomes import KpiChange, enterprise_results, kpi_changes
from .services.assessments import assessment_submit, assessment_values_save, kpi_value_error
from .services.cycles import cycle_status_set, cycle_toe_confirm
from .services.outcomes import outcomes_deferred, outcomes_rebuild

__all__ = [
    "KpiChange",
    "assessment_submit",
    "assessment_values_save",
    "assessments_visible",
    "cycle_status_set",
    "cycle_toe_confirm",
    "cycles_visible",
    "demo_build",
    "enterprise_results",
    "enterprises_visible",
    "kpi_changes",
    "kpi_value_error",
    "outcomes_deferred",
    "outcomes_rebuild",
]


def demo_build(*, staff) -> None:
    """The results part of ``seed_demo`` (results/demo/), imported only when it runs."""
    from .demo import build

    build(staff=staff)
