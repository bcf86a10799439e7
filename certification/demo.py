"""The certification demo: an Expert Trainer for Workplace Cooperation, a candidate whose evidence awaits
review, holders of valid certificates (a core module and a variant module), a revoked certificate and a
superseded one. Built through the services, as people would; a second run changes nothing."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

from courses.demo.knowledge_checks import pass_check
from courses.demo.materials import material_pdf
from courses.models import CurriculumPage, LessonPage, ModulePage, Partner
from courses.progress import lesson_complete

from .evidence import evidence_add
from .models import Certificate, Certification, Evidence, Level, NameChangeRequest, Requirement
from .name_changes import name_request_approve, name_request_submit
from .profiles import profile_get, profile_save
from .progression import certification_start, requirement_confirm, requirement_declare
from .tracks import track_ensure
from .transitions import certification_grant, certification_revoke, certification_submit

Kind = Requirement.Kind
EXPERT = "expert@score.example"
CANDIDATE = "candidate@score.example"
HOLDER = "holder@score.example"
REVOKED = "revoked@score.example"
COHORT = "ToT Jakarta, March 2026 (demo)"

PROFILES = {
    EXPERT: ("Agus Setiawan", "man", "JK"),
    CANDIDATE: ("Putri Handayani", "woman", "JT"),
    HOLDER: (
        "Siti Rahmawaty",
        "woman",
        "JB",
    ),  # corrected below to "Siti Rahmawati": a superseded certificate
    REVOKED: ("Andi Pratama", "man", "JI"),
}


def _module(curriculum_slug: str, slug: str) -> ModulePage | None:
    curriculum = CurriculumPage.objects.filter(slug=curriculum_slug, locale__language_code="en").first()
    if curriculum is None:
        return None
    return ModulePage.objects.child_of(curriculum).filter(slug=slug).first()


def _profile(user) -> None:
    certificate_name, gender, province = PROFILES[user.email]
    if profile_get(user=user) is not None:
        return
    profile_save(
        user=user,
        data={
            "certificate_name": certificate_name,
            "gender": gender,
            "partner": Partner.objects.filter(short_name="BEDO").first(),
            "other_organisation": "",
            "province": province,
            "phone": "",
            "preferred_language": "id",
            "registry_opt_in": True,
        },
        changed_by=user,
    )


def _grant(user, track, level, staff):
    certification = certification_start(trainer=user, track=track, level=level)
    return certification_grant(certification=certification, actor=staff, reason=COHORT, notify=False)


def _evidence_pdf(title: str, name: str) -> ContentFile:
    content = material_pdf(
        title=title, subtitle="Putri Handayani · Workplace Cooperation", paragraphs=[title]
    )
    return ContentFile(content, name=name)


def _candidate(candidate, expert, track, module) -> None:
    for lesson in LessonPage.objects.child_of(module).live():
        lesson_complete(user=candidate, lesson=lesson)
    pass_check(user=candidate, module=module)
    certification = certification_start(trainer=candidate, track=track, level=Level.TRAINER)
    requirements = {req.kind: req for req in track.requirements.filter(level=Level.TRAINER)}
    tot = requirements.get(Kind.TOT_ATTENDED)
    if tot:
        requirement_declare(
            certification=certification,
            requirement=tot,
            actor=candidate,
            expert=expert,
            happened_on=timezone.localdate() - timedelta(days=120),
            place="Jakarta",
        )
        requirement_confirm(certification=certification, requirement=tot, actor=expert)
    toe = requirements.get(Kind.TOE_CYCLE)
    if toe:
        requirement_declare(
            certification=certification,
            requirement=toe,
            actor=candidate,
            expert=expert,
            happened_on=timezone.localdate() - timedelta(days=90),
            place="PT Sinar Garmen, Bekasi",
        )
        for document, label in Evidence.Document.choices[:4]:
            evidence_add(
                certification=certification,
                requirement=toe,
                document=document,
                file=_evidence_pdf(str(label), f"{document}-report.pdf"),
                actor=candidate,
            )
    recommendation = requirements.get(Kind.RECOMMENDATION)
    if recommendation:
        requirement_declare(
            certification=certification, requirement=recommendation, actor=candidate, expert=expert
        )
    certification_submit(certification=certification, actor=candidate)


def build(*, staff) -> None:
    users = {user.email: user for user in get_user_model().objects.filter(email__in=PROFILES)}
    if (
        len(users) < len(PROFILES)
        or Certificate.objects.filter(certification__trainer=users[EXPERT]).exists()
    ):
        return
    core = _module("score-core", "workplace-cooperation")
    variant = _module("score-plus", "quality")
    if core is None:
        return
    track = track_ensure(module=core)
    for user in users.values():
        _profile(user)
    expert = users[EXPERT]
    _grant(expert, track, Level.TRAINER, staff)
    _grant(expert, track, Level.EXPERT, staff)

    holder = users[HOLDER]
    _grant(holder, track, Level.TRAINER, staff)
    if variant is not None:
        _grant(holder, track_ensure(module=variant), Level.TRAINER, staff)
    # A change of name after marriage, approved by staff: both certificates are re-issued in it.
    request = name_request_submit(
        profile=holder.trainer_profile,
        new_name="Siti Rahmawati",
        reason=NameChangeRequest.Reason.MARRIAGE,
        explanation="Married in February 2026; my family name is now Rahmawati.",
        actor=holder,
    )
    name_request_approve(request=request, staff=staff, note="Marriage certificate seen.")
    # And one waiting for staff in the admin.
    name_request_submit(
        profile=expert.trainer_profile,
        new_name="Agus Setiawan Putra",
        reason=NameChangeRequest.Reason.SPELLING,
        explanation="My identity card has my full name.",
        actor=expert,
    )

    revoked = users[REVOKED]
    _grant(revoked, track, Level.TRAINER, staff)
    certification_revoke(
        certification=Certification.objects.get(trainer=revoked, track=track, level=Level.TRAINER),
        actor=staff,
        reason="Evidence of the ToE cycle was found to be copied from another trainer's reports.",
    )
    _candidate(users[CANDIDATE], expert, track, core)
