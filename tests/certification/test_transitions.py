"""Every change of state, who may make it, and the events and certificates that follow."""

import pytest
from django.contrib.auth.models import Group

from certification.certificates import certificate_issue
from certification.models import Certificate, Certification, CertificationTrack, Level
from certification.transitions import (
    COMMENT_REQUIRED,
    NO_SELF_CERTIFICATION,
    NOT_AN_EXPERT_HERE,
    NOT_YOUR_CERTIFICATION,
    REASON_REQUIRED,
    STAFF_ONLY,
    TransitionError,
    certification_approve,
    certification_expire,
    certification_reinstate,
    certification_request_changes,
    certification_revoke,
    certification_submit,
    certification_suspend,
)
from courses.models import ModulePage
from tests.factories import trainer_create

pytestmark = pytest.mark.django_db

State = Certification.State


@pytest.fixture
def module_expert(track, expert):
    expertise = Certification.objects.create(
        trainer=expert, track=track, level=Level.EXPERT, state=State.CERTIFIED
    )
    certificate_issue(certification=expertise, certified_by=None, notify=False)
    return expert


@pytest.fixture
def candidate(track, holder):
    return Certification.objects.create(trainer=holder, track=track, level=Level.TRAINER)


@pytest.fixture
def submitted(candidate, holder):
    certification_submit(certification=candidate, actor=holder)
    candidate.refresh_from_db()
    return candidate


@pytest.fixture
def certified(submitted, module_expert):
    certification_approve(certification=submitted, actor=module_expert)
    submitted.refresh_from_db()
    return submitted


def refused(message, call, **kwargs):
    with pytest.raises(TransitionError) as error:
        call(**kwargs)
    assert str(message).split("%")[0] in str(error.value)


def test_the_trainer_submits_their_own(candidate, holder, expert):
    refused(NOT_YOUR_CERTIFICATION, certification_submit, certification=candidate, actor=expert)
    event = certification_submit(certification=candidate, actor=holder)
    assert (event.from_state, event.to_state, event.actor) == (State.IN_PROGRESS, State.SUBMITTED, holder)
    refused("This certification is submitted", certification_submit, certification=candidate, actor=holder)


def test_an_expert_of_the_module_approves_and_a_certificate_is_issued(submitted, module_expert, holder):
    certificate = certification_approve(certification=submitted, actor=module_expert)
    submitted.refresh_from_db()
    assert submitted.state == State.CERTIFIED
    assert certificate.status == Certificate.Status.VALID and certificate.certified_by == module_expert
    assert [e.to_state for e in submitted.events.all()] == [State.SUBMITTED, State.CERTIFIED]


def test_an_expert_of_another_module_cannot_decide(submitted, expert, core):
    quality = ModulePage.objects.get(slug="quality", path__startswith=core.path)
    other_track = CertificationTrack.objects.get_or_create(module=quality)[0]
    elsewhere = Certification.objects.create(
        trainer=expert, track=other_track, level=Level.EXPERT, state=State.CERTIFIED
    )
    certificate_issue(certification=elsewhere, certified_by=None, notify=False)
    refused(NOT_AN_EXPERT_HERE, certification_approve, certification=submitted, actor=expert)
    refused(
        NOT_AN_EXPERT_HERE, certification_request_changes, certification=submitted, actor=expert, reason="x"
    )


def test_a_trainer_without_expert_status_cannot_decide(submitted):
    refused(NOT_AN_EXPERT_HERE, certification_approve, certification=submitted, actor=trainer_create())


def test_a_suspended_expert_cannot_decide(submitted, module_expert, track, staff_user):
    expertise = Certification.objects.get(trainer=module_expert, track=track, level=Level.EXPERT)
    certification_suspend(certification=expertise, actor=staff_user, reason="Under investigation")
    refused(NOT_AN_EXPERT_HERE, certification_approve, certification=submitted, actor=module_expert)


def test_no_one_certifies_themself(track, module_expert):
    own = Certification.objects.create(trainer=module_expert, track=track, level=Level.TRAINER)
    certification_submit(certification=own, actor=module_expert)
    refused(NO_SELF_CERTIFICATION, certification_approve, certification=own, actor=module_expert)
    staff = trainer_create()
    staff.groups.add(Group.objects.get(name="Programme staff"))
    own_staff = Certification.objects.create(trainer=staff, track=track, level=Level.TRAINER)
    certification_submit(certification=own_staff, actor=staff)
    refused(NO_SELF_CERTIFICATION, certification_approve, certification=own_staff, actor=staff)


def test_programme_staff_can_decide_anything(submitted, staff_user):
    certification_approve(certification=submitted, actor=staff_user)
    submitted.refresh_from_db()
    assert submitted.state == State.CERTIFIED


def test_returning_with_comments_needs_them_and_allows_a_resubmission(submitted, module_expert, holder):
    refused(
        COMMENT_REQUIRED,
        certification_request_changes,
        certification=submitted,
        actor=module_expert,
        reason=" ",
    )
    certification_request_changes(
        certification=submitted, actor=module_expert, reason="The visit reports are missing."
    )
    submitted.refresh_from_db()
    assert submitted.state == State.CHANGES_REQUESTED
    assert submitted.events.last().reason == "The visit reports are missing."
    certification_submit(certification=submitted, actor=holder)
    submitted.refresh_from_db()
    assert submitted.state == State.SUBMITTED


def test_suspension_and_reinstatement_by_staff_only(certified, module_expert, staff_user):
    refused(
        STAFF_ONLY, certification_suspend, certification=certified, actor=module_expert, reason="Complaint"
    )
    refused(REASON_REQUIRED, certification_suspend, certification=certified, actor=staff_user, reason="")
    certification_suspend(certification=certified, actor=staff_user, reason="Complaint under review")
    certificate = certified.certificates.get()
    assert (
        certificate.status == Certificate.Status.SUSPENDED
        and certificate.status_reason == "Complaint under review"
    )
    certification_reinstate(certification=certified, actor=staff_user)
    certified.refresh_from_db()
    certificate.refresh_from_db()
    assert certified.state == State.CERTIFIED and certificate.status == Certificate.Status.VALID


def test_revocation_is_final_and_the_certificate_still_exists(certified, staff_user):
    refused(REASON_REQUIRED, certification_revoke, certification=certified, actor=staff_user, reason="")
    certification_revoke(
        certification=certified, actor=staff_user, reason="Evidence was not the trainer's own."
    )
    certified.refresh_from_db()
    assert certified.state == State.REVOKED
    certificate = certified.certificates.get()
    assert certificate.status == Certificate.Status.REVOKED and certificate.status_changed_at
    refused("revoked", certification_reinstate, certification=certified, actor=staff_user)


def test_expiry(certified):
    certification_expire(certification=certified)
    certified.refresh_from_db()
    assert certified.state == State.EXPIRED
    assert certified.certificates.get().status == Certificate.Status.EXPIRED
    assert certified.events.last().actor is None


def test_every_transition_is_recorded_in_order(certified, staff_user, holder, module_expert):
    certification_suspend(certification=certified, actor=staff_user, reason="Check")
    certification_reinstate(certification=certified, actor=staff_user)
    history = [(e.actor, e.from_state, e.to_state) for e in certified.events.all()]
    assert history == [
        (holder, State.IN_PROGRESS, State.SUBMITTED),
        (module_expert, State.SUBMITTED, State.CERTIFIED),
        (staff_user, State.CERTIFIED, State.SUSPENDED),
        (staff_user, State.SUSPENDED, State.CERTIFIED),
    ]
