"""Pages and people made on the spot for a test, beyond the demo content."""

import itertools

from django.contrib.auth import get_user_model

from courses.models import CurriculumPage, LessonPage, ModulePage

_serial = itertools.count(1)


def trainer_create(**fields):
    """A new trainer account (no profile, no progress)."""
    number = next(_serial)
    fields.setdefault("email", f"trainer{number}@example.org")
    return get_user_model().objects.create_user(password="a-long-test-password", **fields)


def curriculum_with_lessons(*, index, modules: int, lessons: int, slug: str = "big") -> CurriculumPage:
    """A published curriculum of ``modules`` x ``lessons`` published lessons below the catalogue ``index``."""
    curriculum = CurriculumPage(title=f"Curriculum {slug}", slug=slug, live=True)
    index.add_child(instance=curriculum)
    for m in range(modules):
        module = ModulePage(
            title=f"Module {m + 1}", slug=f"module-{m + 1}", number=m % 99 + 1, summary="-", live=True
        )
        curriculum.add_child(instance=module)
        for n in range(lessons):
            module.add_child(
                instance=LessonPage(title=f"Lesson {m + 1}.{n + 1}", slug=f"lesson-{n + 1}", live=True)
            )
    return curriculum
