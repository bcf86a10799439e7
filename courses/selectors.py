"""Reads for the public pages, each planned to a fixed number of queries."""

from collections import Counter

from wagtail.models import Locale, Page

from .knowledge import latest_attempt, module_knowledge_check
from .models import CurriculumIndexPage, CurriculumPage, LessonPage, ModulePage
from .progress import module_progress

STEP = Page.steplen


def _parent(path: str) -> str:
    return path[:-STEP]


def catalogue_curricula(*, index: Page) -> list[CurriculumPage]:
    """Published curricula of the catalogue, core first, each with ``module_count``. Three queries."""
    curricula = list(
        CurriculumPage.objects.child_of(index)
        .live()
        .public()
        .select_related("partner", "partner__logo")
        .prefetch_related("partner__logo__renditions")
    )
    curricula.sort(key=lambda c: (not c.is_core, c.path))
    counts = Counter(
        _parent(path)
        for path in ModulePage.objects.descendant_of(index).live().public().values_list("path", flat=True)
    )
    for curriculum in curricula:
        curriculum.module_count = counts[curriculum.path]
    return curricula


def catalogue_for_home(*, home: Page) -> dict:
    """The catalogue page under this home (in its language) and its curricula, for the home page."""
    index = CurriculumIndexPage.objects.child_of(home).live().first()
    if index is None:
        return {"index": None, "curricula": []}
    curricula = list(
        CurriculumPage.objects.child_of(index).live().public().select_related("partner").order_by("path")
    )
    curricula.sort(key=lambda c: (not c.is_core, c.path))
    return {"index": index, "curricula": curricula}


def curriculum_modules(*, curriculum: CurriculumPage) -> list[ModulePage]:
    """Published modules in order, each with ``lesson_count`` and ``total_minutes``. Two queries."""
    modules = list(ModulePage.objects.child_of(curriculum).live().public().order_by("number", "path"))
    counts: Counter = Counter()
    minutes: Counter = Counter()
    lessons = (
        LessonPage.objects.descendant_of(curriculum).live().public().values_list("path", "estimated_minutes")
    )
    for path, estimated in lessons:
        counts[_parent(path)] += 1
        minutes[_parent(path)] += estimated
    for module in modules:
        module.lesson_count = counts[module.path]
        module.total_minutes = minutes[module.path]
    return modules


def breadcrumbs(*, page: Page) -> list[Page]:
    """Ancestors from the home page down, without the tree root. One query."""
    return list(
        page.get_ancestors()
        .filter(depth__gt=1)
        .only("id", "title", "url_path", "path", "depth", "locale_id", "draft_title", "translation_key")
    )


def module_overview(*, module: ModulePage, user) -> dict:
    """Lessons, study time, prerequisites, curriculum, breadcrumbs, knowledge check and the trainer's progress."""
    lessons = list(LessonPage.objects.child_of(module).live().public().order_by("path"))
    prerequisites = [
        link.prerequisite
        for link in module.prerequisite_links.select_related("prerequisite")
        if link.prerequisite.live
    ]
    return {
        "lessons": lessons,
        "total_minutes": sum(lesson.estimated_minutes for lesson in lessons),
        "prerequisites": prerequisites,
        "curriculum": module.curriculum,
        "breadcrumbs": breadcrumbs(page=module),
        "knowledge_check": module_knowledge_check(module=module),
        "knowledge_attempt": latest_attempt(user=user, module_key=module.translation_key),
        "progress": module_progress(user=user, module_key=module.translation_key, lessons=lessons),
    }


def lesson_navigation(*, lesson: LessonPage, user) -> dict:
    """Breadcrumbs, position, previous and next lessons, downloads, and the trainer's progress in the module."""
    siblings = list(
        Page.objects.sibling_of(lesson, inclusive=True)
        .type(LessonPage)
        .live()
        .public()
        .only("id", "title", "url_path", "path", "depth", "locale_id", "translation_key")
        .order_by("path")
    )
    ids = [s.pk for s in siblings]
    position = ids.index(lesson.pk) if lesson.pk in ids else None
    previous_lesson = siblings[position - 1] if position else None
    next_lesson = siblings[position + 1] if position is not None and position + 1 < len(siblings) else None
    crumbs = breadcrumbs(page=lesson)
    module = crumbs[-1] if crumbs else None
    progress = module_progress(
        user=user, module_key=module.translation_key if module else None, lessons=siblings
    )
    return {
        "progress": progress,
        "lesson_done": lesson.translation_key in progress.done_keys,
        "breadcrumbs": crumbs,
        "module": module,
        "curriculum": lesson.curriculum,
        "position": (position + 1) if position is not None else None,
        "lesson_total": len(siblings),
        "previous_lesson": previous_lesson,
        "next_lesson": next_lesson,
        "downloads": list(lesson.downloads.select_related("document")),
    }


def lessons_search(*, query: str, locale: Locale | None = None):
    """Published lessons in the active language matching the query, best first."""
    locale = locale or Locale.get_active()
    lessons = LessonPage.objects.live().public().filter(locale=locale)
    query = search_terms(query)
    return lessons.search(query, operator="and") if query else lessons.none()


def lessons_with_places(lessons) -> list:
    """Give each lesson a ``place``: its module and curriculum ("Quality · SCORE Plus"), for lists out of
    the module's page, where copies of a core lesson in several curricula look the same. One query."""
    lessons = list(lessons)
    steplen = Page.steplen
    paths = {path for lesson in lessons for path in (lesson.path[:-steplen], lesson.path[: -2 * steplen])}
    titles = dict(Page.objects.filter(path__in=paths).values_list("path", "title"))
    for lesson in lessons:
        names = [titles.get(lesson.path[:-steplen]), titles.get(lesson.path[: -2 * steplen])]
        lesson.place = " · ".join(name for name in names if name)
    return lessons


def search_terms(query: str) -> str:
    """The words of a visitor's query, as Wagtail's database backend can take them: its SQLite full-text
    query fails on a double quote (an unterminated FTS5 string) and on a query of spaces alone (the
    no-break space, the line separator), so quotes become spaces and runs of any space one."""
    return " ".join(query.replace('"', " ").split())


def core_module_number_one() -> ModulePage | None:
    """Workplace Cooperation: module 1 of the SCORE core curriculum, in the default language."""
    core = CurriculumPage.objects.filter(partner__isnull=True, locale=Locale.get_default()).first()
    return ModulePage.objects.child_of(core).filter(number=1).first() if core else None
