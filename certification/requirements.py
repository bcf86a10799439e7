"""The checklist: each requirement of a level, met or not, what the trainer does next, and what they did.

A requirement is *met* when it is fulfilled (automatically, or confirmed by an Expert Trainer or staff);
*awaiting* when the trainer did their part and an Expert's confirmation is what remains; *to do* otherwise.
A trainer may ask for review when nothing is left to do; an Expert may certify only when everything is met.
A *retired* requirement is asked of nobody; where a trainer worked towards it, it still shows, with what
they did (certification/retirement.py).
"""

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _

from courses.api import (
    core_module_number_one,
    derived_from,
    knowledge_check_passed,
    module_knowledge_check,
    module_learning_status,
)

from .cycle_sources import lead_cycles, toe_cycles
from .models import (
    Certification,
    CertificationTrack,
    Evidence,
    Requirement,
    RequirementProgress,
    ReviewComment,
)
from .roles import holds

Kind = Requirement.Kind
MET, AWAITING, TODO, RETIRED = "met", "awaiting", "todo", "retired"

TOE_DOCUMENTS = [
    Evidence.Document.BASELINE,
    Evidence.Document.ATTENDANCE,
    Evidence.Document.VISIT,
    Evidence.Document.PROGRESS,
]

NEXT_STEPS = {
    Kind.LESSONS_DONE: _("Study the remaining lessons of the module and mark each one done."),
    Kind.KNOWLEDGE_CHECK: _("Take the module's knowledge check and pass it."),
    Kind.TOT_ATTENDED: _(
        "Enter the date and place of your Training of Trainers and the Expert Trainer who ran it; "
        "they confirm your attendance."
    ),
    Kind.TOE_CYCLE: _(
        "Record your ToE cycle under My training cycles, naming its supervising Expert Trainer, who confirms "
        "it there once it is completed. For a cycle from before the platform, name the Expert here and upload "
        "its baseline report, classroom attendance, visit reports and progress report."
    ),
    Kind.LEAD_CYCLES: _(
        "Record the cycles you deliver as lead trainer under My training cycles: completed ones count here. "
        "For cycles from before the platform, enter how many and upload their reports; an Expert Trainer "
        "confirms them."
    ),
    Kind.PREREQUISITE: _("Get certified in the prerequisite module first."),
    Kind.RECOMMENDATION: _("Ask an Expert Trainer of this module to recommend you: name them here."),
    Kind.RECENT_PRACTICE: _(
        "Enter the cycles you delivered since your certificate was issued and upload their reports; an "
        "Expert Trainer confirms them."
    ),
}
AWAITING_CONFIRMATION = _("Waiting for an Expert Trainer to confirm.")
AWAITING_CYCLE_CONFIRMATION = _("Waiting for the supervising Expert Trainer to confirm the cycle.")
TOE_CONFIRMED_ON_CYCLE = _("Cycle %(code)s, confirmed by %(expert)s on %(date)s.")
LEAD_CYCLES_RECORDED = _("%(count)d of %(total)d cycles as lead trainer recorded and completed.")
RETIRED_DETAIL = _("No longer asked for since %(date)s. What was done towards it stays on record.")


@dataclass
class RequirementStatus:
    requirement: Requirement
    state: str
    detail: str = ""
    next_step: str = ""
    link: str | None = None
    progress: RequirementProgress | None = None
    evidence: list = field(default_factory=list)
    comments: list = field(default_factory=list)
    missing_documents: list = field(default_factory=list)
    cycles: list = field(default_factory=list)  # recorded cycles that count (certification/cycle_sources.py)

    @property
    def label(self) -> str:
        return requirement_label(self.requirement)

    @property
    def decided_on_cycle(self) -> bool:
        """A ToE cycle recorded on the platform: its supervising Expert confirms it on the cycle."""
        return bool(self.cycles) and self.requirement.kind == Kind.TOE_CYCLE

    @property
    def guidance(self) -> str:
        req = self.requirement
        return (req.guidance_id if get_language() == "id" and req.guidance_id else req.guidance) or ""


@dataclass
class Checklist:
    track: CertificationTrack
    level: str
    certification: Certification | None
    items: list[RequirementStatus]

    @property
    def required(self) -> list[RequirementStatus]:
        """The requirements still asked for: every item but the retired ones shown for their history."""
        return [item for item in self.items if item.state != RETIRED]

    @property
    def missing(self) -> list[RequirementStatus]:
        return [item for item in self.items if item.state == TODO]

    @property
    def unconfirmed(self) -> list[RequirementStatus]:
        return [item for item in self.required if item.state != MET]

    @property
    def ready_to_submit(self) -> bool:
        return not self.missing

    @property
    def all_met(self) -> bool:
        return not self.unconfirmed


def requirement_label(requirement: Requirement) -> str:
    if requirement.kind == Kind.PREREQUISITE and requirement.prerequisite_id:
        return _("Certified in %(module)s (%(level)s)") % {
            "module": requirement.prerequisite.module.localized.title,
            "level": requirement.get_prerequisite_level_display(),
        }
    if requirement.kind in (Kind.LEAD_CYCLES, Kind.RECENT_PRACTICE):
        return ngettext("%(kind)s: %(count)d cycle", "%(kind)s: %(count)d cycles", requirement.cycles) % {
            "kind": requirement.get_kind_display(),
            "count": requirement.cycles,
        }
    return requirement.get_kind_display()


def _level_requirements(*, track: CertificationTrack, level: str, renewal: bool):
    requirements = track.requirements.filter(level=level).select_related("prerequisite__module")
    if renewal:
        return requirements.filter(kind=Kind.RECENT_PRACTICE)
    return requirements.exclude(kind=Kind.RECENT_PRACTICE)


def requirements_for(*, track: CertificationTrack, level: str, renewal: bool = False) -> list[Requirement]:
    """A renewal is a review of recent practice: it asks only for that. A first certification, the rest.
    A retired requirement is asked of nobody."""
    return list(
        _level_requirements(track=track, level=level, renewal=renewal).filter(retired_at__isnull=True)
    )


def _since(certification: Certification | None):
    return certification.renewal_started_at if certification else None


def _confirmed(progress: RequirementProgress | None, since) -> bool:
    if progress is None or progress.confirmed_at is None:
        return False
    return since is None or progress.confirmed_at >= since


def _status(req, *, trainer, track, progress, evidence, since) -> RequirementStatus:
    status = RequirementStatus(
        requirement=req, state=TODO, next_step=str(NEXT_STEPS[req.kind]), progress=progress
    )
    status.evidence = evidence
    module = track.module
    if req.kind == Kind.LESSONS_DONE:
        learning = module_learning_status(user=trainer, module=module)
        status.state = MET if learning.all_lessons_done else TODO
        status.detail = _("%(done)d of %(total)d lessons done") % {
            "done": learning.lessons_done,
            "total": learning.lessons_total,
        }
        status.link = module.localized.url
    elif req.kind == Kind.KNOWLEDGE_CHECK:
        status.state = MET if knowledge_check_passed(user=trainer, module=module) else TODO
        check = module_knowledge_check(module=module.localized)
        status.link = check.url if check else module.localized.url
    elif req.kind == Kind.PREREQUISITE:
        status.state = MET if holds(trainer, req.prerequisite, req.prerequisite_level) else TODO
        status.link = reverse("certification:track", args=(req.prerequisite_id, req.prerequisite_level))
    elif _decided_by_cycles(status, req, trainer=trainer, module=module):
        pass  # the cycles recorded on the platform decided it
    elif _confirmed(progress, since):
        status.state = MET
    else:
        status.state = AWAITING if _trainer_part_done(req, progress, evidence, status) else TODO
        if status.state == AWAITING:
            status.next_step = str(AWAITING_CONFIRMATION)
    if status.state == MET:
        status.next_step = ""
    return status


def _decided_by_cycles(status: RequirementStatus, req, *, trainer, module) -> bool:
    if req.kind == Kind.TOE_CYCLE:
        return _toe_by_cycle(status, trainer=trainer, module=module)
    if req.kind == Kind.LEAD_CYCLES:
        return _lead_by_cycles(status, req, trainer=trainer, module=module)
    return False


def _toe_by_cycle(status: RequirementStatus, *, trainer, module) -> bool:
    """A ToE cycle recorded on the platform: met once its supervising Expert confirmed it on the cycle,
    awaiting while they have not. False when no such cycle is recorded (the uploaded-evidence path)."""
    records = toe_cycles(trainer=trainer, module=module)
    if not records:
        return False
    status.cycles = records
    confirmed = [record for record in records if record.confirmed]
    if confirmed:
        record = confirmed[0]
        status.state = MET
        status.detail = TOE_CONFIRMED_ON_CYCLE % {
            "code": record.code,
            "expert": record.expert_name,
            "date": formats.date_format(timezone.localtime(record.confirmed_at), "DATE_FORMAT"),
        }
        status.link = record.url
    elif _confirmed(status.progress, None):
        status.state = MET
    else:
        status.state = AWAITING
        status.next_step = str(AWAITING_CYCLE_CONFIRMATION)
        status.link = records[0].url
    return True


def _lead_by_cycles(status: RequirementStatus, req, *, trainer, module) -> bool:
    """Enough completed cycles as lead trainer recorded on the platform meet the requirement. Fewer still
    show, and the trainer may claim earlier ones with evidence (False: the usual path decides)."""
    records = lead_cycles(trainer=trainer, module=module)
    status.cycles = records
    if records:
        status.detail = LEAD_CYCLES_RECORDED % {"count": len(records), "total": req.cycles}
    if len(records) >= req.cycles:
        status.state = MET
        return True
    return False


def _retired_status(req, *, progress, evidence) -> RequirementStatus:
    retired_on = formats.date_format(timezone.localtime(req.retired_at), "DATE_FORMAT")
    return RequirementStatus(
        requirement=req,
        state=RETIRED,
        detail=RETIRED_DETAIL % {"date": retired_on},
        progress=progress,
        evidence=evidence,
    )


def _trainer_part_done(req, progress, evidence, status) -> bool:
    if progress is None:
        if req.kind == Kind.TOE_CYCLE:
            status.missing_documents = list(TOE_DOCUMENTS)
        return False
    if req.kind == Kind.TOT_ATTENDED:
        return bool(progress.expert_id and progress.happened_on and progress.place)
    if req.kind == Kind.RECOMMENDATION:
        return bool(progress.expert_id)
    if req.kind == Kind.TOE_CYCLE:
        sent = {item.document for item in evidence}
        status.missing_documents = [doc for doc in TOE_DOCUMENTS if doc not in sent]
        return bool(progress.expert_id) and not status.missing_documents
    # Lead cycles and recent practice: the cycles claimed, with evidence.
    return bool(evidence) and (progress.cycles or 0) >= req.cycles


def checklist(
    *, trainer, track: CertificationTrack, level: str, certification: Certification | None = None
) -> Checklist:
    """Every requirement of the level for this trainer, with its state, evidence and latest comments; then
    the retired requirements they worked towards, with what they did, which no longer count."""
    renewal = bool(certification and certification.renewal_started_at)
    requirements = list(_level_requirements(track=track, level=level, renewal=renewal))
    since = _since(certification)
    progress, evidence, comments = {}, {}, {}
    if certification is not None:
        progress = {
            row.requirement_id: row
            for row in certification.progress.select_related(
                "expert__trainer_profile", "confirmed_by__trainer_profile"
            )
        }
        rows = certification.evidence.all()
        if since:
            rows = rows.filter(uploaded_at__gte=since)
        for row in rows:
            evidence.setdefault(row.requirement_id, []).append(row)
        last_return = certification.events.filter(to_state=Certification.State.CHANGES_REQUESTED).last()
        if last_return is not None and certification.state == Certification.State.CHANGES_REQUESTED:
            for comment in ReviewComment.objects.filter(event=last_return):
                comments.setdefault(comment.requirement_id, []).append(comment)
    items, retired = [], []
    for req in requirements:
        if req.is_retired:
            if req.pk in progress or req.pk in evidence or req.pk in comments:
                item = _retired_status(req, progress=progress.get(req.pk), evidence=evidence.get(req.pk, []))
                item.comments = comments.get(req.pk, [])
                retired.append(item)
            continue
        item = _status(
            req,
            trainer=trainer,
            track=track,
            progress=progress.get(req.pk),
            evidence=evidence.get(req.pk, []),
            since=since,
        )
        item.comments = comments.get(req.pk, [])
        items.append(item)
    return Checklist(track=track, level=level, certification=certification, items=items + retired)


def default_requirements(track: CertificationTrack) -> list[Requirement]:
    """The programme's usual rules, given to a new track; staff adjust them in the admin."""
    rules = [
        (Kind.PREREQUISITE, "trainer", {}),
        (Kind.LESSONS_DONE, "trainer", {}),
        (Kind.KNOWLEDGE_CHECK, "trainer", {}),
        (Kind.TOT_ATTENDED, "trainer", {}),
        (Kind.TOE_CYCLE, "trainer", {}),
        (Kind.RECOMMENDATION, "trainer", {}),
        (Kind.RECENT_PRACTICE, "trainer", {"cycles": 1}),
        (Kind.PREREQUISITE, "expert", {"prerequisite": track, "prerequisite_level": "trainer"}),
        (Kind.LEAD_CYCLES, "expert", {"cycles": 3}),
        (Kind.RECOMMENDATION, "expert", {}),
        (Kind.RECENT_PRACTICE, "expert", {"cycles": 2}),
    ]
    first = workplace_cooperation_track()
    source = derived_from(page=track.module)
    made = []
    for order, (kind, level, extra) in enumerate(rules):
        if kind == Kind.PREREQUISITE and level == "trainer":
            if first is None or first.pk == track.pk or (source is not None and source.pk == first.module_id):
                continue
            extra = {"prerequisite": first, "prerequisite_level": "trainer"}
        made.append(Requirement(track=track, level=level, kind=kind, sort_order=order, **extra))
    return made


def workplace_cooperation_track() -> CertificationTrack | None:
    """Module 1 of the core curriculum: every trainer is certified in it before any other module."""
    module = core_module_number_one()
    return CertificationTrack.objects.filter(module=module).first() if module else None
