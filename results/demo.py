"""The results part of ``seed_demo``: the core modules' good-practice checklists and KPI links, about 300
fictional enterprises in the 14 provinces the programme reached, about 70 training cycles from 2018 to 2026
by the eight partners (sessions, participants, visits, fees, sponsorship, cost, every status change), the
baselines and follow-ups of their enterprises, the demo trainers' ToE cycles, and three case studies.

Deterministic: the whole plan comes from one ``random.Random`` with a fixed seed and fixed dates, before
anything is read from the database. Idempotent: each part writes only what is missing (by code, slug or
e-mail), so a second run changes nothing and a part removed is rebuilt. Fast: rows are written with
``bulk_create`` and looked up in a handful of queries, not one query per row."""

import copy
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Locale

from certification.api import profile_get, profile_save
from courses.api import derived_from
from courses.demo.pages import ensure_child, ensure_translation, stream
from courses.models import CurriculumPage, ModulePage, Partner

from . import demo_content as content
from .data.kpis import DEFAULT_KPIS
from .models import (
    Assessment,
    CaseStudyIndexPage,
    CaseStudyPage,
    ClassroomSession,
    ConsultancyVisit,
    CycleEnterprise,
    CycleStatus,
    CycleStatusChange,
    Enterprise,
    GoodPractice,
    GoodPracticeChecklist,
    Kpi,
    KpiValue,
    PracticeAnswer,
    Sponsorship,
    TrainingCycle,
)
from .services.catalogue import default_kpis_ensure
from .services.outcomes import outcomes_rebuild

SEED = 14  # the issue that asked for it
TODAY = date(2026, 12, 1)  # the demo's "now": cycles before it ran, cycles after it are planned
TZ = ZoneInfo(settings.TIME_ZONE)
CORE = "score-core"
CORE_MODULES = [
    "workplace-cooperation",
    "quality",
    "cleaner-production",
    "workforce-management",
    "safety-and-health",
]
WC = "workplace-cooperation"
EXPERT = "expert@score.example"
CANDIDATE = "candidate@score.example"
HOLDER = "holder@score.example"
REVOKED = "revoked@score.example"
EDITORS = {"BEDO": "editor.bedo@score.example", "SMI": "editor.smi@score.example"}
EDITORS["Pro Serve"] = "editor.hoco@score.example"

# Code prefixes of each partner's enterprises and cycles (partner short names hold spaces).
PREFIX = {
    "BEDO": "BEDO",
    "SMI": "SMI",
    "UNPAR": "UNPAR",
    "APP Jakarta": "APP",
    "BLK Semarang 2": "BLK2",
    "Karya Dua Perempuan": "KDP",
    "Riwani Globe": "RWG",
    "Pro Serve": "PSI",
}
# What each partner delivered from 2018 to 2026: (curriculum, module, number of cycles). 70 in all.
PARTNER_CYCLES = {
    "BEDO": [
        (CORE, WC, 6),
        ("score-plus", WC, 6),
        ("score-plus", "quality", 3),
        (CORE, "quality", 2),
        (CORE, "cleaner-production", 2),
        (CORE, "safety-and-health", 2),
        (CORE, "workforce-management", 1),
    ],
    "SMI": [("score-creative", WC, 5), ("score-creative", "workforce-management", 2), (CORE, WC, 2)],
    "UNPAR": [("score-unpar", WC, 4), ("score-unpar", "cleaner-production", 3)],
    "APP Jakarta": [(CORE, WC, 4), (CORE, "quality", 1), (CORE, "safety-and-health", 2)],
    "BLK Semarang 2": [
        (CORE, WC, 4),
        (CORE, "cleaner-production", 1),
        (CORE, "safety-and-health", 1),
        (CORE, "workforce-management", 1),
    ],
    "Karya Dua Perempuan": [(CORE, WC, 3), (CORE, "workforce-management", 1), (CORE, "quality", 1)],
    "Riwani Globe": [(CORE, WC, 3), (CORE, "safety-and-health", 1), (CORE, "cleaner-production", 1)],
    "Pro Serve": [("score-hoco", WC, 5), ("score-hoco", "safety-and-health", 3)],
}
CYCLES_PER_YEAR = {2018: 5, 2019: 7, 2020: 5, 2021: 7, 2022: 8, 2023: 9, 2024: 10, 2025: 11, 2026: 8}
# (fees + sponsorship) / cost of the cycles of each year: 11% in phase I, 37% in phase II, 62% in 2017,
# 100% the target (programme documents), continued by the partners on their own.
COST_RECOVERY = {
    2018: Decimal("0.11"),
    2019: Decimal("0.20"),
    2020: Decimal("0.28"),
    2021: Decimal("0.37"),
    2022: Decimal("0.50"),
    2023: Decimal("0.62"),
    2024: Decimal("0.80"),
    2025: Decimal("1.00"),
    2026: Decimal("1.02"),
}
# Of the enterprises that report a KPI at baseline and follow-up, the share that improves on it (74% on
# labour productivity and 63% with cost savings in the programme's records; the others of their order).
IMPROVING = {
    "LABOUR_PRODUCTIVITY": 0.74,
    "DEFECT_RATE": 0.62,
    "COST_SAVINGS": 0.63,
    "ENERGY_USE": 0.56,
    "WASTE": 0.59,
    "ABSENTEEISM": 0.60,
    "ACCIDENTS": 0.55,
    "SUGGESTIONS": 0.80,
    "STAFF_TURNOVER": 0.55,
}
REPORTED = {"LABOUR_PRODUCTIVITY": 0.92, "COST_SAVINGS": 0.8}  # others: 0.7 (fewer can measure them)
WOMEN_SHARE = {"Garmen": 0.8, "Konveksi": 0.8, "Batik": 0.7, "Tenun": 0.75, "Jamu": 0.8, "Anyaman": 0.7}
WOMEN_SHARE |= {"Keripik": 0.7, "Sambal": 0.7, "Salon": 0.8, "Bengkel Jahit": 0.8}
MEN_TRADES = {"Logam", "Mebel", "Percetakan", "Bengkel", "Ekspedisi", "Logistik", "Kulit", "Tahu"}
PLACES = [
    "Meeting room of a hotel, {city}",
    "Training centre of {partner}, {city}",
    "Hall of the chamber of commerce, {city}",
    "Vocational training centre, {city}",
]


def money(value) -> Decimal:
    """Rupiah in whole thousands."""
    return (Decimal(value) / 1000).quantize(Decimal(1), ROUND_HALF_UP) * 1000


def at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=TZ)


def working_day(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


# --- The plan: pure Python, from the seed alone ------------------------------------------------------------


@dataclass
class EnterprisePlan:
    code: str
    name: str
    partner: str
    sector: str
    province: str
    regency: str
    women: int
    men: int
    managers: int
    contact: tuple[str, str]
    phone: str
    trade: str = ""

    @property
    def workforce(self) -> int:
        return self.women + self.men


@dataclass
class CyclePlan:
    partner: str
    curriculum: str
    module: str
    year: int
    month: int = 0
    province: str = ""
    story: str = ""  # "toe-candidate", "toe-holder", or a case study's key
    code: str = ""
    status: str = CycleStatus.COMPLETED
    lead: str = ""
    co_trainers: list[str] = field(default_factory=list)
    expert: str = ""
    confirmed: bool = False
    enterprises: list[EnterprisePlan] = field(default_factory=list)
    starts_on: date | None = None
    sessions: list[tuple[date, date, str]] = field(default_factory=list)
    workshop_on: date | None = None
    workshop_place: str = ""
    cost: Decimal = Decimal(0)
    income: Decimal = Decimal(0)
    fees: list[Decimal] = field(default_factory=list)
    sponsorships: list[tuple[str, Decimal]] = field(default_factory=list)
    note: str = ""
    # Per enterprise code: the baseline's and follow-up's dates, KPI values (code: (baseline, follow-up),
    # follow-up None while the cycle runs) and good-practice answers (code: (baseline, follow-up)).
    assessments: dict[str, "AssessmentPlan"] = field(default_factory=dict)

    @property
    def is_wc(self) -> bool:
        return self.module == WC


@dataclass
class AssessmentPlan:
    baseline_on: date
    follow_up_on: date | None
    kpis: dict[str, tuple[Decimal, Decimal | None]]
    practices: dict[str, tuple[bool | None, bool | None]]


PINNED = (
    [
        # The candidate's ToE cycle: completed, awaiting the Expert's confirmation on the cycle.
        CyclePlan("BEDO", CORE, WC, 2026, 6, "32", story="toe-candidate"),
        # The holder's ToE cycle, before her certification (March 2026): completed and confirmed.
        CyclePlan("BEDO", CORE, WC, 2025, 9, "32", story="toe-holder"),
    ]
    + [
        CyclePlan(
            case["cycle"][0],
            case["cycle"][1],
            case["cycle"][2],
            case["cycle"][3],
            case["cycle"][4],
            case["enterprise"]["province"],
            story=case["key"],
        )
        for case in content.CASE_STUDIES
    ]
    + [
        CyclePlan(*case["earlier_cycle"], case["enterprise"]["province"], story=case["key"] + "-earlier")
        for case in content.CASE_STUDIES
        if "earlier_cycle" in case
    ]
)


class Planner:
    def __init__(self, hoco_max: int):
        self.rng = random.Random(SEED)
        self.hoco_max = hoco_max
        self.names: set[str] = set()
        self.counters: dict[str, int] = {}
        self.phones = 0
        # Per partner, the enterprises that completed a cycle (when); the modules each enterprise is in.
        self.trained: dict[str, list[tuple[date, EnterprisePlan]]] = {p: [] for p in PREFIX}
        self.taken: dict[str, set[str]] = {}
        self.fixed_codes: set[str] = set()

    # Cycles, in time
    def cycles(self) -> list[CyclePlan]:
        rng = self.rng
        pinned = copy.deepcopy(PINNED)
        specs = []
        for partner, rows in PARTNER_CYCLES.items():
            for curriculum, module, count in rows:
                taken = sum(
                    1 for p in pinned if (p.partner, p.curriculum, p.module) == (partner, curriculum, module)
                )
                specs += [CyclePlan(partner, curriculum, module, 0) for _ in range(count - taken)]
        slots = []
        for year, count in CYCLES_PER_YEAR.items():
            slots += [year] * (count - sum(1 for p in pinned if p.year == year))
        # Workplace Cooperation tends to come first, the other modules later.
        keyed = sorted(specs, key=lambda s: rng.random() + (0 if s.is_wc else 0.35))
        for spec, year in zip(keyed, sorted(slots), strict=True):
            spec.year = year
            spec.month = rng.randint(1, 11)
            provinces = content.PARTNER_PROVINCES[spec.partner]
            spec.province = provinces[0] if rng.random() < 0.4 else rng.choice(provinces)
        cycles = specs + pinned
        # Every province the programme reached has at least one of BEDO's cycles.
        bedo = [c for c in cycles if c.partner == "BEDO" and not c.story]
        for cycle, province in zip(bedo, content.PARTNER_PROVINCES["BEDO"], strict=False):
            cycle.province = province
        cycles.sort(key=lambda c: (c.year, c.month, c.partner, c.module, c.story))
        self._statuses(cycles)
        cycles.sort(key=lambda c: (c.year, c.month, c.partner, c.module, c.story))
        return cycles

    def _statuses(self, cycles: list[CyclePlan]) -> None:
        rng = self.rng
        for year, note in (
            (2020, "Cancelled: gatherings were not allowed under the pandemic restrictions."),
            (2023, "Cancelled: too few enterprises confirmed their places."),
        ):
            candidates = [c for c in cycles if c.year == year and not c.story]
            chosen = rng.choice(candidates)
            chosen.status, chosen.note = CycleStatus.CANCELLED, note
        later = [c for c in cycles if c.year == 2026 and not c.story]
        for index, cycle in enumerate(later):
            if index < len(later) // 2:
                cycle.status, cycle.month = CycleStatus.RUNNING, rng.randint(8, 10)
            else:
                cycle.status, cycle.month = CycleStatus.PLANNED, 12

    # Enterprises
    def enterprise(self, partner: str, curriculum: str, province: str, **fixed) -> EnterprisePlan:
        rng = self.rng
        sector = self._sector(curriculum)
        trade = rng.choice(content.TRADES[sector])
        size = self._size(curriculum)
        workforce = {
            "micro": rng.randint(2, 4),
            "small": rng.randint(5, 19),
            "medium": rng.randint(20, 99),
            "large": rng.randint(100, 320),
        }[size]
        share = WOMEN_SHARE.get(trade, 0.2 if trade in MEN_TRADES else 0.45)
        women = min(workforce, max(0, round(workforce * min(0.95, max(0.05, rng.gauss(share, 0.1))))))
        managers = 1 if workforce < 5 else max(1, round(workforce * rng.uniform(0.06, 0.15)))
        name = self._name(sector, trade, size)
        self.counters[partner] = self.counters.get(partner, 0) + 1
        self.phones += 1
        plan = EnterprisePlan(
            code=f"{PREFIX[partner]}-E-{self.counters[partner]:04d}",
            name=name,
            partner=partner,
            sector=sector,
            province=province,
            regency=rng.choice(content.PROVINCES[province]),
            women=women,
            men=workforce - women,
            managers=managers,
            contact=(rng.choice(content.FIRST_NAMES), rng.choice(content.LAST_NAMES)),
            phone=f"+62 812 0000 {self.phones:04d}",
            trade=trade,
        )
        for key, value in fixed.items():
            setattr(plan, key, value)
        self.names.add(plan.name)
        return plan

    def _sector(self, curriculum: str) -> str:
        weights = {
            "score-hoco": {"I": 1},
            "score-creative": {"C": 6, "J": 2, "S": 1, "G": 1},
            "score-plus": {"C": 7, "G": 2, "A": 1},
            "score-unpar": {"C": 9, "G": 1},
        }.get(curriculum, {"C": 80, "G": 8, "H": 4, "I": 4, "S": 4})
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def _size(self, curriculum: str) -> str:
        weights = {
            "score-plus": {"micro": 4, "small": 5, "medium": 1},
            "score-hoco": {"small": 6, "medium": 4},
        }.get(curriculum, {"micro": 5, "small": 40, "medium": 48, "large": 7})
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def _name(self, sector: str, trade: str, size: str) -> str:
        rng = self.rng
        while True:
            words = " ".join(rng.sample(content.NAME_WORDS, 2))
            if sector == "I":
                name = f"{trade} {words}"
            elif sector in "GA" and size in ("micro", "small"):
                name = f"UD {trade} {words}"
            else:
                prefix = "PT" if size in ("medium", "large") and rng.random() < 0.6 else "CV"
                name = f"{prefix} {trade} {words}"
            if name not in self.names:
                return name

    def fill(self, cycle: CyclePlan, fixed: dict[str, EnterprisePlan]) -> None:
        """The cycle's enterprises: new ones of its province, and for a module after Workplace Cooperation
        some of the partner's enterprises that completed an earlier cycle."""
        rng = self.rng
        most = self.hoco_max if cycle.curriculum == "score-hoco" else 5
        size = rng.random()
        count = min(
            most, (4 if size < 0.3 else 5 if size < 0.65 else 6) if most > 5 else (4 if size < 0.3 else 5)
        )
        chosen = [fixed[cycle.story]] if cycle.story in fixed else []
        if cycle.story.endswith("-earlier"):
            chosen = [fixed[cycle.story.removesuffix("-earlier")]]
        reuse = rng.randint(0, 2)
        if not cycle.is_wc and not cycle.story:
            pool = [
                e
                for done_on, e in self.trained[cycle.partner]
                if done_on.year < cycle.year
                and cycle.module not in self.taken[e.code]
                and e.code not in self.fixed_codes
            ]
            chosen += rng.sample(pool, min(len(pool), reuse))
        while len(chosen) < count:
            extra = {}
            if cycle.story == "toe-candidate" and not chosen:
                extra = {"name": "PT Sinar Garmen", "sector": "C", "regency": "Kabupaten Bekasi"}
            chosen.append(self.enterprise(cycle.partner, cycle.curriculum, cycle.province, **extra))
        for enterprise in chosen:
            self.taken.setdefault(enterprise.code, set()).add(cycle.module)
        cycle.enterprises = chosen

    # Dates, trainers, money
    def schedule(self, cycle: CyclePlan, modules: dict, trainers: dict[str, list[str]]) -> None:
        rng = self.rng
        module = modules[(cycle.curriculum, cycle.module)]
        day = working_day(date(cycle.year, cycle.month, rng.randint(2, 24)))
        if cycle.status == CycleStatus.PLANNED:
            day = working_day(TODAY + timedelta(days=rng.randint(7, 24)))
        days = max(1, int(module.classroom_days or 2))
        city = rng.choice(content.PROVINCES[cycle.province]).removeprefix("Kota ").removeprefix("Kabupaten ")
        place = rng.choice(PLACES).format(partner=cycle.partner, city=city)
        split = rng.random() < 0.2
        if days > 1 and split:  # the two days a week apart
            second = day + timedelta(days=7)
            cycle.sessions = [(day, day, place), (second, second, place)]
        else:
            cycle.sessions = [(day, day + timedelta(days=days - 1), place)]
        cycle.starts_on = day
        cycle.workshop_on = working_day(day + timedelta(days=rng.randint(110, 150)))
        cycle.workshop_place = place
        self._trainers(cycle, trainers)
        self._money(cycle)

    def _trainers(self, cycle: CyclePlan, trainers: dict[str, list[str]]) -> None:
        rng = self.rng
        own = trainers[cycle.partner]
        if cycle.story == "toe-candidate":
            cycle.lead, cycle.expert, cycle.co_trainers = CANDIDATE, EXPERT, [own[0]]
            return
        if cycle.story == "toe-holder":
            cycle.lead, cycle.expert, cycle.co_trainers = HOLDER, EXPERT, [own[1]]
            cycle.confirmed = True
            return
        if cycle.partner == "BEDO":
            leads = [EXPERT, *own] if cycle.year < 2026 else [HOLDER, EXPERT, *own]
            helpers = list(own)
            if cycle.year <= 2023:
                helpers.append(REVOKED)
            if 2023 <= cycle.year <= 2025:
                helpers.append(HOLDER)
        else:
            leads = own
            helpers = own[1:] or [EXPERT, trainers["BEDO"][0]]
        cycle.lead = rng.choice(leads)
        helpers = [h for h in helpers if h != cycle.lead] or [t for t in trainers["BEDO"] if t != cycle.lead]
        cycle.co_trainers = rng.sample(helpers, 2 if len(helpers) > 2 and rng.random() < 0.25 else 1)

    def _money(self, cycle: CyclePlan) -> None:
        rng = self.rng
        count = len(cycle.enterprises)
        draw = rng.uniform(0.9, 1.1), rng.uniform(0.9, 1.1)
        if cycle.status == CycleStatus.CANCELLED:
            cycle.cost = Decimal(0)
            return
        base = 28_000_000 * (1.04 ** (cycle.year - 2018)) * (0.6 + 0.08 * count)
        cycle.cost = money(base * draw[0] / 100) * 100
        cycle.income = cycle.cost * COST_RECOVERY[cycle.year] * Decimal(str(round(draw[1], 3)))

    def money_split(self, cycles: list[CyclePlan]) -> None:
        """Each year's income scaled to hit its cost recovery, then split into fees and sponsorship."""
        rng = self.rng
        for year in CYCLES_PER_YEAR:
            rows = [c for c in cycles if c.year == year and c.status != CycleStatus.CANCELLED]
            cost = sum(c.cost for c in rows)
            income = sum(c.income for c in rows)
            scale = cost * COST_RECOVERY[year] / income if income else Decimal(0)
            fee_share = Decimal(str(0.25 + 0.05 * (year - 2018)))
            for cycle in rows:
                total = cycle.income * scale
                fee = money(total * fee_share / len(cycle.enterprises) / 50) * 50
                cycle.fees = [fee] * len(cycle.enterprises)
                sponsorship = money(total - sum(cycle.fees))
                if sponsorship > 0:
                    sponsor = rng.choice(content.SPONSORS)
                    if sponsorship > 12_000_000 and rng.random() < 0.5:
                        half = money(sponsorship / 2)
                        other = rng.choice([s for s in content.SPONSORS if s != sponsor])
                        cycle.sponsorships = [(sponsor, half), (other, sponsorship - half)]
                    else:
                        cycle.sponsorships = [(sponsor, sponsorship)]


def plan(*, hoco_max: int, trainers: dict[str, list[str]], modules: dict) -> list[CyclePlan]:
    planner = Planner(hoco_max)
    cycles = planner.cycles()
    fixed = {}
    for case in content.CASE_STUDIES:
        data = case["enterprise"]
        fixed[case["key"]] = EnterprisePlan(
            code=data["code"],
            name=data["name"],
            partner=case["cycle"][0],
            sector=data["sector"],
            province=data["province"],
            regency=data["regency"],
            women=data["women"],
            men=data["men"],
            managers=data["managers"],
            contact=data["contact"],
            phone=f"+62 812 0000 {9000 + len(fixed):04d}",
        )
        planner.names.add(data["name"])
        planner.fixed_codes.add(data["code"])
    numbers: dict[tuple[str, int], int] = {}
    for cycle in cycles:
        planner.fill(cycle, fixed)
        planner.schedule(cycle, modules, trainers)
        key = (cycle.partner, cycle.year)
        numbers[key] = numbers.get(key, 0) + 1
        cycle.code = f"{PREFIX[cycle.partner]}-{cycle.year}-{numbers[key]:02d}"
        if cycle.status == CycleStatus.COMPLETED:
            planner.trained[cycle.partner] += [(cycle.workshop_on, e) for e in cycle.enterprises]
    planner.money_split(cycles)
    plan_assessments(cycles)
    return cycles


def module_kpis(module_slug: str) -> list[str]:
    """The KPIs the catalogue ships for a core module (the demo's variant modules keep their core's slug)."""
    number = CORE_MODULES.index(module_slug) + 1 if module_slug in CORE_MODULES else None
    return [code for code, *_names, numbers in DEFAULT_KPIS if number in numbers]


def plan_assessments(cycles: list[CyclePlan]) -> None:
    """Baselines for the enterprises of running and completed cycles, follow-ups for completed ones. Of the
    enterprises reporting a KPI at both, the share in IMPROVING improves: exactly, not by chance."""
    rng = random.Random(SEED + 2)
    values = Values(rng)
    cases = {case["key"]: case for case in content.CASE_STUDIES}
    compared: dict[str, list[tuple[AssessmentPlan, EnterprisePlan]]] = {}
    for c in cycles:
        if c.status not in (CycleStatus.RUNNING, CycleStatus.COMPLETED):
            continue
        completed = c.status == CycleStatus.COMPLETED
        codes = [row[0] for row in content.CHECKLISTS.get(c.module, [])]
        for enterprise in c.enterprises:
            baseline_on = c.starts_on - timedelta(days=rng.randint(7, 21))
            follow_up_on = c.workshop_on - timedelta(days=rng.randint(3, 10))
            story = cases.get(c.story)
            if story is not None and story["enterprise"]["code"] == enterprise.code:
                then, now = story["practices"]
                c.assessments[enterprise.code] = AssessmentPlan(
                    baseline_on,
                    follow_up_on,
                    {code: (Decimal(b), Decimal(f)) for code, (b, f) in story["kpis"].items()},
                    {code: (code in then, code in now) for code in codes},
                )
                continue
            answers = {}
            for code in codes:
                before = _answer(rng)
                answers[code] = (before, _answer(rng, follow_up=True, before=before) if completed else None)
            planned = AssessmentPlan(baseline_on, follow_up_on if completed else None, {}, answers)
            for code in module_kpis(c.module):
                if rng.random() < REPORTED.get(code, 0.7):
                    planned.kpis[code] = (Decimal(0), None)
                    if completed:
                        compared.setdefault(code, []).append((planned, enterprise))
                    else:
                        planned.kpis[code] = (values.pair(code, enterprise, better=False)[0], None)
            c.assessments[enterprise.code] = planned
    for code, rows in compared.items():
        better = set(rng.sample(range(len(rows)), round(IMPROVING[code] * len(rows))))
        for index, (planned, enterprise) in enumerate(rows):
            planned.kpis[code] = values.pair(code, enterprise, better=index in better)


# --- Writing it -------------------------------------------------------------------------------------------


def _modules() -> dict[tuple[str, str], ModulePage]:
    curricula = {
        c.slug: c for c in CurriculumPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    }
    modules = {}
    for slug, curriculum in curricula.items():
        for module in ModulePage.objects.child_of(curriculum).specific():
            modules[(slug, module.slug)] = module
    return modules


def ensure_checklists(modules: dict) -> dict[str, list[GoodPractice]]:
    """The five core modules' good-practice checklists, and the KPIs' links to the core modules."""
    existing = set(GoodPractice.objects.values_list("code", flat=True))
    checklists = {c.module_id: c for c in GoodPracticeChecklist.objects.all()}
    new = []
    for slug, rows in content.CHECKLISTS.items():
        module = modules[(CORE, slug)]
        checklist = checklists.get(module.pk) or GoodPracticeChecklist.objects.create(module=module)
        new += [
            GoodPractice(checklist=checklist, code=code, name=name, name_id=name_id, sort_order=order)
            for order, (code, name, name_id) in enumerate(rows)
            if code not in existing
        ]
    GoodPractice.objects.bulk_create(new)
    by_module = {}
    for practice in GoodPractice.objects.select_related("checklist").order_by("sort_order", "pk"):
        by_module.setdefault(practice.checklist.module_id, []).append(practice)

    Link = Kpi.modules.through
    kpis = {k.code: k for k in Kpi.objects.all()}
    linked = set(Link.objects.values_list("kpi_id", flat=True))
    links = [
        Link(kpi_id=kpis[code].pk, modulepage_id=modules[(CORE, CORE_MODULES[number - 1])].pk)
        for code, *_names, numbers in DEFAULT_KPIS
        if code in kpis and kpis[code].pk not in linked
        for number in numbers
    ]
    Link.objects.bulk_create(links)
    return by_module


def ensure_trainers() -> dict[str, list[str]]:
    """The fictional trainers of each partner (no login) with their profiles; returns e-mails by partner."""
    User = get_user_model()
    partners = {p.short_name: p for p in Partner.objects.all()}
    wanted = {}
    for partner, people in content.TRAINERS.items():
        for first, last, gender, province in people:
            email = f"{first}.{last}@{content.TRAINER_EMAIL_DOMAIN}".lower().replace(" ", "")
            wanted[email] = (first, last, gender, province, partner)
    existing = set(User.objects.filter(email__in=wanted).values_list("email", flat=True))
    new = []
    for email, (first, last, *_rest) in wanted.items():
        if email not in existing:
            user = User(email=email, first_name=first, last_name=last)
            user.set_unusable_password()
            new.append(user)
    User.objects.bulk_create(new)
    for user in new:
        first, last, gender, province, partner = wanted[user.email]
        if profile_get(user=user) is None:
            profile_save(
                user=user,
                data={
                    "certificate_name": f"{first} {last}",
                    "gender": gender,
                    "partner": partners.get(partner),
                    "other_organisation": "",
                    "province": province,
                    "phone": "",
                    "preferred_language": "id",
                    "registry_opt_in": False,
                },
                changed_by=user,
            )
    by_partner: dict[str, list[str]] = {}
    for email, (*_names, partner) in wanted.items():
        by_partner.setdefault(partner, []).append(email)
    return by_partner


def _enterprise_row(plan: EnterprisePlan, partners: dict) -> Enterprise:
    first, last = plan.contact
    return Enterprise(
        code=plan.code,
        name=plan.name,
        partner=partners[plan.partner],
        sector=plan.sector,
        province=plan.province,
        regency=plan.regency,
        workforce_women=plan.women,
        workforce_men=plan.men,
        managers=plan.managers,
        workers=plan.workforce - plan.managers,
        contact_name=f"{first} {last}",
        contact_phone=plan.phone,
        contact_email=f"{first}.{last}@example.org".lower().replace(" ", ""),
        is_fictional=True,
    )


def _participants(rng: random.Random, e: EnterprisePlan) -> tuple[int, int, int, int]:
    """2 managers and 2 workers as a rule (3 workers in some larger enterprises), women as in the workforce;
    never more than the enterprise has."""
    managers = min(e.managers, 2)
    workers = min(e.workforce - e.managers, 3 if e.workforce >= 20 and rng.random() < 0.3 else 2)
    women_left, men_left = e.women, e.men
    counts = {"mw": 0, "mm": 0, "ww": 0, "wm": 0}
    for role, number in (("m", managers), ("w", workers)):
        for _ in range(number):
            woman = rng.random() < e.women / e.workforce
            if (woman and women_left) or not men_left:
                counts[role + "w"] += 1
                women_left -= 1
            else:
                counts[role + "m"] += 1
                men_left -= 1
    return counts["mw"], counts["mm"], counts["ww"], counts["wm"]


class Values:
    """KPI values at baseline and follow-up, of the order the programme reports."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def pair(self, code: str, e: EnterprisePlan, *, better: bool) -> tuple[Decimal, Decimal]:
        rng = self.rng
        size = e.workforce
        if code == "LABOUR_PRODUCTIVITY":
            base = rng.uniform(8, 80)
            after = (
                base * (1 + rng.triangular(0.03, 0.40, 0.10)) if better else base * (1 - self._worse(0.08))
            )
            return self._round(base, 1), self._round(after, 1)
        if code == "COST_SAVINGS":
            base = 0 if rng.random() < 0.85 else rng.uniform(300_000, 2_000_000)
            if better:
                after = base + rng.triangular(500_000, 20_000_000, 2_500_000)
            else:
                after = base - (rng.uniform(100_000, 800_000) if rng.random() < 0.3 else 0)
            return money(base), money(after)
        if code in ("DEFECT_RATE", "ABSENTEEISM", "STAFF_TURNOVER"):
            low, high = {"DEFECT_RATE": (2, 15), "ABSENTEEISM": (2, 10), "STAFF_TURNOVER": (5, 35)}[code]
            base = rng.uniform(low, high)
            after = (
                base * (1 - rng.triangular(0.1, 0.6, 0.3))
                if better
                else min(100, base * (1 + self._worse(0.2)))
            )
            return self._round(base, 1), self._round(after, 1)
        if code in ("ENERGY_USE", "WASTE"):
            base = size * (rng.uniform(40, 200) if code == "ENERGY_USE" else rng.uniform(10, 120))
            after = base * (1 - rng.triangular(0.05, 0.4, 0.15)) if better else base * (1 + self._worse(0.1))
            return self._round(base, 0), self._round(after, 0)
        if code == "ACCIDENTS":
            base = rng.randint(1 if better else 0, max(2, size // 12))
            after = max(0, base - rng.randint(1, max(1, base // 2))) if better else base + rng.randint(0, 1)
            return Decimal(base), Decimal(after)
        if code == "SUGGESTIONS":
            base = rng.randint(0, 3)
            return Decimal(base), Decimal(base + (rng.randint(2, 12) if better else 0))
        raise ValueError(code)

    def _worse(self, most: float) -> float:
        return 0 if self.rng.random() < 0.35 else self.rng.uniform(0.005, most)

    @staticmethod
    def _round(value: float, places: int) -> Decimal:
        return Decimal(str(round(value, places))).quantize(Decimal("0.01"))


def ensure_cycles(cycles: list[CyclePlan], *, modules: dict, practices: dict, staff) -> None:
    User = get_user_model()
    partners = {p.short_name: p for p in Partner.objects.all()}
    emails = {e for c in cycles for e in (c.lead, c.expert, *c.co_trainers) if e}
    emails |= set(EDITORS.values())
    users = {u.email: u for u in User.objects.filter(email__in=emails)}

    # Enterprises: those missing, by code.
    planned = {e.code: e for c in cycles for e in c.enterprises}
    have = set(Enterprise.objects.filter(code__in=planned).values_list("code", flat=True))
    Enterprise.objects.bulk_create(
        [_enterprise_row(e, partners) for code, e in planned.items() if code not in have]
    )
    enterprise_ids = dict(Enterprise.objects.filter(code__in=planned).values_list("code", "pk"))

    # Cycles: those missing, by code, with everything recorded in them.
    have = set(TrainingCycle.objects.filter(code__in=[c.code for c in cycles]).values_list("code", flat=True))
    new = [c for c in cycles if c.code not in have]
    if not new:
        return
    rows = TrainingCycle.objects.bulk_create(
        [
            TrainingCycle(
                code=c.code,
                module=modules[(c.curriculum, c.module)],
                partner=partners[c.partner],
                lead_trainer=users[c.lead],
                supervising_expert=users.get(c.expert),
                status=c.status,
                starts_on=c.starts_on,
                workshop_on=c.workshop_on if c.status != CycleStatus.CANCELLED else None,
                workshop_place=c.workshop_place if c.status != CycleStatus.CANCELLED else "",
                cost_of_delivery=c.cost,
                notes=c.note,
                is_fictional=True,
                created_by=users[c.lead],
            )
            for c in new
        ]
    )
    cycle_ids = {row.code: row.pk for row in rows}
    if None in cycle_ids.values():  # a backend that does not return ids
        cycle_ids = dict(TrainingCycle.objects.filter(code__in=cycle_ids).values_list("code", "pk"))

    co_trainers, enrolments, sessions, visits, sponsorships, changes = [], [], [], [], [], []
    CoTrainer = TrainingCycle.co_trainers.through
    for c in new:
        pk = cycle_ids[c.code]
        rng = random.Random(f"{SEED}:{c.code}")  # each cycle's own: rebuilt alone, it comes out the same
        co_trainers += [CoTrainer(trainingcycle_id=pk, user_id=users[email].pk) for email in c.co_trainers]
        for enterprise, fee in zip(c.enterprises, c.fees or [Decimal(0)] * len(c.enterprises), strict=True):
            mw, mm, ww, wm = _participants(rng, enterprise)
            enrolments.append(
                CycleEnterprise(
                    cycle_id=pk,
                    enterprise_id=enterprise_ids[enterprise.code],
                    managers_women=mw,
                    managers_men=mm,
                    workers_women=ww,
                    workers_men=wm,
                    fee_paid=fee,
                )
            )
        sessions += [ClassroomSession(cycle_id=pk, starts_on=s, ends_on=e, place=p) for s, e, p in c.sessions]
        sponsorships += [Sponsorship(cycle_id=pk, sponsor=s, amount=a) for s, a in c.sponsorships]
        module = modules[(c.curriculum, c.module)]
        if c.status in (CycleStatus.RUNNING, CycleStatus.COMPLETED):
            team = [c.lead, *c.co_trainers]
            for enterprise in c.enterprises:
                for number in range(module.consultancy_visits or 3):
                    visited = working_day(c.starts_on + timedelta(days=14 * (number + 1) + rng.randint(0, 6)))
                    if visited >= TODAY:
                        break
                    visits.append(
                        ConsultancyVisit(
                            cycle_id=pk,
                            enterprise_id=enterprise_ids[enterprise.code],
                            trainer=users[team[number % len(team)]],
                            visited_on=visited,
                            notes=rng.choice(content.VISIT_NOTES),
                        )
                    )
        changes += _status_changes(c, pk, users)
    CoTrainer.objects.bulk_create(co_trainers)
    CycleEnterprise.objects.bulk_create(enrolments)
    ClassroomSession.objects.bulk_create(sessions)
    ConsultancyVisit.objects.bulk_create(visits)
    Sponsorship.objects.bulk_create(sponsorships)
    CycleStatusChange.objects.bulk_create(changes)
    _assessments(new, cycle_ids, enterprise_ids, users, modules, practices)
    _toe_confirmations(new, cycle_ids, users)


def _status_changes(c: CyclePlan, pk: int, users: dict) -> list[CycleStatusChange]:
    planner = users.get(EDITORS.get(c.partner, ""), users[c.lead])
    steps = [("", CycleStatus.PLANNED, planner, c.starts_on - timedelta(days=45), "")]
    if c.status == CycleStatus.CANCELLED:
        steps.append((CycleStatus.PLANNED, CycleStatus.CANCELLED, users[c.lead], c.starts_on, c.note))
    if c.status in (CycleStatus.RUNNING, CycleStatus.COMPLETED):
        steps.append((CycleStatus.PLANNED, CycleStatus.RUNNING, users[c.lead], c.starts_on, ""))
    if c.status == CycleStatus.COMPLETED:
        steps.append((CycleStatus.RUNNING, CycleStatus.COMPLETED, users[c.lead], c.workshop_on, ""))
    return [
        CycleStatusChange(
            cycle_id=pk,
            from_status=old,
            to_status=new,
            changed_by=by,
            changed_at=at(day, 16 if new == CycleStatus.COMPLETED else 9),
            note=note,
        )
        for old, new, by, day, note in steps
    ]


def _assessments(new, cycle_ids, enterprise_ids, users, modules, practices) -> None:
    """The planned assessments of the cycles just written, all submitted, with their good-practice answers
    and KPI values: those the catalogue asks of the module now (staff may have changed it)."""
    kpis = {k.code: k for k in Kpi.objects.prefetch_related("modules")}
    kpi_modules = {code: {m.pk for m in k.modules.all()} for code, k in kpis.items()}
    core_of = {}
    rows, answers_of, values_of = [], [], []
    for c in new:
        module = modules[(c.curriculum, c.module)]
        if module.pk not in core_of:
            core_of[module.pk] = derived_from(page=module) or module
        core = core_of[module.pk]
        checklist = {p.code: p.pk for p in practices.get(core.pk, [])}
        asked = {code for code, ids in kpi_modules.items() if core.pk in ids or module.pk in ids}
        for enterprise in c.enterprises:
            planned = c.assessments.get(enterprise.code)
            if planned is None:
                continue
            kinds = [(Assessment.Kind.BASELINE, planned.baseline_on)]
            if planned.follow_up_on:
                kinds.append((Assessment.Kind.FOLLOW_UP, planned.follow_up_on))
            for index, (kind, day) in enumerate(kinds):
                rows.append(
                    Assessment(
                        enterprise_id=enterprise_ids[enterprise.code],
                        module=module,
                        cycle_id=cycle_ids[c.code],
                        kind=kind,
                        assessed_on=day,
                        state=Assessment.State.SUBMITTED,
                        assessed_by=users[c.lead],
                        submitted_at=at(day + timedelta(days=1), 15),
                    )
                )
                answers_of.append(
                    {
                        checklist[code]: pair[index]
                        for code, pair in planned.practices.items()
                        if code in checklist
                    }
                )
                values_of.append(
                    {
                        code: pair[index]
                        for code, pair in planned.kpis.items()
                        if code in asked and pair[index] is not None
                    }
                )
    created = Assessment.objects.bulk_create(rows)
    PracticeAnswer.objects.bulk_create(
        [
            PracticeAnswer(assessment_id=a.pk, practice_id=practice, in_place=in_place)
            for a, answers in zip(created, answers_of, strict=True)
            for practice, in_place in answers.items()
        ]
    )
    KpiValue.objects.bulk_create(
        [
            KpiValue(assessment_id=a.pk, kpi_id=kpis[code].pk, value=value)
            for a, pairs in zip(created, values_of, strict=True)
            for code, value in pairs.items()
        ]
    )
    if created:
        outcomes_rebuild(enterprise_ids={a.enterprise_id for a in created})


def _answer(rng: random.Random, *, follow_up: bool = False, before: bool | None = None) -> bool | None:
    """A good practice at baseline (about a third in place), and at follow-up (most kept, many adopted);
    a few unanswered."""
    if rng.random() < 0.03:
        return None
    if not follow_up:
        return rng.random() < 0.32
    return rng.random() < (0.95 if before else 0.68)


def _toe_confirmations(new, cycle_ids, users) -> None:
    """The holder's ToE cycle, confirmed by the Expert through the service, on the day it was."""
    from .services.cycles import cycle_toe_confirm

    for c in new:
        if c.confirmed:
            cycle = TrainingCycle.objects.get(pk=cycle_ids[c.code])
            cycle_toe_confirm(cycle=cycle, expert=users[c.expert], note="Baseline, visits and results seen.")
            TrainingCycle.objects.filter(pk=cycle.pk).update(
                toe_confirmed_at=at(c.workshop_on + timedelta(days=3))
            )


def ensure_case_studies(*, cycles: list[CyclePlan], modules: dict, user) -> None:
    from cms.models import HomePage

    home = HomePage.objects.filter(depth=2, locale__language_code=settings.LANGUAGE_CODE).first()
    id_locale = Locale.objects.filter(language_code="id").first()
    if home is None or id_locale is None:
        return
    data = content.CASE_INDEX
    index, _ = ensure_child(
        home,
        CaseStudyIndexPage,
        slug=data["slug"],
        user=user,
        title=data["title"]["en"],
        introduction=data["introduction"]["en"],
    )
    index_id, _ = ensure_translation(
        index, id_locale, user=user, title=data["title"]["id"], introduction=data["introduction"]["id"]
    )
    enterprises = dict(
        Enterprise.objects.filter(
            code__in=[c["enterprise"]["code"] for c in content.CASE_STUDIES]
        ).values_list("code", "pk")
    )
    for case in content.CASE_STUDIES:
        _partner, curriculum, module_slug, *_when = case["cycle"]
        module = modules[(curriculum, module_slug)]
        page, _ = ensure_child(
            index,
            CaseStudyPage,
            slug=case["slug"],
            user=user,
            title=case["title"]["en"],
            introduction=case["introduction"]["en"],
            enterprise_id=enterprises[case["enterprise"]["code"]],
            module=module,
            body=stream(case["body"]["en"]),
        )
        module_id = module.get_translation_or_none(id_locale)
        ensure_translation(
            page,
            id_locale,
            user=user,
            title=case["title"]["id"],
            introduction=case["introduction"]["id"],
            module=module_id or module,
            body=stream(case["body"]["id"]),
        )


@transaction.atomic
def build(*, staff) -> None:
    """The results demo; a second run changes nothing."""
    default_kpis_ensure()
    modules = _modules()
    if any((CORE, slug) not in modules for slug in CORE_MODULES):
        return
    if get_user_model().objects.filter(email__in=[EXPERT, CANDIDATE, HOLDER]).count() != 3:
        return
    practices = ensure_checklists(modules)
    trainers = ensure_trainers()
    hoco = CurriculumPage.objects.filter(
        slug="score-hoco", locale__language_code=settings.LANGUAGE_CODE
    ).first()
    cycles = plan(
        hoco_max=min(6, hoco.max_enterprises_per_cycle if hoco else 5), trainers=trainers, modules=modules
    )
    ensure_cycles(cycles, modules=modules, practices=practices, staff=staff)
    ensure_case_studies(cycles=cycles, modules=modules, user=staff)
