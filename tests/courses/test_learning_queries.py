"""The lesson page and "My learning" run a fixed number of queries, even for a trainer who did 1,000 lessons."""

import pytest
from django.urls import reverse

from courses.models import CurriculumIndexPage, LessonCompletion, LessonPage, ModulePage
from tests.factories import curriculum_with_lessons, trainer_create

pytestmark = pytest.mark.django_db

MY_LEARNING_QUERIES = 24  # one of them: must this person use a second factor?
# One more than a demo lesson (tests/cms/test_query_counts.py): this lesson has no translation, so the
# language switcher looks up the home pages instead.
LESSON_QUERIES = 30


def count(client, url, django_assert_num_queries, expected):
    client.get(url)  # warm the site-root cache, as any running server has it
    with django_assert_num_queries(expected):
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_queries_do_not_grow_with_completions(client, django_assert_num_queries, en):
    index = CurriculumIndexPage.objects.get(locale=en)
    curriculum = curriculum_with_lessons(index=index, modules=100, lessons=10)
    lessons = list(LessonPage.objects.descendant_of(curriculum).order_by("path"))
    modules = {m.path: m for m in ModulePage.objects.child_of(curriculum)}
    assert len(lessons) == 1000

    beginner, veteran = trainer_create(), trainer_create()
    LessonCompletion.objects.create(
        user=beginner,
        lesson_key=lessons[0].translation_key,
        module_key=modules[lessons[0].path[:-4]].translation_key,
    )
    LessonCompletion.objects.bulk_create(
        LessonCompletion(
            user=veteran,
            lesson_key=lesson.translation_key,
            module_key=modules[lesson.path[:-4]].translation_key,
        )
        for lesson in lessons
    )
    my_learning = reverse("learning:my_learning")
    last_lesson = lessons[-1]

    client.force_login(beginner)
    beginner_html = count(client, my_learning, django_assert_num_queries, MY_LEARNING_QUERIES)
    count(client, last_lesson.url, django_assert_num_queries, LESSON_QUERIES)
    assert beginner_html.count('class="learning-card"') == 1

    client.force_login(veteran)
    veteran_html = count(client, my_learning, django_assert_num_queries, MY_LEARNING_QUERIES)
    count(client, last_lesson.url, django_assert_num_queries, LESSON_QUERIES)
    assert veteran_html.count('class="learning-card"') == 100
    assert "Continue where you left off" not in veteran_html
