"""Trainers record their cycles on the site: the cycle, its enterprises, visits and assessments, with every
rule across records refused in words and nothing lost."""

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import ngettext

from results.models import Assessment, AssessmentCorrection, CycleStatusChange, Kpi, TrainingCycle
from results.services.cycles import NO_BASELINE, NO_ENTERPRISES

from .records import baseline_create, cycle_create, enterprise_create

pytestmark = pytest.mark.django_db


def _cycle_post(core_module, bedo, **extra):
    today = timezone.localdate()
    data = {
        "code": "",
        "module": core_module.pk,
        "partner": bedo.pk,
        "co_trainer_emails": "",
        "supervising_expert": "",
        "workshop_on": "",
        "workshop_place": "",
        "cost_of_delivery": "12000000",
        "notes": "",
        "sessions-TOTAL_FORMS": "1",
        "sessions-INITIAL_FORMS": "0",
        "sessions-0-starts_on": (today - timedelta(days=30)).isoformat(),
        "sessions-0-ends_on": (today - timedelta(days=29)).isoformat(),
        "sessions-0-place": "Bandung",
        "sponsorships-TOTAL_FORMS": "1",
        "sponsorships-INITIAL_FORMS": "0",
        "sponsorships-0-sponsor": "Bank Daerah",
        "sponsorships-0-amount": "3000000",
    }
    data.update(extra)
    return data


def test_a_trainer_records_a_cycle_they_lead(client, lead, core_module, bedo):
    client.force_login(lead)
    response = client.post(reverse("results:cycle_new"), _cycle_post(core_module, bedo))
    cycle = TrainingCycle.objects.get(lead_trainer=lead)
    assert response.status_code == 302 and response.url == reverse("results:cycle", args=(cycle.pk,))
    assert cycle.code.startswith(f"BEDO-{timezone.localdate().year}-") or cycle.code.startswith("BEDO-")
    assert cycle.starts_on == timezone.localdate() - timedelta(days=30)
    assert cycle.sponsorships.get().amount == Decimal(3000000)
    assert list(CycleStatusChange.objects.filter(cycle=cycle).values_list("to_status", "changed_by")) == [
        ("planned", lead.pk)
    ]
    page = client.get(response.url).content.decode()
    assert cycle.code in page and "Bank Daerah" in page


def test_a_trainer_cannot_record_a_cycle_for_someone_else(client, lead, core_module, bedo, trainer):
    client.force_login(lead)
    client.post(
        reverse("results:cycle_new"), _cycle_post(core_module, bedo, lead_trainer_email=trainer.email)
    )
    assert TrainingCycle.objects.get(created_by=lead).lead_trainer == lead


def test_indonesian_excel_numbers_are_understood(client, lead, core_module, bedo):
    client.force_login(lead)
    client.post(
        "/id" + reverse("results:cycle_new"),
        _cycle_post(
            core_module, bedo, cost_of_delivery="12.500.000", **{"sponsorships-0-amount": "2.000.000"}
        ),
    )
    cycle = TrainingCycle.objects.get(lead_trainer=lead)
    assert cycle.cost_of_delivery == Decimal(12_500_000)
    assert cycle.sponsorships.get().amount == Decimal(2_000_000)


def test_a_bad_cycle_is_refused_and_keeps_what_was_typed(client, lead, core_module, bedo):
    client.force_login(lead)
    today = timezone.localdate()
    data = _cycle_post(
        core_module,
        bedo,
        workshop_on=(today - timedelta(days=40)).isoformat(),
        workshop_place="Hotel Savoy",
        **{"sessions-0-ends_on": (today - timedelta(days=35)).isoformat()},
    )
    response = client.post(reverse("results:cycle_new"), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "The last day cannot be before the first." in page
    assert "Hotel Savoy" in page and "Bank Daerah" in page
    assert not TrainingCycle.objects.filter(lead_trainer=lead).exists()
    # With the session right, the workshop before the classroom is refused in words.
    data["sessions-0-ends_on"] = (today - timedelta(days=29)).isoformat()
    response = client.post(reverse("results:cycle_new"), data)
    assert "The results workshop comes after the classroom" in response.content.decode()
    assert not TrainingCycle.objects.filter(lead_trainer=lead).exists()


def test_the_supervising_expert_must_be_an_expert_of_the_module(client, lead, core_module, bedo, demo_expert):
    from results.services.cycles import supervising_expert_error

    assert supervising_expert_error(module=core_module, expert=demo_expert, lead_trainer=lead) is None
    assert "cannot be the lead trainer" in supervising_expert_error(
        module=core_module, expert=demo_expert, lead_trainer=demo_expert
    )
    quality = core_module.get_siblings().type(type(core_module)).get(slug="quality").specific
    assert "is not a current Expert Trainer of this module" in supervising_expert_error(
        module=quality, expert=demo_expert, lead_trainer=lead
    )
    client.force_login(lead)
    response = client.post(
        reverse("results:cycle_new"), _cycle_post(quality, bedo, supervising_expert=demo_expert.pk)
    )
    assert "is not a current Expert Trainer of this module" in response.content.decode()


def test_enterprises_in_a_cycle_are_limited_by_the_curriculum(client, lead, core_module, bedo):
    cycle = cycle_create(module=core_module, partner=bedo, lead=lead)
    client.force_login(lead)
    url = reverse("results:enrolment_new", args=(cycle.pk,))
    enterprises = [enterprise_create(bedo, created_by=lead) for _ in range(6)]
    participants = {
        "managers_women": 1,
        "managers_men": 1,
        "workers_women": 1,
        "workers_men": 1,
        "fee_paid": "0",
    }
    for enterprise in enterprises[:5]:
        assert client.post(url, {"enterprise": enterprise.pk, **participants}).status_code == 302
    response = client.post(url, {"enterprise": enterprises[5].pk, **participants})
    assert "at most 5 enterprises in a cycle; this one has 6" in response.content.decode()
    assert cycle.enrolments.count() == 5


def test_participants_cannot_exceed_the_workforce(client, lead, core_module, bedo):
    cycle = cycle_create(module=core_module, partner=bedo, lead=lead)
    small = enterprise_create(bedo, women=1, men=2, managers=1, created_by=lead)
    client.force_login(lead)
    response = client.post(
        reverse("results:enrolment_new", args=(cycle.pk,)),
        {
            "enterprise": small.pk,
            "managers_women": 1,
            "managers_men": 1,
            "workers_women": 1,
            "workers_men": 1,
            "fee_paid": "0",
        },
    )
    page = response.content.decode()
    assert "More managers take part than the enterprise has (1)." in page
    assert not cycle.enrolments.exists()


def test_another_partners_enterprise_cannot_join(client, lead, core_module, bedo, smi, staff_user):
    from results.models import CycleEnterprise
    from results.services.records import OTHER_PARTNER, enrolment_save

    cycle = cycle_create(module=core_module, partner=bedo, lead=lead)
    theirs = enterprise_create(smi)
    with pytest.raises(Exception) as refused:
        enrolment_save(enrolment=CycleEnterprise(cycle=cycle, enterprise=theirs), by=staff_user)
    assert str(OTHER_PARTNER) in str(refused.value)


def test_a_cycle_completes_only_with_its_enterprises_and_baselines(client, lead, core_module, bedo):
    cycle = cycle_create(module=core_module, partner=bedo, lead=lead)
    client.force_login(lead)
    status_url = reverse("results:cycle_status", args=(cycle.pk,))
    page = client.post(status_url, {"to_status": "running"}, follow=True).content.decode()
    assert str(NO_ENTERPRISES) in page
    enterprise = enterprise_create(bedo, name="Batik Sekar")
    cycle.enrolments.create(enterprise=enterprise, managers_women=1, workers_men=2)
    client.post(status_url, {"to_status": "running"})
    page = client.post(status_url, {"to_status": "completed"}, follow=True).content.decode()
    assert (str(NO_BASELINE) % {"names": "Batik Sekar"}) in page
    baseline_create(cycle, enterprise, by=lead)
    client.post(status_url, {"to_status": "completed", "note": "Workshop held"})
    cycle.refresh_from_db()
    assert cycle.status == "completed"
    history = list(cycle.status_changes.values_list("from_status", "to_status", "changed_by", "note"))
    assert history == [
        ("planned", "running", lead.pk, ""),
        ("running", "completed", lead.pk, "Workshop held"),
    ]
    # A trainer cannot reopen a completed cycle; the partner's editors can.
    client.post(status_url, {"to_status": "running"})
    cycle.refresh_from_db()
    assert cycle.status == "completed"


def test_visits_are_recorded_by_the_cycles_trainers(client, lead, core_module, bedo, trainer):
    enterprise = enterprise_create(bedo)
    cycle = cycle_create(module=core_module, partner=bedo, lead=lead, enterprises=[enterprise])
    url = reverse("results:visit_new", args=(cycle.pk,))
    client.force_login(lead)
    tomorrow = timezone.localdate() + timedelta(days=1)
    response = client.post(
        url,
        {"enterprise": enterprise.pk, "trainer": lead.pk, "visited_on": tomorrow.isoformat(), "notes": "5S"},
    )
    page = response.content.decode()
    assert "Record a visit once it has taken place" in page and "5S" in page
    before = (cycle.starts_on - timedelta(days=1)).isoformat()
    response = client.post(
        url, {"enterprise": enterprise.pk, "trainer": lead.pk, "visited_on": before, "notes": ""}
    )
    assert "Consultancy visits follow the classroom" in response.content.decode()
    on = timezone.localdate().isoformat()
    assert (
        client.post(
            url, {"enterprise": enterprise.pk, "trainer": lead.pk, "visited_on": on, "notes": "Kaizen board"}
        ).status_code
        == 302
    )
    assert cycle.visits.get().notes == "Kaizen board"
    # Someone who is not a trainer of the cycle cannot record one.
    client.force_login(trainer)
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_cycle_page_groups_the_visits_by_enterprise(client, lead, core_module, bedo, language):
    first, second = enterprise_create(bedo, name="Batik Ayu"), enterprise_create(bedo, name="Kopi Jaya")
    cycle = cycle_create(module=core_module, partner=bedo, lead=lead, enterprises=[first, second])
    days = [cycle.starts_on + timedelta(days=n) for n in (10, 20, 30)]
    for enterprise, day in ((second, days[0]), (first, days[1]), (second, days[2])):
        cycle.visits.create(enterprise=enterprise, trainer=lead, visited_on=day, notes=f"Visit {day}")
    client.force_login(lead)
    prefix = "" if language == "en" else "/id"
    html = client.get(prefix + reverse("results:cycle", args=(cycle.pk,))).content.decode()
    groups = re.findall(r'<details class="visit-group"[^>]*>\s*<summary>(.*?)</summary>', html, re.S)
    text = [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", g)).strip() for g in groups]
    with translation.override(language):
        short = [formats.date_format(d, "SHORT_DATE_FORMAT") for d in days]
        assert text == [
            f"Batik Ayu {ngettext('%(counter)s visit, %(last)s', '%(counter)s visits, the latest %(last)s', 1) % {'counter': 1, 'last': short[1]}}",
            f"Kopi Jaya {ngettext('%(counter)s visit, %(last)s', '%(counter)s visits, the latest %(last)s', 2) % {'counter': 2, 'last': short[2]}}",
        ]
    # Each visit is listed once, under its enterprise, oldest first.
    assert html.index(f"Visit {days[0]}") < html.index(f"Visit {days[2]}")


def _kpi(code):
    return Kpi.objects.get(code=code)


def test_a_follow_up_shows_its_change_against_the_baseline(client, lead, core_module, bedo):
    enterprise = enterprise_create(bedo)
    cycle = cycle_create(module=core_module, partner=bedo, lead=lead, enterprises=[enterprise])
    productivity, absenteeism = _kpi("LABOUR_PRODUCTIVITY"), _kpi("ABSENTEEISM")
    productivity.modules.add(core_module)
    absenteeism.modules.add(core_module)
    client.force_login(lead)
    new_url = reverse("results:assessment_new", args=(cycle.pk,))
    baseline_on = cycle.starts_on - timedelta(days=3)
    response = client.post(
        f"{new_url}?enterprise={enterprise.pk}&kind=baseline",
        {
            "assessed_on": baseline_on.isoformat(),
            f"kpi_{productivity.pk}": "20",
            f"kpi_{absenteeism.pk}": "8",
            "submit": "",
        },
    )
    baseline = Assessment.objects.get(enterprise=enterprise, kind="baseline")
    assert response.status_code == 302 and baseline.is_submitted
    # A follow-up dated before its baseline is refused.
    follow_url = f"{new_url}?enterprise={enterprise.pk}&kind=follow_up"
    response = client.post(
        follow_url,
        {"assessed_on": (baseline_on - timedelta(days=1)).isoformat(), f"kpi_{productivity.pk}": "25"},
    )
    assert "A follow-up comes after the baseline" in response.content.decode()
    # A percentage over 100 is refused in words, the other values kept.
    response = client.post(
        follow_url,
        {
            "assessed_on": timezone.localdate().isoformat(),
            f"kpi_{productivity.pk}": "25",
            f"kpi_{absenteeism.pk}": "140",
        },
    )
    page = response.content.decode()
    assert "A percentage is between 0 and 100." in page and 'value="25"' in page
    response = client.post(
        follow_url,
        {
            "assessed_on": timezone.localdate().isoformat(),
            f"kpi_{productivity.pk}": "25",
            f"kpi_{absenteeism.pk}": "6",
            "submit": "",
        },
    )
    follow_up = Assessment.objects.get(enterprise=enterprise, kind="follow_up")
    page = client.get(reverse("results:assessment", args=(follow_up.pk,))).content.decode()
    assert "+25" in page or "(25%)" in page
    assert page.count("improved") >= 2  # productivity up, absenteeism down: both better


def test_a_submitted_assessment_is_corrected_and_keeps_its_earlier_values(client, lead, core_module, bedo):
    enterprise = enterprise_create(bedo)
    cycle = cycle_create(module=core_module, partner=bedo, lead=lead, enterprises=[enterprise])
    productivity = _kpi("LABOUR_PRODUCTIVITY")
    productivity.modules.add(core_module)
    baseline = baseline_create(cycle, enterprise, by=lead, values={productivity.pk: 10})
    client.force_login(lead)
    url = reverse("results:assessment_edit", args=(baseline.pk,))
    data = {"assessed_on": baseline.assessed_on.isoformat(), f"kpi_{productivity.pk}": "12"}
    response = client.post(url, data)
    assert "Say why you correct a submitted assessment" in response.content.decode()
    assert baseline.kpi_values.get().value == 10
    client.post(url, {**data, "reason": "Typo in the production log"})
    assert baseline.kpi_values.get().value == 12
    correction = AssessmentCorrection.objects.get(assessment=baseline)
    assert (correction.field, correction.old_value, correction.new_value, correction.corrected_by) == (
        "kpi:LABOUR_PRODUCTIVITY",
        "10",
        "12",
        lead,
    )
    page = client.get(reverse("results:assessment", args=(baseline.pk,))).content.decode()
    assert "Typo in the production log" in page and "Labour productivity" in page


def test_a_cycle_with_enterprises_stays_with_its_partner(client, lead, core_module, bedo, smi):
    from results.services.cycles import PARTNER_HAS_ENTERPRISES

    cycle = cycle_create(module=core_module, partner=bedo, lead=lead, enterprises=[enterprise_create(bedo)])
    client.force_login(lead)
    data = _cycle_post(core_module, smi, code=cycle.code)
    data.update({"sessions-TOTAL_FORMS": "0", "sponsorships-TOTAL_FORMS": "0"})
    response = client.post(reverse("results:cycle_edit", args=(cycle.pk,)), data)
    assert str(PARTNER_HAS_ENTERPRISES) in response.content.decode()
    cycle.refresh_from_db()
    assert cycle.partner == bedo


def test_an_enterprise_in_cycles_stays_with_their_partner(lead, core_module, bedo, smi, staff_user):
    from django.core.exceptions import ValidationError

    from results.services.records import ENTERPRISE_IN_OTHER_CYCLES, enterprise_save

    enterprise = enterprise_create(bedo)
    cycle_create(module=core_module, partner=bedo, lead=lead, enterprises=[enterprise])
    enterprise.partner = smi
    with pytest.raises(ValidationError) as refused:
        enterprise_save(enterprise=enterprise, by=staff_user)
    assert str(ENTERPRISE_IN_OTHER_CYCLES) in str(refused.value)


def test_a_confirmed_toe_cycle_keeps_its_people_and_module(lead, core_module, bedo, demo_expert):
    from results.services.cycles import CONFIRMED_LOCKED, cycle_change_problems, cycle_toe_confirm

    from .records import completed_cycle, lead_create

    cycle = completed_cycle(module=core_module, partner=bedo, lead=lead, expert=demo_expert)
    cycle_toe_confirm(cycle=cycle, expert=demo_expert)
    other = lead_create(bedo, name="Rudi Hartono")
    problems = cycle_change_problems(
        cycle=cycle, module=core_module, lead=other, expert=demo_expert, partner_id=bedo.pk
    )
    assert problems["__all__"] == str(CONFIRMED_LOCKED)
    assert not cycle_change_problems(
        cycle=cycle, module=core_module, lead=lead, expert=demo_expert, partner_id=bedo.pk
    )


def test_the_notes_of_a_submitted_assessment_are_kept_when_changed(client, lead, core_module, bedo):
    enterprise = enterprise_create(bedo)
    cycle = cycle_create(module=core_module, partner=bedo, lead=lead, enterprises=[enterprise])
    baseline = baseline_create(cycle, enterprise, by=lead)
    client.force_login(lead)
    client.post(
        reverse("results:assessment_edit", args=(baseline.pk,)),
        {"assessed_on": baseline.assessed_on.isoformat(), "notes": "Owner away", "reason": "Forgot the note"},
    )
    correction = AssessmentCorrection.objects.get(assessment=baseline, field="notes")
    assert (correction.old_value, correction.new_value, correction.reason) == (
        "",
        "Owner away",
        "Forgot the note",
    )


def test_ids_in_the_query_string_that_are_not_ids_are_the_sites_404(client, lead, core_module, bedo):
    cycle = cycle_create(module=core_module, partner=bedo, lead=lead, enterprises=[enterprise_create(bedo)])
    client.force_login(lead)
    new_assessment = reverse("results:assessment_new", args=(cycle.pk,))
    for value in ("abc", "²", "-1", "9" * 40):
        assert client.get(f"{new_assessment}?enterprise={value}").status_code == 404
        assert client.get(f"{reverse('results:enterprise_new')}?cycle={value}").status_code == 200
        assert (
            client.get(f"{reverse('results:visit_new', args=(cycle.pk,))}?enterprise={value}").status_code
            == 200
        )
