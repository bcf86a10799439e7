"""The trainer's checklist, evidence and review, through the pages, with the demo's Workplace Cooperation
track (its default requirements) and the demo's Expert Trainer."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from pypdf import PdfReader

from certification.models import Certificate, Certification, Evidence
from certification.requirements import AWAITING, MET, checklist
from certification.transitions import (
    REQUIREMENTS_MISSING,
    REQUIREMENTS_UNCONFIRMED,
    TransitionError,
    certification_approve,
    certification_submit,
)
from tests.helpers import second_factor_login
from tests.upload_files import office_file

from .progression_helpers import (
    Kind,
    candidate_create,
    certification_of,
    do_my_part,
    evidence_count,
    evidence_post,
    pdf_upload,
    requirement,
    study,
    track_url,
)

pytestmark = pytest.mark.django_db
State = Certification.State


@pytest.fixture
def demo_expert():
    return get_user_model().objects.get(email="expert@score.example")


@pytest.fixture
def candidate():
    return candidate_create()


@pytest.fixture
def candidate_client(client, candidate):
    client.force_login(candidate)
    return client


def test_a_new_trainer_sees_what_to_do_and_why_review_is_not_yet_possible(candidate_client, core_track):
    html = candidate_client.get(track_url(core_track)).content.decode()
    assert "All lessons of the module done" in html and "0 of 4 lessons done" in html
    assert "Take the module&#x27;s knowledge check and pass it." in html
    assert 'disabled aria-describedby="submit-why"' in html
    assert "You can ask for review when you have done your part of every requirement" in html
    assert not Certification.objects.filter(trainer__pk=candidate_client.session["_auth_user_id"]).exists()


def test_asking_for_review_with_a_requirement_missing_is_refused(
    candidate, core_track, core_module, demo_expert, client
):
    study(candidate, core_module)
    client.force_login(candidate)
    do_my_part(client, core_track, demo_expert)
    certification = certification_of(candidate, core_track)
    requirement(core_track, Kind.TOE_CYCLE)
    Evidence.objects.filter(certification=certification, document="visit").delete()
    with pytest.raises(TransitionError) as refused:
        certification_submit(certification=certification, actor=candidate)
    assert str(REQUIREMENTS_MISSING).split(":")[0] in refused.value.message
    assert "ToE cycle" in refused.value.message
    certification.refresh_from_db()
    assert certification.state == State.IN_PROGRESS


def test_candidate_to_certificate_through_the_pages(
    candidate, core_track, core_module, demo_expert, client, django_capture_on_commit_callbacks
):
    study(candidate, core_module)
    client.force_login(candidate)
    do_my_part(client, core_track, demo_expert)
    items = checklist(
        trainer=candidate,
        track=core_track,
        level="trainer",
        certification=certification_of(candidate, core_track),
    )
    assert {item.requirement.kind: item.state for item in items.items} == {
        Kind.LESSONS_DONE: MET,
        Kind.KNOWLEDGE_CHECK: MET,
        Kind.TOT_ATTENDED: AWAITING,
        Kind.TOE_CYCLE: AWAITING,
        Kind.RECOMMENDATION: AWAITING,
    }
    response = client.post(track_url(core_track), {"action": "submit"}, follow=True)
    assert "You asked for review" in response.content.decode()
    certification = certification_of(candidate, core_track)
    assert certification.state == State.SUBMITTED

    expert = client.__class__()
    second_factor_login(expert, demo_expert)
    queue = expert.get(reverse("certification:review_queue")).content.decode()
    assert "Wayan Sudarsana" in queue
    review_url = reverse("certification:review", args=(certification.pk,))
    page = expert.get(review_url).content.decode()
    assert "baseline.pdf" in page and 'disabled aria-describedby="approve-why"' in page
    with pytest.raises(TransitionError) as refused:
        certification_approve(certification=certification, actor=demo_expert)
    assert str(REQUIREMENTS_UNCONFIRMED).split(".")[0] in refused.value.message

    for kind in (Kind.TOT_ATTENDED, Kind.TOE_CYCLE):
        req = requirement(core_track, kind)
        expert.post(review_url, {"action": "confirm", "requirement": req.pk})
    rec = requirement(core_track, Kind.RECOMMENDATION)
    response = expert.post(review_url, {"action": "confirm", "requirement": rec.pk})
    assert "Your recommendation" in response.content.decode()  # required: the form comes back
    expert.post(
        review_url, {"action": "confirm", "requirement": rec.pk, f"cf{rec.pk}-note": "Ready to train."}
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = expert.post(review_url, {"action": "approve"}, follow=True)
    assert "Certificate SCORE-ID-" in response.content.decode()
    certificate = Certificate.objects.get(certification=certification)
    assert certificate.certified_by == demo_expert and certificate.holder_name == "Wayan Sudarsana"

    # The holder received it by email, and downloads it from their dashboard.
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [candidate.email]
    name, content, mimetype = mail.outbox[0].attachments[0]
    assert name == f"{certificate.number}.pdf" and mimetype == "application/pdf"
    dashboard = client.get(reverse("certification:dashboard")).content.decode()
    pdf_url = reverse("certification:certificate_pdf", args=(certificate.number,))
    assert pdf_url in dashboard
    download = client.get(pdf_url)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(download.content)).pages)
    assert certificate.number in text and "Wayan Sudarsana" in text
    history = client.get(track_url(core_track)).content.decode()
    assert "Agus Setiawan" in history and "Certified" in history


def test_returning_with_comments_on_a_requirement(candidate, core_track, core_module, demo_expert, client):
    study(candidate, core_module)
    client.force_login(candidate)
    do_my_part(client, core_track, demo_expert)
    client.post(track_url(core_track), {"action": "submit"})
    certification = certification_of(candidate, core_track)
    toe = requirement(core_track, Kind.TOE_CYCLE)
    expert = client.__class__()
    second_factor_login(expert, demo_expert)
    review_url = reverse("certification:review", args=(certification.pk,))
    response = expert.post(review_url, {"action": "return", "return-reason": ""})
    assert "Say what the trainer should change" in response.content.decode()
    expert.post(
        review_url, {"action": "return", f"return-comment_{toe.pk}": "The visit report has no dates."}
    )
    certification.refresh_from_db()
    assert certification.state == State.CHANGES_REQUESTED
    page = client.get(track_url(core_track)).content.decode()
    assert "The visit report has no dates." in page and "Changes requested" in page
    # The trainer can upload again, and ask again.
    evidence_post(client, core_track, pdf_upload("visit-2.pdf"), document="visit")
    client.post(track_url(core_track), {"action": "submit"})
    certification.refresh_from_db()
    assert certification.state == State.SUBMITTED


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("tool.exe", b"MZ\x90\x00", "Send evidence as a PDF, JPEG, PNG, DOCX or XLSX file."),
        ("report.pdf", b"\x89PNG\r\n\x1a\n" + b"0" * 50, "does not contain a valid PDF file"),
        ("photo.jpg", b"%PDF-1.4 not a photo", "does not contain a valid JPG file"),
        ("sheet.xlsx", b"PK\x03\x04garbage", "does not contain a valid XLSX file"),
        ("empty.pdf", b"", "The submitted file is empty."),
    ],
)
def test_invalid_uploads_are_refused_and_nothing_is_stored(
    candidate_client, candidate, core_track, name, content, message
):
    response = evidence_post(candidate_client, core_track, SimpleUploadedFile(name, content))
    assert response.status_code == 200 and message in response.content.decode()
    assert evidence_count(candidate) == 0


@override_settings(SCORE_MAX_EVIDENCE_UPLOAD_SIZE=1000)
def test_a_file_too_large_is_refused(candidate_client, candidate, core_track):
    response = evidence_post(candidate_client, core_track, pdf_upload(text="x" * 3000))
    assert "evidence can be at most" in response.content.decode()
    assert evidence_count(candidate) == 0


def test_declaring_keeps_what_was_typed_when_it_is_wrong(candidate_client, core_track, candidate):
    tot = requirement(core_track, Kind.TOT_ATTENDED)
    response = candidate_client.post(
        track_url(core_track),
        {
            "action": "declare",
            "requirement": tot.pk,
            f"req{tot.pk}-happened_on": "2099-01-01",
            f"req{tot.pk}-place": "Surabaya",
        },
    )
    html = response.content.decode()
    assert "Choose the Expert Trainer." in html and 'value="Surabaya"' in html


def test_a_jpeg_and_a_docx_are_accepted(candidate_client, candidate, core_track):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, "JPEG")
    for name, content in [("attendance.jpg", buffer.getvalue()), ("attendance.docx", office_file("docx"))]:
        evidence_post(candidate_client, core_track, SimpleUploadedFile(name, content), document="attendance")
    assert evidence_count(candidate) == 2
    stored = Evidence.objects.filter(certification__trainer=candidate).values_list("content_type", flat=True)
    assert set(stored) == {
        "image/jpeg",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    }
