"""A module is one piece of work: it is reviewed and published with its lessons, its check and its translations.

The "bundle" of a module is the module page, its translations in the other languages, and every page below
each of them. Approval of the module publishes every page of the bundle with unpublished changes, or none:
the pages are checked first (model validation and every StreamField block, which Wagtail does not check on a
draft), and any problem refuses the whole approval with the reasons.
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField
from wagtail.log_actions import log
from wagtail.models import Page, PageLogEntry
from wagtail.workflows import publish_workflow_state as wagtail_publish_workflow_state

from .models import Derivation, KnowledgeCheckPage, LessonPage, ModulePage

NEW = "new"
CHANGED = "changed"
LIVE = "live"
WITHDRAWN = "withdrawn"

STATE_LABELS = {
    NEW: _("New: published with the module"),
    CHANGED: _("Changed: the changes are published with the module"),
    LIVE: _("Published, no changes"),
    WITHDRAWN: _("Unpublished: stays off the site"),
}


# What counts as adapting a derived page: an edit that changed its content, a revert or a re-sync (a submit
# logs an edit without changes; a publish changes nothing of its own).
ADAPTING = Q(action="wagtail.edit", content_changed=True) | Q(
    action__in=["wagtail.revert", "courses.lineage_resync"]
)


class BundleError(Exception):
    """The module cannot be published as a whole; ``problems`` says why, page by page."""

    def __init__(self, problems):
        super().__init__("; ".join(str(problem) for problem in problems))
        self.problems = problems


@dataclass(frozen=True)
class BundlePage:
    page: Page
    language: str
    state: str
    adapted: bool | None  # derived pages: whether the partner changed it since deriving; None otherwise

    @property
    def kind(self) -> str:
        if isinstance(self.page, ModulePage):
            return "module"
        if isinstance(self.page, KnowledgeCheckPage):
            return "check"
        if isinstance(self.page, LessonPage):
            return "lesson"
        return "page"

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]

    @property
    def to_publish(self) -> bool:
        return self.state in (NEW, CHANGED)


@dataclass(frozen=True)
class ModuleBundle:
    module: ModulePage
    pages: list[BundlePage]

    @property
    def to_publish(self) -> list[BundlePage]:
        return [item for item in self.pages if item.to_publish]

    @property
    def drafts_below(self) -> list[BundlePage]:
        """The pages other than the module itself that are not published as they are now."""
        return [item for item in self.to_publish if item.page.pk != self.module.pk]

    @property
    def languages(self) -> list[str]:
        return list(dict.fromkeys(item.language for item in self.pages))


def _state(page: Page) -> str:
    if page.live:
        return CHANGED if page.has_unpublished_changes else LIVE
    return WITHDRAWN if page.last_published_at is not None else NEW


def bundle_for(obj) -> ModuleBundle | None:
    """The module's bundle when ``obj`` is a module page, else None. Four queries whatever its size."""
    if not isinstance(obj, Page):
        return None
    module = obj.specific_deferred if type(obj) is Page else obj
    if not isinstance(module, ModulePage):
        return None
    modules = list(Page.objects.filter(translation_key=module.translation_key, depth=module.depth))
    in_modules = reduce(or_, (Q(path__startswith=m.path) for m in modules))
    pages = list(Page.objects.filter(in_modules).select_related("locale").specific().order_by("path"))
    # The submitted module's language first, then the others, each in tree order.
    pages.sort(key=lambda page: (page.locale_id != module.locale_id, page.locale_id, page.path))
    derived = set(Derivation.objects.filter(page__in=[p.pk for p in pages]).values_list("page_id", flat=True))
    # The copy's own revisions are saved without a log entry; every edit after it logs one.
    edited = set(PageLogEntry.objects.filter(ADAPTING, page_id__in=derived).values_list("page_id", flat=True))
    items = []
    for page in pages:
        if page.pk == module.pk:
            page = module
        adapted = page.pk in edited if page.pk in derived else None
        items.append(
            BundlePage(page=page, language=page.locale.language_code, state=_state(page), adapted=adapted)
        )
    return ModuleBundle(module=module, pages=items)


def _error_messages(error: ValidationError) -> list[str]:
    """The messages of a (block) validation error, flattened: a StreamField's errors sit deep in its blocks."""
    if hasattr(error, "as_json_data"):
        found = []

        def walk(data):
            if isinstance(data, list):
                for value in data:
                    walk(value)
            elif isinstance(data, dict):
                found.extend(data.get("messages", []))
                children = data.get("blockErrors", {})
                walk(list(children.values()) if isinstance(children, dict) else children)

        walk(error.as_json_data())
        return list(dict.fromkeys(found)) or [gettext("A block is incomplete.")]
    return list(dict.fromkeys(error.messages))


def _edited_unseen(page: Page, revision, review) -> bool:
    """Whether the page was changed, by someone other than its reviewers, after the review started."""
    if review is None or revision is None or revision.created_at <= review.started_at:
        return False
    user = revision.user
    return user is None or review.task.specific.locked_for_user(page, user)


def page_problems(page: Page, *, review=None) -> list[str]:
    """What stops this page's latest revision from being published, in the editor's words.

    ``review``: the task state of the module's review; a page changed since by anyone but a reviewer is not
    what was submitted (the pages are locked meanwhile: this is the last line).
    """
    revision = page.get_latest_revision()
    draft = revision.as_object() if revision else page
    messages = []
    if _edited_unseen(page, revision, review):
        messages.append(
            gettext("it was edited after the module was submitted; ask for changes so it is resubmitted.")
        )
    now = timezone.now()
    if draft.go_live_at and draft.go_live_at > now:
        messages.append(gettext("it is scheduled to go live later; a module goes live as a whole."))
    if draft.expire_at and draft.expire_at <= now:
        messages.append(gettext("its expiry date has passed."))
    try:
        draft.full_clean()
    except ValidationError as error:
        messages += list(dict.fromkeys(error.messages))
    for field in draft._meta.get_fields():
        if isinstance(field, StreamField):
            try:
                field.stream_block.clean(getattr(draft, field.name))
            except ValidationError as error:
                messages += [f"{field.verbose_name}: {message}" for message in _error_messages(error)]
    return messages


def bundle_problems(bundle: ModuleBundle | None, *, review=None) -> list[str]:
    """Every reason the bundle cannot be published, each naming the page and its language.

    Reviewers may change the pages while they review ("approve with edits", a typo in a lesson).
    """
    if bundle is None:
        return []
    problems = []
    for item in bundle.to_publish:
        for message in page_problems(item.page, review=review):
            problems.append(
                gettext("“%(title)s” (%(language)s): %(problem)s")
                % {
                    "title": item.page.get_admin_display_title(),
                    "language": item.language.upper(),
                    "problem": message,
                }
            )
    return problems


@transaction.atomic
def bundle_publish(bundle: ModuleBundle, *, user, review=None) -> list[Page]:
    """Publish the module with every page of it that has unpublished changes, or nothing."""
    problems = bundle_problems(bundle, review=review)
    if problems:
        raise BundleError(problems)
    published = []
    items = sorted(bundle.to_publish, key=lambda item: item.page.path)
    if not any(item.page.pk == bundle.module.pk for item in items):
        items.insert(0, next(item for item in bundle.pages if item.page.pk == bundle.module.pk))
    for item in items:
        page = item.page
        revision = page.get_latest_revision() or page.save_revision(user=user, log_action=False)
        revision.publish(user=user)
        published.append(page)
    log(
        instance=bundle.module,
        action="courses.module_published",
        user=user,
        data={"pages": [{"id": page.pk, "title": page.title} for page in published]},
    )
    return published


def workflow_state_publish(workflow_state, *, user=None):
    """On finishing a workflow (courses.workflow_finish): an approved module goes live with its pages; other pages as Wagtail does."""
    bundle = bundle_for(workflow_state.content_object)
    if bundle is None:
        return wagtail_publish_workflow_state(workflow_state, user=user)
    bundle_publish(bundle, user=user, review=workflow_state.current_task_state)
    return None
