"""The results admin's forms: a partner's editor cannot move a record to another partner; a submitted
assessment's change of date is kept as a correction; what values, answers or history keep is not deleted,
and its code keeps its meaning; one checklist per module."""

import datetime
import re
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model

from courses.models import ModulePage
from results.models import (
    AssessmentCorrection,
    CycleStatusChange,
    Enterprise,
    GoodPractice,
    GoodPracticeChecklist,
    Kpi,
    KpiValue,
    PracticeAnswer,
    TrainingCycle,
)
from results.modules import default_locale_id
from tests.helpers import second_factor_login, sign_in
from tests.results.records import lead_create
from tests.results.test_admin_listings import ASSESSMENTS, CYCLES, ENTERPRISES, partner, records_make, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def bedo():
    return partner("BEDO")


@pytest.fixture
def smi():
    return partner("SMI")


@pytest.fixture
def records(bedo, smi, core_module):
    return records_make(bedo, smi, core_module)


def enterprise_form(enterprise, **overrides):
    fields = {
        "code": enterprise.code,
        "name": enterprise.name,
        "partner": enterprise.partner_id,
        "sector": enterprise.sector,
        "province": enterprise.province,
        "regency": enterprise.regency,
        "workforce_women": enterprise.workforce_women,
        "workforce_men": enterprise.workforce_men,
        "managers": enterprise.managers,
        "workers": enterprise.workers,
        "contact_name": "",
        "contact_phone": "",
        "contact_email": "",
    }
    return {**fields, **overrides}


def cycle_form(cycle, **overrides):
    fields = {
        "code": cycle.code,
        "partner": cycle.partner_id,
        "module": cycle.module_id,
        "lead_trainer": cycle.lead_trainer_id,
        "supervising_expert": "",
        "workshop_on": "",
        "workshop_place": "",
        "cost_of_delivery": "1000",
        "notes": "",
    }
    return {**fields, **overrides}


def test_a_partner_editor_cannot_move_an_enterprise_to_another_partner(client, bedo_editor, records, smi):
    enterprise = records["BEDO"]["enterprise"]
    sign_in(client, bedo_editor)
    form = client.get(url(ENTERPRISES, "edit", enterprise.pk)).content.decode()
    (select,) = re.findall(r"<select[^>]*\bname=\"partner\"[^>]*>", form)
    assert "disabled" in select
    response = client.post(
        url(ENTERPRISES, "edit", enterprise.pk),
        enterprise_form(enterprise, partner=smi.pk, name="Batik Baru"),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    enterprise.refresh_from_db()
    assert enterprise.name == "Batik Baru"
    assert enterprise.partner.short_name == "BEDO"


def test_staff_may_move_an_enterprise(client, staff_user, records, smi):
    enterprise = records["BEDO"]["enterprise"]
    second_factor_login(client, staff_user)
    response = client.post(
        url(ENTERPRISES, "edit", enterprise.pk), enterprise_form(enterprise, partner=smi.pk)
    )
    assert response.status_code == 302
    enterprise.refresh_from_db()
    assert enterprise.partner_id == smi.pk


def test_staff_add_an_enterprise_recorded_by_them(client, staff_user, records, bedo):
    second_factor_login(client, staff_user)
    template = records["BEDO"]["enterprise"]
    response = client.post(
        url(ENTERPRISES, "add"),
        enterprise_form(template, code="ADMT-NEW-1", name="Warung Baru", partner=bedo.pk),
    )
    assert response.status_code == 302
    created = Enterprise.objects.get(code="ADMT-NEW-1")
    assert created.created_by == staff_user and created.partner == bedo


def test_the_enterprise_form_checks_the_workforce(client, bedo_editor, records):
    enterprise = records["BEDO"]["enterprise"]
    sign_in(client, bedo_editor)
    response = client.post(url(ENTERPRISES, "edit", enterprise.pk), enterprise_form(enterprise, workers=1))
    assert response.status_code == 200
    assert "must add up to the workforce" in response.content.decode()


def test_a_partner_editor_cannot_move_a_cycle_to_another_partner(client, bedo_editor, records, smi):
    cycle = records["BEDO"]["cycle"]
    sign_in(client, bedo_editor)
    response = client.post(url(CYCLES, "edit", cycle.pk), cycle_form(cycle, partner=smi.pk, notes="Moved?"))
    assert response.status_code == 302, response.content.decode()[:3000]
    cycle.refresh_from_db()
    assert cycle.notes == "Moved?" and cycle.partner.short_name == "BEDO"
    assert cycle.status == "planned"  # not in the form, whatever is posted


def test_a_submitted_assessments_new_date_is_kept_as_a_correction(client, bedo_editor, records):
    assessment = records["BEDO"]["assessment"]
    assessment.state = "submitted"
    assessment.save()
    sign_in(client, bedo_editor)
    response = client.post(
        url(ASSESSMENTS, "edit", assessment.pk),
        {"assessed_on": "2025-02-05", "notes": "Date was mistyped", "correction_reason": "Typo in the date"},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assessment.refresh_from_db()
    assert assessment.assessed_on == datetime.date(2025, 2, 5)
    # The date and the notes changed: both are kept, each with what it was.
    correction, notes = AssessmentCorrection.objects.filter(assessment=assessment).order_by("pk")
    assert (correction.field, correction.old_value, correction.new_value) == (
        "assessed_on",
        "2025-02-03",
        "2025-02-05",
    )
    assert (notes.field, notes.new_value) == ("notes", "Date was mistyped")
    assert correction.corrected_by == bedo_editor and correction.reason == "Typo in the date"
    # The values stay as they were.
    assert KpiValue.objects.get(assessment=assessment).value == Decimal("12.50")
    html = client.get(url(ASSESSMENTS, "inspect", assessment.pk)).content.decode()
    assert "Typo in the date" in html and "Date of the assessment" in html  # named, not "assessed_on"


def test_a_submitted_assessment_is_not_corrected_in_the_admin_without_a_reason(client, bedo_editor, records):
    assessment = records["BEDO"]["assessment"]
    assessment.state = "submitted"
    assessment.save()
    sign_in(client, bedo_editor)
    response = client.post(
        url(ASSESSMENTS, "edit", assessment.pk), {"assessed_on": "2025-02-05", "notes": ""}
    )
    assert (
        response.status_code == 200
        and "Say why you correct a submitted assessment" in response.content.decode()
    )
    assessment.refresh_from_db()
    assert assessment.assessed_on == datetime.date(2025, 2, 3)


def test_a_drafts_new_date_is_no_correction(client, bedo_editor, records):
    assessment = records["BEDO"]["assessment"]
    sign_in(client, bedo_editor)
    response = client.post(
        url(ASSESSMENTS, "edit", assessment.pk), {"assessed_on": "2025-02-04", "notes": ""}
    )
    assert response.status_code == 302
    assert not AssessmentCorrection.objects.filter(assessment=assessment).exists()


# Nothing kept is deleted


def test_deleting_a_kpi_with_values_is_refused_and_says_what_to_do(client, staff_user, records):
    kpi = records["kpi"]
    second_factor_login(client, staff_user)
    for response in (
        client.get(url("results_kpis", "delete", kpi.pk)),
        client.post(url("results_kpis", "delete", kpi.pk)),
    ):
        html = response.content.decode()
        assert response.status_code == 200
        assert "cannot be deleted" in html and "2 KPI values" in html
        assert "Take it out of its modules instead" in html
    assert Kpi.objects.filter(pk=kpi.pk).exists()
    unused = Kpi.objects.create(code="ADMTEST_UNUSED", name="Unused", name_id="Tak dipakai", unit="count")
    assert client.post(url("results_kpis", "delete", unused.pk)).status_code == 302
    assert not Kpi.objects.filter(pk=unused.pk).exists()


def test_a_kpi_code_with_values_keeps_its_meaning(client, staff_user, records):
    kpi = records["kpi"]
    second_factor_login(client, staff_user)
    response = client.post(
        url("results_kpis", "edit", kpi.pk),
        {
            "code": "ADMTEST_OTHER",
            "sort_order": "0",
            "name": kpi.name,
            "name_id": kpi.name_id,
            "unit": kpi.unit,
            "direction": kpi.direction,
            "description": "",
            "description_id": "",
        },
    )
    assert response.status_code == 200
    assert "cannot change" in response.content.decode()
    kpi.refresh_from_db()
    assert kpi.code == "ADMTEST_LP"


def test_deleting_an_enterprise_in_a_cycle_is_refused(client, staff_user, records):
    enterprise = records["BEDO"]["enterprise"]
    second_factor_login(client, staff_user)
    response = client.post(url(ENTERPRISES, "delete", enterprise.pk))
    assert response.status_code == 200 and "cannot be deleted" in response.content.decode()
    assert Enterprise.objects.filter(pk=enterprise.pk).exists()


def test_staff_may_not_delete_cycles_and_a_superuser_is_refused(client, staff_user, records):
    cycle = records["BEDO"]["cycle"]
    CycleStatusChange.objects.create(
        cycle=cycle,
        from_status="",
        to_status="planned",
        changed_by=cycle.lead_trainer,
        changed_at=cycle.created_at,
    )
    second_factor_login(client, staff_user)
    assert client.post(url(CYCLES, "delete", cycle.pk)).status_code in (302, 403)
    superuser = get_user_model().objects.filter(is_superuser=True).first()
    second_factor_login(client, superuser)
    response = client.post(url(CYCLES, "delete", cycle.pk))
    html = response.content.decode()
    assert response.status_code == 200 and "cannot be deleted" in html and "Cancel the cycle instead" in html
    assert TrainingCycle.objects.filter(pk=cycle.pk).exists()


# Checklists


def _free_module():
    return (
        ModulePage.objects.filter(locale_id=default_locale_id(), good_practice_checklist__isnull=True)
        .order_by("path")
        .first()
    )


def checklist_form(module, practices, *, initial=0, deleted=()):
    data = {
        "module": module.pk,
        "practices-TOTAL_FORMS": str(len(practices)),
        "practices-INITIAL_FORMS": str(initial),
        "practices-MIN_NUM_FORMS": "1",
        "practices-MAX_NUM_FORMS": "1000",
    }
    for number, (pk, code, name) in enumerate(practices):
        data |= {
            f"practices-{number}-id": pk or "",
            f"practices-{number}-code": code,
            f"practices-{number}-name": name,
            f"practices-{number}-name_id": name,
            f"practices-{number}-ORDER": str(number + 1),
            f"practices-{number}-DELETE": "1" if number in deleted else "",
        }
    return data


def test_staff_keep_one_checklist_per_module_and_answered_practices_stay(client, staff_user, records):
    module = _free_module()
    second_factor_login(client, staff_user)
    response = client.post(
        url("results_checklists", "add"),
        checklist_form(
            module, [(None, "ADMT_GP1", "Daily team meeting"), (None, "ADMT_GP2", "Tidy workplace")]
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    checklist = GoodPracticeChecklist.objects.get(module=module)
    assert list(checklist.practices.values_list("code", flat=True)) == ["ADMT_GP1", "ADMT_GP2"]

    again = client.post(
        url("results_checklists", "add"), checklist_form(module, [(None, "ADMT_GP3", "Again")])
    )
    assert again.status_code == 200
    assert GoodPracticeChecklist.objects.filter(module=module).count() == 1

    first, second = checklist.practices.order_by("sort_order")
    PracticeAnswer.objects.create(assessment=records["BEDO"]["assessment"], practice=first, in_place=True)
    response = client.post(
        url("results_checklists", "edit", checklist.pk),
        checklist_form(
            module,
            [(first.pk, first.code, first.name), (second.pk, second.code, second.name)],
            initial=2,
            deleted=(0,),
        ),
    )
    assert response.status_code == 200
    assert "was answered in 1 assessment:" in response.content.decode()
    assert GoodPractice.objects.filter(pk=first.pk).exists()


def test_a_partner_editor_chooses_their_partners_trainers_by_name(
    client, bedo_editor, staff_user, records, bedo, smi
):
    ours = lead_create(partner=bedo, name="Wulan Sari Bedo")
    theirs = lead_create(partner=smi, name="Rudi Hartono Smi")
    cycle = records["BEDO"]["cycle"]
    sign_in(client, bedo_editor)
    html = client.get(url(CYCLES, "edit", cycle.pk)).content.decode()
    lead_options = re.search(r'<select name="lead_trainer"[^>]*>(.*?)</select>', html, re.S).group(1)
    assert "Wulan Sari Bedo" in lead_options
    assert "Rudi Hartono Smi" not in html  # another partner's trainer is not offered
    assert ours.email not in html and theirs.email not in html  # nobody's email

    client.logout()
    second_factor_login(client, staff_user)
    html = client.get(url(CYCLES, "edit", cycle.pk)).content.decode()
    assert f"Rudi Hartono Smi ({theirs.email})" in html and f"Wulan Sari Bedo ({ours.email})" in html
