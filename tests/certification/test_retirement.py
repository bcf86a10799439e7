"""Requirements retire instead of being deleted: staff tick "Retired" on the track's admin form; a retired
requirement is asked of nobody, while what trainers did towards it stays and still shows. Deleting one that
trainers worked towards is refused; deleting one nobody used is fine."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import ProtectedError
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import ModelLogEntry

from certification.models import Certification, Evidence, Level, Requirement, RequirementProgress
from certification.progression import certification_start, requirement_declare
from certification.requirements import RETIRED, TODO, checklist
from certification.retirement import (
    NOT_A_RULE_SETTER,
    REINSTATE_ACTION,
    REQUIREMENT_HAS_HISTORY,
    REQUIREMENT_RETIRED,
    RETIRE_ACTION,
    requirement_retire,
)
from certification.transitions import certification_submit
from tests.helpers import denied, sign_in

from .progression_helpers import candidate_create, track_url

pytestmark = pytest.mark.django_db
Kind = Requirement.Kind


@pytest.fixture
def ruled_track(track):
    """Service Excellence with two trainer requirements: cycles as lead trainer, and the ToT."""
    Requirement.objects.create(
        track=track, level=Level.TRAINER, kind=Kind.LEAD_CYCLES, cycles=1, sort_order=0
    )
    Requirement.objects.create(track=track, level=Level.TRAINER, kind=Kind.TOT_ATTENDED, sort_order=1)
    return track


def req(track, kind) -> Requirement:
    return track.requirements.get(kind=kind, level=Level.TRAINER)


def worked_on(track, trainer, *, name="cycle-report.pdf") -> Certification:
    """The trainer claimed a cycle as lead trainer and sent its report."""
    certification = certification_start(trainer=trainer, track=track, level=Level.TRAINER)
    lead = req(track, Kind.LEAD_CYCLES)
    requirement_declare(certification=certification, requirement=lead, actor=trainer, cycles=1)
    Evidence.objects.create(
        certification=certification,
        requirement=lead,
        document=Evidence.Document.PROGRESS,
        file=f"evidence/{certification.pk}/{name}",
        original_name=name,
        content_type="application/pdf",
        size=1000,
        uploaded_by=trainer,
    )
    return certification


def track_form(track, *, retire=(), reinstate=(), delete=()) -> dict:
    """The track's admin form as the browser sends it, with the given requirements ticked or removed."""
    data = {
        "module": track.module_id,
        "trainer_validity_months": track.trainer_validity_months,
        "expert_validity_months": track.expert_validity_months,
    }
    if track.is_active:
        data["is_active"] = "on"
    if track.accepts_core_certification:
        data["accepts_core_certification"] = "on"
    requirements = list(track.requirements.order_by("sort_order", "pk"))
    data.update(
        {
            "requirements-TOTAL_FORMS": len(requirements),
            "requirements-INITIAL_FORMS": len(requirements),
            "requirements-MIN_NUM_FORMS": 0,
            "requirements-MAX_NUM_FORMS": 1000,
        }
    )
    for number, requirement in enumerate(requirements):
        prefix = f"requirements-{number}-"
        data.update(
            {
                f"{prefix}id": requirement.pk,
                f"{prefix}level": requirement.level,
                f"{prefix}kind": requirement.kind,
                f"{prefix}cycles": requirement.cycles,
                f"{prefix}prerequisite": requirement.prerequisite_id or "",
                f"{prefix}prerequisite_level": requirement.prerequisite_level,
                f"{prefix}guidance": requirement.guidance,
                f"{prefix}guidance_id": requirement.guidance_id,
                f"{prefix}ORDER": number + 1,
                f"{prefix}DELETE": "1" if requirement in delete else "",
            }
        )
        if requirement in retire or (requirement.is_retired and requirement not in reinstate):
            data[f"{prefix}retired"] = "on"
    return data


def edit_url(track) -> str:
    return reverse("certification_tracks:edit", args=(track.pk,))


def test_staff_retire_a_requirement_and_the_audit_log_says_who_and_when(client, staff_user, ruled_track):
    tot = req(ruled_track, Kind.TOT_ATTENDED)
    sign_in(client, staff_user)
    assert 'name="requirements-1-retired"' in client.get(edit_url(ruled_track)).content.decode()
    response = client.post(edit_url(ruled_track), track_form(ruled_track, retire=[tot]))
    assert response.status_code == 302
    tot.refresh_from_db()
    assert tot.is_retired and tot.retired_by == staff_user
    entry = ModelLogEntry.objects.get(action=RETIRE_ACTION, object_id=str(ruled_track.pk))
    assert entry.user == staff_user and entry.data["requirement_id"] == tot.pk
    history = client.get(reverse("certification_tracks:history", args=(ruled_track.pk,))).content.decode()
    assert "Requirement “Certified SCORE Trainer: Training of Trainers attended” retired" in history

    client.post(edit_url(ruled_track), track_form(ruled_track, reinstate=[tot]))
    tot.refresh_from_db()
    assert not tot.is_retired and tot.retired_by is None
    assert ModelLogEntry.objects.filter(action=REINSTATE_ACTION, object_id=str(ruled_track.pk)).count() == 1


def test_a_retired_requirement_is_asked_of_nobody(ruled_track, staff_user):
    trainer = candidate_create()
    certification = worked_on(ruled_track, trainer)
    before = checklist(trainer=trainer, track=ruled_track, level=Level.TRAINER, certification=certification)
    assert [item.requirement.kind for item in before.missing] == [Kind.TOT_ATTENDED]

    requirement_retire(requirement=req(ruled_track, Kind.TOT_ATTENDED), actor=staff_user)
    after = checklist(trainer=trainer, track=ruled_track, level=Level.TRAINER, certification=certification)
    assert after.ready_to_submit and Kind.TOT_ATTENDED not in [item.requirement.kind for item in after.items]
    certification_submit(certification=certification, actor=trainer)  # no longer held up by it
    newcomer = checklist(trainer=candidate_create(), track=ruled_track, level=Level.TRAINER)
    assert [item.requirement.kind for item in newcomer.items] == [Kind.LEAD_CYCLES]
    assert [item.state for item in newcomer.items] == [TODO]


def test_what_trainers_did_towards_a_retired_requirement_stays_and_shows(client, ruled_track, staff_user):
    trainer = candidate_create()
    certification = worked_on(ruled_track, trainer, name="lead-cycle-Bandung.pdf")
    lead = req(ruled_track, Kind.LEAD_CYCLES)
    requirement_retire(requirement=lead, actor=staff_user)

    items = checklist(trainer=trainer, track=ruled_track, level=Level.TRAINER, certification=certification)
    kept = next(item for item in items.items if item.requirement == lead)
    assert kept.state == RETIRED and kept.progress.cycles == 1 and len(kept.evidence) == 1
    assert kept not in items.unconfirmed and kept not in items.missing
    assert RequirementProgress.objects.filter(requirement=lead).count() == 1

    client.force_login(trainer)
    page = client.get(track_url(ruled_track)).content.decode()
    assert "lead-cycle-Bandung.pdf" in page and "req-state--retired" in page
    assert f'name="requirement" value="{lead.pk}"' not in page  # nothing more to enter or upload for it
    Certification.objects.filter(pk=certification.pk).update(state=Certification.State.CERTIFIED)
    sign_in(client, staff_user)
    review = client.get(reverse("certification:review", args=(certification.pk,))).content.decode()
    assert "lead-cycle-Bandung.pdf" in review and "req-state--retired" in review


def test_nothing_more_is_declared_towards_a_retired_requirement(client, ruled_track, staff_user):
    trainer = candidate_create()
    certification = worked_on(ruled_track, trainer)
    lead = requirement_retire(requirement=req(ruled_track, Kind.LEAD_CYCLES), actor=staff_user)
    with pytest.raises(ValidationError) as refused:
        requirement_declare(certification=certification, requirement=lead, actor=trainer, cycles=3)
    assert refused.value.messages == [str(REQUIREMENT_RETIRED)]
    client.force_login(trainer)
    response = client.post(
        track_url(ruled_track),
        {"action": "declare", "requirement": lead.pk, f"req{lead.pk}-cycles": "3"},
        follow=True,
    )
    assert escape(str(REQUIREMENT_RETIRED)) in response.content.decode()
    assert RequirementProgress.objects.get(requirement=lead).cycles == 1


def test_deleting_a_requirement_trainers_worked_towards_is_refused(client, staff_user, ruled_track):
    for _trainer in range(2):
        worked_on(ruled_track, candidate_create())
    lead = req(ruled_track, Kind.LEAD_CYCLES)
    sign_in(client, staff_user)
    response = client.post(edit_url(ruled_track), track_form(ruled_track, delete=[lead]))
    assert response.status_code == 200
    html = response.content.decode()
    assert escape(REQUIREMENT_HAS_HISTORY % {"count": 2}) in html
    assert 'name="requirements-0-DELETE" value="1"' not in html  # shown again, to be retired instead
    assert 'name="requirements-0-retired"' in html
    assert Requirement.objects.filter(pk=lead.pk).exists()
    assert RequirementProgress.objects.filter(requirement=lead).count() == 2
    assert Evidence.objects.filter(requirement=lead).count() == 2


def test_deleting_a_requirement_nobody_used_is_fine(client, staff_user, ruled_track):
    worked_on(ruled_track, candidate_create())
    tot = req(ruled_track, Kind.TOT_ATTENDED)
    sign_in(client, staff_user)
    response = client.post(edit_url(ruled_track), track_form(ruled_track, delete=[tot]))
    assert response.status_code == 302
    assert not Requirement.objects.filter(pk=tot.pk).exists()
    assert ruled_track.requirements.filter(kind=Kind.LEAD_CYCLES).exists()


def test_the_database_refuses_to_take_history_with_a_requirement(ruled_track):
    worked_on(ruled_track, candidate_create())
    with pytest.raises(ProtectedError):
        req(ruled_track, Kind.LEAD_CYCLES).delete()


def test_only_those_who_set_the_rules_retire_requirements(client, ruled_track, bedo_editor, trainer):
    tot = req(ruled_track, Kind.TOT_ATTENDED)
    for person in (bedo_editor, trainer):
        with pytest.raises(PermissionDenied) as refused:
            requirement_retire(requirement=tot, actor=person)
        assert str(refused.value) == str(NOT_A_RULE_SETTER)
        sign_in(client, person)
        response = client.post(edit_url(ruled_track), track_form(ruled_track, retire=[tot]))
        assert denied(response) or response.url.startswith(reverse("account_login"))  # no admin access
    tot.refresh_from_db()
    assert not tot.is_retired
    assert not ModelLogEntry.objects.filter(action=RETIRE_ACTION).exists()
