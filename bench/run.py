"""``make bench``: page rendering on a catalogue of 5 curricula x 10 modules x 20 lessons, and the
trainer's pages ("My learning", the lesson page) for a trainer with 1,000 completions over 100 modules.

Times are ratios against a baseline measured in the same process, never absolute numbers:
the lesson page against a bare Wagtail page with the same StreamField body, as deep in the page tree,
rendered by a template that holds nothing but the body.
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

CURRICULA, MODULES, LESSONS = 5, 10, 20
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "60"))


def build_catalogue():
    from cms.demo import ensure_admin, ensure_home
    from cms.models import StandardPage
    from courses.demo.content.module_1 import MODULE
    from courses.demo.pages import stream
    from courses.models import CurriculumIndexPage, CurriculumPage, LessonPage, ModulePage

    admin = ensure_admin()
    home, _home_id = ensure_home(user=admin)
    body = stream(MODULE["lessons"][0]["body"]["en"])
    index = CurriculumIndexPage(title="Curriculum", slug="curriculum", live=True)
    home.add_child(instance=index)
    for c in range(CURRICULA):
        curriculum = CurriculumPage(
            title=f"Curriculum {c + 1}",
            slug=f"curriculum-{c + 1}",
            live=True,
            introduction="A curriculum of the benchmark catalogue.",
        )
        index.add_child(instance=curriculum)
        for m in range(MODULES):
            module = ModulePage(
                title=f"Module {m + 1}",
                slug=f"module-{m + 1}",
                number=m + 1,
                live=True,
                summary="A module of the benchmark catalogue.",
            )
            curriculum.add_child(instance=module)
            for n in range(LESSONS):
                module.add_child(
                    instance=LessonPage(
                        title=f"Lesson {n + 1}",
                        slug=f"lesson-{n + 1}",
                        live=True,
                        estimated_minutes=30,
                        body=body,
                    )
                )
    # The bare page sits as deep in the tree as the lesson, so Wagtail's routing costs both the same.
    parent = home
    for level in range(3):
        step = StandardPage(title=f"Level {level}", slug=f"level-{level}", live=True)
        parent.add_child(instance=step)
        parent = step
    bare = StandardPage(title="Lesson 10", slug="bare", live=True, body=body)
    parent.add_child(instance=bare)
    StandardPage.template = "bench/bare_page.html"
    lesson = LessonPage.objects.get(url_path__endswith="/curriculum-3/module-5/lesson-10/")
    module = lesson.get_parent()
    pages = {
        "home": home.url,
        "catalogue": index.url,
        "curriculum": CurriculumPage.objects.get(slug="curriculum-3").url,
        "module": module.url,
        "lesson": lesson.url,
        "search": "/search/?q=lesson",
    }
    return pages, bare.url


def build_learning(pages_home):
    """100 modules x 10 lessons, a new trainer, and a trainer who has done all 1,000 lessons."""
    from django.contrib.auth import get_user_model

    from courses.models import CurriculumIndexPage, CurriculumPage, LessonCompletion, LessonPage, ModulePage

    index = CurriculumIndexPage.objects.get(slug="curriculum")
    for c in range(10):
        curriculum = CurriculumPage(title=f"Learning {c + 1}", slug=f"learning-{c + 1}", live=True)
        index.add_child(instance=curriculum)
        for m in range(10):
            module = ModulePage(
                title=f"Module {m + 1}", slug=f"module-{m + 1}", number=m + 1, summary="-", live=True
            )
            curriculum.add_child(instance=module)
            for n in range(10):
                module.add_child(
                    instance=LessonPage(title=f"Lesson {n + 1}", slug=f"lesson-{n + 1}", live=True)
                )
    User = get_user_model()
    new = User.objects.create_user(email="new@bench.example", password="bench-password-1")
    veteran = User.objects.create_user(email="veteran@bench.example", password="bench-password-1")
    modules = {m.path: m.translation_key for m in ModulePage.objects.filter(slug__startswith="module-")}
    lessons = list(LessonPage.objects.filter(url_path__contains="/learning-").order_by("path"))
    LessonCompletion.objects.bulk_create(
        LessonCompletion(
            user=veteran, lesson_key=lesson.translation_key, module_key=modules[lesson.path[:-4]]
        )
        for lesson in lessons
    )
    return new, veteran, lessons[len(lessons) // 2].url


def median_seconds(client, url, rounds):
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        response = client.get(url)
        samples.append(time.perf_counter() - start)
        assert response.status_code == 200, url
    return statistics.median(samples)


def main():
    db = Path(connection.settings_dict["NAME"])
    if db.exists():
        db.unlink()
    call_command("migrate", verbosity=0)
    print(f"Building a catalogue of {CURRICULA} curricula x {MODULES} modules x {LESSONS} lessons...")
    pages, bare_url = build_catalogue()
    from django.contrib.auth import get_user_model

    # Lessons are for signed-in trainers: the same signed-in client reads the lesson and the bare page.
    client = Client()
    client.force_login(
        get_user_model().objects.create_user(email="reader@bench.example", password="bench-pw-1")
    )
    for url in [*pages.values(), bare_url]:
        client.get(url)  # warm caches, as a running server has them

    # Interleave the two measurements so that drift in the machine's speed hits both alike.
    lesson_samples, bare_samples = [], []
    for _ in range(5):
        lesson_samples.append(median_seconds(client, pages["lesson"], ROUNDS // 5))
        bare_samples.append(median_seconds(client, bare_url, ROUNDS // 5))
    ratio = statistics.median(lesson_samples) / statistics.median(bare_samples)
    print(
        f"\nLesson page render time / bare Wagtail page with the same body: {ratio:.2f}x "
        f"(medians over {ROUNDS} requests each)"
    )

    print("\nQueries per page (signed in):")
    for name, url in pages.items():
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        print(f"  {name:<11} {len(queries):>3}  {url}")
    with CaptureQueriesContext(connection) as queries:
        client.get(bare_url)
    print(f"  {'bare page':<11} {len(queries):>3}  {bare_url}")

    print("\nBuilding 100 modules x 10 lessons and a trainer who has done all 1,000...")
    new, veteran, lesson_url = build_learning(pages["home"])
    new_client, veteran_client = Client(), Client()
    new_client.force_login(new)
    veteran_client.force_login(veteran)
    print("\nTrainer with 1,000 completions / new trainer, same page (median of interleaved requests):")
    for name, url in [("My learning", "/learning/"), ("lesson page", lesson_url)]:
        new_client.get(url), veteran_client.get(url)
        new_samples, veteran_samples = [], []
        for _ in range(5):
            new_samples.append(median_seconds(new_client, url, ROUNDS // 5))
            veteran_samples.append(median_seconds(veteran_client, url, ROUNDS // 5))
        ratio = statistics.median(veteran_samples) / statistics.median(new_samples)
        with CaptureQueriesContext(connection) as new_queries:
            new_client.get(url)
        with CaptureQueriesContext(connection) as veteran_queries:
            veteran_client.get(url)
        print(
            f"  {name:<12} {ratio:.2f}x   queries: {len(veteran_queries)} (new trainer: {len(new_queries)})"
        )


if __name__ == "__main__":
    main()
