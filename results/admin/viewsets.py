"""Listings, exports and corrections of the results records in the Wagtail admin, under one "Results" menu.

Other parts of the app add their own items to that menu with the ``register_results_menu_item`` hook
(RESULTS_MENU_HOOK): a function that returns a MenuItem (its ``is_shown`` decides who sees it), e.g. the
spreadsheet imports (results/imports/admin.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

from ..models import (
    Assessment,
    ConsultancyVisit,
    CycleEnterprise,
    Enterprise,
    ImportRun,
    ResultsLogEntry,
    TrainingCycle,
)
from .assessments import AssessmentViewSet
from .cycles import CycleViewSet
from .enterprises import EnterpriseViewSet
from .reference import ChecklistViewSet, KpiViewSet

RESULTS_MENU_HOOK = "register_results_menu_item"


class ResultsViewSetGroup(ViewSetGroup):
    menu_label = _("Results")
    menu_icon = "table"
    menu_order = 250
    submenu_hook = RESULTS_MENU_HOOK
    items = (
        EnterpriseViewSet("results_enterprises"),
        CycleViewSet("results_cycles"),
        AssessmentViewSet("results_assessments"),
        KpiViewSet("results_kpis"),
        ChecklistViewSet("results_checklists"),
    )


@hooks.register("register_admin_viewset")
def register_results_admin():
    return ResultsViewSetGroup()


@hooks.register("register_log_actions")
def log_results_records_apart(actions):
    """Partners' records log to ResultsLogEntry, whose site-wide history only staff read."""
    for model in (Enterprise, TrainingCycle, CycleEnterprise, Assessment, ConsultancyVisit, ImportRun):
        actions.register_model(model, ResultsLogEntry)
