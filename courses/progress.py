"""Lesson progress: marking lessons done, and reading a trainer's progress, each read in a fixed number of queries."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.db.models.functions import Length, Substr
from wagtail.models import Locale, Page

from .models import (
    CurriculumPage,
    KnowledgeCheckAttempt,
    KnowledgeCheckPage,
    LessonCompletion,
    LessonPage,
    ModulePage,
)

STEP = Page.steplen


@dataclass
class ModuleProgress:
    total: int
    done: int
    done_keys: set = field(default_factory=set)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.done >= self.total


@dataclass
class ModuleLearning:
    """One module on "My learning": its lessons, which are done, and where to continue."""

    module: ModulePage
    curriculum: CurriculumPage | None
    lessons: list
    progress: ModuleProgress
    next_lesson: LessonPage | None
    last_activity: object
    knowledge_check: KnowledgeCheckPage | None = None  # what comes once every lesson is done
    knowledge_check_passed: bool = False


def published_lesson_get(*, lesson_id: int) -> LessonPage | None:
    """The live, public lesson with this id, or None."""
    return LessonPage.objects.live().public().filter(pk=lesson_id).first()


def parent_module_key(page: Page):
    """The translation key of the module directly above a lesson or a knowledge check. One query."""
    return ModulePage.objects.filter(path=page.path[:-STEP]).values_list("translation_key", flat=True).get()


def lesson_complete(*, user, lesson: LessonPage) -> LessonCompletion:
    """Mark the lesson done for the trainer; marking it again changes nothing."""
    existing = LessonCompletion.objects.filter(user=user, lesson_key=lesson.translation_key).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return LessonCompletion.objects.create(
                user=user, lesson_key=lesson.translation_key, module_key=parent_module_key(lesson)
            )
    except IntegrityError:  # the same trainer, twice at the same moment
        return LessonCompletion.objects.get(user=user, lesson_key=lesson.translation_key)


def lesson_uncomplete(*, user, lesson: LessonPage) -> bool:
    """Undo: the lesson is no longer done. True if it was."""
    deleted, _ = LessonCompletion.objects.filter(user=user, lesson_key=lesson.translation_key).delete()
    return bool(deleted)


def module_progress(*, user, module_key, lessons) -> ModuleProgress:
    """Progress over these (published) lessons of one module. One query, none for an anonymous visitor."""
    if not user.is_authenticated:
        return ModuleProgress(total=len(lessons), done=0)
    done_keys = set(
        LessonCompletion.objects.filter(user=user, module_key=module_key).values_list("lesson_key", flat=True)
    )
    done = sum(1 for lesson in lessons if lesson.translation_key in done_keys)
    return ModuleProgress(total=len(lessons), done=done, done_keys=done_keys)


def _in_active_language(pages, locale_id):
    """One page per translation key: the one in the active language, else the first found."""
    chosen = {}
    for page in pages:
        current = chosen.get(page.translation_key)
        if current is None or (page.locale_id == locale_id and current.locale_id != locale_id):
            chosen[page.translation_key] = page
    return chosen


def _children_of(model, parents, *fields):
    """Live, public pages of this type directly below any of these parents. One query (two with privacy)."""
    if not parents:
        return []
    return list(
        model.objects.live()
        .public()
        .annotate(parent_path=Substr("path", 1, Length("path") - STEP))
        .filter(parent_path__in=[parent.path for parent in parents])
        .only("id", "title", "url_path", "path", "depth", "locale_id", "translation_key", *fields)
        .order_by("path")
    )


def my_learning(*, user, locale: Locale | None = None) -> list[ModuleLearning]:
    """Every module the trainer has started, most recent first, with progress and the next lesson not done.

    A fixed number of queries (nine at most), whatever the number of modules, lessons and completions.
    """
    locale = locale or Locale.get_active()
    activity = {
        row["module_key"]: row["last"]
        for row in LessonCompletion.objects.filter(user=user)
        .values("module_key")
        .annotate(last=Max("completed_at"))
    }
    if not activity:
        return []
    done_keys = set(LessonCompletion.objects.filter(user=user).values_list("lesson_key", flat=True))
    modules = _in_active_language(
        ModulePage.objects.live()
        .public()
        .filter(translation_key__in=activity.keys())
        .only("id", "title", "url_path", "path", "depth", "locale_id", "translation_key", "number"),
        locale.pk,
    ).values()
    curricula = {
        c.path: c
        for c in CurriculumPage.objects.filter(path__in=[m.path[:-STEP] for m in modules])
        .select_related("partner")
        .only(
            "id", "title", "url_path", "path", "depth", "locale_id", "partner__name", "partner__brand_colour"
        )
    }
    lessons_by_module = defaultdict(list)
    for lesson in _children_of(LessonPage, list(modules), "estimated_minutes"):
        lessons_by_module[lesson.parent_path].append(lesson)
    checks = {check.parent_path: check for check in _children_of(KnowledgeCheckPage, list(modules))}
    passed = set(
        KnowledgeCheckAttempt.objects.filter(user=user, passed=True, module_key__in=activity.keys())
        .values_list("module_key", flat=True)
        .distinct()
    )
    entries = []
    for module in modules:
        lessons = lessons_by_module[module.path]
        done = sum(1 for lesson in lessons if lesson.translation_key in done_keys)
        entries.append(
            ModuleLearning(
                module=module,
                curriculum=curricula.get(module.path[:-STEP]),
                lessons=lessons,
                progress=ModuleProgress(total=len(lessons), done=done, done_keys=done_keys),
                next_lesson=next(
                    (lesson for lesson in lessons if lesson.translation_key not in done_keys), None
                ),
                last_activity=activity[module.translation_key],
                knowledge_check=checks.get(module.path),
                knowledge_check_passed=module.translation_key in passed,
            )
        )
    entries.sort(key=lambda entry: entry.last_activity, reverse=True)
    return entries


@dataclass(frozen=True)
class ModuleLearningStatus:
    lessons_total: int
    lessons_done: int

    @property
    def all_lessons_done(self) -> bool:
        return self.lessons_total > 0 and self.lessons_done >= self.lessons_total


def module_learning_status(*, user, module: ModulePage) -> ModuleLearningStatus:
    """How many of the module's published lessons the trainer has done, in any language. Two queries."""
    lessons = list(
        LessonPage.objects.child_of(module).live().public().only("id", "path", "depth", "translation_key")
    )
    progress = module_progress(user=user, module_key=module.translation_key, lessons=lessons)
    return ModuleLearningStatus(lessons_total=progress.total, lessons_done=progress.done)
