"""A trainer records a ToE cycle on a phone: the cycle, two enterprises, their baselines, a visit and the
follow-ups; the supervising Expert confirms it on the cycle; the trainer's certification checklist shows the
ToE requirement met; the public results page counts the two enterprises."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.browser.sessions import logged_in_context

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


def _figure(page, url, name) -> int:
    page.goto(url)
    return int(page.locator(f'[data-figure="{name}"]').inner_text().replace(",", "").replace(".", ""))


def _enterprise(page, *, name, women, men):
    page.get_by_role("link", name="Record a new enterprise").click()
    page.fill("#id_name", name)
    page.select_option("#id_sector", "C")
    page.select_option("#id_province", "33")
    page.fill("#id_regency", "Kota Semarang")
    page.fill("#id_workforce_women", str(women))
    page.fill("#id_workforce_men", str(men))
    page.fill("#id_managers", "3")
    page.fill("#id_workers", str(women + men - 3))
    page.get_by_role("button", name="Save the enterprise").click()
    # The enterprise is saved and chosen in the form that adds it to the cycle.
    for field in ("managers_women", "managers_men", "workers_women", "workers_men"):
        page.fill(f"#id_{field}", "1")
    page.fill("#id_fee_paid", "1500000")
    page.get_by_role("button", name="Save").click()
    assert page.locator(".message--success").inner_text() == f"{name} is in the cycle."


def _assessment(page, *, enterprise, kind, on, productivity, kpi_pk):
    page.locator(f'a[href*="kind={kind}"]', has_text=enterprise).click()
    page.fill("#id_assessed_on", on.isoformat())
    choice = "Yes" if kind == "follow_up" else "No"
    for group in page.locator("fieldset.answer").all():
        group.get_by_label(choice, exact=True).check()
    page.fill(f"#id_kpi_{kpi_pk}", productivity)
    page.get_by_role("button", name="Submit").click()
    assert page.locator(".message--success").inner_text() == "The assessment is submitted."


def test_a_toe_cycle_recorded_on_a_phone_counts_for_certification_and_the_results(
    live_server, browser, seeded, screenshot_dir
):
    from django.contrib.auth import get_user_model

    from certification.models import CertificationTrack, Requirement, TrainerProfile
    from courses.models import CurriculumPage, ModulePage, Partner
    from results.models import Kpi, TrainingCycle
    from tests.factories import trainer_create

    core = CurriculumPage.objects.get(slug="score-core", locale__language_code="en")
    module = ModulePage.objects.child_of(core).get(number=1)
    track = CertificationTrack.objects.get(module=module)
    expert = get_user_model().objects.get(email="expert@score.example")
    kpi = Kpi.objects.get(code="LABOUR_PRODUCTIVITY")
    trainer = trainer_create(first_name="Dian", last_name="Puspita")
    TrainerProfile.objects.create(
        user=trainer,
        certificate_name="Dian Puspita",
        gender="woman",
        partner=Partner.objects.get(short_name="BEDO"),
        province="JT",
    )
    today = timezone.localdate()

    page = logged_in_context(browser, live_server, trainer, viewport=PHONE).new_page()
    before = _figure(page, f"{live_server.url}/results/", "enterprises")

    page.goto(f"{live_server.url}/results/cycles/")
    page.get_by_role("link", name="Record a cycle").click()
    page.select_option("#id_module", str(module.pk))
    page.select_option("#id_supervising_expert", str(expert.pk))
    page.fill("#id_cost_of_delivery", "9000000")
    page.fill("#id_sessions-0-starts_on", (today - timedelta(days=20)).isoformat())
    page.fill("#id_sessions-0-ends_on", (today - timedelta(days=19)).isoformat())
    page.fill("#id_sessions-0-place", "Balai Latihan Kerja Semarang")
    page.get_by_role("button", name="Save the cycle").click()
    assert page.locator(".message--success").inner_text() == "The cycle is saved."
    cycle = TrainingCycle.objects.get(lead_trainer=trainer)
    assert "Supervised by Agus Setiawan" in page.locator("#toe-heading + p").inner_text()

    _enterprise(page, name="CV Batik Semarang Indah", women=12, men=8)
    _enterprise(page, name="PT Logam Jaya Abadi", women=5, men=25)
    for name in ("CV Batik Semarang Indah", "PT Logam Jaya Abadi"):
        _assessment(
            page,
            enterprise=name,
            kind="baseline",
            on=today - timedelta(days=25),
            productivity="40",
            kpi_pk=kpi.pk,
        )
        page.goto(f"{live_server.url}/results/cycles/{cycle.pk}/")
    page.get_by_role("button", name="Start the cycle").click()
    assert page.locator(".message--success").inner_text() == "The cycle is now running."

    page.get_by_role("link", name="Record a visit").click()
    page.select_option("#id_enterprise", label="PT Logam Jaya Abadi")
    page.fill("#id_notes", "Set up the suggestion box with the enterprise improvement team.")
    page.screenshot(path=str(screenshot_dir / "results-visit-phone.png"), full_page=True)
    page.get_by_role("button", name="Save the visit").click()
    assert page.locator(".message--success").inner_text() == "The visit to PT Logam Jaya Abadi is recorded."

    for name, value in (("CV Batik Semarang Indah", "46"), ("PT Logam Jaya Abadi", "44,5")):
        _assessment(page, enterprise=name, kind="follow_up", on=today, productivity=value, kpi_pk=kpi.pk)
        assert "improved" in page.locator("#kpis-heading + table").inner_text()
        page.goto(f"{live_server.url}/results/cycles/{cycle.pk}/")
    page.screenshot(path=str(screenshot_dir / "results-cycle-phone.png"), full_page=True)
    page.get_by_role("button", name="Mark the cycle as completed").click()
    assert page.locator(".message--success").inner_text() == "The cycle is now completed."
    assert "waiting for Agus Setiawan" in page.locator("#toe-heading + p").inner_text()

    # The supervising Expert confirms it on the cycle.
    expert_page = logged_in_context(browser, live_server, expert, second_factor=True).new_page()
    expert_page.goto(f"{live_server.url}/results/cycles/{cycle.pk}/")
    expert_page.fill("#id_note", "Baselines, visits and follow-ups well done.")
    expert_page.get_by_role("button", name="Confirm the ToE cycle").click()
    assert (
        "it now counts for the trainer's certification"
        in expert_page.locator(".message--success").inner_text()
    )

    # The trainer's checklist: the ToE requirement is met, with the cycle.
    toe = track.requirements.get(kind=Requirement.Kind.TOE_CYCLE, level="trainer")
    page.goto(f"{live_server.url}/certification/{track.pk}/trainer/")
    item = page.locator(f"#requirement-{toe.pk}")
    assert "requirement--met" in item.get_attribute("class")
    assert f"Cycle {cycle.code}, confirmed by Agus Setiawan" in item.inner_text()
    page.screenshot(path=str(screenshot_dir / "results-toe-met-phone.png"), full_page=True)

    # The public results count the two enterprises trained.
    assert _figure(page, f"{live_server.url}/results/", "enterprises") == before + 2
