"""The plan of the results demo: pure Python, from the seed alone, before anything is read from the
database: the enterprises, the cycles and what each assessment holds."""

import copy
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from ..data.kpis import DEFAULT_KPIS
from ..models import (
    CycleStatus,
)
from . import content
from .base import (
    CANDIDATE,
    CORE,
    CORE_MODULES,
    COST_RECOVERY,
    CYCLES_PER_YEAR,
    EXPERT,
    HOLDER,
    IMPROVING,
    MEN_TRADES,
    PARTNER_CYCLES,
    PLACES,
    PREFIX,
    REPORTED,
    REVOKED,
    SEED,
    TODAY,
    WC,
    WOMEN_SHARE,
    money,
    working_day,
)


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
            (2020, "Dibatalkan: pertemuan tidak diizinkan selama pembatasan pandemi."),
            (2023, "Dibatalkan: terlalu sedikit perusahaan yang mengonfirmasi tempatnya."),
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


def _answer(rng: random.Random, *, follow_up: bool = False, before: bool | None = None) -> bool | None:
    """A good practice at baseline (about a third in place), and at follow-up (most kept, many adopted);
    a few unanswered."""
    if rng.random() < 0.03:
        return None
    if not follow_up:
        return rng.random() < 0.32
    return rng.random() < (0.95 if before else 0.68)
