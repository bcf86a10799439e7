"""The spreadsheet imports, as partner editors and staff use them in the admin: template, upload, preview,
confirm. The files are built here, as Excel and LibreOffice write them."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from results.imports import messages
from results.models import (
    Assessment,
    AssessmentCorrection,
    ClassroomSession,
    CycleEnterprise,
    CycleStatusChange,
    Enterprise,
    GoodPractice,
    GoodPracticeChecklist,
    ImportRun,
    Kpi,
    KpiOutcome,
    Sponsorship,
    TrainingCycle,
)
from tests.helpers import sign_in

from .imports_helpers import MODULE, confirm, counts, csv_upload, preview, problems, upload, xlsx_upload
from .records import baseline_create, cycle_create, enterprise_create

ENTERPRISE_HEADER = [
    "enterprise_code",
    "name",
    "partner",
    "sector_kbli",
    "province_bps",
    "regency",
    "workforce_women",
    "workforce_men",
    "managers",
    "workers",
    "contact_name",
    "contact_phone",
    "contact_email",
]


def enterprise_row(code, name="Batik Sari", partner="BEDO", women=8, men=4, managers=2, workers=10, **kw):
    return [
        code,
        name,
        partner,
        kw.get("sector", "C"),
        kw.get("province", "34"),
        kw.get("regency", "Kota Yogyakarta"),
        women,
        men,
        managers,
        workers,
        "Ibu Sari",
        "0812-3456-789",
        kw.get("email", "sari@example.org"),
    ]


@pytest.fixture
def staff_client(client, staff_user):
    sign_in(client, staff_user)
    return client


@pytest.fixture
def bedo_client(client, bedo_editor):
    sign_in(client, bedo_editor)
    return client


# -- enterprises ------------------------------------------------------------------------------------------


def test_a_valid_csv_creates_the_enterprises_it_previews(
    staff_client, staff_user, bedo, django_capture_on_commit_callbacks
):
    file = csv_upload(
        [ENTERPRISE_HEADER, enterprise_row("IMP-E-001"), enterprise_row("IMP-E-002", "Kopi Ijen")]
    )
    page = preview(staff_client, kind="enterprises", file=file, partner=bedo)
    assert counts(page) == {"new": 2, "updated": 0, "unchanged": 0}
    assert not Enterprise.objects.filter(code__startswith="IMP-E-").exists()  # the preview writes nothing

    done = confirm(staff_client, page, django_capture_on_commit_callbacks)
    assert 'data-import-state="applied"' in done.content.decode()
    sari = Enterprise.objects.get(code="IMP-E-001")
    assert (sari.name, sari.partner, sari.province, sari.workforce_total, sari.created_by) == (
        "Batik Sari",
        bedo,
        "34",
        12,
        staff_user,
    )
    run = ImportRun.objects.get(original_name="records.csv", uploaded_by=staff_user)
    assert run.state == ImportRun.State.APPLIED and run.task_id


def test_a_valid_xlsx_with_a_merged_title_and_extra_sheets_is_read(
    staff_client, bedo, django_capture_on_commit_callbacks
):
    file = xlsx_upload(
        [
            ENTERPRISE_HEADER,
            enterprise_row("IMP-X-001"),
            enterprise_row("IMP-X-002", women=3, men=1, workers=2),
        ],
        title="Enterprises of BEDO, 2024",
        sheet_before=True,
        sheet_after=True,
    )
    page = preview(staff_client, kind="enterprises", file=file, partner=bedo)
    assert counts(page) == {"new": 2, "updated": 0, "unchanged": 0}
    confirm(staff_client, page, django_capture_on_commit_callbacks)
    assert Enterprise.objects.get(code="IMP-X-002").size_class == "micro"


def test_a_file_with_bad_rows_writes_nothing_and_names_each(staff_client, bedo):
    existing = Enterprise.objects.count()
    file = csv_upload(
        [
            ENTERPRISE_HEADER,
            enterprise_row("IMP-B-001"),
            enterprise_row("IMP-B-002", province="99"),
            enterprise_row("IMP-B-003", managers=5),  # 5 + 10 is not the workforce of 12
            enterprise_row("IMP-B-004", women="eight"),
            enterprise_row("IMP-B-001", name="Twice"),
            enterprise_row("imp b 5", email="not-an-address"),
        ]
    )
    page = preview(staff_client, kind="enterprises", file=file, partner=bedo)
    found = problems(page)
    lines = {(line, column) for line, column, _message in found}
    assert {
        (3, "province_bps"),
        (4, "workers"),
        (5, "workforce_women"),
        (6, "enterprise_code"),
        (7, "enterprise_code"),
        (7, "contact_email"),
    } <= lines
    messages_by_line = {(line, column): message for line, column, message in found}
    assert messages_by_line[(3, "province_bps")] == str(messages.UNKNOWN_PROVINCE % {"value": "99"})
    assert messages_by_line[(5, "workforce_women")] == str(messages.NOT_A_NUMBER % {"value": "eight"})
    assert messages_by_line[(6, "enterprise_code")] == str(
        messages.DUPLICATE_ROW % {"line": 2, "what": "enterprise_code"}
    )
    assert "Managers and workers (15) must add up" in messages_by_line[(4, "workers")]
    assert "Confirm the import" not in page.content.decode()
    assert ImportRun.objects.latest("pk").state == ImportRun.State.INVALID
    assert Enterprise.objects.count() == existing


def test_the_same_file_twice_changes_nothing(staff_client, bedo, django_capture_on_commit_callbacks):
    rows = [ENTERPRISE_HEADER, enterprise_row("IMP-T-001"), enterprise_row("IMP-T-002", "Kopi Ijen")]
    confirm(
        staff_client,
        preview(staff_client, kind="enterprises", file=csv_upload(rows), partner=bedo),
        django_capture_on_commit_callbacks,
    )
    updated_at = Enterprise.objects.get(code="IMP-T-001").updated_at

    again = preview(staff_client, kind="enterprises", file=csv_upload(rows), partner=bedo)
    assert counts(again) == {"new": 0, "updated": 0, "unchanged": 2}
    assert "Everything in this file is already recorded" in again.content.decode()
    confirm(staff_client, again, django_capture_on_commit_callbacks)
    assert Enterprise.objects.get(code="IMP-T-001").updated_at == updated_at

    rows[1][1] = "Batik Sari Indah"
    third = preview(staff_client, kind="enterprises", file=csv_upload(rows), partner=bedo)
    assert counts(third) == {"new": 0, "updated": 1, "unchanged": 1}


# -- files --------------------------------------------------------------------------------------------------


def test_a_pdf_renamed_csv_is_refused_and_the_form_keeps_the_choices(staff_client, bedo):
    from django.core.files.uploadedfile import SimpleUploadedFile

    pdf = SimpleUploadedFile("records.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nstream\x00\x01\x02")
    response = upload(staff_client, kind="cycles", file=pdf, partner=bedo)
    assert response.status_code == 200
    html = response.content.decode()
    assert (
        str(messages.FILE_NOT_SPREADSHEET).replace("’", "&#x27;")[:60] in html or "not a spreadsheet" in html
    )
    assert 'value="cycles" required checked' in html
    assert f'<option value="{bedo.pk}" selected>' in html
    assert "records.csv" in html
    assert not ImportRun.objects.filter(original_name="records.csv").exists()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("records.xlsx", b"PK\x03\x04 not really a workbook", messages.FILE_NOT_SPREADSHEET),
        ("records.pdf", b"%PDF-1.4", messages.FILE_WRONG_EXTENSION),
        ("records.csv", b"", messages.FILE_EMPTY),
    ],
)
def test_other_wrong_formats_are_refused(staff_client, bedo, name, data, message):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = upload(staff_client, kind="enterprises", file=SimpleUploadedFile(name, data), partner=bedo)
    assert response.status_code == 200
    assert "Check the file" in response.content.decode()
    assert not ImportRun.objects.filter(original_name=name).exists()


def test_a_file_over_the_size_limit_is_refused(staff_client, bedo, settings):
    settings.SCORE_MAX_IMPORT_UPLOAD_SIZE = 100
    file = csv_upload([ENTERPRISE_HEADER] + [enterprise_row(f"IMP-S-{n:03d}") for n in range(5)])
    response = upload(staff_client, kind="enterprises", file=file, partner=bedo)
    assert "an import file can be at most 100" in response.content.decode()


def test_a_file_without_the_header_row_says_so(staff_client, bedo):
    page = preview(
        staff_client, kind="enterprises", file=csv_upload([["code", "name"], ["A", "B"]]), partner=bedo
    )
    assert problems(page)[0][2].startswith("No header row with the column “enterprise_code”")


def test_the_templates_name_the_columns_and_list_the_codes(staff_client):
    answer = staff_client.get(reverse("results_import:template", args=("enterprises", "csv")))
    assert answer.content.decode("utf-8-sig").splitlines()[0] == ",".join(ENTERPRISE_HEADER)
    answer = staff_client.get(reverse("results_import:template", args=("assessments", "xlsx")))
    workbook = load_workbook(__import__("io").BytesIO(answer.content))
    header = [cell.value for cell in workbook.worksheets[0][1]]
    assert header[:5] == ["enterprise_code", "module", "kind", "assessed_on", "cycle_code"]
    assert "kpi:LABOUR_PRODUCTIVITY" in header
    codes = [row[0] for row in workbook.worksheets[1].iter_rows(values_only=True)]
    assert {"32", "I", MODULE, "BEDO", "kpi:LABOUR_PRODUCTIVITY"} <= set(codes)


# -- permissions --------------------------------------------------------------------------------------------


def test_a_partner_editor_imports_only_for_their_partner(
    bedo_client, smi, django_capture_on_commit_callbacks
):
    theirs = enterprise_create(smi, code="SMI-E-9001", name="Secret Smi Enterprise")
    file = csv_upload(
        [
            ENTERPRISE_HEADER,
            enterprise_row("IMP-P-001"),
            enterprise_row("IMP-P-002", partner="SMI"),
            enterprise_row("SMI-E-9001", name="Taken over"),
        ]
    )
    page = preview(bedo_client, kind="enterprises", file=file)
    found = {(line, column): message for line, column, message in problems(page)}
    assert found[(3, "partner")].endswith("only; this row names another partner.")
    assert found[(4, "enterprise_code")] == str(messages.ENTERPRISE_NOT_YOURS % {"value": "SMI-E-9001"})
    assert "Secret Smi Enterprise" not in page.content.decode()
    theirs.refresh_from_db()
    assert theirs.name == "Secret Smi Enterprise"
    assert not Enterprise.objects.filter(code="IMP-P-001").exists()


def test_a_partner_editor_cannot_choose_another_partner(bedo_client, smi):
    file = csv_upload([ENTERPRISE_HEADER, enterprise_row("IMP-Q-001", partner="")])
    response = upload(bedo_client, kind="enterprises", file=file, partner=smi)
    assert response.status_code == 200  # the form refuses the choice
    assert not ImportRun.objects.filter(original_name="records.csv").exists()


def test_trainers_and_visitors_have_no_import(client, trainer):
    url = reverse("results_import:new")
    assert client.get(url).status_code == 302  # to the admin's sign-in
    client.force_login(trainer)
    assert client.get(url).status_code in (302, 403)
    assert client.get(reverse("results_import:template", args=("enterprises", "csv"))).status_code in (
        302,
        403,
    )


def test_another_persons_import_is_not_there(client, bedo_editor, smi_editor, staff_user):
    sign_in(client, bedo_editor)
    page = preview(
        client, kind="enterprises", file=csv_upload([ENTERPRISE_HEADER, enterprise_row("IMP-R-001")])
    )
    run = ImportRun.objects.get(uploaded_by=bedo_editor, original_name="records.csv")
    for other in (smi_editor, staff_user):
        sign_in(client, other)
        assert client.get(reverse("results_import:run", args=(run.pk,))).status_code == 404
        assert client.post(reverse("results_import:run", args=(run.pk,))).status_code == 404
    run.refresh_from_db()
    assert run.state == ImportRun.State.PREVIEWED
    assert page.status_code == 200


# -- cycles -------------------------------------------------------------------------------------------------

CYCLE_HEADER = [
    "cycle_code",
    "module",
    "partner",
    "lead_trainer_email",
    "co_trainer_emails",
    "supervising_expert_email",
    "status",
    "classroom_first_day",
    "classroom_last_day",
    "classroom_place",
    "workshop_date",
    "cost_of_delivery",
    "enterprise_code",
    "managers_women",
    "managers_men",
    "workers_women",
    "workers_men",
    "fee_paid",
    "sponsor",
    "sponsorship_amount",
]


@pytest.fixture
def five(bedo):
    return [enterprise_create(bedo, code=f"IMP-C-{n}") for n in range(1, 7)]


def cycle_row(lead, enterprise, *, code="IMP-2024-01", first="04/03/2024", last="06/03/2024", **kw):
    return [
        code,
        kw.get("module", MODULE),
        "BEDO",
        lead.email,
        kw.get("co", ""),
        kw.get("expert", ""),
        kw.get("status", "completed"),
        first,
        last,
        kw.get("place", "Yogyakarta"),
        kw.get("workshop", "15/06/2024"),
        kw.get("cost", "30000000"),
        enterprise.code,
        kw.get("mw", 1),
        kw.get("mm", 1),
        kw.get("ww", 2),
        kw.get("wm", 2),
        kw.get("fee", "1500000"),
        kw.get("sponsor", ""),
        kw.get("amount", ""),
    ]


def test_cycles_with_participants_are_created_with_their_session_status_and_sponsors(
    staff_client, staff_user, bedo, lead, five, demo_expert, django_capture_on_commit_callbacks
):
    rows = [
        CYCLE_HEADER,
        cycle_row(lead, five[0], expert=demo_expert.email, sponsor="Bank Jogja", amount="2000000"),
        cycle_row(lead, five[1], expert=demo_expert.email, sponsor="Bank Jogja", amount="1000000", wm=0),
    ]
    page = preview(staff_client, kind="cycles", file=csv_upload(rows), partner=bedo)
    assert counts(page, "cycles") == {"new": 1, "updated": 0, "unchanged": 0}
    assert counts(page) == {"new": 2, "updated": 0, "unchanged": 0}
    assert not TrainingCycle.objects.filter(code="IMP-2024-01").exists()

    confirm(staff_client, page, django_capture_on_commit_callbacks)
    cycle = TrainingCycle.objects.get(code="IMP-2024-01")
    assert (cycle.status, cycle.starts_on, cycle.workshop_on, cycle.supervising_expert) == (
        "completed",
        date(2024, 3, 4),
        date(2024, 6, 15),
        demo_expert,
    )
    assert list(cycle.sessions.values_list("starts_on", "ends_on", "place")) == [
        (date(2024, 3, 4), date(2024, 3, 6), "Yogyakarta")
    ]
    assert list(cycle.sponsorships.values_list("sponsor", "amount")) == [("Bank Jogja", Decimal(3000000))]
    assert CycleEnterprise.objects.get(cycle=cycle, enterprise=five[1]).participants == 4
    changes = list(CycleStatusChange.objects.filter(cycle=cycle).values_list("from_status", "to_status"))
    assert changes == [("", "planned"), ("planned", "completed")]
    assert all(change.changed_by == staff_user for change in cycle.status_changes.all())

    again = preview(staff_client, kind="cycles", file=csv_upload(rows), partner=bedo)
    assert counts(again, "cycles") == {"new": 0, "updated": 0, "unchanged": 1}
    assert counts(again) == {"new": 0, "updated": 0, "unchanged": 2}
    confirm(staff_client, again, django_capture_on_commit_callbacks)
    assert cycle.status_changes.count() == 2
    assert ClassroomSession.objects.filter(cycle=cycle).count() == 1
    assert Sponsorship.objects.filter(cycle=cycle).count() == 1


def test_cycle_rules_across_rows_are_reported_by_line(staff_client, bedo, lead, five):
    rows = [CYCLE_HEADER]
    rows += [cycle_row(lead, enterprise) for enterprise in five]  # six enterprises, the core takes five
    rows[3][9] = "Solo"  # the place differs from the first row
    rows[4][15] = 9  # more women workers than the enterprise has
    page = preview(staff_client, kind="cycles", file=csv_upload(rows), partner=bedo)
    found = {(line, column): message for line, column, message in problems(page)}
    assert found[(4, "classroom_place")] == str(messages.CYCLE_COLUMN_DIFFERS % {"line": 2})
    assert found[(7, "enterprise_code")] == (
        "This curriculum trains at most 5 enterprises in a cycle; this one has 6."
    )
    assert found[(5, "workers_women")].startswith("More women take part than work in the enterprise")
    assert not TrainingCycle.objects.filter(code="IMP-2024-01").exists()


def test_excel_serial_dates_and_date_cells_are_read(
    staff_client, bedo, lead, five, django_capture_on_commit_callbacks
):
    from datetime import datetime

    rows = [
        CYCLE_HEADER,
        cycle_row(lead, five[0], first=45355, last=45357.0, workshop=datetime(2024, 6, 15)),
        cycle_row(lead, five[1], first=45355, last=45357.0, workshop=datetime(2024, 6, 15)),
    ]
    file = xlsx_upload(rows, title="Siklus pelatihan", sheet_after=True, formats={10: "DD/MM/YYYY"})
    page = preview(staff_client, kind="cycles", file=file, partner=bedo)
    assert problems(page) == []
    confirm(staff_client, page, django_capture_on_commit_callbacks)
    cycle = TrainingCycle.objects.get(code="IMP-2024-01")
    assert (cycle.starts_on, cycle.workshop_on) == (date(2024, 3, 4), date(2024, 6, 15))


def test_the_indonesian_excel_csv_is_read(staff_client, bedo, lead, five, django_capture_on_commit_callbacks):
    """Excel in Indonesian saves CSV with a byte-order mark, ';' between cells and a decimal comma."""
    rows = [
        CYCLE_HEADER,
        cycle_row(
            lead, five[0], first="04-03-2024", last="2024-03-06", cost="32.500.000", fee="1.250.000,00"
        ),
        cycle_row(lead, five[1], first="04-03-2024", last="2024-03-06", cost="32.500.000", fee="750.000"),
    ]
    file = csv_upload(rows, delimiter=";", bom=True, encoding="cp1252")
    page = preview(staff_client, kind="cycles", file=file, partner=bedo)
    assert problems(page) == []
    confirm(staff_client, page, django_capture_on_commit_callbacks)
    cycle = TrainingCycle.objects.get(code="IMP-2024-01")
    assert cycle.cost_of_delivery == Decimal(32500000)
    assert sorted(cycle.enrolments.values_list("fee_paid", flat=True)) == [Decimal(750000), Decimal(1250000)]
    assert cycle.starts_on == date(2024, 3, 4)


def test_a_partner_editor_cannot_reach_another_partners_cycle(bedo_client, smi, lead, five, core_module):
    cycle_create(module=core_module, partner=smi, lead=lead, code="SMX-2099-01")
    file = csv_upload([CYCLE_HEADER, cycle_row(lead, five[0], code="SMX-2099-01")])
    page = preview(bedo_client, kind="cycles", file=file)
    found = {(line, column): message for line, column, message in problems(page)}
    assert found[(2, "cycle_code")] == str(messages.CYCLE_NOT_YOURS % {"value": "SMX-2099-01"})


# -- assessments --------------------------------------------------------------------------------------------


@pytest.fixture
def measures(core_module):
    kpi = Kpi.objects.get(code="LABOUR_PRODUCTIVITY")
    kpi.modules.add(core_module)
    defects = Kpi.objects.get(code="DEFECT_RATE")
    defects.modules.add(core_module)
    checklist, _ = GoodPracticeChecklist.objects.get_or_create(module=core_module)
    practice = GoodPractice.objects.create(
        checklist=checklist, code="IMP_WC_TEAM", name="A team", name_id="Tim"
    )
    return kpi, defects, practice


ASSESSMENT_HEADER = [
    "enterprise_code",
    "module",
    "kind",
    "assessed_on",
    "cycle_code",
    "kpi:LABOUR_PRODUCTIVITY",
    "kpi:DEFECT_RATE",
    "practice:IMP_WC_TEAM",
]


def test_assessments_import_with_follow_ups_in_the_same_file(
    staff_client, bedo, five, measures, django_capture_on_commit_callbacks
):
    kpi, defects, practice = measures
    rows = [
        ASSESSMENT_HEADER,
        [five[0].code, MODULE, "follow-up", "15/06/2024", "", "12,5", "3", "ya"],
        [five[0].code, MODULE, "baseline", "01/03/2024", "", "10", "4,5", "tidak"],
        [five[1].code, MODULE, "baseline", "01/03/2024", "", "", "120", ""],
        [five[2].code, MODULE, "follow_up", "01/03/2024", "", "1", "", ""],
    ]
    page = preview(staff_client, kind="assessments", file=csv_upload(rows, delimiter=";"), partner=bedo)
    found = {(line, column): message for line, column, message in problems(page)}
    assert found[(4, "kpi:DEFECT_RATE")] == "A percentage is between 0 and 100."
    assert found[(5, "kind")] == "Record the enterprise's baseline in this module before a follow-up."
    assert len(found) == 2
    assert not Assessment.objects.filter(enterprise__in=five).exists()

    rows = rows[:3]
    page = preview(staff_client, kind="assessments", file=csv_upload(rows, delimiter=";"), partner=bedo)
    assert counts(page) == {"new": 2, "updated": 0, "unchanged": 0}
    confirm(staff_client, page, django_capture_on_commit_callbacks)
    follow_up = Assessment.objects.get(enterprise=five[0], kind="follow_up")
    assert follow_up.is_submitted
    assert follow_up.kpi_values.get(kpi=kpi).value == Decimal("12.5")
    assert follow_up.practice_answers.get(practice=practice).in_place is True
    assert not AssessmentCorrection.objects.filter(assessment__enterprise=five[0]).exists()
    # The dashboards' derived result is there at once: the follow-up against its baseline.
    result = KpiOutcome.objects.get(enterprise=five[0], kpi=kpi)
    assert (result.before, result.after, result.follow_up_id) == (Decimal(10), Decimal("12.5"), follow_up.pk)

    again = preview(staff_client, kind="assessments", file=csv_upload(rows, delimiter=";"), partner=bedo)
    assert counts(again) == {"new": 0, "updated": 0, "unchanged": 2}


def test_a_follow_up_before_its_baseline_in_the_same_file_is_refused(staff_client, bedo, five, measures):
    rows = [
        ASSESSMENT_HEADER,
        [five[0].code, MODULE, "baseline", "01/03/2024", "", "10", "", ""],
        [five[0].code, MODULE, "follow_up", "01/02/2024", "", "12", "", ""],
    ]
    page = preview(staff_client, kind="assessments", file=csv_upload(rows), partner=bedo)
    found = {(line, column): message for line, column, message in problems(page)}
    assert found[(3, "assessed_on")].startswith("A follow-up comes after the baseline of")


def test_correcting_a_submitted_assessment_keeps_the_old_values(
    staff_client, staff_user, bedo, lead, five, measures, core_module, django_capture_on_commit_callbacks
):
    kpi, _defects, _practice = measures
    cycle = cycle_create(
        module=core_module, partner=bedo, lead=lead, enterprises=[five[0]], code="IMP-2023-09"
    )
    baseline = baseline_create(cycle, five[0], by=lead, values={kpi.pk: Decimal(10)})
    assert baseline.is_submitted
    on = baseline.assessed_on.strftime("%d/%m/%Y")
    rows = [
        ["enterprise_code", "module", "kind", "assessed_on", "cycle_code", "kpi:LABOUR_PRODUCTIVITY"],
        [five[0].code, MODULE, "baseline", on, cycle.code, "11,5"],
    ]
    file = csv_upload(rows, name="koreksi-2024.csv", delimiter=";")
    page = preview(staff_client, kind="assessments", file=file, partner=bedo)
    assert counts(page) == {"new": 0, "updated": 1, "unchanged": 0}
    confirm(staff_client, page, django_capture_on_commit_callbacks)
    correction = AssessmentCorrection.objects.get(assessment=baseline)
    assert (correction.field, correction.old_value, correction.new_value, correction.corrected_by) == (
        "kpi:LABOUR_PRODUCTIVITY",
        "10",
        "11.5",
        staff_user,
    )
    assert "koreksi-2024.csv" in correction.reason
    assert baseline.kpi_values.get(kpi=kpi).value == Decimal("11.5")


def test_a_file_that_no_longer_applies_cleanly_writes_nothing(
    bedo_client, smi, django_capture_on_commit_callbacks
):
    rows = [ENTERPRISE_HEADER, enterprise_row("IMP-L-001"), enterprise_row("IMP-L-002")]
    page = preview(bedo_client, kind="enterprises", file=csv_upload(rows))
    enterprise_create(smi, code="IMP-L-002")  # another partner took the code meanwhile
    done = confirm(bedo_client, page, django_capture_on_commit_callbacks)
    assert 'data-import-state="failed"' in done.content.decode()
    assert not Enterprise.objects.filter(code="IMP-L-001").exists()


def test_moving_a_submitted_assessment_to_another_cycle_keeps_the_earlier_one(
    staff_client, staff_user, bedo, lead, five, measures, core_module, django_capture_on_commit_callbacks
):
    kpi, _defects, _practice = measures
    first = cycle_create(module=core_module, partner=bedo, lead=lead, enterprises=[five[0]], code="IMP-MV-1")
    second = cycle_create(
        module=core_module,
        partner=bedo,
        lead=lead,
        enterprises=[five[0]],
        code="IMP-MV-2",
        starts_on=first.starts_on,
    )
    baseline = baseline_create(first, five[0], by=lead, values={kpi.pk: Decimal(10)})
    on = baseline.assessed_on.strftime("%d/%m/%Y")
    rows = [
        ["enterprise_code", "module", "kind", "assessed_on", "cycle_code", "kpi:LABOUR_PRODUCTIVITY"],
        [five[0].code, MODULE, "baseline", on, second.code, "10"],
    ]
    page = preview(staff_client, kind="assessments", file=csv_upload(rows, name="pindah.csv"), partner=bedo)
    assert counts(page) == {"new": 0, "updated": 1, "unchanged": 0}
    confirm(staff_client, page, django_capture_on_commit_callbacks)
    baseline.refresh_from_db()
    assert baseline.cycle == second
    correction = AssessmentCorrection.objects.get(assessment=baseline)
    assert (correction.field, correction.old_value, correction.new_value, correction.corrected_by) == (
        "cycle",
        "IMP-MV-1",
        "IMP-MV-2",
        staff_user,
    )
    assert "pindah.csv" in correction.reason
