"""The open results feed: the hand-computed figures under the small-cell rule, in JSON and CSV; the filters;
the answers its OpenAPI schema documents (200, 400, 404, 429); public aggregates only, whoever asks; and a
fixed number of queries for a few enterprises and for many."""

import csv
import io
from decimal import Decimal

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from certification.http_api import TOO_MANY
from certification.models import Certificate
from results.dashboard.cache import cached_results_figures
from results.dashboard.figures import Filters
from results.models import Assessment, CycleEnterprise, TrainingCycle
from results.services.assessments import assessment_change
from tests.helpers import sign_in
from tests.results.test_dashboard import _bulk, known  # noqa: F401 (the fixture)

pytestmark = pytest.mark.django_db

URL = "/api/v1/results/"
API_LIMIT = int(settings.SCORE_API_RATE_LIMIT.split("/")[0])
ENDPOINTS = ["summary", "kpis", "provinces", "years"]


@pytest.fixture
def schema(client):
    return client.get("/api/v1/openapi.json").json()


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_every_answer_is_documented(schema, endpoint):
    operation = schema["paths"][f"/api/v1/results/{endpoint}"]["get"]
    assert set(operation["responses"]) == {"200", "400", "404", "429"}
    assert set(operation["responses"]["200"]["content"]) == {"application/json", "text/csv"}
    assert "Retry-After" in operation["responses"]["429"]["headers"]
    names = {p["name"] for p in operation["parameters"]}
    assert names == {"partner", "curriculum", "module", "province", "sector", "size_class", "year", "format"}


def test_the_certificates_api_is_still_in_the_same_schema(schema):
    assert "/api/v1/certificates/{token}" in schema["paths"]


def test_summary_equals_the_hand_computation(client, known):  # noqa: F811
    # As in tests/results/test_dashboard.py: BEDO's 4 enterprises, workforce 45 women and 33 men, 3 cycles,
    # 22 participants, 3 trainers of whom 2 women (66.7%), 2 provinces, practices 27.3% -> 81.8%.
    body = client.get(f"{URL}summary", {"partner": "bedo"}).json()
    assert body == {
        "min_enterprises": 3,
        "suppressed": False,
        "enterprises_trained": 4,
        "cycles_completed": 3,
        "workforce_women": 45,
        "workforce_men": 33,
        "workforce_total": 78,
        "participants_women": 12,
        "participants_men": 10,
        "participants_total": 22,
        "trainers": 3,
        "trainers_women": 2,
        "trainers_men": 1,
        "trainers_women_pct": 66.7,
        "provinces_reached": 2,
        "practices_enterprises": 4,
        "practices_in_place_baseline_pct": 27.3,
        "practices_in_place_follow_up_pct": 81.8,
        "practices_suppressed": False,
    }


def test_kpis_follow_the_small_cell_rule(client, known):  # noqa: F811
    kpis = {row["code"]: row for row in client.get(f"{URL}kpis", {"partner": "bedo"}).json()["kpis"]}
    assert kpis["LABOUR_PRODUCTIVITY"] == {
        "code": "LABOUR_PRODUCTIVITY",
        "name_en": "Labour productivity",
        "name_id": "Produktivitas tenaga kerja",
        "unit": "output_per_worker",
        "direction": "higher",
        "enterprises": 4,
        "improving": 3,
        "improving_pct": 75.0,
        "median_change_pct": 20.0,
        "suppressed": False,
        "median_suppressed": False,
    }
    assert kpis["DEFECT_RATE"]["median_change_pct"] == -22.5
    # Energy use: E1 alone. Nothing of it is shown.
    energy = kpis["ENERGY_USE"]
    assert energy["suppressed"] and energy["median_suppressed"]
    assert (
        energy["enterprises"]
        is energy["improving"]
        is energy["improving_pct"]
        is energy["median_change_pct"]
        is None
    )
    # Waste: no enterprise reported it: nothing to hide, nothing to show.
    assert kpis["WASTE"]["enterprises"] == 0 and kpis["WASTE"]["improving_pct"] is None
    assert not kpis["WASTE"]["suppressed"]


def test_provinces_and_years_follow_the_small_cell_rule(client, known):  # noqa: F811
    provinces = {
        r["bps_code"]: r for r in client.get(f"{URL}provinces", {"partner": "bedo"}).json()["provinces"]
    }
    assert len(provinces) == 38
    # DKI Jakarta (3 enterprises) is suppressed with Jawa Timur (1): the total less it would give that away.
    assert provinces["31"] == {
        "bps_code": "31",
        "iso_code": "JK",
        "name": "DKI Jakarta",
        "enterprises": None,
        "workforce": None,
        "suppressed": True,
    }
    assert provinces["35"]["enterprises"] is None and provinces["35"]["suppressed"]
    assert provinces["11"]["enterprises"] == 0  # SMI's enterprise, filtered out by the partner
    years = {r["year"]: r for r in client.get(f"{URL}years", {"partner": "bedo"}).json()["years"]}
    assert years[2023]["suppressed"] and years[2023]["cost_recovery_pct"] is None  # beside 2024's, hidden too
    assert (
        years[2024]["suppressed"] and years[2024]["cost_recovery_pct"] is None and years[2024]["fees"] is None
    )


def test_a_year_resting_on_enough_enterprises_alone_is_shown_in_full(client, known):  # noqa: F811
    years = {
        r["year"]: r for r in client.get(f"{URL}years", {"partner": "bedo", "year": "2023"}).json()["years"]
    }
    assert years[2023] == {
        "year": 2023,
        "enterprises": 3,
        "cycles": 2,
        "workforce": 28,
        "cost_of_delivery": 12_000_000,
        "fees": 4_500_000,
        "sponsorship": 3_500_000,
        "cost_recovery_pct": 66.7,
        "suppressed": False,
    }


def test_a_filter_down_to_fewer_than_3_enterprises_shows_nothing(client, known):  # noqa: F811
    body = client.get(f"{URL}summary", {"partner": "bedo", "year": "2024"}).json()
    assert body["suppressed"] is True
    assert all(
        body[k] is None for k in body if k not in ("min_enterprises", "suppressed", "practices_suppressed")
    )


@pytest.mark.parametrize(
    "params, enterprises",
    [({"province": "31"}, 3), ({"sector": "C"}, 3), ({"size_class": "medium"}, None), ({"year": "2023"}, 3)],
)
def test_the_filters(client, known, params, enterprises):  # noqa: F811
    body = client.get(f"{URL}summary", {"partner": "bedo", **params}).json()
    assert body["enterprises_trained"] == enterprises


def test_module_and_curriculum_filters(client, known, score_plus):  # noqa: F811
    module = client.get(f"{URL}summary", {"partner": "bedo", "module": known.module.pk}).json()
    assert module["enterprises_trained"] == 4
    core = client.get(f"{URL}summary", {"curriculum": "score-core"}).json()
    assert core["enterprises_trained"] == 5  # with SMI's
    assert client.get(f"{URL}summary", {"curriculum": "score-plus"}).json()["enterprises_trained"] == 0


def test_csv(client, known):  # noqa: F811
    response = client.get(f"{URL}kpis", {"partner": "bedo", "format": "csv"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = {row["code"]: row for row in csv.DictReader(io.StringIO(response.content.decode()))}
    assert rows["LABOUR_PRODUCTIVITY"]["improving_pct"] == "75.0"
    assert rows["DEFECT_RATE"]["median_change_pct"] == "-22.5"
    assert rows["ENERGY_USE"]["enterprises"] == "" and rows["ENERGY_USE"]["suppressed"] == "true"
    summary = client.get(f"{URL}summary", {"partner": "bedo", "format": "csv"}).content.decode()
    (row,) = list(csv.DictReader(io.StringIO(summary)))
    assert row["enterprises_trained"] == "4" and row["workforce_total"] == "78"


@pytest.mark.parametrize(
    "params",
    [
        {"year": "abc"},
        {"year": "1999"},
        {"year": ""},
        {"module": "0"},
        {"module": "99999999999"},
        {"province": "99"},
        {"sector": "Z"},
        {"size_class": "huge"},
        {"partner": "no slug"},
        {"format": "xml"},
    ],
)
def test_400_for_a_malformed_filter(client, params):
    response = client.get(f"{URL}summary", params)
    assert response.status_code == 400 and response["Content-Type"].startswith("application/json")
    assert set(response.json()) == {"detail"}


@pytest.mark.parametrize(
    "params", [{"partner": "nobody"}, {"curriculum": "nothing"}, {"module": "2147483647"}]
)
def test_404_for_what_does_not_exist(client, params):
    response = client.get(f"{URL}summary", params)
    assert response.status_code == 404 and set(response.json()) == {"detail"}


def test_429_with_retry_after_once_the_limit_is_spent(client):
    for _attempt in range(API_LIMIT):
        assert client.get(f"{URL}summary", {"year": "1999"}).status_code == 400
    response = client.get(f"{URL}summary")
    assert response.status_code == 429 and response.json() == {"detail": TOO_MANY}
    assert 0 < int(response["Retry-After"]) <= 60


def test_signed_in_partner_editors_get_the_same_public_aggregates(client, known, smi_editor):  # noqa: F811
    anonymous = client.get(f"{URL}provinces", {"partner": known.smi.slug}).json()
    sign_in(client, smi_editor)
    theirs = client.get(f"{URL}provinces", {"partner": known.smi.slug}).json()
    assert theirs == anonymous
    # SMI's one enterprise (Aceh) stays hidden, even to SMI's editor: the feed is public aggregates only.
    aceh = next(r for r in theirs["provinces"] if r["bps_code"] == "11")
    assert aceh["enterprises"] is None and aceh["suppressed"]


API_QUERIES = 10  # results_figures' ten, plus one per partner, curriculum or module named


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_a_fixed_number_of_queries(client, known, endpoint):  # noqa: F811
    with CaptureQueriesContext(connection) as few:
        assert client.get(f"{URL}{endpoint}", {"partner": "bedo"}).status_code == 200
    _bulk(known.bedo, known.module, known.t2, 60, 0)
    with CaptureQueriesContext(connection) as many:
        assert client.get(f"{URL}{endpoint}", {"partner": "bedo"}).status_code == 200
    assert len(few) == len(many) == API_QUERIES + 1


def test_the_figures_are_served_again_until_a_record_changes(client, known):  # noqa: F811
    url = f"{URL}summary"
    with CaptureQueriesContext(connection) as computed:
        assert client.get(url, {"partner": "bedo"}).json()["enterprises_trained"] == 4
    with CaptureQueriesContext(connection) as served:
        assert client.get(url, {"partner": "bedo"}).json()["enterprises_trained"] == 4
    assert len(served) < len(computed) - 5  # the figures came from the cache
    # A fifth enterprise joins a completed cycle: the next answer counts it, whatever was kept.
    cycle = TrainingCycle.objects.get(code="DASH-C2")
    CycleEnterprise.objects.create(cycle=cycle, enterprise=known.e5)
    assert client.get(url, {"partner": "bedo"}).json()["enterprises_trained"] == 5
    # So does a certificate revoked: a trainer's level is a figure too.
    filters = Filters(partner_id=known.bedo.pk)
    levels = {
        (r.level, r.gender) for r in cached_results_figures(filters=filters, min_enterprises=1).trainer_counts
    }
    assert ("trainer", "woman") in levels
    certificate = Certificate.objects.get(certification__trainer=known.t3)
    certificate.status = Certificate.Status.REVOKED
    certificate.save()
    levels = {
        (r.level, r.gender) for r in cached_results_figures(filters=filters, min_enterprises=1).trainer_counts
    }
    assert ("trainer", "woman") not in levels and ("", "woman") in levels


def test_a_corrected_kpi_value_reaches_the_feed_at_once(client, known, staff_user):  # noqa: F811
    def labour_productivity():
        rows = client.get(f"{URL}kpis", {"partner": "bedo"}).json()["kpis"]
        return next(row for row in rows if row["code"] == "LABOUR_PRODUCTIVITY")

    before = labour_productivity()
    assert before["improving"] == 3  # as computed by hand in test_dashboard.py
    # E2's follow-up had 18 against a baseline of 20; corrected to 25, it improved too.
    follow_up = Assessment.objects.get(enterprise=known.e2, kind="follow_up", state="submitted")
    lp = known.kpis["LP"]
    assessment_change(
        assessment=follow_up,
        assessed_on=follow_up.assessed_on,
        by=staff_user,
        practices={},
        kpis={lp.pk: Decimal(25)},
        notes=follow_up.notes,
        reason="Read from the wrong line",
    )
    assert labour_productivity()["improving"] == 4
