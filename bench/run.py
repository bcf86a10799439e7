"""``make bench``: public page rendering on a catalogue of 5 curricula x 10 modules x 20 lessons.

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
    client = Client()
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

    print("\nQueries per public page:")
    for name, url in pages.items():
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        print(f"  {name:<11} {len(queries):>3}  {url}")
    with CaptureQueriesContext(connection) as queries:
        client.get(bare_url)
    print(f"  {'bare page':<11} {len(queries):>3}  {bare_url}")


if __name__ == "__main__":
    main()
