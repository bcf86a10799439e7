"""Studying: lessons need an account, trainers mark them done and undo it, and see their progress."""

import re

import pytest
from django.urls import reverse

from courses.api import module_learning_status
from courses.models import LessonCompletion, LessonPage
from courses.views.progress import LESSON_MARKED_DONE
from tests.factories import trainer_create

pytestmark = pytest.mark.django_db


def progress_bar(html: str) -> tuple[int, int]:
    match = re.search(r'<progress id="module-progress" max="(\d+)" value="(\d+)"', html)
    assert match, "no progress bar on the page"
    return int(match.group(2)), int(match.group(1))


@pytest.fixture
def lessons(core_module):
    return list(LessonPage.objects.child_of(core_module).live().order_by("path"))


def test_module_overview_is_public_and_invites_to_log_in(client, core_module, lessons):
    response = client.get(core_module.url)
    html = response.content.decode()
    assert response.status_code == 200
    for lesson in lessons:
        assert lesson.title in html
    assert "<progress" not in html
    assert "create a free account" in html


def test_anonymous_visitor_is_sent_to_log_in_and_comes_back(client, core_lesson, id_locale):
    response = client.get(core_lesson.url)
    assert response.status_code == 302
    assert response.url == f"{reverse('account_login')}?next={core_lesson.url}"
    login = client.post(
        response.url, {"login": "trainer@score.example", "password": "score-demo-2026"}, follow=True
    )
    # Back at the lesson, in the language the demo trainer prefers (Indonesian).
    translated = core_lesson.get_translation(id_locale)
    assert login.redirect_chain[-1][0] == translated.url
    assert translated.title in login.content.decode()


def test_anonymous_visitor_in_indonesian_logs_in_in_indonesian(client, core_lesson, id_locale):
    lesson_id = core_lesson.get_translation(id_locale)
    response = client.get(lesson_id.url)
    assert response.url.startswith("/id/accounts/login/?next=/id/")


def test_lesson_downloads_need_an_account(client, trainer):
    document = LessonPage.objects.live().filter(downloads__isnull=False).first().downloads.first().document
    anonymous = client.get(document.url)
    assert anonymous.status_code == 302 and anonymous.url.startswith(reverse("account_login"))
    client.force_login(trainer)
    assert client.get(document.url).status_code == 200


def test_marking_a_lesson_done_moves_the_progress_bar(client, core_module, lessons):
    trainer = trainer_create()
    client.force_login(trainer)
    assert progress_bar(client.get(lessons[0].url).content.decode()) == (0, len(lessons))
    response = client.post(reverse("learning:lesson_done", args=[lessons[0].pk]), follow=True)
    html = response.content.decode()
    assert response.redirect_chain[-1][0] == lessons[0].url
    assert str(LESSON_MARKED_DONE) in html
    assert progress_bar(html) == (1, len(lessons))
    assert "Mark as not done" in html
    module_html = client.get(core_module.url).content.decode()
    assert progress_bar(module_html) == (1, len(lessons))
    assert module_html.count('class="badge badge--done"') == 1


def test_marking_done_is_idempotent_and_undoable(client, lessons):
    trainer = trainer_create()
    client.force_login(trainer)
    url = reverse("learning:lesson_done", args=[lessons[1].pk])
    client.post(url)
    client.post(url)
    assert LessonCompletion.objects.filter(user=trainer).count() == 1
    client.post(reverse("learning:lesson_undo", args=[lessons[1].pk]))
    assert not LessonCompletion.objects.filter(user=trainer).exists()
    # Undoing what is not done changes nothing either.
    assert client.post(reverse("learning:lesson_undo", args=[lessons[1].pk])).status_code == 302


def test_a_lesson_done_in_one_language_is_done_in_the_other(client, lessons, id_locale):
    trainer = trainer_create()
    client.force_login(trainer)
    translated = lessons[0].get_translation(id_locale)
    client.post(reverse("learning:lesson_done", args=[translated.pk]))
    assert progress_bar(client.get(lessons[0].url).content.decode())[0] == 1


def test_marking_progress_needs_post_and_an_account(client, lessons):
    url = reverse("learning:lesson_done", args=[lessons[0].pk])
    before = LessonCompletion.objects.count()
    response = client.post(url)
    assert response.status_code == 302 and response.url.startswith(reverse("account_login"))
    client.force_login(trainer_create())
    assert client.get(url).status_code == 405
    assert LessonCompletion.objects.count() == before


def test_unknown_or_unpublished_lessons_are_404_and_nothing_is_recorded(client, lessons):
    trainer = trainer_create()
    client.force_login(trainer)
    assert client.post(reverse("learning:lesson_done", args=[999999])).status_code == 404
    lessons[2].unpublish()
    assert client.post(reverse("learning:lesson_done", args=[lessons[2].pk])).status_code == 404
    # A module page is not a lesson.
    assert client.post(reverse("learning:lesson_done", args=[lessons[2].get_parent().pk])).status_code == 404
    assert not LessonCompletion.objects.filter(user=trainer).exists()


def test_a_trainer_only_ever_records_their_own_progress(client, lessons, trainer):
    other = trainer_create()
    client.force_login(other)
    before = LessonCompletion.objects.filter(user=trainer).count()
    client.post(reverse("learning:lesson_done", args=[lessons[3].pk]), {"user": trainer.pk})
    client.post(reverse("learning:lesson_undo", args=[lessons[0].pk]), {"user": trainer.pk})
    assert LessonCompletion.objects.filter(user=trainer).count() == before
    assert LessonCompletion.objects.filter(user=other).count() == 1


def test_redirect_back_only_to_this_site(client, lessons):
    client.force_login(trainer_create())
    response = client.post(
        reverse("learning:lesson_done", args=[lessons[0].pk]), {"next": "https://evil.example/"}
    )
    assert response.url == lessons[0].url


def test_my_learning_lists_started_modules_and_where_to_continue(client, core_module, lessons):
    trainer = trainer_create()
    client.force_login(trainer)
    assert (
        "You have not started a module yet." in client.get(reverse("learning:my_learning")).content.decode()
    )
    for lesson in (lessons[0], lessons[2]):
        client.post(reverse("learning:lesson_done", args=[lesson.pk]))
    html = client.get(reverse("learning:my_learning")).content.decode()
    assert core_module.title in html
    assert re.search(rf'<progress id="progress-\w+" max="{len(lessons)}" value="2"', html)
    # The next lesson not done is the second one, although the third is done.
    assert f'href="{lessons[1].url}">Continue where you left off: {lessons[1].title}' in html


def test_my_learning_in_indonesian_shows_the_indonesian_module(client, core_module, lessons, id_locale):
    trainer = trainer_create()
    client.force_login(trainer)
    client.post(reverse("learning:lesson_done", args=[lessons[0].pk]))
    html = client.get("/id/learning/").content.decode()
    assert core_module.get_translation(id_locale).title in html
    assert lessons[1].get_translation(id_locale).url in html


def test_my_learning_needs_an_account(client):
    response = client.get(reverse("learning:my_learning"))
    assert response.status_code == 302 and response.url.startswith(reverse("account_login"))


def test_api_reports_lessons_done_per_module(lessons, core_module):
    trainer = trainer_create()
    from courses.progress import lesson_complete

    status = module_learning_status(user=trainer, module=core_module)
    assert (status.lessons_done, status.lessons_total, status.all_lessons_done) == (0, len(lessons), False)
    for lesson in lessons:
        lesson_complete(user=trainer, lesson=lesson)
    status = module_learning_status(user=trainer, module=core_module)
    assert status.all_lessons_done and status.lessons_done == len(lessons)


def test_my_learning_points_to_the_knowledge_check_once_every_lesson_is_done(client, core_module, lessons):
    from courses.demo.knowledge_checks import pass_check
    from courses.knowledge import module_knowledge_check
    from courses.progress import lesson_complete

    trainer = trainer_create()
    client.force_login(trainer)
    check = module_knowledge_check(module=core_module)
    lesson_complete(user=trainer, lesson=lessons[0])
    html = client.get(reverse("learning:my_learning")).content.decode()
    assert "Continue where you left off" in html and check.url not in html
    for lesson in lessons[1:]:
        lesson_complete(user=trainer, lesson=lesson)
    html = client.get(reverse("learning:my_learning")).content.decode()
    assert f'href="{check.url}">Next: take the knowledge check</a>' in html
    pass_check(user=trainer, module=core_module)
    html = client.get(reverse("learning:my_learning")).content.decode()
    assert "You have passed its knowledge check." in html and check.url not in html


def test_a_lesson_names_each_download_once_without_repeating_the_module(
    client, trainer, core_module, lessons
):
    client.force_login(trainer)
    lesson = next(lesson for lesson in lessons if lesson.downloads.exists())
    html = client.get(lesson.url).content.decode()
    section = re.search(r'<section class="downloads".*?</section>', html, re.S).group(0)
    titles = re.findall(r'<a href="[^"]+">([^<]+)</a>', section)
    assert titles and all(core_module.title not in title for title in titles), titles
    assert "Trainer Guide: Workplace Cooperation" in titles
