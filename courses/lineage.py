"""Variant lineage: derive a variant module from a core module, and keep track of core changes since."""

from copy import deepcopy
from dataclasses import dataclass
from datetime import datetime
from functools import reduce
from operator import or_
from types import SimpleNamespace

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.actions.copy_page import CopyPageAction
from wagtail.fields import StreamField
from wagtail.log_actions import log
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import CurriculumPage, Derivation, ModulePage, ModulePrerequisite


class LineageError(Exception):
    """A refused derivation or review; the message is shown to the editor."""


NOT_A_CORE_MODULE = _("Only modules of the SCORE core curriculum can be derived.")
NOT_A_VARIANT = _("Modules can only be derived into a partner's variant curriculum.")
NOT_PUBLISHED = _("This core module has not been published yet, so there is nothing to derive.")
OTHER_LANGUAGE = _("The core module and the variant curriculum are in different languages.")
ALREADY_DERIVED = _("This variant already has a module derived from this core module.")
NO_ADD_PERMISSION = _("You cannot add modules to this curriculum.")
NO_EDIT_PERMISSION = _("You cannot edit this page.")
NOT_DERIVED = _("This page was not derived from the core.")


@dataclass(frozen=True)
class LineageStatus:
    derivation: Derivation
    is_behind: bool
    compare_url: str | None
    review_url: str | None
    source_url: str | None


def derivable_sources(*, target: CurriculumPage):
    """The core modules, in the target's language, that are published and not yet derived into it."""
    already = Derivation.objects.filter(page__path__startswith=target.path).values("source_page_id")
    core_paths = CurriculumPage.objects.filter(partner__isnull=True, locale_id=target.locale_id).values_list(
        "path", flat=True
    )
    in_core = reduce(or_, (Q(path__startswith=path) for path in core_paths), Q(pk__in=[]))
    return ModulePage.objects.live().filter(in_core).exclude(pk__in=already).order_by("number", "path")


def _check_derive(*, source: ModulePage, target: CurriculumPage, user) -> None:
    curriculum = source.curriculum
    if curriculum is None or not curriculum.is_core:
        raise LineageError(NOT_A_CORE_MODULE)
    if target.is_core:
        raise LineageError(NOT_A_VARIANT)
    if source.live_revision_id is None:
        raise LineageError(NOT_PUBLISHED)
    if source.locale_id != target.locale_id:
        raise LineageError(OTHER_LANGUAGE)
    if not target.permissions_for_user(user).can_add_subpage():
        raise LineageError(NO_ADD_PERMISSION)
    if Derivation.objects.filter(source_page=source, page__path__startswith=target.path).exists():
        raise LineageError(ALREADY_DERIVED)


def _copy_with_lineage(*, source: ModulePage, target: CurriculumPage, user) -> ModulePage:
    copy = CopyPageAction(
        source,
        to=target,
        recursive=True,
        copy_revisions=False,
        keep_live=False,
        user=user,
        log_action="wagtail.copy",
    ).execute(skip_permission_checks=True)
    copy = copy.specific
    # Lessons and the knowledge check: every published page below the module keeps its lineage. A core page
    # that is not on the site (a lesson being written, one withdrawn) stays in the core: its copy goes.
    copied_children = {child.slug: child for child in Page.objects.child_of(copy).specific()}
    for child in Page.objects.child_of(source).filter(live=False):
        if child.slug in copied_children:
            copied_children.pop(child.slug).delete()
    pairs = [(source, copy)] + [
        (child, copied_children[child.slug])
        for child in Page.objects.child_of(source).live().specific()
        if child.slug in copied_children
    ]
    for original, derived in pairs:
        revision = original.live_revision or original.latest_revision
        if revision is None:
            revision = original.save_revision(user=user, log_action=False)
        Derivation.objects.create(
            page=derived,
            source_page=original,
            source_revision=revision,
            reviewed_revision=revision,
            derived_by=user,
        )
        derived.save_revision(user=user, log_action=False, clean=False)
    _remap_prerequisites(module=copy, target=target)
    log(
        instance=copy,
        action="courses.derive",
        user=user,
        data={"source": {"id": source.pk, "title": source.title}, "target": {"id": target.pk}},
    )
    return copy


def _remap_prerequisites(*, module: ModulePage, target: CurriculumPage) -> None:
    """A derived prerequisite points at the variant's own derived module when there is one."""
    derived_in_target = dict(
        Derivation.objects.filter(page__path__startswith=target.path).values_list("source_page_id", "page_id")
    )
    for link in ModulePrerequisite.objects.filter(module=module):
        if link.prerequisite_id in derived_in_target:
            link.prerequisite_id = derived_in_target[link.prerequisite_id]
            link.save(update_fields=["prerequisite"])


@transaction.atomic
def module_derive(*, source: ModulePage, target: CurriculumPage, user) -> ModulePage:
    """Copy a core module and its lessons into a variant curriculum as drafts, recording where each came from.

    Where the core module and the variant both exist in another language, that language's module is
    derived too and linked as the translation of the new module.
    """
    source, target = Page.objects.get(pk=source.pk).specific, Page.objects.get(pk=target.pk).specific
    _check_derive(source=source, target=target, user=user)
    copy = _copy_with_lineage(source=source, target=target, user=user)

    for source_translation in source.get_translations().live().specific():
        target_translation = target.get_translation_or_none(source_translation.locale)
        if target_translation is None:
            continue
        target_translation = target_translation.specific
        try:
            _check_derive(source=source_translation, target=target_translation, user=user)
        except LineageError:
            continue
        translated = _copy_with_lineage(source=source_translation, target=target_translation, user=user)
        _link_translations(original=copy, translation=translated)
    return copy


def _link_translations(*, original: Page, translation: Page) -> None:
    """Give the translated copies the translation keys of the copies they translate, page by page."""
    by_slug = {p.slug: p.translation_key for p in Page.objects.child_of(original)}
    Page.objects.filter(pk=translation.pk).update(translation_key=original.translation_key)
    for child in Page.objects.child_of(translation):
        if child.slug in by_slug:
            Page.objects.filter(pk=child.pk).update(translation_key=by_slug[child.slug])


def lineage_status(*, page: Page, user) -> LineageStatus | None:
    """Whether the page was derived from the core, and whether the core was published again since."""
    derivation = Derivation.objects.select_related("source_page").filter(page_id=page.pk).first()
    if derivation is None:
        return None
    source = derivation.source_page
    behind = derivation.is_behind
    compare_url = review_url = None
    if behind and page.permissions_for_user(user).can_edit():
        compare_url = reverse("courses_admin:lineage_compare", args=(page.pk,))
        review_url = reverse("courses_admin:lineage_review", args=(page.pk,))
    return LineageStatus(
        derivation=derivation,
        is_behind=behind,
        compare_url=compare_url,
        review_url=review_url,
        source_url=source.full_url if source.live else None,
    )


def derivation_mark_reviewed(*, page: Page, user) -> Derivation:
    """The editor has looked at the core's changes: the notice goes until the core is published again."""
    derivation = Derivation.objects.select_related("source_page").filter(page_id=page.pk).first()
    if derivation is None:
        raise LineageError(NOT_DERIVED)
    if not page.permissions_for_user(user).can_edit():
        raise LineageError(NO_EDIT_PERMISSION)
    live_revision_id = derivation.source_page.live_revision_id
    if live_revision_id and live_revision_id != derivation.reviewed_revision_id:
        previous = derivation.reviewed_revision_id
        derivation.reviewed_revision_id = live_revision_id
        derivation.reviewed_at = timezone.now()
        derivation.reviewed_by = user
        derivation.save(update_fields=["reviewed_revision", "reviewed_at", "reviewed_by"])
        log(
            instance=page,
            action="courses.lineage_reviewed",
            user=user,
            data={
                "source": derivation.source_page_id,
                "from_revision": previous,
                "to_revision": live_revision_id,
            },
        )
    return derivation


def behind_derivations(*, user):
    """Every derived page the user can edit whose core page was published again since the last review."""
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["add", "change"])
    return (
        Derivation.objects.filter(page__in=editable)
        .exclude(source_page__live_revision__isnull=True)
        .exclude(source_page__live_revision_id=F("reviewed_revision_id"))
        .select_related("page", "source_page")
        .order_by("page__path")
    )


def pages_derived_from(*, source_page_ids):
    """The ids of the pages derived from these core pages, as a subquery (no query of its own)."""
    return Derivation.objects.filter(source_page_id__in=source_page_ids).values("page_id")


def derived_from(*, page: Page) -> Page | None:
    """The core page this variant page was derived from, or None for a page of its own. One query."""
    derivation = Derivation.objects.select_related("source_page").filter(page_id=page.pk).first()
    return derivation.source_page if derivation else None


# Reacting to a change of the core: compare field by field, take the core's new text where untouched.

RESYNC_NOT_ALLOWED = _(
    "Only fields that the core changed and that you have not changed can take the core's new text. "
    "Nothing was saved."
)
RESYNC_NOTHING_CHOSEN = _("Choose at least one field to take the core's new text for.")
RESYNC_LOCKED = _("This page is locked, so the core's new text cannot be taken over now. Nothing was saved.")
RESYNC_CORE_MOVED = _(
    "The core page was published again while you were comparing. Look at its changes again; nothing was saved."
)
RESYNC_NUMBER_TAKEN = _(
    "Another module of this curriculum already has the core's new number. Nothing was saved."
)

# Why a field the core changed is not offered for re-sync (FieldChange.state).
FIELD_RESYNC = "resync"  # untouched by the partner: can take the core's new text
FIELD_CHANGED = "changed"  # the partner changed it since deriving or the last review
FIELD_CURRENT = "current"  # the partner's text already is the core's new text
FIELD_OWN = "own"  # the page's own, whatever the core does (address, publishing dates)
FIELD_LIST = "list"  # a child relation (prerequisites, downloads): shown, never re-synced

# The address of a variant page and its publishing schedule are the partner's own.
NEVER_RESYNCED = frozenset({"slug", "go_live_at", "expire_at"})


@dataclass(frozen=True)
class CoreVersion:
    """One published version of the core page: its revision, its number among the page's revisions (1 for
    the first), when it went live and who published it."""

    revision: Revision
    number: int
    published_at: datetime
    published_by: object | None  # the user, when the audit log knows


@dataclass(frozen=True)
class FieldChange:
    """One field the core changed between the reviewed version and its live version."""

    name: str
    label: str
    is_field: bool  # False for a child relation (an InlinePanel)
    state: str  # one of FIELD_*
    core: object  # Wagtail's comparison of the two core versions (htmldiff, get_child_comparisons)
    partner: object  # the partner's current page compared with itself: renders its value

    @property
    def resyncable(self) -> bool:
        return self.state == FIELD_RESYNC

    @property
    def partner_changed(self) -> bool:
        return self.state == FIELD_CHANGED


@dataclass(frozen=True)
class CoreChanges:
    derivation: Derivation
    reviewed: CoreVersion
    live: CoreVersion | None
    partner_revision: Revision | None  # the partner's latest revision, draft included
    fields: list[FieldChange]

    @property
    def is_behind(self) -> bool:
        return self.live is not None and self.live.revision.pk != self.reviewed.revision.pk

    @property
    def resyncable(self) -> list[FieldChange]:
        return [change for change in self.fields if change.resyncable]


@dataclass(frozen=True)
class Resync:
    """A re-sync done: the partner's new draft and the fields that took the core's new text, in form order."""

    revision: Revision
    fields: list[FieldChange]


def _core_version(revision: Revision) -> CoreVersion:
    number = Revision.page_revisions.filter(object_id=revision.object_id, pk__lte=revision.pk).count()
    entry = (
        PageLogEntry.objects.filter(page_id=revision.object_id, action="wagtail.publish", revision=revision)
        .select_related("user")
        .order_by("-timestamp")
        .first()
    )
    if entry is not None:
        return CoreVersion(
            revision=revision, number=number, published_at=entry.timestamp, published_by=entry.user
        )
    return CoreVersion(revision=revision, number=number, published_at=revision.created_at, published_by=None)


def _without_block_ids(data):
    """StreamField data with the block ids left out: the same blocks in the same order compare equal."""
    if isinstance(data, list):
        return [_without_block_ids(item) for item in data]
    if isinstance(data, dict):
        if "type" in data and "value" in data:
            return {key: _without_block_ids(value) for key, value in data.items() if key != "id"}
        return {key: _without_block_ids(value) for key, value in data.items()}
    return data


def _comparable(field, obj):
    """A field's value as stored, for telling whether two versions hold the same text. Rich text is its
    stored HTML; a StreamField is its block values without the block ids."""
    value = field.value_from_object(obj)
    if isinstance(field, StreamField):
        return _without_block_ids(field.stream_block.get_prep_value(value))
    return value


def _can_resync(field) -> bool:
    return (
        field.name not in NEVER_RESYNCED
        and getattr(field, "concrete", False)
        and not field.many_to_many
        and not field.primary_key
    )


def _comparators(page: Page, request):
    return page.get_edit_handler().get_bound_panel(instance=page, request=request, form=None).get_comparison()


def core_changes(*, page: Page, user, request=None) -> CoreChanges:
    """What the core changed since the derived page last caught up, field by field, beside the partner's
    current text (their latest revision, draft included), and which fields can take the core's new text.

    Uses Wagtail's comparison of the page's edit panels, as its revision compare view does; the panels are
    bound to ``request`` (or to the user alone) so that panels the user cannot see are left out.
    """
    derivation = (
        Derivation.objects.select_related("source_page", "reviewed_revision").filter(page_id=page.pk).first()
    )
    if derivation is None:
        raise LineageError(NOT_DERIVED)
    if not page.permissions_for_user(user).can_edit():
        raise LineageError(NO_EDIT_PERMISSION)
    request = request or SimpleNamespace(user=user)
    source = derivation.source_page.specific
    reviewed = _core_version(derivation.reviewed_revision)
    live_revision = source.live_revision
    live = _core_version(live_revision) if live_revision else None
    page = page.specific
    partner_revision = page.get_latest_revision()
    changes = CoreChanges(
        derivation=derivation, reviewed=reviewed, live=live, partner_revision=partner_revision, fields=[]
    )
    if live is None or type(page) is not type(source):
        return changes

    core_old = derivation.reviewed_revision.as_object()
    core_new = live_revision.as_object()
    partner = page.get_latest_revision_as_object()
    for comparator in _comparators(partner, request):
        core = comparator(core_old, core_new)
        if not core.has_changed():
            continue
        field = core.field
        if not core.is_field:
            state = FIELD_LIST
        elif not _can_resync(field):
            state = FIELD_OWN
        elif _comparable(field, partner) == _comparable(field, core_new):
            state = FIELD_CURRENT
        elif _comparable(field, partner) != _comparable(field, core_old):
            state = FIELD_CHANGED
        else:
            state = FIELD_RESYNC
        changes.fields.append(
            FieldChange(
                name=field.name,
                label=core.field_label(),
                is_field=core.is_field,
                state=state,
                core=core,
                partner=comparator(partner, partner),
            )
        )
    return changes


def _module_number_taken(page: Page) -> bool:
    if not isinstance(page, ModulePage):
        return False
    siblings = Page.objects.sibling_of(page, inclusive=False).type(ModulePage)
    return ModulePage.objects.filter(pk__in=siblings.values("pk"), number=page.number).exists()


@transaction.atomic
def derivation_resync(*, page: Page, fields, user, core_revision_id=None) -> Resync:
    """Take the core's current text into a new draft of the derived page, for fields the partner has not
    changed and the core has. Never publishes: the draft goes through the partner's approval like any edit.

    ``core_revision_id``, when given, is the core version the editor compared against; if the core was
    published again since, nothing is written.
    """
    page = Page.objects.select_for_update().get(pk=page.pk).specific
    if not page.permissions_for_user(user).can_edit():
        raise LineageError(NO_EDIT_PERMISSION)
    lock = page.get_lock()
    if lock is not None and lock.for_user(user):
        raise LineageError(RESYNC_LOCKED)
    names = list(dict.fromkeys(str(name) for name in fields))
    if not names:
        raise LineageError(RESYNC_NOTHING_CHOSEN)
    changes = core_changes(page=page, user=user)
    if core_revision_id not in (None, "") and (
        changes.live is None or str(core_revision_id) != str(changes.live.revision.pk)
    ):
        raise LineageError(RESYNC_CORE_MOVED)
    offered = {change.name: change for change in changes.resyncable}
    if any(name not in offered for name in names):
        raise LineageError(RESYNC_NOT_ALLOWED)
    taken = [change for change in changes.resyncable if change.name in names]
    names = [change.name for change in taken]

    draft = page.get_latest_revision_as_object()
    core_new = changes.live.revision.as_object()
    for name in names:
        field = draft._meta.get_field(name)
        value = field.value_from_object(core_new)
        if isinstance(field, StreamField):
            value = field.to_python(deepcopy(field.stream_block.get_prep_value(value)))
        setattr(draft, field.attname, value)
    if "number" in names and _module_number_taken(draft):
        raise LineageError(RESYNC_NUMBER_TAKEN)
    try:
        revision = draft.save_revision(user=user, log_action=False, clean=True)
    except ValidationError as error:
        raise LineageError(" ".join(error.messages)) from error
    log(
        instance=draft,
        action="courses.lineage_resync",
        user=user,
        revision=revision,
        content_changed=True,
        data={
            "fields": names,
            "source": changes.derivation.source_page_id,
            "core_revision": changes.live.revision.pk,
        },
    )
    return Resync(revision=revision, fields=taken)
