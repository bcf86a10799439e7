"""The programme's results, aggregated in the database: one selector, ``results_figures``, for the public
page, the staff and partner dashboard and the open data feed (docs/decisions/0024-results-figures.md).

Definitions:
- the *population* is the enterprises in *completed* cycles that match the filters (the cycle's partner,
  module, curriculum and year, the year its classroom began; the enterprise's province, sector and size);
- *enterprises trained*: the distinct enterprises of the population; *workers benefited*: their workforce
  (women and men), as the ILO counts it; *people trained*: the participants the cycles enrolled;
- *trainers*: the people who led or co-trained the population's cycles, by the highest level they hold
  today and by gender;
- a KPI's result is an enterprise's latest submitted follow-up against its submitted baseline in the same
  module (results/outcomes.py), read from the derived results that the assessment services keep
  (results/models/outcomes.py); an enterprise trained in several modules counts once per KPI, with its most
  recent result. The *share improving* is over the enterprises with a result; the *median change* is the
  median of the relative changes (per cent) of those whose baseline is not zero (the database picks the one
  or two middle values with window functions; their mean is taken here);
- *good practices in place*: over the items answered (yes or no) at both the baseline and the latest
  follow-up, the share in place at each, over the enterprises with such items;
- *cost recovery*: (fees + sponsorship) / cost of delivery of the population's cycles, by year.

Each figure carries the number of enterprises it rests on; below ``min_enterprises`` it is hidden (the
small-cell rule: 3 on the public page and the feed, none for staff and partners on their own records). A fixed
number of queries, whatever the number of records: no Python loop over records.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import (
    Case,
    Count,
    DecimalField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
    Window,
)
from django.db.models.functions import Coalesce, ExtractYear, RowNumber

from certification.api import trainer_levels_by_gender
from cms.provinces import PROVINCE_TABLE, Province

from ..models import (
    CycleEnterprise,
    CycleStatus,
    Enterprise,
    Kpi,
    KpiOutcome,
    ModuleOutcome,
    Sponsorship,
    TrainingCycle,
)

PUBLIC_MIN_ENTERPRISES = getattr(settings, "SCORE_RESULTS_MIN_ENTERPRISES", 3)
MONEY = DecimalField(max_digits=20, decimal_places=0)


@dataclass(frozen=True)
class Filters:
    partner_id: int | None = None
    curriculum_path: str | None = None  # the curriculum page's tree path (default language)
    module_id: int | None = None
    province: str | None = None  # BPS code
    sector: str | None = None  # KBLI 2020 section
    size_class: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class Figure:
    """A number and the enterprises it rests on; ``hidden`` when they are fewer than the rule allows. A
    hidden figure has no value; a share or median over no enterprise has none either, and is not hidden."""

    value: int | float | Decimal | None
    base: int
    hidden: bool = False

    @property
    def shown(self):
        return None if self.hidden else self.value


def _figure(value, base: int, min_enterprises: int) -> Figure:
    if 0 < base < min_enterprises:
        return Figure(None, base, True)
    return Figure(value, base)


def _complementary_hidden(counts: dict, min_enterprises: int) -> set:
    """The cells of a breakdown to hide when its total is shown: those on fewer enterprises than the rule
    allows and, when together they rest on fewer still (the total less the shown cells would give them
    away), the smallest shown cells too, until the hidden ones together rest on enough."""
    hidden = {key for key, n in counts.items() if 0 < n < min_enterprises}
    shown = sorted((n, str(key), key) for key, n in counts.items() if n >= min_enterprises)
    while hidden and sum(counts[key] for key in hidden) < min_enterprises and shown:
        hidden.add(shown.pop(0)[2])
    return hidden


def _cell(value, base: int, min_enterprises: int, hidden: set, key) -> Figure:
    return Figure(None, base, True) if key in hidden else _figure(value, base, min_enterprises)


def _share(part, whole) -> float | None:
    return round(100 * part / whole, 1) if whole else None


@dataclass(frozen=True)
class TrainerCount:
    level: str  # "expert", "trainer" or "" (not certified today)
    gender: str  # "woman", "man", "undisclosed" or "" (no profile)
    count: Figure


@dataclass(frozen=True)
class ProvinceRow:
    province: Province
    enterprises: Figure
    workforce: Figure


@dataclass(frozen=True)
class KpiRow:
    kpi: Kpi
    enterprises: Figure  # with a result in this KPI
    improving: Figure  # how many improved
    improving_share: Figure  # per cent of enterprises
    median_change: Figure  # per cent, over those with a baseline not zero


@dataclass(frozen=True)
class YearRow:
    year: int
    enterprises: Figure
    cycles: Figure
    workforce: Figure
    cost: Figure
    fees: Figure
    sponsorship: Figure
    cost_recovery: Figure  # per cent


@dataclass
class Figures:
    min_enterprises: int
    enterprises: Figure
    cycles: Figure
    workforce_women: Figure
    workforce_men: Figure
    workforce: Figure
    participants_women: Figure
    participants_men: Figure
    participants: Figure
    provinces_reached: Figure
    trainers: Figure
    trainers_women: Figure
    trainers_men: Figure
    trainers_women_share: Figure
    trainer_counts: list[TrainerCount] = field(default_factory=list)
    provinces: list[ProvinceRow] = field(default_factory=list)
    kpis: list[KpiRow] = field(default_factory=list)
    practices_enterprises: Figure | None = None
    practices_baseline_share: Figure | None = None
    practices_follow_up_share: Figure | None = None
    years: list[YearRow] = field(default_factory=list)


FIGURE_CLASSES = (Figures, Figure, TrainerCount, ProvinceRow, KpiRow, YearRow, Filters)


def population(*, filters: Filters, partner_ids=None):
    """The enrolments of enterprises in completed cycles matching the filters; ``partner_ids`` (a partner
    editor's) keeps only their partners' cycles and enterprises."""
    rows = CycleEnterprise.objects.filter(cycle__status=CycleStatus.COMPLETED)
    if partner_ids is not None:
        rows = rows.filter(cycle__partner_id__in=partner_ids, enterprise__partner_id__in=partner_ids)
    if filters.partner_id:
        rows = rows.filter(cycle__partner_id=filters.partner_id)
    if filters.module_id:
        rows = rows.filter(cycle__module_id=filters.module_id)
    if filters.curriculum_path:
        rows = rows.filter(cycle__module__path__startswith=filters.curriculum_path)
    if filters.year:
        rows = rows.filter(cycle__starts_on__year=filters.year)
    if filters.province:
        rows = rows.filter(enterprise__province=filters.province)
    if filters.sector:
        rows = rows.filter(enterprise__sector=filters.sector)
    if filters.size_class:
        rows = rows.filter(enterprise__size_class=filters.size_class)
    return rows.order_by()


def _in_population(enrolments) -> Exists:
    """The outer derived row's enterprise was trained, in the population, in the row's module."""
    return Exists(
        enrolments.filter(enterprise_id=OuterRef("enterprise_id"), cycle__module_id=OuterRef("module_id"))
    )


def _kpi_results(enrolments):
    """One KPI result per enterprise and KPI, its most recent across the population's modules: an
    enterprise's only result in a KPI is taken as it is; the few trained in several modules are ranked."""
    # The population is checked once per module result, not once per KPI of it.
    in_population = KpiOutcome.objects.filter(
        outcome_id__in=ModuleOutcome.objects.filter(_in_population(enrolments)).values("pk")
    )
    latest = (
        in_population.filter(sole=False)
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("enterprise_id"), F("kpi_id")],
                order_by=[F("follow_up_on").desc(), F("follow_up_id").desc()],
            )
        )
        .filter(rank=1)
    )
    return in_population.filter(Q(sole=True) | Q(pk__in=latest.values("pk"))).order_by()


def _kpi_rows(results, min_enterprises: int) -> list[KpiRow]:
    improved = Case(
        When(Q(kpi__direction=Kpi.Direction.HIGHER, after__gt=F("before")), then=Value(1)),
        When(Q(kpi__direction=Kpi.Direction.LOWER, after__lt=F("before")), then=Value(1)),
        default=Value(0),
        output_field=IntegerField(),
    )
    counts = {
        row["kpi_id"]: row
        for row in results.values("kpi_id")
        .annotate(
            n=Count("pk"),
            improving=Sum(improved),
            nonzero=Count("pk", filter=Q(relative_change__isnull=False)),
        )
        .order_by()
    }
    # The median: the middle value (odd count) or the mean of the two middle values (even count) of the
    # relative changes, sorted per KPI by a window; integer division picks positions (n+1)/2 and (n+2)/2.
    two = Value(2, output_field=IntegerField())
    middle_rows = (
        results.filter(relative_change__isnull=False)
        .annotate(
            position=Window(
                RowNumber(),
                partition_by=[F("kpi_id")],
                order_by=[F("relative_change").asc(), F("pk").asc()],
            ),
            n=Window(Count("pk"), partition_by=[F("kpi_id")]),
        )
        .filter(position__gte=(F("n") + 1) / two, position__lte=(F("n") + 2) / two)
    )
    # The database gives the one or two middle values of each KPI; their mean is the median.
    medians = {}
    for row in middle_rows.values("kpi_id", "relative_change"):
        medians.setdefault(row["kpi_id"], []).append(row["relative_change"])
    medians = {kpi_id: sum(values) / len(values) for kpi_id, values in medians.items()}
    rows = []
    for kpi in Kpi.objects.order_by("sort_order", "code"):
        count = counts.get(kpi.pk, {"n": 0, "improving": 0, "nonzero": 0})
        n, improving = count["n"], count["improving"] or 0
        median = medians.get(kpi.pk)
        rows.append(
            KpiRow(
                kpi=kpi,
                enterprises=_figure(n, n, min_enterprises),
                improving=_figure(improving, n, min_enterprises),
                improving_share=_figure(_share(improving, n), n, min_enterprises),
                median_change=(
                    _figure(round(median, 1), count["nonzero"], min_enterprises)
                    if median is not None
                    else Figure(None, 0)
                ),
            )
        )
    return rows


def _practices(enrolments, min_enterprises: int):
    """Over the population's module results with items answered at both the baseline and the follow-up."""
    totals = ModuleOutcome.objects.filter(_in_population(enrolments), practices_answered__gt=0).aggregate(
        enterprises=Count("enterprise_id", distinct=True),
        answered=Coalesce(Sum("practices_answered"), 0),
        before=Coalesce(Sum("practices_in_place_before"), 0),
        after=Coalesce(Sum("practices_in_place_after"), 0),
    )
    n = totals["enterprises"]
    return (
        _figure(n, n, min_enterprises),
        _figure(_share(totals["before"], totals["answered"]), n, min_enterprises),
        _figure(_share(totals["after"], totals["answered"]), n, min_enterprises),
    )


def _years(enrolments, min_enterprises: int) -> list[YearRow]:
    year = ExtractYear("cycle__starts_on")
    # An enterprise trained twice in a year counts once that year: the first of its enrolments.
    first = (
        enrolments.filter(cycle__starts_on__isnull=False)
        .annotate(
            year=year,
            rank=Window(RowNumber(), partition_by=[year, F("enterprise_id")], order_by=[F("pk").asc()]),
        )
        .filter(rank=1)
    )
    people = {
        row["year"]: row
        for row in CycleEnterprise.objects.filter(pk__in=first.values("pk"))
        .annotate(year=year)
        .values("year")
        .annotate(enterprises=Count("pk"), workforce=Coalesce(Sum("enterprise__workforce"), 0))
        .order_by()
    }
    fees = (
        CycleEnterprise.objects.filter(cycle_id=OuterRef("pk"))
        .order_by()
        .values("cycle_id")
        .annotate(total=Sum("fee_paid"))
        .values("total")
    )
    sponsorship = (
        Sponsorship.objects.filter(cycle_id=OuterRef("pk"))
        .order_by()
        .values("cycle_id")
        .annotate(total=Sum("amount"))
        .values("total")
    )
    money = (
        TrainingCycle.objects.filter(pk__in=enrolments.values("cycle_id"), starts_on__isnull=False)
        .annotate(
            year=ExtractYear("starts_on"),
            fees=Coalesce(Subquery(fees, output_field=MONEY), Value(Decimal(0)), output_field=MONEY),
            sponsored=Coalesce(
                Subquery(sponsorship, output_field=MONEY), Value(Decimal(0)), output_field=MONEY
            ),
        )
        .values("year")
        .annotate(
            cycles=Count("pk"),
            cost=Coalesce(Sum("cost_of_delivery"), Value(Decimal(0)), output_field=MONEY),
            fee_total=Sum("fees", output_field=MONEY),
            sponsorship_total=Sum("sponsored", output_field=MONEY),
        )
        .order_by("year")
    )
    money = list(money)
    hidden = _complementary_hidden(
        {row["year"]: people.get(row["year"], {}).get("enterprises", 0) for row in money}, min_enterprises
    )
    rows = []
    for row in money:
        n = people.get(row["year"], {}).get("enterprises", 0)
        cell = partial(_cell, min_enterprises=min_enterprises, hidden=hidden, key=row["year"])
        fee_total, sponsored, cost = (
            Decimal(row[k] or 0) for k in ("fee_total", "sponsorship_total", "cost")
        )
        recovery = round(float(100 * (fee_total + sponsored) / cost), 1) if cost else None
        rows.append(
            YearRow(
                year=row["year"],
                enterprises=cell(n, n),
                cycles=cell(row["cycles"], n),
                workforce=cell(people.get(row["year"], {}).get("workforce", 0), n),
                cost=cell(cost, n),
                fees=cell(fee_total, n),
                sponsorship=cell(sponsored, n),
                cost_recovery=cell(recovery, n),
            )
        )
    return rows


def results_figures(
    *, filters: Filters, partner_ids=None, min_enterprises: int = PUBLIC_MIN_ENTERPRISES
) -> Figures:
    """Every figure of the results pages and the feed, in eleven queries whatever the number of records.

    ``partner_ids``: a partner editor's partners (None for the public and for staff); ``min_enterprises``:
    the small-cell rule (1 turns it off)."""
    enrolments = population(filters=filters, partner_ids=partner_ids)
    trained = Enterprise.objects.filter(pk__in=enrolments.values("enterprise_id")).order_by()
    totals = trained.aggregate(
        enterprises=Count("pk"),
        women=Coalesce(Sum("workforce_women"), 0),
        men=Coalesce(Sum("workforce_men"), 0),
        provinces=Count("province", distinct=True),
    )
    n = totals["enterprises"]

    def figure(value, base=n):
        return _figure(value, base, min_enterprises)

    taking_part = enrolments.aggregate(
        cycles=Count("cycle_id", distinct=True),
        women=Coalesce(Sum(F("managers_women") + F("workers_women")), 0),
        men=Coalesce(Sum(F("managers_men") + F("workers_men")), 0),
    )
    by_province = {
        row["province"]: row
        for row in trained.values("province").annotate(n=Count("pk"), workforce=Sum("workforce")).order_by()
    }
    hidden_provinces = _complementary_hidden(
        {code: row["n"] for code, row in by_province.items()}, min_enterprises
    )
    cycles = TrainingCycle.objects.filter(pk__in=enrolments.values("cycle_id")).order_by()
    trainers = get_user_model().objects.filter(
        Q(pk__in=cycles.values("lead_trainer_id")) | Q(pk__in=cycles.values("co_trainers"))
    )
    trainer_rows = trainer_levels_by_gender(users=trainers)
    trainer_total = sum(row["count"] for row in trainer_rows)  # a handful of groups, counted in the database
    women = sum(row["count"] for row in trainer_rows if row["gender"] == "woman")
    men = sum(row["count"] for row in trainer_rows if row["gender"] == "man")
    practices = _practices(enrolments, min_enterprises)
    return Figures(
        min_enterprises=min_enterprises,
        enterprises=figure(n),
        cycles=figure(taking_part["cycles"]),
        workforce_women=figure(totals["women"]),
        workforce_men=figure(totals["men"]),
        workforce=figure(totals["women"] + totals["men"]),
        participants_women=figure(taking_part["women"]),
        participants_men=figure(taking_part["men"]),
        participants=figure(taking_part["women"] + taking_part["men"]),
        provinces_reached=figure(totals["provinces"]),
        trainers=figure(trainer_total),
        trainers_women=figure(women),
        trainers_men=figure(men),
        trainers_women_share=figure(_share(women, trainer_total)),
        trainer_counts=[
            TrainerCount(level=row["held"], gender=row["gender"] or "", count=figure(row["count"]))
            for row in trainer_rows
        ],
        provinces=[
            ProvinceRow(
                province=province,
                enterprises=_cell(count, count, min_enterprises, hidden_provinces, province.bps),
                workforce=_cell(
                    by_province.get(province.bps, {}).get("workforce", 0),
                    count,
                    min_enterprises,
                    hidden_provinces,
                    province.bps,
                ),
            )
            for province in PROVINCE_TABLE
            for count in [by_province.get(province.bps, {}).get("n", 0)]
        ],
        kpis=_kpi_rows(_kpi_results(enrolments), min_enterprises),
        practices_enterprises=practices[0],
        practices_baseline_share=practices[1],
        practices_follow_up_share=practices[2],
        years=_years(enrolments, min_enterprises),
    )
