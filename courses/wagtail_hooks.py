from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

# The other admin concerns register their own hooks: knowledge-check and lesson authoring, the lineage pages
# (comparing, re-syncing), a module as one piece of work and where partner editors start.
from . import admin_urls, authoring_hooks, lineage_hooks, module_hooks  # noqa: F401
from .models import CurriculumPage, Partner


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "short_name", "is_lead", "website"]
    list_filter = ["is_lead"]
    list_export = ["name", "short_name", "website", "brand_colour", "is_lead"]
    search_fields = ["name", "short_name"]
    # Eight partners: the ORM's icontains finds them, and results sort by any column (the search
    # backend refuses to sort by a field it does not index, and answered a server error).
    search_backend_name = None
    ordering = ["-is_lead", "name"]


register_snippet(PartnerViewSet)


@hooks.register("register_admin_urls")
def register_courses_admin_urls():
    return [path("courses/", include(admin_urls, namespace="courses_admin"))]


def _derive_button(page, user, priority):
    if not isinstance(page.specific_deferred, CurriculumPage):
        return None
    curriculum = page.specific_deferred
    if curriculum.is_core or not page.permissions_for_user(user).can_add_subpage():
        return None
    return Button(
        _("Derive a module from the core"),
        reverse("courses_admin:derive_module", args=(page.pk,)),
        icon_name="copy",
        priority=priority,
    )


@hooks.register("register_page_header_buttons")
def derive_module_header_button(page, user, view_name, next_url=None):
    button = _derive_button(page, user, priority=16)
    if button:
        yield button


@hooks.register("register_page_listing_more_buttons")
def derive_module_listing_button(page, user, next_url=None):
    button = _derive_button(page, user, priority=16)
    if button:
        yield button


@hooks.register("register_log_actions")
def register_lineage_log_actions(actions):
    actions.register_action("courses.derive", _("Derive from core"), _("Derived from a core module"))
    actions.register_action(
        "courses.lineage_reviewed", _("Review core changes"), _("Core changes marked as reviewed")
    )
    from .lineage_hooks import LineageResyncFormatter

    actions.register_action("courses.lineage_resync")(LineageResyncFormatter)


@hooks.register("construct_homepage_panels")
def add_core_changes_panel(request, panels):
    from .admin_panels_home import CoreChangesPanel

    panels.append(CoreChangesPanel())
