"""A training cycle is the trainer's certification evidence: the ToE cycle their supervising Expert confirms on
the cycle, and the cycles they complete as lead trainer for the Expert level."""

import pytest
from django.urls import reverse

from certification.models import Level, Requirement
from certification.requirements import AWAITING, MET, TODO, checklist
from results.services.cycles import TOE_NOT_EXPERT, cycle_toe_confirm

from .records import completed_cycle, cycle_create, lead_create

pytestmark = pytest.mark.django_db
Kind = Requirement.Kind


@pytest.fixture
def core_track(core_module):
    from certification.models import CertificationTrack

    return CertificationTrack.objects.get(module=core_module)


def _item(track, user, kind, level=Level.TRAINER):
    return next(
        i for i in checklist(trainer=user, track=track, level=level).items if i.requirement.kind == kind
    )


def test_the_experts_confirmation_on_the_cycle_meets_the_toe_requirement(
    client, core_track, core_module, bedo, lead, demo_expert
):
    from tests.helpers import sign_in

    assert _item(core_track, lead, Kind.TOE_CYCLE).state == TODO
    cycle = completed_cycle(module=core_module, partner=bedo, lead=lead, expert=demo_expert)
    waiting = _item(core_track, lead, Kind.TOE_CYCLE)
    assert waiting.state == AWAITING
    assert waiting.link == reverse("results:cycle", args=(cycle.pk,))
    # The trainer's checklist links the cycle, awaiting the Expert.
    client.force_login(lead)
    page = client.get(reverse("certification:track", args=(core_track.pk, "trainer"))).content.decode()
    assert f"Training cycle {cycle.code}" in page and "awaiting the Expert" in page
    # The trainer cannot confirm their own cycle.
    client.post(reverse("results:cycle_confirm", args=(cycle.pk,)), {"note": ""})
    cycle.refresh_from_db()
    assert not cycle.toe_confirmed
    # The supervising Expert confirms it on the cycle's page.
    sign_in(client, demo_expert)
    page = client.get(reverse("results:cycle", args=(cycle.pk,))).content.decode()
    assert "Confirm the ToE cycle" in page
    client.post(reverse("results:cycle_confirm", args=(cycle.pk,)), {"note": "Solid baseline and visits."})
    cycle.refresh_from_db()
    assert (
        cycle.toe_confirmed_by == demo_expert and cycle.toe_confirmation_note == "Solid baseline and visits."
    )
    met = _item(core_track, lead, Kind.TOE_CYCLE)
    assert met.state == MET and cycle.code in met.detail and "Agus Setiawan" in met.detail


def test_only_the_supervising_expert_confirms(core_module, bedo, lead, demo_expert, staff_user):
    cycle = completed_cycle(module=core_module, partner=bedo, lead=lead, expert=demo_expert)
    with pytest.raises(Exception) as refused:
        cycle_toe_confirm(cycle=cycle, expert=staff_user)
    assert str(TOE_NOT_EXPERT) in str(refused.value)


def test_a_cycle_not_completed_cannot_be_confirmed(client, core_module, bedo, lead, demo_expert):
    from tests.helpers import sign_in

    cycle = cycle_create(module=core_module, partner=bedo, lead=lead, expert=demo_expert)
    sign_in(client, demo_expert)
    page = client.post(reverse("results:cycle_confirm", args=(cycle.pk,)), follow=True).content.decode()
    assert "The cycle is confirmed once it is completed." in page
    cycle.refresh_from_db()
    assert not cycle.toe_confirmed


def test_a_confirmed_toe_cycle_cannot_be_reopened(core_module, bedo, lead, demo_expert, staff_user):
    from results.services.cycles import REOPEN_CONFIRMED, cycle_status_problems

    cycle = completed_cycle(module=core_module, partner=bedo, lead=lead, expert=demo_expert)
    cycle_toe_confirm(cycle=cycle, expert=demo_expert)
    cycle.refresh_from_db()
    assert cycle_status_problems(cycle=cycle, to_status="running") == [str(REOPEN_CONFIRMED)]


def test_a_cycle_of_another_module_does_not_count(core_track, core_module, bedo, lead, demo_expert):
    quality = core_module.get_siblings().get(slug="quality").specific
    completed_cycle(module=quality, partner=bedo, lead=lead)
    assert _item(core_track, lead, Kind.TOE_CYCLE).state == TODO


def test_completed_cycles_as_lead_count_towards_the_expert_level(core_track, core_module, bedo, lead):
    required = core_track.requirements.get(kind=Kind.LEAD_CYCLES, level=Level.EXPERT).cycles
    for _ in range(required - 1):
        completed_cycle(module=core_module, partner=bedo, lead=lead)
    co_led = lead_create(bedo, name="Made Wirawan")
    completed_cycle(module=core_module, partner=bedo, lead=co_led)  # someone else's cycle does not count
    short = _item(core_track, lead, Kind.LEAD_CYCLES, Level.EXPERT)
    assert short.state != MET and f"{required - 1} of {required} cycles" in short.detail
    completed_cycle(module=core_module, partner=bedo, lead=lead)
    assert _item(core_track, lead, Kind.LEAD_CYCLES, Level.EXPERT).state == MET


def test_uploaded_evidence_stays_possible_for_cycles_before_the_platform(core_track, lead):
    item = _item(core_track, lead, Kind.TOE_CYCLE)
    assert item.state == TODO and "upload" in item.next_step


def test_a_recorded_toe_cycle_is_confirmed_on_the_cycle_not_on_the_review(
    client, core_track, core_module, bedo, lead, demo_expert
):
    from certification.progression import certification_start
    from tests.helpers import sign_in

    cycle = completed_cycle(module=core_module, partner=bedo, lead=lead, expert=demo_expert)
    certification = certification_start(trainer=lead, track=core_track, level=Level.TRAINER)
    toe = core_track.requirements.get(kind=Kind.TOE_CYCLE, level=Level.TRAINER)
    client.force_login(lead)
    page = client.get(reverse("certification:track", args=(core_track.pk, "trainer"))).content.decode()
    mine = page.split(f'id="requirement-{toe.pk}"', 1)[1].split('id="requirement-', 1)[0]
    assert "Upload evidence" not in mine and f"Training cycle {cycle.code}" in mine
    sign_in(client, demo_expert)
    review = client.get(reverse("certification:review", args=(certification.pk,))).content.decode()
    theirs = review.split(f'id="requirement-{toe.pk}"', 1)[1].split('id="requirement-', 1)[0]
    assert "Open the cycle" in theirs and 'value="confirm"' not in theirs
    assert reverse("results:cycle", args=(cycle.pk,)) in theirs
