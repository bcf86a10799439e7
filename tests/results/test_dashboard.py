"""The results figures equal those computed by hand on a known fixture; the public page keeps the small-cell
rule; the filters filter; the charts' tables carry the SVG's numbers; the Indonesian page is Indonesian; and
the public page runs the same number of queries for a few enterprises and for many."""

import datetime
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from certification.models import Certificate, Certification, CertificationTrack, Level, TrainerProfile
from courses.models import ModulePage, Partner
from results.api import outcomes_rebuild
from results.dashboard.figures import Filters, results_figures
from results.models import (
    Assessment,
    CycleEnterprise,
    CycleStatus,
    Enterprise,
    GoodPractice,
    GoodPracticeChecklist,
    Kpi,
    KpiValue,
    PracticeAnswer,
    Sponsorship,
    TrainingCycle,
)
from tests.factories import trainer_create

pytestmark = pytest.mark.django_db

PUBLIC = "/results/"


def _trainer(name, gender, *, level=None, track=None):
    user = trainer_create()
    TrainerProfile.objects.create(
        user=user, certificate_name=name, gender=gender, other_organisation="-", province="JK"
    )
    if level:
        certification = Certification.objects.create(
            trainer=user, track=track, level=level, state=Certification.State.CERTIFIED
        )
        Certificate.objects.create(
            certification=certification,
            number=f"T-{user.pk}-{level}",
            token=f"token-{user.pk}-{level}",
            holder_name=name,
            level=level,
            module_title="Workplace Cooperation",
            module_title_id="Kerja Sama di Tempat Kerja",
            curriculum_title="SCORE",
            expires_on=datetime.date.today() + datetime.timedelta(days=365),
        )
    return user


def _enterprise(code, partner, province, sector, women, men, managers):
    return Enterprise.objects.create(
        code=code,
        name=f"Enterprise {code}",
        partner=partner,
        sector=sector,
        province=province,
        regency="Kota",
        workforce_women=women,
        workforce_men=men,
        managers=managers,
        workers=women + men - managers,
    )


def _cycle(code, partner, module, lead, starts_on, *, status=CycleStatus.COMPLETED, cost=0, co=()):
    cycle = TrainingCycle.objects.create(
        code=code,
        module=module,
        partner=partner,
        lead_trainer=lead,
        status=status,
        starts_on=starts_on,
        cost_of_delivery=Decimal(cost),
    )
    cycle.co_trainers.set(co)
    return cycle


def _enrol(cycle, enterprise, fee=0, mw=0, mm=0, ww=0, wm=0):
    return CycleEnterprise.objects.create(
        cycle=cycle,
        enterprise=enterprise,
        fee_paid=Decimal(fee),
        managers_women=mw,
        managers_men=mm,
        workers_women=ww,
        workers_men=wm,
    )


def _assess(enterprise, module, kind, on, kpis=None, practices=None, state=Assessment.State.SUBMITTED):
    assessment = Assessment.objects.create(
        enterprise=enterprise, module=module, kind=kind, assessed_on=on, state=state
    )
    KpiValue.objects.bulk_create(
        KpiValue(assessment=assessment, kpi=kpi, value=Decimal(value)) for kpi, value in (kpis or {}).items()
    )
    PracticeAnswer.objects.bulk_create(
        PracticeAnswer(assessment=assessment, practice=practice, in_place=answer)
        for practice, answer in (practices or {}).items()
    )
    return assessment


class Fixture:
    pass


@pytest.fixture
def known(core_module):
    """Five enterprises of BEDO (four trained in completed cycles), one of SMI; everything the seed recorded
    is set aside (its cycles cancelled) inside the test's transaction."""
    TrainingCycle.objects.update(status=CycleStatus.CANCELLED)
    f = Fixture()
    f.module = core_module
    f.bedo = Partner.objects.get(short_name="BEDO")
    f.smi = Partner.objects.get(short_name="SMI")
    track = CertificationTrack.objects.get(module=core_module)
    f.t1 = _trainer("Ayu Lestari", "woman", level=Level.EXPERT, track=track)
    f.t2 = _trainer("Budi Hartono", "man")
    f.t3 = _trainer("Citra Dewi", "woman", level=Level.TRAINER, track=track)
    f.t4 = _trainer("Dimas Putra", "man", level=Level.TRAINER, track=track)  # SMI's cycle only
    # code, partner, province (BPS), sector, women, men, managers
    f.e1 = _enterprise("DASH-E1", f.bedo, "31", "C", 3, 2, 1)  # 5: small
    f.e2 = _enterprise("DASH-E2", f.bedo, "31", "C", 10, 10, 2)  # 20: medium
    f.e3 = _enterprise("DASH-E3", f.bedo, "31", "I", 2, 1, 1)  # 3: micro
    f.e4 = _enterprise("DASH-E4", f.bedo, "35", "C", 30, 20, 5)  # 50: medium
    f.e5 = _enterprise("DASH-E5", f.bedo, "51", "I", 4, 4, 1)  # only in a running cycle
    f.e6 = _enterprise("DASH-E6", f.smi, "11", "A", 60, 40, 10)  # SMI's
    c1 = _cycle("DASH-C1", f.bedo, core_module, f.t1, datetime.date(2023, 3, 1), cost=10_000_000, co=[f.t3])
    _enrol(c1, f.e1, fee=1_000_000, mw=1, ww=1, wm=1)
    _enrol(c1, f.e2, fee=2_000_000, mw=1, mm=1, ww=2, wm=2)
    _enrol(c1, f.e3, fee=500_000, mw=1, wm=1)
    Sponsorship.objects.create(cycle=c1, sponsor="Bank A", amount=Decimal(2_500_000))
    Sponsorship.objects.create(cycle=c1, sponsor="Bank B", amount=Decimal(1_000_000))
    c2 = _cycle("DASH-C2", f.bedo, core_module, f.t2, datetime.date(2024, 5, 1), cost=8_000_000)
    _enrol(c2, f.e1, fee=1_500_000, ww=1, wm=1)
    _enrol(c2, f.e4, fee=2_500_000, mw=2, mm=1, ww=3, wm=3)
    c4 = _cycle("DASH-C4", f.bedo, core_module, f.t1, datetime.date(2023, 10, 1), cost=2_000_000)
    _enrol(c4, f.e2, fee=1_000_000)
    c3 = _cycle("DASH-C3", f.bedo, core_module, f.t2, datetime.date(2024, 9, 1), status=CycleStatus.RUNNING)
    _enrol(c3, f.e5, fee=9_000_000, ww=1)
    c5 = _cycle("DASH-C5", f.smi, core_module, f.t4, datetime.date(2023, 4, 1), cost=5_000_000)
    _enrol(c5, f.e6, fee=5_000_000, ww=5, wm=5)

    lp, dr, en = (Kpi.objects.get(code=c) for c in ("LABOUR_PRODUCTIVITY", "DEFECT_RATE", "ENERGY_USE"))
    f.kpis = {"LP": lp, "DR": dr, "EN": en}
    checklist, _created = GoodPracticeChecklist.objects.get_or_create(module=core_module)
    p1, p2, p3 = (
        GoodPractice.objects.create(checklist=checklist, code=f"DASH-P{i}", name=f"P{i}", name_id=f"P{i}")
        for i in (1, 2, 3)
    )
    base, follow = Assessment.Kind.BASELINE, Assessment.Kind.FOLLOW_UP
    m, d = core_module, datetime.date
    _assess(f.e1, m, base, d(2023, 2, 1), {lp: 10, dr: 8, en: 100}, {p1: True, p2: False, p3: None})
    _assess(f.e1, m, follow, d(2023, 6, 1), {lp: 11, dr: 10, en: 95}, {p1: False, p2: False, p3: False})
    _assess(f.e1, m, follow, d(2024, 8, 1), {lp: 12, dr: 6, en: 90}, {p1: True, p2: True, p3: True})
    _assess(f.e2, m, base, d(2023, 2, 1), {lp: 20, dr: 5}, {p1: False, p2: False, p3: False})
    _assess(f.e2, m, follow, d(2023, 12, 1), {lp: 18, dr: 5}, {p1: True, p2: False, p3: True})
    _assess(f.e2, m, follow, d(2024, 12, 1), {lp: 100}, state=Assessment.State.DRAFT)  # a draft: left out
    _assess(f.e3, m, base, d(2023, 2, 1), {lp: 0, dr: 10}, {p1: False, p2: False, p3: True})
    _assess(f.e3, m, follow, d(2023, 9, 1), {lp: 5, dr: 8}, {p1: True, p2: True, p3: True})
    _assess(f.e4, m, base, d(2024, 4, 1), {lp: 50, dr: 4}, {p1: True, p2: False, p3: False})
    _assess(f.e4, m, follow, d(2024, 10, 1), {lp: 60, dr: 3}, {p1: True, p2: True, p3: False})
    _assess(f.e5, m, base, d(2024, 8, 1), {lp: 10})  # E5's cycle is running: left out
    _assess(f.e5, m, follow, d(2024, 11, 1), {lp: 100})
    _assess(f.e6, m, base, d(2023, 3, 1), {lp: 10})  # SMI's
    _assess(f.e6, m, follow, d(2023, 9, 1), {lp: 1})
    outcomes_rebuild()  # written here row by row, as an import or the demo would: their results at once
    return f


def kpi_row(figures, code):
    return next(row for row in figures.kpis if row.kpi.code == code)


def year_row(figures, year):
    return next(row for row in figures.years if row.year == year)


# The hand computation, for BEDO (partner filter) with no small-cell rule:
# - enterprises trained: E1, E2, E3 (cycle C1, 2023), E1, E4 (C2, 2024), E2 (C4, 2023) -> 4 (E5's cycle runs);
# - workforce: women 3+10+2+30 = 45, men 2+10+1+20 = 33, total 78;
# - participants: C1 women 2+3+1, men 1+3+1; C2 women 1+5, men 1+4; C4 none -> women 12, men 10;
# - cycles 3 (C1, C2, C4); provinces 31 (E1, E2, E3: workforce 28) and 35 (E4: 50) -> 2;
# - trainers: T1 (woman, Expert), T3 (woman, Trainer), T2 (man, none) -> 3, women 2, share 66.7%;
# - labour productivity (higher): E1 10 -> 12 (+20%), E2 20 -> 18 (-10%), E3 0 -> 5 (better, no %),
#   E4 50 -> 60 (+20%): 4 enterprises, 3 improving (75.0%), median of -10, 20, 20 = 20.0;
# - defect rate (lower): E1 8 -> 6 (-25%), E2 5 -> 5 (0), E3 10 -> 8 (-20%), E4 4 -> 3 (-25%): 4, 3 improving
#   (75.0%), median of -25, -25, -20, 0 = (-25 + -20) / 2 = -22.5;
# - energy use: E1 alone, 100 -> 90 (-10%): 1 enterprise, 1 improving;
# - good practices answered at both the baseline and the latest follow-up: E1 P1, P2 (P3 unanswered at its
#   baseline), E2, E3 and E4 all three -> 11 items; in place at baseline E1 1, E2 0, E3 1, E4 1 -> 3/11 = 27.3%;
#   at the follow-up E1 2 (of P1, P2), E2 2, E3 3, E4 2 -> 9/11 = 81.8%;
# - 2023: C1 and C4, enterprises E1, E2, E3 -> 3, workforce 28, cost 12,000,000, fees 4,500,000, sponsorship
#   3,500,000 -> recovery 66.7%; 2024: C2, E1 and E4 -> 2, workforce 55, cost 8,000,000, fees 4,000,000 -> 50.0%.
def test_the_figures_equal_the_hand_computation(known):
    figures = results_figures(filters=Filters(partner_id=known.bedo.pk), min_enterprises=1)
    assert figures.enterprises.value == 4
    assert (figures.workforce_women.value, figures.workforce_men.value, figures.workforce.value) == (
        45,
        33,
        78,
    )
    assert (figures.participants_women.value, figures.participants_men.value) == (12, 10)
    assert figures.cycles.value == 3
    assert figures.provinces_reached.value == 2
    provinces = {row.province.bps: (row.enterprises.value, row.workforce.value) for row in figures.provinces}
    assert provinces["31"] == (3, 28) and provinces["35"] == (1, 50) and provinces["11"] == (0, 0)
    assert (figures.trainers.value, figures.trainers_women.value, figures.trainers_men.value) == (3, 2, 1)
    assert figures.trainers_women_share.value == 66.7
    assert {(r.level, r.gender, r.count.value) for r in figures.trainer_counts} == {
        ("expert", "woman", 1),
        ("trainer", "woman", 1),
        ("", "man", 1),
    }
    lp, dr, en = (
        kpi_row(figures, "LABOUR_PRODUCTIVITY"),
        kpi_row(figures, "DEFECT_RATE"),
        kpi_row(figures, "ENERGY_USE"),
    )
    assert (lp.enterprises.value, lp.improving.value, lp.improving_share.value, lp.median_change.value) == (
        4,
        3,
        75.0,
        20.0,
    )
    assert lp.median_change.base == 3
    assert (dr.enterprises.value, dr.improving.value, dr.improving_share.value, dr.median_change.value) == (
        4,
        3,
        75.0,
        -22.5,
    )
    assert (en.enterprises.value, en.improving.value, en.median_change.value) == (1, 1, -10.0)
    assert kpi_row(figures, "WASTE").enterprises.value == 0
    assert figures.practices_enterprises.value == 4
    assert figures.practices_baseline_share.value == 27.3
    assert figures.practices_follow_up_share.value == 81.8
    y2023, y2024 = year_row(figures, 2023), year_row(figures, 2024)
    assert (y2023.enterprises.value, y2023.cycles.value, y2023.workforce.value) == (3, 2, 28)
    assert (y2023.cost.value, y2023.fees.value, y2023.sponsorship.value) == (12_000_000, 4_500_000, 3_500_000)
    assert y2023.cost_recovery.value == 66.7
    assert (y2024.enterprises.value, y2024.cycles.value, y2024.workforce.value) == (2, 1, 55)
    assert (y2024.cost.value, y2024.fees.value, y2024.sponsorship.value) == (8_000_000, 4_000_000, 0)
    assert y2024.cost_recovery.value == 50.0


def test_an_enterprise_trained_in_two_modules_counts_once_with_its_latest_result(known, core):
    """E1 is trained later in a second module, where its labour productivity fell from 12 to 6 (-50%): over
    both modules it counts once, with that result; the first module alone keeps the earlier one."""
    second = ModulePage.objects.child_of(core).exclude(pk=known.module.pk).order_by("path").first()
    cycle = _cycle("DASH-C6", known.bedo, second, known.t1, datetime.date(2025, 2, 1), cost=1_000_000)
    _enrol(cycle, known.e1)
    lp = known.kpis["LP"]
    _assess(known.e1, second, Assessment.Kind.BASELINE, datetime.date(2025, 1, 15), {lp: 12})
    _assess(known.e1, second, Assessment.Kind.FOLLOW_UP, datetime.date(2025, 9, 1), {lp: 6})
    outcomes_rebuild(enterprise_ids=[known.e1.pk])
    both = kpi_row(results_figures(filters=Filters(partner_id=known.bedo.pk), min_enterprises=1), lp.code)
    # E1 -50% (latest), E2 -10%, E3 better from 0, E4 +20%: 4 enterprises, 2 improving, median -10.
    assert (both.enterprises.value, both.improving.value, both.median_change.value) == (4, 2, -10.0)
    first = kpi_row(
        results_figures(
            filters=Filters(partner_id=known.bedo.pk, module_id=known.module.pk), min_enterprises=1
        ),
        lp.code,
    )
    assert (first.enterprises.value, first.improving.value, first.median_change.value) == (4, 3, 20.0)


def test_the_small_cell_rule_hides_figures_of_fewer_than_3_enterprises(known):
    figures = results_figures(filters=Filters(partner_id=known.bedo.pk))
    assert figures.enterprises.value == 4 and not figures.enterprises.hidden
    provinces = {row.province.bps: row.enterprises for row in figures.provinces}
    # Jawa Timur's 1 enterprise is hidden; so is DKI Jakarta's 3, or the total (4) less it would give it away.
    assert provinces["35"].hidden and provinces["35"].value is None
    assert provinces["31"].hidden and provinces["31"].base == 3
    energy = kpi_row(figures, "ENERGY_USE")
    assert energy.enterprises.hidden and energy.improving_share.value is None and energy.median_change.hidden
    y2024 = year_row(figures, 2024)
    assert y2024.enterprises.hidden and y2024.cost_recovery.hidden and y2024.cost.value is None
    assert year_row(figures, 2023).cost_recovery.hidden  # the same for the years
    # Without the rule (the staff and partners' dashboard) every figure shows.
    everything = results_figures(filters=Filters(partner_id=known.bedo.pk), min_enterprises=1)
    assert {row.province.bps: row.enterprises.value for row in everything.provinces}["31"] == 3
    assert year_row(everything, 2023).cost_recovery.value == 66.7
    # A filter down to two enterprises hides every figure.
    small = results_figures(filters=Filters(partner_id=known.bedo.pk, year=2024))
    assert small.enterprises.hidden and small.workforce.shown is None and small.trainers_women_share.hidden


@pytest.mark.parametrize(
    "filters, enterprises, workforce",
    [
        ({"province": "31"}, 3, 28),  # E1, E2, E3
        ({"year": 2024}, 2, 55),  # E1, E4
        ({"sector": "I"}, 1, 3),  # E3
        ({"size_class": "medium"}, 2, 70),  # E2, E4
        ({"province": "51"}, 0, 0),  # E5's cycle is still running
    ],
)
def test_the_filters(known, filters, enterprises, workforce):
    figures = results_figures(filters=Filters(partner_id=known.bedo.pk, **filters), min_enterprises=1)
    assert (figures.enterprises.value, figures.workforce.value) == (enterprises, workforce)


def test_module_and_curriculum_filters(known, plus_module, score_plus):
    same = results_figures(
        filters=Filters(partner_id=known.bedo.pk, module_id=known.module.pk), min_enterprises=1
    )
    assert same.enterprises.value == 4
    curriculum = known.module.get_parent()
    inside = results_figures(filters=Filters(curriculum_path=curriculum.path), min_enterprises=1)
    assert inside.enterprises.value == 5  # E6 of SMI too
    other = results_figures(filters=Filters(module_id=plus_module.pk), min_enterprises=1)
    assert other.enterprises.value == 0
    assert results_figures(filters=Filters(curriculum_path=score_plus.path)).enterprises.value == 0


def test_a_partner_editors_scope_leaves_out_other_partners(known):
    figures = results_figures(filters=Filters(), partner_ids=frozenset({known.smi.pk}), min_enterprises=1)
    assert figures.enterprises.value == 1 and figures.workforce.value == 100
    assert kpi_row(figures, "LABOUR_PRODUCTIVITY").improving.value == 0


def _numbers(html):
    return [t.strip() for t in re.findall(r"<text[^>]*data-value[^>]*>([^<]*)</text>", html)]


def _table_values(html, chart_id):
    table = re.search(rf'<table[^>]*data-chart-table="{chart_id}".*?</table>', html, re.S).group(0)
    return [
        re.findall(r"<td>([^<]*)</td>", row)[0]
        for row in re.findall(r"<tr><th scope=\"row\">.*?</tr>", table, re.S)
    ]


def _svg(html, chart_id):
    return re.search(rf'<figure[^>]*id="{chart_id}".*?</svg>', html, re.S).group(0)


def test_the_public_page_shows_the_figures_with_the_small_cell_rule(client, known):
    response = client.get(PUBLIC, {"partner": "bedo"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-figure="enterprises">4<' in html
    assert 'data-figure="workforce">78<' in html
    assert "Fewer than 3" in html
    # Province 35 (Jawa Timur) has one enterprise: its tile and its row say "fewer than 3", never 1 or 50.
    assert re.search(r'data-province="JI">\s*<title>Jawa Timur: Fewer than 3</title>', html)
    assert '<th scope="row">Jawa Timur</th><td>Fewer than 3</td><td>Fewer than 3</td>' in html
    assert "Energy use" in html and "<td>Fewer than 3</td>" in html


@pytest.mark.parametrize(
    "chart", ["chart-kpis", "chart-practices", "chart-years", "chart-cost-recovery", "chart-trainers"]
)
def test_the_charts_tables_carry_the_numbers_of_the_svg(client, known, chart):
    html = client.get(PUBLIC, {"partner": "bedo"}).content.decode()
    svg_numbers = _numbers(_svg(html, chart))
    assert svg_numbers and svg_numbers == _table_values(html, chart)


def test_the_map_tiles_carry_the_numbers_of_its_table(client, known):
    html = client.get(PUBLIC, {"partner": "bedo"}).content.decode()
    tiles = dict(re.findall(r"<title>([^<:]+): ([^<]+)</title>", _svg(html, "chart-provinces")))
    table = re.findall(
        r'<tr><th scope="row">([^<]+)</th><td>([^<]+)</td>',
        html.split('data-chart-table="chart-provinces"')[1].split("</table>")[0],
    )
    assert table == [("DKI Jakarta", "Not shown"), ("Jawa Timur", "Fewer than 3")]
    for name, value in table:
        assert tiles[name] == value


def test_the_indonesian_page_has_no_english_figure_labels(client, known):
    with translation.override("id"):
        if translation.gettext("Enterprises trained") == "Enterprises trained":
            pytest.skip("the results pages' Indonesian translations are not in locale/ yet")
    html = client.get("/id" + PUBLIC, {"partner": "bedo"}).content.decode()
    assert 'lang="id"' in html
    for english in [
        "Enterprises trained",
        "Workers benefited",
        "Fewer than 3",
        "Labour productivity",
        "Key figures",
    ]:
        assert english not in html, english
    assert "Produktivitas tenaga kerja" in html


def test_indonesian_numbers_group_thousands_with_a_dot(client, known, staff_user):
    from tests.helpers import sign_in

    sign_in(client, staff_user)
    html = client.get("/id" + reverse("results_dashboard:dashboard"), {"partner": "bedo"}).content.decode()
    assert "Rp 12.000.000" in html and "66,7%" in html


def test_an_invalid_filter_is_shown_and_left_out(client, known):
    response = client.get(PUBLIC, {"province": "99"})
    assert response.status_code == 200 and b"errorlist" in response.content


def _bulk(partner, module, lead, count, start):
    enterprises = Enterprise.objects.bulk_create(
        Enterprise(
            code=f"DASH-BULK-{start + i}",
            name=f"Bulk {i}",
            partner=partner,
            sector="C",
            province=["31", "32", "33", "35"][i % 4],
            regency="Kota",
            workforce_women=5,
            workforce_men=5,
            managers=2,
            workers=8,
        )
        for i in range(count)
    )
    for c in range(0, count, 5):
        cycle = _cycle(
            f"DASH-BULK-C{start + c}", partner, module, lead, datetime.date(2020 + c % 5, 3, 1), cost=1000
        )
        CycleEnterprise.objects.bulk_create(
            CycleEnterprise(cycle=cycle, enterprise=e, fee_paid=Decimal(100), workers_women=1)
            for e in enterprises[c : c + 5]
        )
    lp = Kpi.objects.get(code="LABOUR_PRODUCTIVITY")
    for i, e in enumerate(enterprises):
        _assess(e, module, Assessment.Kind.BASELINE, datetime.date(2019, 1, 1), {lp: 10})
        _assess(e, module, Assessment.Kind.FOLLOW_UP, datetime.date(2026, 1, 1), {lp: 10 + i % 7})
    outcomes_rebuild(enterprise_ids=[e.pk for e in enterprises])


PUBLIC_PAGE_QUERIES = 24  # the figures' 10, the filters' 5, the case studies' 4, the layout 5


def test_the_public_page_runs_a_fixed_number_of_queries(client, known):
    client.get(PUBLIC)  # warm the caches of the site (settings, locales)
    with CaptureQueriesContext(connection) as few:
        assert client.get(PUBLIC, {"partner": "bedo"}).status_code == 200
    _bulk(known.bedo, known.module, known.t2, 60, 0)
    with CaptureQueriesContext(connection) as many:
        assert client.get(PUBLIC, {"partner": "bedo"}).status_code == 200
    assert len(few) == len(many)
    assert len(many) == PUBLIC_PAGE_QUERIES
