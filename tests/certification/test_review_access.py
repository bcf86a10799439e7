"""Who sees what: evidence, review pages and certificate PDFs refuse the wrong role and the wrong object."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from accounts.api import mfa_required_for
from certification.certificates import certificate_issue
from certification.evidence import evidence_add
from certification.models import Certification, CertificationTrack, Level
from certification.progression import certification_start
from courses.models import ModulePage
from tests.helpers import second_factor_login, sign_in

from .progression_helpers import Kind, candidate_create, pdf_upload, requirement

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_expert():
    return get_user_model().objects.get(email="expert@score.example")


@pytest.fixture
def evidence(core_track):
    candidate = candidate_create()
    certification = certification_start(trainer=candidate, track=core_track, level=Level.TRAINER)
    return evidence_add(
        certification=certification,
        requirement=requirement(core_track, Kind.TOE_CYCLE),
        document="baseline",
        file=pdf_upload(),
        actor=candidate,
    )


@pytest.fixture
def other_module_expert(core):
    """An Expert Trainer of Quality, not of Workplace Cooperation."""
    user = candidate_create("Made Wirawan")
    quality = CertificationTrack.objects.get(
        module=ModulePage.objects.get(slug="quality", path__startswith=core.path)
    )
    expertise = Certification.objects.create(
        trainer=user, track=quality, level=Level.EXPERT, state="certified"
    )
    certificate_issue(certification=expertise, certified_by=None, notify=False)
    return user


def test_evidence_is_served_to_the_trainer_the_modules_experts_and_staff_only(
    client, evidence, demo_expert, staff_user, other_module_expert
):
    url = reverse("certification:evidence", args=(evidence.pk,))
    assert client.get(url).status_code == 302  # anonymous: to the login page
    for outsider in (candidate_create("Ketut Arya"), other_module_expert):
        sign_in(client, outsider)
        assert client.get(url).status_code == 404
    for allowed in (evidence.certification.trainer, demo_expert, staff_user):
        sign_in(client, allowed)
        response = client.get(url)
        assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")
        assert response["Cache-Control"] == "private, no-store"


def test_evidence_is_not_under_the_public_media_url(evidence, settings):
    assert not str(evidence.file.path).startswith(str(settings.MEDIA_ROOT))


def test_review_pages_refuse_trainers_and_experts_of_other_modules(client, evidence, other_module_expert):
    certification = evidence.certification
    client.force_login(candidate_create("Nyoman Sari"))
    assert client.get(reverse("certification:review_queue")).status_code == 403
    second_factor_login(client, other_module_expert)
    assert client.get(reverse("certification:review_queue")).status_code == 200
    assert client.get(reverse("certification:review", args=(certification.pk,))).status_code == 404


def test_an_expert_cannot_open_their_own_certification_for_review(client, demo_expert):
    own = Certification.objects.filter(trainer=demo_expert).first()
    second_factor_login(client, demo_expert)
    assert client.get(reverse("certification:review", args=(own.pk,))).status_code == 404


def test_reviewing_needs_the_second_factor_in_this_session(client, demo_expert):
    assert mfa_required_for(demo_expert)  # an Expert Trainer by certification, in no group
    client.force_login(demo_expert)
    response = client.get(reverse("certification:review_queue"))
    assert response.status_code == 302 and response.url.startswith(reverse("mfa_reauthenticate"))


def test_a_certificate_pdf_is_for_its_holder_and_staff(client, staff_user):
    holder = get_user_model().objects.get(email="holder@score.example")
    certificate = holder.certifications.first().certificates.filter(status="valid").first()
    url = reverse("certification:certificate_pdf", args=(certificate.number,))
    client.force_login(candidate_create("Someone Else"))
    assert client.get(url).status_code == 404
    for allowed in (holder, staff_user):
        sign_in(client, allowed)
        response = client.get(url)
        assert response.status_code == 200 and response["Content-Type"] == "application/pdf"


def test_staff_revoke_from_the_review_page_and_verification_says_so(client, staff_user):
    holder = get_user_model().objects.get(email="holder@score.example")
    certification = holder.certifications.get(track__module__slug="workplace-cooperation")
    certificate = certification.certificates.get(status="valid")
    second_factor_login(client, staff_user)
    url = reverse("certification:review", args=(certification.pk,))
    response = client.post(url, {"action": "revoke", "reason": ""})
    assert "Give a reason" in response.content.decode()
    client.post(url, {"action": "revoke", "reason": "Certificate obtained with false evidence."})
    certificate.refresh_from_db()
    assert certificate.status == "revoked"
    page = client.get(reverse("certification:verify", args=(certificate.token,))).content.decode()
    assert "Revoked" in page and "false evidence" in page


def test_an_expert_cannot_suspend(client, demo_expert):
    holder = get_user_model().objects.get(email="holder@score.example")
    certification = holder.certifications.get(track__module__slug="workplace-cooperation")
    second_factor_login(client, demo_expert)
    client.post(
        reverse("certification:review", args=(certification.pk,)), {"action": "suspend", "reason": "No"}
    )
    certification.refresh_from_db()
    assert certification.state == "certified"


def test_a_variant_accepting_the_core_counts_the_core_certificate(client, plus_module, demo_expert):
    from certification.roles import holds, is_expert_in

    variant_wc = plus_module.get_parent().get_children().get(slug="workplace-cooperation")
    variant_track = CertificationTrack.objects.get(module=variant_wc)
    assert variant_track.accepts_core_certification
    holder = get_user_model().objects.get(email="holder@score.example")
    assert holds(holder, variant_track, Level.TRAINER) and is_expert_in(demo_expert, variant_track)
    assert not is_expert_in(holder, variant_track)
    client.force_login(holder)
    page = client.get(reverse("certification:track", args=(variant_track.pk, Level.TRAINER))).content.decode()
    assert "You already hold a valid certificate that counts for this module" in page
