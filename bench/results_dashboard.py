"""``make bench`` (results): the public results page and the open results feed at 100 enterprises and at
20,000 enterprises (50,000 participants, 200,000 KPI values), as a ratio (goal: at most 2x), with the number
of queries of each (the same at both sizes): served from the figures cache, and computed (the cache emptied,
as for the first request after a record changed). Its own throwaway SQLite file, as bench/run.py."""

import datetime
import os
import random
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
os.environ.setdefault("BENCH_DB", str(Path(tempfile.gettempdir()) / "score-academy-bench-results.sqlite3"))
Path(os.environ["BENCH_DB"]).unlink(missing_ok=True)

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "10"))
SMALL, LARGE = 100, 20_000
PARTICIPANTS_PER_ENTERPRISE = 2.5  # 20,000 enterprises -> 50,000 participants
KPIS_PER_ASSESSMENT = 5  # a baseline and a follow-up each: 20,000 x 2 x 5 = 200,000 KPI values
URLS = [
    "/results/",
    "/id/results/",
    "/results/?year=2022&sector=C",
    "/api/v1/results/summary",
    "/api/v1/results/kpis",
    "/api/v1/results/years?format=csv",
]


def build_site():
    from django.contrib.auth import get_user_model

    from cms.demo import ensure_admin, ensure_home
    from courses.models import CurriculumIndexPage, CurriculumPage, ModulePage, Partner
    from results.models import GoodPractice, GoodPracticeChecklist

    admin = ensure_admin()
    home, _ = ensure_home(user=admin)
    index = CurriculumIndexPage(title="Curriculum", slug="curriculum", live=True)
    home.add_child(instance=index)
    curriculum = CurriculumPage(title="SCORE core", slug="score-core", live=True, introduction="-")
    index.add_child(instance=curriculum)
    modules = []
    for n in range(1, 6):
        module = ModulePage(title=f"Module {n}", slug=f"module-{n}", number=n, summary="-", live=True)
        curriculum.add_child(instance=module)
        modules.append(module)
    partners = [
        Partner.objects.create(name=f"Partner {p}", short_name=f"P{p}", slug=f"partner-{p}") for p in range(4)
    ]
    User = get_user_model()
    trainers = [
        User.objects.create_user(email=f"trainer{t}@bench.example", password="bench-pw-1") for t in range(60)
    ]
    practices = []
    for module in modules:
        checklist = GoodPracticeChecklist.objects.create(module=module)
        for p in range(3):
            practices.append(
                GoodPractice.objects.create(
                    checklist=checklist,
                    code=f"GP-{module.number}-{p}",
                    name=f"Practice {p}",
                    name_id=f"Praktik {p}",
                )
            )
    return modules, partners, trainers, practices


def add_enterprises(first: int, count: int, *, modules, partners, trainers, practices, rng):
    """``count`` enterprises in completed cycles of 5, each with a baseline and a follow-up."""
    from results.api import outcomes_rebuild
    from results.models import (
        Assessment,
        CycleEnterprise,
        CycleStatus,
        Enterprise,
        Kpi,
        KpiValue,
        PracticeAnswer,
        Sponsorship,
        TrainingCycle,
    )

    provinces = ["11", "12", "13", "31", "32", "33", "34", "35", "51", "52", "61", "64", "73", "94"]
    kpis = list(Kpi.objects.order_by("pk")[:KPIS_PER_ASSESSMENT])
    enterprises = []
    for i in range(first, first + count):
        women, men = rng.randint(1, 60), rng.randint(1, 60)
        managers = max(1, (women + men) // 10)
        enterprises.append(
            Enterprise(
                code=f"E-{i:06d}",
                name=f"Enterprise {i}",
                partner=partners[i % len(partners)],
                sector=rng.choice("CCCIIGA"),
                province=rng.choice(provinces),
                regency="Kota",
                workforce_women=women,
                workforce_men=men,
                managers=managers,
                workers=women + men - managers,
            )
        )
    Enterprise.objects.bulk_create(enterprises, batch_size=2000)
    enterprises = list(
        Enterprise.objects.filter(code__gte=f"E-{first:06d}", code__lt=f"E-{first + count:06d}")
    )
    cycles = []
    for c in range(0, count, 5):
        number = (first + c) // 5
        cycles.append(
            TrainingCycle(
                code=f"C-{number:06d}",
                module=modules[number % len(modules)],
                partner=partners[number % len(partners)],
                lead_trainer=trainers[number % len(trainers)],
                status=CycleStatus.COMPLETED,
                starts_on=datetime.date(2018 + number % 9, 1 + number % 12, 1),
                cost_of_delivery=Decimal(rng.randint(20, 60) * 1_000_000),
            )
        )
    TrainingCycle.objects.bulk_create(cycles, batch_size=2000)
    cycles = list(TrainingCycle.objects.filter(code__in=[c.code for c in cycles]).order_by("code"))
    Sponsorship.objects.bulk_create(
        [Sponsorship(cycle=cycle, sponsor="Sponsor", amount=Decimal(5_000_000)) for cycle in cycles[::3]]
    )
    enrolments, assessments = [], []
    for k, enterprise in enumerate(enterprises):
        cycle = cycles[k // 5]
        women = 1 + (k % 2)  # 2.5 participants on average: 1 or 2 women, 1 man
        enrolments.append(
            CycleEnterprise(
                cycle=cycle,
                enterprise=enterprise,
                fee_paid=Decimal(3_000_000),
                workers_women=women,
                workers_men=1,
            )
        )
        for kind, on in (
            ("baseline", cycle.starts_on),
            ("follow_up", cycle.starts_on + datetime.timedelta(days=120)),
        ):
            assessments.append(
                Assessment(
                    enterprise=enterprise,
                    module_id=cycle.module_id,
                    cycle=cycle,
                    kind=kind,
                    assessed_on=on,
                    state="submitted",
                )
            )
    CycleEnterprise.objects.bulk_create(enrolments, batch_size=2000)
    Assessment.objects.bulk_create(assessments, batch_size=2000)
    saved = Assessment.objects.filter(enterprise__in=enterprises).values_list("pk", "kind", "module_id")
    by_module = {}
    for practice in practices:
        by_module.setdefault(practice.checklist.module_id, []).append(practice)
    values, answers = [], []
    for pk, kind, module_id in saved:
        for kpi in kpis:
            base = 100
            values.append(
                KpiValue(
                    assessment_id=pk,
                    kpi=kpi,
                    value=Decimal(base if kind == "baseline" else rng.randint(80, 130)),
                )
            )
        for practice in by_module.get(module_id, []):
            answers.append(
                PracticeAnswer(
                    assessment_id=pk,
                    practice=practice,
                    in_place=rng.random() < (0.3 if kind == "baseline" else 0.7),
                )
            )
    KpiValue.objects.bulk_create(values, batch_size=5000)
    PracticeAnswer.objects.bulk_create(answers, batch_size=5000)
    outcomes_rebuild(enterprise_ids=[e.pk for e in enterprises])  # as an import does, at its end


def measure(client, url, *, cold: bool):
    """The median time of the page; ``cold``: with the cache emptied first (the figures computed, as after a
    record changed), else as served again from the cache. With the queries of a cold request."""
    samples = []
    client.get(url)
    for _ in range(ROUNDS):
        if cold:
            cache.clear()
        start = time.perf_counter()
        response = client.get(url)
        samples.append(time.perf_counter() - start)
        assert response.status_code == 200, (url, response.status_code)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return statistics.median(samples), len(queries)


def _table(title, small, large):
    print(f"\n{title}")
    print(f"{'page':40} {'100 (ms)':>9} {'20,000 (ms)':>12} {'ratio':>6} {'queries':>8}")
    worst = 0
    for url in URLS:
        (t_small, q_small), (t_large, q_large) = small[url], large[url]
        ratio = t_large / t_small
        worst = max(worst, ratio)
        flag = "" if q_small == q_large else f"  (queries changed: {q_small} -> {q_large})"
        print(f"{url:40} {t_small * 1000:9.1f} {t_large * 1000:12.1f} {ratio:6.2f} {q_large:8}{flag}")
    return worst


def main():
    from results.models import CycleEnterprise, Enterprise, KpiValue

    call_command("migrate", verbosity=0)
    rng = random.Random(20260)
    site = dict(zip(["modules", "partners", "trainers", "practices"], build_site(), strict=True))
    client = Client()
    add_enterprises(0, SMALL, rng=rng, **site)
    small = {cold: {url: measure(client, url, cold=cold) for url in URLS} for cold in (True, False)}
    print(f"Adding enterprises up to {LARGE:,}...")
    start = time.perf_counter()
    add_enterprises(SMALL, LARGE - SMALL, rng=rng, **site)
    connection.cursor().execute("ANALYZE")
    print(f"  built in {time.perf_counter() - start:.0f} s")
    participants = sum(e.participants for e in CycleEnterprise.objects.all())
    print(
        f"  {Enterprise.objects.count():,} enterprises, {participants:,} participants, "
        f"{KpiValue.objects.count():,} KPI values"
    )
    large = {cold: {url: measure(client, url, cold=cold) for url in URLS} for cold in (True, False)}
    warm = _table(
        "Served from the cache (as every visitor after the first, until a record changes)",
        small[False],
        large[False],
    )
    cold = _table("Computed (the first request after a record changed)", small[True], large[True])
    print(f"\nWorst ratio from the cache {warm:.2f} (goal: at most 2x); computed {cold:.2f}")


if __name__ == "__main__":
    main()
