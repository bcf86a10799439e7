"""Wagtail hooks for a module as one piece of work, and for where partner editors start."""

from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages

from .explorer import main_menu_explorer_replace
from .models import ModulePage
from .publishing import bundle_for


@hooks.register("construct_main_menu")
def explorer_opens_at_partner_curriculum(request, menu_items):
    main_menu_explorer_replace(menu_items)


@hooks.register("after_publish_page")
def warn_of_module_drafts(request, page):
    """Publishing a module by itself leaves its lessons' drafts off the site: say which."""
    if not isinstance(page.specific_deferred, ModulePage):
        return
    bundle = bundle_for(page.specific)
    drafts = bundle.drafts_below if bundle else []
    if not drafts:
        return
    names = ", ".join(f"“{item.page.draft_title}” ({item.language.upper()})" for item in drafts)
    messages.warning(
        request,
        gettext(
            "The module is published, but these pages of it still have unpublished drafts and are not on the "
            "site as edited: %(pages)s."
        )
        % {"pages": names},
        buttons=[
            messages.button(
                reverse("wagtailadmin_pages:edit", args=(page.pk,)), gettext("See the module's pages")
            )
        ],
    )


@hooks.register("register_log_actions")
def register_module_log_actions(actions):
    actions.register_action(
        "courses.module_published",
        _("Publish the module"),
        _("Published with its lessons, check and translations"),
    )


@hooks.register("insert_global_admin_css")
def module_admin_css():
    from django.templatetags.static import static
    from django.utils.html import format_html

    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-courses.css"))


@hooks.register("before_create_page")
def no_new_pages_in_a_module_in_review(request, parent_page, page_class):
    """A page added below a module in review would be published with it unseen: refused until the review ends."""
    from django.shortcuts import redirect

    from .models.catalogue import InCurriculumMixin

    parent = parent_page.specific
    if not isinstance(parent, InCurriculumMixin):
        return None
    lock = parent.get_lock()
    if lock is None or not lock.for_user(request.user):
        return None
    messages.error(
        request,
        gettext(
            "The module is awaiting approval: pages can be added to it again once it is approved or sent back."
        ),
    )
    return redirect("wagtailadmin_explore", parent_page.pk)


@hooks.register("register_log_actions", order=100)
def workflow_names_in_the_history(actions):
    """After Wagtail's own formatters are registered: the history names workflows in the reader's language."""
    from .workflow_names import workflow_log_formatters_translate

    workflow_log_formatters_translate(actions)


@hooks.register("after_edit_page")
def approval_with_edits_refused(request, page):
    """Approving from the editor saves the reviewer's edits, then approves: when the module's pages refused
    the approval (one changed after the modal's check), say so instead of Wagtail's saved message."""
    import json

    from django.shortcuts import redirect
    from wagtail.models import TaskState

    if not (
        request.POST.get("action-workflow-action") and request.POST.get("workflow-action-name") == "approve"
    ):
        return None
    try:
        reviewed = json.loads(request.POST.get("workflow-action-extra-data") or "{}").get(
            "reviewed_task_state"
        )
    except (ValueError, AttributeError):
        return None
    if reviewed and TaskState.objects.filter(pk=reviewed, status=TaskState.STATUS_IN_PROGRESS).exists():
        return redirect("courses_admin:approval_refused", reviewed)
    return None
