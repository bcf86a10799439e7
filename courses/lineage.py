"""Variant lineage: derive a variant module from a core module, and keep track of core changes since."""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.actions.copy_page import CopyPageAction
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import CurriculumPage, Derivation, LessonPage, ModulePage, ModulePrerequisite


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
    copied_lessons = {lesson.slug: lesson for lesson in LessonPage.objects.child_of(copy)}
    pairs = [(source, copy)] + [
        (lesson, copied_lessons[lesson.slug])
        for lesson in LessonPage.objects.child_of(source)
        if lesson.slug in copied_lessons
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
