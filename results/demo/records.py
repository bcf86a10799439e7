"""Writing the plan: what is missing, in bulk (checklists, trainers, enterprises, cycles with their
sessions, visits, fees, sponsorship and status history, assessments, the ToE confirmations)."""

import random
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model

from certification.api import profile_get, profile_save
from courses.api import derived_from
from courses.models import CurriculumPage, ModulePage, Partner

from ..data.kpis import DEFAULT_KPIS
from ..models import (
    Assessment,
    ClassroomSession,
    ConsultancyVisit,
    CycleEnterprise,
    CycleStatus,
    CycleStatusChange,
    Enterprise,
    GoodPractice,
    GoodPracticeChecklist,
    Kpi,
    KpiValue,
    PracticeAnswer,
    Sponsorship,
    TrainingCycle,
)
from ..services.outcomes import outcomes_rebuild
from . import content
from .base import (
    CORE,
    CORE_MODULES,
    EDITORS,
    SEED,
    TODAY,
    at,
    working_day,
)
from .plan import (
    CyclePlan,
    EnterprisePlan,
)


def demo_modules() -> dict[tuple[str, str], ModulePage]:
    curricula = {
        c.slug: c for c in CurriculumPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    }
    modules = {}
    for slug, curriculum in curricula.items():
        for module in ModulePage.objects.child_of(curriculum).specific():
            modules[(slug, module.slug)] = module
    return modules


def ensure_checklists(modules: dict) -> dict[str, list[GoodPractice]]:
    """The five core modules' good-practice checklists, and the KPIs' links to the core modules."""
    existing = set(GoodPractice.objects.values_list("code", flat=True))
    checklists = {c.module_id: c for c in GoodPracticeChecklist.objects.all()}
    new = []
    for slug, rows in content.CHECKLISTS.items():
        module = modules[(CORE, slug)]
        checklist = checklists.get(module.pk) or GoodPracticeChecklist.objects.create(module=module)
        new += [
            GoodPractice(checklist=checklist, code=code, name=name, name_id=name_id, sort_order=order)
            for order, (code, name, name_id) in enumerate(rows)
            if code not in existing
        ]
    GoodPractice.objects.bulk_create(new)
    by_module = {}
    for practice in GoodPractice.objects.select_related("checklist").order_by("sort_order", "pk"):
        by_module.setdefault(practice.checklist.module_id, []).append(practice)

    Link = Kpi.modules.through
    kpis = {k.code: k for k in Kpi.objects.all()}
    linked = set(Link.objects.values_list("kpi_id", flat=True))
    links = [
        Link(kpi_id=kpis[code].pk, modulepage_id=modules[(CORE, CORE_MODULES[number - 1])].pk)
        for code, *_names, numbers in DEFAULT_KPIS
        if code in kpis and kpis[code].pk not in linked
        for number in numbers
    ]
    Link.objects.bulk_create(links)
    return by_module


def ensure_trainers() -> dict[str, list[str]]:
    """The fictional trainers of each partner (no login) with their profiles; returns e-mails by partner."""
    User = get_user_model()
    partners = {p.short_name: p for p in Partner.objects.all()}
    wanted = {}
    for partner, people in content.TRAINERS.items():
        for first, last, gender, province in people:
            email = f"{first}.{last}@{content.TRAINER_EMAIL_DOMAIN}".lower().replace(" ", "")
            wanted[email] = (first, last, gender, province, partner)
    existing = set(User.objects.filter(email__in=wanted).values_list("email", flat=True))
    new = []
    for email, (first, last, *_rest) in wanted.items():
        if email not in existing:
            user = User(email=email, first_name=first, last_name=last)
            user.set_unusable_password()
            new.append(user)
    User.objects.bulk_create(new)
    for user in new:
        first, last, gender, province, partner = wanted[user.email]
        if profile_get(user=user) is None:
            profile_save(
                user=user,
                data={
                    "certificate_name": f"{first} {last}",
                    "gender": gender,
                    "partner": partners.get(partner),
                    "other_organisation": "",
                    "province": province,
                    "phone": "",
                    "preferred_language": "id",
                    "registry_opt_in": False,
                },
                changed_by=user,
            )
    by_partner: dict[str, list[str]] = {}
    for email, (*_names, partner) in wanted.items():
        by_partner.setdefault(partner, []).append(email)
    return by_partner


def _enterprise_row(plan: EnterprisePlan, partners: dict) -> Enterprise:
    first, last = plan.contact
    return Enterprise(
        code=plan.code,
        name=plan.name,
        partner=partners[plan.partner],
        sector=plan.sector,
        province=plan.province,
        regency=plan.regency,
        workforce_women=plan.women,
        workforce_men=plan.men,
        managers=plan.managers,
        workers=plan.workforce - plan.managers,
        contact_name=f"{first} {last}",
        contact_phone=plan.phone,
        contact_email=f"{first}.{last}@example.org".lower().replace(" ", ""),
        is_fictional=True,
    )


def _participants(rng: random.Random, e: EnterprisePlan) -> tuple[int, int, int, int]:
    """2 managers and 2 workers as a rule (3 workers in some larger enterprises), women as in the workforce;
    never more than the enterprise has."""
    managers = min(e.managers, 2)
    workers = min(e.workforce - e.managers, 3 if e.workforce >= 20 and rng.random() < 0.3 else 2)
    women_left, men_left = e.women, e.men
    counts = {"mw": 0, "mm": 0, "ww": 0, "wm": 0}
    for role, number in (("m", managers), ("w", workers)):
        for _ in range(number):
            woman = rng.random() < e.women / e.workforce
            if (woman and women_left) or not men_left:
                counts[role + "w"] += 1
                women_left -= 1
            else:
                counts[role + "m"] += 1
                men_left -= 1
    return counts["mw"], counts["mm"], counts["ww"], counts["wm"]


def ensure_cycles(cycles: list[CyclePlan], *, modules: dict, practices: dict, staff) -> None:
    User = get_user_model()
    partners = {p.short_name: p for p in Partner.objects.all()}
    emails = {e for c in cycles for e in (c.lead, c.expert, *c.co_trainers) if e}
    emails |= set(EDITORS.values())
    users = {u.email: u for u in User.objects.filter(email__in=emails)}

    # Enterprises: those missing, by code.
    planned = {e.code: e for c in cycles for e in c.enterprises}
    have = set(Enterprise.objects.filter(code__in=planned).values_list("code", flat=True))
    Enterprise.objects.bulk_create(
        [_enterprise_row(e, partners) for code, e in planned.items() if code not in have]
    )
    enterprise_ids = dict(Enterprise.objects.filter(code__in=planned).values_list("code", "pk"))

    # Cycles: those missing, by code, with everything recorded in them.
    have = set(TrainingCycle.objects.filter(code__in=[c.code for c in cycles]).values_list("code", flat=True))
    new = [c for c in cycles if c.code not in have]
    if not new:
        return
    rows = TrainingCycle.objects.bulk_create(
        [
            TrainingCycle(
                code=c.code,
                module=modules[(c.curriculum, c.module)],
                partner=partners[c.partner],
                lead_trainer=users[c.lead],
                supervising_expert=users.get(c.expert),
                status=c.status,
                starts_on=c.starts_on,
                workshop_on=c.workshop_on if c.status != CycleStatus.CANCELLED else None,
                workshop_place=c.workshop_place if c.status != CycleStatus.CANCELLED else "",
                cost_of_delivery=c.cost,
                notes=c.note,
                is_fictional=True,
                created_by=users[c.lead],
            )
            for c in new
        ]
    )
    cycle_ids = {row.code: row.pk for row in rows}
    if None in cycle_ids.values():  # a backend that does not return ids
        cycle_ids = dict(TrainingCycle.objects.filter(code__in=cycle_ids).values_list("code", "pk"))

    co_trainers, enrolments, sessions, visits, sponsorships, changes = [], [], [], [], [], []
    CoTrainer = TrainingCycle.co_trainers.through
    for c in new:
        pk = cycle_ids[c.code]
        rng = random.Random(f"{SEED}:{c.code}")  # each cycle's own: rebuilt alone, it comes out the same
        co_trainers += [CoTrainer(trainingcycle_id=pk, user_id=users[email].pk) for email in c.co_trainers]
        for enterprise, fee in zip(c.enterprises, c.fees or [Decimal(0)] * len(c.enterprises), strict=True):
            mw, mm, ww, wm = _participants(rng, enterprise)
            enrolments.append(
                CycleEnterprise(
                    cycle_id=pk,
                    enterprise_id=enterprise_ids[enterprise.code],
                    managers_women=mw,
                    managers_men=mm,
                    workers_women=ww,
                    workers_men=wm,
                    fee_paid=fee,
                )
            )
        sessions += [ClassroomSession(cycle_id=pk, starts_on=s, ends_on=e, place=p) for s, e, p in c.sessions]
        sponsorships += [Sponsorship(cycle_id=pk, sponsor=s, amount=a) for s, a in c.sponsorships]
        module = modules[(c.curriculum, c.module)]
        if c.status in (CycleStatus.RUNNING, CycleStatus.COMPLETED):
            team = [c.lead, *c.co_trainers]
            for enterprise in c.enterprises:
                for number in range(module.consultancy_visits or 3):
                    visited = working_day(c.starts_on + timedelta(days=14 * (number + 1) + rng.randint(0, 6)))
                    if visited >= TODAY:
                        break
                    visits.append(
                        ConsultancyVisit(
                            cycle_id=pk,
                            enterprise_id=enterprise_ids[enterprise.code],
                            trainer=users[team[number % len(team)]],
                            visited_on=visited,
                            notes=rng.choice(content.VISIT_NOTES),
                        )
                    )
        changes += _status_changes(c, pk, users)
    CoTrainer.objects.bulk_create(co_trainers)
    CycleEnterprise.objects.bulk_create(enrolments)
    ClassroomSession.objects.bulk_create(sessions)
    ConsultancyVisit.objects.bulk_create(visits)
    Sponsorship.objects.bulk_create(sponsorships)
    CycleStatusChange.objects.bulk_create(changes)
    _assessments(new, cycle_ids, enterprise_ids, users, modules, practices)
    _toe_confirmations(new, cycle_ids, users)


def _status_changes(c: CyclePlan, pk: int, users: dict) -> list[CycleStatusChange]:
    planner = users.get(EDITORS.get(c.partner, ""), users[c.lead])
    steps = [("", CycleStatus.PLANNED, planner, c.starts_on - timedelta(days=45), "")]
    if c.status == CycleStatus.CANCELLED:
        steps.append((CycleStatus.PLANNED, CycleStatus.CANCELLED, users[c.lead], c.starts_on, c.note))
    if c.status in (CycleStatus.RUNNING, CycleStatus.COMPLETED):
        steps.append((CycleStatus.PLANNED, CycleStatus.RUNNING, users[c.lead], c.starts_on, ""))
    if c.status == CycleStatus.COMPLETED:
        steps.append((CycleStatus.RUNNING, CycleStatus.COMPLETED, users[c.lead], c.workshop_on, ""))
    return [
        CycleStatusChange(
            cycle_id=pk,
            from_status=old,
            to_status=new,
            changed_by=by,
            changed_at=at(day, 16 if new == CycleStatus.COMPLETED else 9),
            note=note,
        )
        for old, new, by, day, note in steps
    ]


def _assessments(new, cycle_ids, enterprise_ids, users, modules, practices) -> None:
    """The planned assessments of the cycles just written, all submitted, with their good-practice answers
    and KPI values: those the catalogue asks of the module now (staff may have changed it)."""
    kpis = {k.code: k for k in Kpi.objects.prefetch_related("modules")}
    kpidemo_modules = {code: {m.pk for m in k.modules.all()} for code, k in kpis.items()}
    core_of = {}
    rows, answers_of, values_of = [], [], []
    for c in new:
        module = modules[(c.curriculum, c.module)]
        if module.pk not in core_of:
            core_of[module.pk] = derived_from(page=module) or module
        core = core_of[module.pk]
        checklist = {p.code: p.pk for p in practices.get(core.pk, [])}
        asked = {code for code, ids in kpidemo_modules.items() if core.pk in ids or module.pk in ids}
        for enterprise in c.enterprises:
            planned = c.assessments.get(enterprise.code)
            if planned is None:
                continue
            kinds = [(Assessment.Kind.BASELINE, planned.baseline_on)]
            if planned.follow_up_on:
                kinds.append((Assessment.Kind.FOLLOW_UP, planned.follow_up_on))
            for index, (kind, day) in enumerate(kinds):
                rows.append(
                    Assessment(
                        enterprise_id=enterprise_ids[enterprise.code],
                        module=module,
                        cycle_id=cycle_ids[c.code],
                        kind=kind,
                        assessed_on=day,
                        state=Assessment.State.SUBMITTED,
                        assessed_by=users[c.lead],
                        submitted_at=at(day + timedelta(days=1), 15),
                    )
                )
                answers_of.append(
                    {
                        checklist[code]: pair[index]
                        for code, pair in planned.practices.items()
                        if code in checklist
                    }
                )
                values_of.append(
                    {
                        code: pair[index]
                        for code, pair in planned.kpis.items()
                        if code in asked and pair[index] is not None
                    }
                )
    created = Assessment.objects.bulk_create(rows)
    PracticeAnswer.objects.bulk_create(
        [
            PracticeAnswer(assessment_id=a.pk, practice_id=practice, in_place=in_place)
            for a, answers in zip(created, answers_of, strict=True)
            for practice, in_place in answers.items()
        ]
    )
    KpiValue.objects.bulk_create(
        [
            KpiValue(assessment_id=a.pk, kpi_id=kpis[code].pk, value=value)
            for a, pairs in zip(created, values_of, strict=True)
            for code, value in pairs.items()
        ]
    )
    if created:
        outcomes_rebuild(enterprise_ids={a.enterprise_id for a in created})


def _toe_confirmations(new, cycle_ids, users) -> None:
    """The holder's ToE cycle, confirmed by the Expert through the service, on the day it was."""
    from ..services.cycles import cycle_toe_confirm

    for c in new:
        if c.confirmed:
            cycle = TrainingCycle.objects.get(pk=cycle_ids[c.code])
            cycle_toe_confirm(cycle=cycle, expert=users[c.expert], note="Baseline, visits and results seen.")
            TrainingCycle.objects.filter(pk=cycle.pk).update(
                toe_confirmed_at=at(c.workshop_on + timedelta(days=3))
            )
