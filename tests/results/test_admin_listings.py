"""The results records in the admin: each list renders for staff, and for a partner's editor with only their
partner's rows; the CSV and XLSX exports hold the same rows, with translated headings; another partner's
record is out of reach by every URL; trainers are refused; the enterprises listing runs a fixed number of
queries. The records are made here (the seed's results demo is not relied on)."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook

from courses.models import Partner
from results.admin.enterprises import ENTERPRISE_EXPORT
from results.models import (
    Assessment,
    CycleEnterprise,
    CycleStatusChange,
    Enterprise,
    Kpi,
    KpiValue,
    Sponsorship,
    TrainingCycle,
)
from tests.factories import trainer_create
from tests.helpers import denied, second_factor_login, sign_in

pytestmark = pytest.mark.django_db

ENTERPRISES = "results_enterprises"
CYCLES = "results_cycles"
ASSESSMENTS = "results_assessments"


def url(viewset, view="index", *args):
    return reverse(f"{viewset}:{view}", args=args)


def enterprise_make(partner, code, **fields):
    values = {
        "name": f"Enterprise {code}",
        "sector": "C",
        "province": "32",
        "regency": "Kota Bandung",
        "workforce_women": 6,
        "workforce_men": 4,
        "managers": 2,
        "workers": 8,
        **fields,
    }
    return Enterprise.objects.create(code=code, partner=partner, **values)


def cycle_make(partner, code, module, lead, *enterprises):
    cycle = TrainingCycle.objects.create(
        code=code, module=module, partner=partner, lead_trainer=lead, cost_of_delivery=Decimal(1000)
    )
    for enterprise in enterprises:
        CycleEnterprise.objects.create(
            cycle=cycle, enterprise=enterprise, managers_women=1, workers_men=2, fee_paid=Decimal(300)
        )
    return cycle


def assessment_make(enterprise, module, cycle=None, **fields):
    values = {"kind": Assessment.Kind.BASELINE, "assessed_on": datetime.date(2025, 2, 3), **fields}
    return Assessment.objects.create(enterprise=enterprise, module=module, cycle=cycle, **values)


def partner(short_name):
    return Partner.objects.get(short_name=short_name)


@pytest.fixture
def bedo():
    return partner("BEDO")


@pytest.fixture
def smi():
    return partner("SMI")


def records_make(bedo, smi, core_module):
    """One enterprise, cycle and assessment (with a KPI value) of BEDO's and one of SMI's."""
    lead = trainer_create(first_name="Sari", last_name="Wulandari")
    kpi = Kpi.objects.create(code="ADMTEST_LP", name="Productivity", name_id="Produktivitas", unit="percent")
    out = {}
    for partner, key in ((bedo, "BEDO"), (smi, "SMI")):
        enterprise = enterprise_make(partner, f"ADMT-{key}-E1", name=f"Admtest {key} Batik")
        cycle = cycle_make(partner, f"ADMT-{key}-C1", core_module, lead, enterprise)
        assessment = assessment_make(enterprise, core_module, cycle, notes=f"Admtest {key} baseline")
        KpiValue.objects.create(assessment=assessment, kpi=kpi, value=Decimal("12.50"))
        out[key] = {"enterprise": enterprise, "cycle": cycle, "assessment": assessment}
    out["kpi"] = kpi
    return out


@pytest.fixture
def records(bedo, smi, core_module):
    return records_make(bedo, smi, core_module)


def csv_rows(response) -> list[list[str]]:
    assert response.status_code == 200, response.status_code
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.reader(io.StringIO(text)))


def xlsx_rows(response) -> list[list]:
    assert response.status_code == 200, response.status_code
    book = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]


# Listings


@pytest.mark.parametrize(
    "viewset, needle",
    [(ENTERPRISES, "Admtest {} Batik"), (CYCLES, "ADMT-{}-C1"), (ASSESSMENTS, "Admtest {} Batik")],
)
def test_staff_see_every_partners_rows(client, staff_user, records, viewset, needle):
    second_factor_login(client, staff_user)
    response = client.get(url(viewset), {"q": "Admt"})
    assert response.status_code == 200
    html = response.content.decode()
    assert needle.format("BEDO") in html and needle.format("SMI") in html


@pytest.mark.parametrize(
    "viewset, needle",
    [(ENTERPRISES, "Admtest {} Batik"), (CYCLES, "ADMT-{}-C1"), (ASSESSMENTS, "Admtest {} Batik")],
)
def test_a_partner_editor_sees_only_their_partners_rows(client, bedo_editor, records, viewset, needle):
    sign_in(client, bedo_editor)
    response = client.get(url(viewset))
    assert response.status_code == 200
    html = response.content.decode()
    assert needle.format("BEDO") in html
    assert needle.format("SMI") not in html
    # Searching for the other partner's record finds nothing either.
    html = client.get(url(viewset), {"q": "SMI"}).content.decode()
    assert needle.format("SMI") not in html


def test_the_kpi_catalogue_and_checklists_are_staff_only(client, staff_user, bedo_editor, records):
    sign_in(client, bedo_editor)
    for viewset in ("results_kpis", "results_checklists"):
        assert denied(client.get(url(viewset)))
        assert denied(client.get(url(viewset, "add")))
    assert denied(client.get(url("results_kpis", "edit", records["kpi"].pk)))
    second_factor_login(client, staff_user)
    for viewset in ("results_kpis", "results_checklists"):
        assert client.get(url(viewset)).status_code == 200
    assert "ADMTEST_LP" in client.get(url("results_kpis")).content.decode()


def test_the_results_menu_shows_what_each_may_open(client, staff_user, bedo_editor):
    sign_in(client, bedo_editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert url(ENTERPRISES) in html and url(ASSESSMENTS) in html
    assert url("results_kpis") not in html
    second_factor_login(client, staff_user)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert url("results_kpis") in html and url("results_checklists") in html


def test_trainers_are_refused(client, records):
    lead = records["BEDO"]["cycle"].lead_trainer
    client.force_login(lead)
    for viewset, key in ((ENTERPRISES, "enterprise"), (CYCLES, "cycle"), (ASSESSMENTS, "assessment")):
        pk = records["BEDO"][key].pk
        for target in (url(viewset), url(viewset, "edit", pk), url(viewset, "inspect", pk)):
            response = client.get(target)
            assert response.status_code in (302, 403), target
            assert b"Admtest" not in response.content
        assert client.get(url(viewset), {"export": "csv"}).status_code in (302, 403)


# Exports


@pytest.mark.parametrize("viewset", [ENTERPRISES, CYCLES, ASSESSMENTS])
def test_a_partner_editors_exports_hold_only_their_partners_rows(
    client, bedo_editor, bedo, smi, records, viewset
):
    sign_in(client, bedo_editor)
    # A filter that asks for the other partner cannot widen the rows.
    for params in ({}, {"partner": smi.pk}, {"q": "SMI"}):
        rows = csv_rows(client.get(url(viewset), {"export": "csv", **params}))
        sheet = xlsx_rows(client.get(url(viewset), {"export": "xlsx", **params}))
        for table in (rows, sheet):
            heading, body = table[0], table[1:]
            text = " ".join(str(cell) for row in body for cell in row)
            assert "ADMT-SMI" not in text and "Admtest SMI" not in text
            partner = heading.index("Partner (code)")
            assert {row[partner] for row in body} <= {"BEDO"}
    rows = csv_rows(client.get(url(viewset), {"export": "csv"}))
    assert "ADMT-BEDO" in " ".join(" ".join(row) for row in rows)


def test_the_enterprise_export_has_every_field_by_code_and_label(client, staff_user, records):
    second_factor_login(client, staff_user)
    rows = csv_rows(client.get(url(ENTERPRISES), {"export": "csv", "q": "ADMT-BEDO"}))
    heading, (row,) = rows[0], rows[1:]
    record = dict(zip(heading, row, strict=True))
    assert record["Code"] == "ADMT-BEDO-E1"
    assert record["Partner (code)"] == "BEDO"
    assert record["Partner"] == Partner.objects.get(short_name="BEDO").name
    assert record["Sector (KBLI 2020 section) (code)"] == "C"
    assert record["Sector (KBLI 2020 section)"] == "Manufacturing"
    assert record["Province (code)"] == "32" and record["Province"] == "Jawa Barat"
    assert record["Size class (code)"] == "small" and record["Size class"].startswith("Small")
    assert record["Workforce"] == "10" and record["Women in the workforce"] == "6"
    assert record["Fictional (demo)"] == "No"
    # A moment in the programme's time zone, Asia/Jakarta.
    created = records["BEDO"]["enterprise"].created_at
    assert record["Recorded at"] == timezone.localtime(created).strftime("%Y-%m-%d %H:%M")

    sheet = xlsx_rows(client.get(url(ENTERPRISES), {"export": "xlsx", "q": "ADMT-BEDO"}))
    assert sheet[0] == heading
    cells = dict(zip(sheet[0], sheet[1], strict=True))
    assert cells["Workforce"] == 10  # a number, not text
    assert abs(cells["Recorded at"] - timezone.make_naive(created)) < datetime.timedelta(seconds=1)


def test_the_cycle_export_totals_each_cycle(client, staff_user, records):
    Sponsorship.objects.create(cycle=records["BEDO"]["cycle"], sponsor="Bank Jabar", amount=Decimal(500))
    second_factor_login(client, staff_user)
    rows = csv_rows(client.get(url(CYCLES), {"export": "csv", "q": "ADMT-BEDO"}))
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["Code"] == "ADMT-BEDO-C1"
    assert record["Status (code)"] == "planned" and record["Status"] == "Planned"
    assert record["Enterprises"] == "1"
    assert record["Women taking part"] == "1" and record["Men taking part"] == "2"
    assert record["Fees paid (Rp)"] == "300" and record["Sponsorship (Rp)"] == "500"
    assert record["Lead trainer"] == "Sari Wulandari"


def test_export_headings_are_in_the_readers_language(client, staff_user, records):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(staff_user)
    profile.preferred_language = "id"
    profile.save()
    second_factor_login(client, staff_user)
    rows = csv_rows(client.get(url(ENTERPRISES), {"export": "csv", "q": "ADMT-BEDO"}))
    sheet = xlsx_rows(client.get(url(ENTERPRISES), {"export": "xlsx", "q": "ADMT-BEDO"}))
    with translation.override("id"):
        expected = [str(column.heading) for column in ENTERPRISE_EXPORT]
    assert rows[0] == expected and list(sheet[0]) == expected
    # Words the catalogue already has are in Indonesian.
    assert "Nama" in rows[0] and "Mitra" in rows[0] and "Provinsi" in rows[0]


# Another partner's record, by URL


@pytest.mark.parametrize(
    "viewset, key, views",
    [
        (ENTERPRISES, "enterprise", ["edit", "inspect", "delete", "history", "usage"]),
        (CYCLES, "cycle", ["edit", "inspect", "delete", "history", "usage"]),
        (ASSESSMENTS, "assessment", ["edit", "inspect", "delete", "history", "usage"]),
    ],
)
def test_another_partners_record_is_out_of_reach(client, bedo_editor, records, viewset, key, views):
    sign_in(client, bedo_editor)
    theirs, own = records["SMI"][key], records["BEDO"][key]
    for view in views:
        response = client.get(url(viewset, view, theirs.pk))
        assert response.status_code in (403, 404) or denied(response), (view, response.status_code)
        assert b"Admtest SMI" not in response.content
    assert client.post(url(viewset, "edit", theirs.pk), {"notes": "taken over"}).status_code in (403, 404)
    assert client.post(url(viewset, "delete", theirs.pk)).status_code in (403, 404)
    assert type(theirs).objects.filter(pk=theirs.pk).exists()
    # Their own opens.
    assert client.get(url(viewset, "edit", own.pk)).status_code == 200
    assert client.get(url(viewset, "inspect", own.pk)).status_code == 200


def test_partner_editors_delete_nothing(client, bedo_editor, records):
    sign_in(client, bedo_editor)
    enterprise = records["BEDO"]["enterprise"]
    assert denied(client.post(url(ENTERPRISES, "delete", enterprise.pk)))
    assert Enterprise.objects.filter(pk=enterprise.pk).exists()


# Inspect views


def test_the_cycle_inspect_view_shows_its_enterprises_and_status_history(client, bedo_editor, records):
    cycle = records["BEDO"]["cycle"]
    CycleStatusChange.objects.create(
        cycle=cycle,
        from_status="planned",
        to_status="running",
        changed_by=cycle.lead_trainer,
        changed_at=timezone.now(),
        note="Classroom began",
    )
    Sponsorship.objects.create(cycle=cycle, sponsor="Bank Jabar", amount=Decimal(500))
    sign_in(client, bedo_editor)
    html = client.get(url(CYCLES, "inspect", cycle.pk)).content.decode()
    assert "Admtest BEDO Batik" in html
    assert "Classroom began" in html and "Running" in html
    assert "Bank Jabar" in html
    assert reverse("results:cycle", args=(cycle.pk,)) in html
    # The status is not in the edit form.
    form = client.get(url(CYCLES, "edit", cycle.pk)).content.decode()
    assert 'name="status"' not in form and 'name="code"' in form


def test_the_assessment_inspect_view_shows_kpi_values_read_only(client, bedo_editor, records):
    assessment = records["BEDO"]["assessment"]
    sign_in(client, bedo_editor)
    html = client.get(url(ASSESSMENTS, "inspect", assessment.pk)).content.decode()
    assert "ADMTEST_LP" in html and "12.50" in html
    assert "<input" not in html.split("ADMTEST_LP", 1)[1].split("</table>", 1)[0]
    # Corrected on the site's form, which keeps the earlier values.
    assert reverse("results:assessment_edit", args=(assessment.pk,)) in html
    # The admin's form edits the date and notes only.
    form = client.get(url(ASSESSMENTS, "edit", assessment.pk)).content.decode()
    assert 'name="assessed_on"' in form and 'name="notes"' in form
    assert 'name="kind"' not in form and 'name="enterprise"' not in form and "ADMTEST_LP" not in form


def test_assessments_are_not_added_in_the_admin(client, staff_user):
    second_factor_login(client, staff_user)
    assert denied(client.get(url(ASSESSMENTS, "add")))
    assert url(ASSESSMENTS, "add") not in client.get(url(ASSESSMENTS)).content.decode()


# Queries


def test_the_enterprises_listing_runs_a_fixed_number_of_queries(client, staff_user, bedo):
    second_factor_login(client, staff_user)

    def listing_queries():
        client.get(url(ENTERPRISES), {"q": "ADMQ"})
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url(ENTERPRISES), {"q": "ADMQ"})
        assert response.status_code == 200
        return len(queries), response.content.decode()

    for number in range(5):
        enterprise_make(bedo, f"ADMQ-{number:03d}")
    five, html = listing_queries()
    assert "ADMQ-004" in html
    for number in range(5, 50):
        enterprise_make(bedo, f"ADMQ-{number:03d}", province="35")
    fifty, html = listing_queries()
    assert fifty == five
