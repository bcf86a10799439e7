"""Public pages run a fixed number of queries, however large the curriculum."""

import pytest
from django.core.cache import cache

from courses.models import CurriculumIndexPage, LessonPage, ModulePage

pytestmark = pytest.mark.django_db

# Wagtail's routing costs two queries per level of the page tree; the rest is the page's own.
HOME_QUERIES = 13
HOME_ID_QUERIES = 15
CATALOGUE_QUERIES = 17
CURRICULUM_QUERIES = 18
# The module page adds its knowledge check (and Wagtail's privacy check for it) to issue 2's 21.
MODULE_QUERIES = 23
# Lessons are read signed in: session, user, permissions, whether a second factor is needed (one query)
# and the trainer's progress come on top.
LESSON_QUERIES = 29


def add_lessons(module, count):
    for number in range(count):
        lesson = LessonPage(
            title=f"Extra lesson {number}",
            slug=f"extra-lesson-{number}",
            estimated_minutes=10,
            body=module.get_children().first().specific.body.raw_data,
        )
        module.add_child(instance=lesson)
        lesson.save_revision().publish()


def get(client, url, django_assert_num_queries, expected):
    client.get(url)  # warm the site-root cache, as any running server has it
    with django_assert_num_queries(expected):
        response = client.get(url)
    assert response.status_code == 200


def test_home_page(client, django_assert_num_queries):
    cache.clear()
    get(client, "/", django_assert_num_queries, HOME_QUERIES)
    get(client, "/id/", django_assert_num_queries, HOME_ID_QUERIES)


def test_catalogue_and_curriculum(client, django_assert_num_queries, en, core):
    catalogue = CurriculumIndexPage.objects.get(locale=en)
    get(client, catalogue.url, django_assert_num_queries, CATALOGUE_QUERIES)
    get(client, core.url, django_assert_num_queries, CURRICULUM_QUERIES)


def test_module_and_lesson_do_not_grow_with_lessons(client, django_assert_num_queries, core_module, trainer):
    lesson = LessonPage.objects.child_of(core_module).live().first()
    get(client, core_module.url, django_assert_num_queries, MODULE_QUERIES)
    client.force_login(trainer)
    get(client, lesson.url, django_assert_num_queries, LESSON_QUERIES)
    add_lessons(core_module, 15)
    get(client, lesson.url, django_assert_num_queries, LESSON_QUERIES)
    client.logout()
    module = ModulePage.objects.get(pk=core_module.pk)
    get(client, module.url, django_assert_num_queries, MODULE_QUERIES)
