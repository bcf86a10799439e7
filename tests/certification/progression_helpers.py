"""Ways to bring a candidate through the Workplace Cooperation checklist, as the pages and services do."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from reportlab.pdfgen import canvas

from certification.models import Certification, Evidence, Level, Requirement, TrainerProfile
from courses.demo.knowledge_checks import pass_check
from courses.models import LessonPage
from courses.progress import lesson_complete
from tests.factories import trainer_create

Kind = Requirement.Kind
TOE_DOCUMENTS = ["baseline", "attendance", "visit", "progress"]


def pdf_upload(name="report.pdf", text="Evidence") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, text)
    page.save()
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/pdf")


def candidate_create(name="Wayan Sudarsana") -> object:
    user = trainer_create()
    TrainerProfile.objects.create(
        user=user,
        certificate_name=name,
        gender="man",
        other_organisation="X",
        province="BA",
        registry_opt_in=True,
    )
    return user


def study(user, module) -> None:
    for lesson in LessonPage.objects.child_of(module).live():
        lesson_complete(user=user, lesson=lesson)
    pass_check(user=user, module=module)


def requirement(track, kind, level=Level.TRAINER) -> Requirement:
    return track.requirements.get(kind=kind, level=level)


def track_url(track, level=Level.TRAINER) -> str:
    return reverse("certification:track", args=(track.pk, level))


def do_my_part(client, track, expert) -> None:
    """Through the trainer's page: ToT, ToE with its four documents, recommendation."""
    url = track_url(track)
    tot, toe, rec = (
        requirement(track, kind) for kind in (Kind.TOT_ATTENDED, Kind.TOE_CYCLE, Kind.RECOMMENDATION)
    )
    client.post(
        url,
        {
            "action": "declare",
            "requirement": tot.pk,
            f"req{tot.pk}-expert": expert.pk,
            f"req{tot.pk}-happened_on": "2026-03-10",
            f"req{tot.pk}-place": "Jakarta",
        },
    )
    client.post(url, {"action": "declare", "requirement": toe.pk, f"req{toe.pk}-expert": expert.pk})
    for document in TOE_DOCUMENTS:
        evidence_post(client, track, pdf_upload(f"{document}.pdf"), document=document)
    client.post(url, {"action": "declare", "requirement": rec.pk, f"req{rec.pk}-expert": expert.pk})


def evidence_post(client, track, file, *, document="baseline"):
    """Send a file as the trainer does, from the certification page, for the track's ToE cycle."""
    toe = requirement(track, Kind.TOE_CYCLE)
    return client.post(
        track_url(track),
        {
            "action": "evidence",
            "requirement": toe.pk,
            f"ev{toe.pk}-document": document,
            f"ev{toe.pk}-file": file,
        },
    )


def certification_of(user, track, level=Level.TRAINER) -> Certification:
    return Certification.objects.get(trainer=user, track=track, level=level)


def evidence_count(user) -> int:
    return Evidence.objects.filter(certification__trainer=user).count()
