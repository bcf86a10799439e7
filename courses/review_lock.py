"""While a module is in review, its other pages (lessons, check, translations) are locked like the module.

Approval publishes the whole module (courses/publishing.py); an edit made to a lesson after the module was
submitted would go live unseen, so only the module's reviewers may edit its pages until staff approve it or
send it back for changes.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils.html import format_html
from django.utils.translation import gettext
from wagtail.locks import BaseLock
from wagtail.models import Page, WorkflowState


class ModuleReviewLock(BaseLock):
    def __init__(self, object, workflow_state):
        super().__init__(object)
        self.workflow_state = workflow_state
        self.task = workflow_state.current_task_state.task.specific
        self.module = workflow_state.content_object

    def for_user(self, user):
        return self.task.locked_for_user(self.module, user)

    def get_message(self, user):
        title = self.module.draft_title
        if self.for_user(user):
            return format_html(
                gettext(
                    "This page belongs to the module “{title}”, which is awaiting approval. Only its reviewers can "
                    "edit it until the module is approved or sent back for changes."
                ),
                title=title,
            )
        return format_html(
            gettext(
                "This page belongs to the module “{title}”, which is awaiting your review: changes you save "
                "here are published with it."
            ),
            title=title,
        )

    def get_locked_by(self, user, can_lock=False):
        return gettext("Locked by the module's review")

    def get_description(self, user, can_lock=False):
        return gettext("Only the module's reviewers can edit its pages while it is in review")


IN_REVIEW_CACHE_KEY = "courses:modules-in-review"


def modules_in_review() -> frozenset:
    """The translation keys of the modules awaiting approval, from the cache (two queries when it is cold).

    The cache is emptied whenever a workflow starts, resumes, ends or is cancelled (courses.apps), so every
    app server sees the same set through the shared cache.
    """
    from courses.models import ModulePage

    keys = cache.get(IN_REVIEW_CACHE_KEY)
    if keys is None:
        object_ids = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS).values_list(
            "object_id", flat=True
        )
        page_ids = [int(pk) for pk in object_ids if pk.isdigit()]
        keys = frozenset(
            Page.objects.filter(pk__in=page_ids).type(ModulePage).values_list("translation_key", flat=True)
        )
        cache.set(IN_REVIEW_CACHE_KEY, keys, None)
    return keys


def modules_in_review_forget(**kwargs) -> None:
    # Now, for this request, and after the commit, for a server that read the set in between.
    cache.delete(IN_REVIEW_CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(IN_REVIEW_CACHE_KEY))


def module_review_lock(page: Page) -> ModuleReviewLock | None:
    """The lock of the module review this page is part of, if any.

    Modules are children of curricula and lessons and checks children of modules, so the module is the page
    itself or its parent. No query in the admin's listings (which give each row its parent) while no module
    of it is in review; one for the parent elsewhere, one more when it is in review.
    """
    from courses.models import ModulePage

    if not page.pk or not page.path:
        return None
    in_review = modules_in_review()
    if not in_review:
        return None
    if isinstance(page, ModulePage):
        key = page.translation_key
    else:
        parent = getattr(page, "_parent_page", None) or page.get_parent()
        key = parent.translation_key if parent is not None else None
    if key not in in_review:
        return None
    modules = (
        Page.objects.filter(translation_key=key)
        .type(ModulePage)
        .annotate(pk_text=Cast("pk", CharField()))
        .values("pk_text")
    )
    state = (
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS,
            base_content_type_id=page.get_base_content_type().pk,
            object_id__in=modules,
        )
        .exclude(object_id=str(page.pk))
        .select_related("current_task_state__task")
        .first()
    )
    if state is None or state.current_task_state is None:
        return None
    return ModuleReviewLock(page, state)
