"""Expiry, the notice before it, renewal as a review of recent practice, and re-issue after a name correction."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from certification.certificates import certificate_issue
from certification.evidence import evidence_add
from certification.models import Certificate, Certification, Level, Requirement
from certification.name_changes import name_request_approve, name_request_submit
from certification.progression import requirement_confirm, requirement_declare
from certification.requirements import checklist
from certification.transitions import (
    RENEWAL_NOT_YET,
    TransitionError,
    certification_approve,
    certification_renew,
    certification_submit,
)
from certification.validity import certification_daily

from .progression_helpers import candidate_create, pdf_upload

pytestmark = pytest.mark.django_db
State = Certification.State


@pytest.fixture
def held(core_track, django_user_model):
    """A certified trainer of Workplace Cooperation, certified by the demo's Expert Trainer."""
    trainer = candidate_create("Komang Dewi")
    certification = Certification.objects.create(
        trainer=trainer, track=core_track, level=Level.TRAINER, state=State.CERTIFIED
    )
    expert = django_user_model.objects.get(email="expert@score.example")
    certificate_issue(certification=certification, certified_by=expert, notify=False)
    return certification


def _expires_in(certification, days):
    certificate = certification.certificates.get()
    certificate.expires_on = timezone.localdate() + timedelta(days=days)
    certificate.save()
    return certificate


def test_a_certificate_past_its_date_expires_with_its_certification(held):
    certificate = _expires_in(held, -1)
    assert certification_daily().expired >= 1
    certificate.refresh_from_db()
    held.refresh_from_db()
    assert certificate.status == "expired" and held.state == State.EXPIRED
    assert held.events.last().to_state == State.EXPIRED and held.events.last().actor is None


def test_holders_are_told_once_when_expiry_nears(held, client):
    certificate = _expires_in(held, 30)
    mail.outbox.clear()
    certification_daily()
    notices = [m for m in mail.outbox if certificate.number in m.subject]
    assert len(notices) == 1 and held.trainer.email in notices[0].to
    certification_daily()
    assert len([m for m in mail.outbox if certificate.number in m.subject]) == 1
    client.force_login(held.trainer)
    dashboard = client.get(reverse("certification:dashboard")).content.decode()
    assert "renew it now" in dashboard and 'value="renew"' in dashboard


def test_renewal_waits_for_the_window(held):
    _expires_in(held, 400)
    with pytest.raises(TransitionError) as refused:
        certification_renew(certification=held, actor=held.trainer)
    assert str(RENEWAL_NOT_YET).split("%")[0] in refused.value.message


def test_renewal_reviews_recent_practice_and_supersedes_the_old_certificate(held, django_user_model):
    old = _expires_in(held, 20)
    certification_renew(certification=held, actor=held.trainer)
    held.refresh_from_db()
    assert held.state == State.IN_PROGRESS and held.renewal_started_at
    old.refresh_from_db()
    assert old.effective_status == "valid"  # still valid until its date while the review goes on
    items = checklist(trainer=held.trainer, track=held.track, level=Level.TRAINER, certification=held)
    assert [item.requirement.kind for item in items.items] == [Requirement.Kind.RECENT_PRACTICE]
    practice = items.items[0].requirement
    requirement_declare(certification=held, requirement=practice, actor=held.trainer, cycles=2)
    evidence_add(
        certification=held, requirement=practice, document="progress", file=pdf_upload(), actor=held.trainer
    )
    certification_submit(certification=held, actor=held.trainer)
    expert = django_user_model.objects.get(email="expert@score.example")
    requirement_confirm(certification=held, requirement=practice, actor=expert)
    new = certification_approve(certification=Certification.objects.get(pk=held.pk), actor=expert)
    old.refresh_from_db()
    assert old.status == "superseded" and old.superseded_by == new
    assert new.expires_on > old.expires_on
    held.refresh_from_db()
    assert held.state == State.CERTIFIED and held.renewal_started_at is None


def test_a_name_correction_reissues_and_the_old_one_points_to_the_new(
    held, client, django_capture_on_commit_callbacks, staff_user
):
    old = held.certificates.get()
    profile = held.trainer.trainer_profile
    with django_capture_on_commit_callbacks(execute=True):
        request = name_request_submit(
            profile=profile, new_name="Komang Dewi Lestari", reason="spelling", actor=held.trainer
        )
        name_request_approve(request=request, staff=staff_user)
    old.refresh_from_db()
    new = old.superseded_by
    assert old.status == "superseded" and new.holder_name == "Komang Dewi Lestari"
    assert new.number != old.number and new.token != old.token and new.expires_on == old.expires_on
    assert profile.name_changes.count() == 1
    assert any(new.number in message.body for message in mail.outbox)  # the approval names the new numbers
    page = client.get(reverse("certification:verify", args=(old.token,))).content.decode()
    assert "Superseded" in page and reverse("certification:verify", args=(new.token,)) in page
    assert Certificate.objects.filter(certification=held).count() == 2
