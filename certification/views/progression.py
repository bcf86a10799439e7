"""The trainer's certification: a dashboard of modules and certificates, and per module and level a
checklist where they do their part, upload evidence, ask for review and renew."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from certification.dashboard import trainer_dashboard
from certification.evidence import EDITABLE_STATES, evidence_add, evidence_remove
from certification.models import Certification, CertificationTrack, Evidence, Level
from certification.profiles import profile_is_complete
from certification.progression import certification_start, requirement_declare
from certification.progression_forms import DeclareForm, EvidenceForm, chosen_or_404
from certification.requirements import checklist
from certification.retirement import REQUIREMENT_RETIRED
from certification.roles import holds, is_expert_trainer, is_programme_staff
from certification.track_names import track_names
from certification.transitions import TransitionError, certification_renew, certification_submit

SAVED = _("Saved.")
UPLOADED = _("“%(name)s” is uploaded.")
REMOVED = _("“%(name)s” is removed.")
SUBMITTED = _("You asked for review. An Expert Trainer of the module will look at your certification.")
RENEWING = _("Your renewal has begun: enter the cycles you delivered since your certificate was issued.")
PROFILE_FIRST = _("Complete your profile first: your certificates print the name you give there.")


@login_required
def dashboard(request):
    context = trainer_dashboard(trainer=request.user)
    context["profile_complete"] = profile_is_complete(user=request.user)
    context["is_reviewer"] = is_programme_staff(request.user) or is_expert_trainer(request.user)
    return render(request, "certification/dashboard.html", context)


def _form_error_messages(error: ValidationError) -> dict:
    return error.message_dict if hasattr(error, "error_dict") else {"__all__": error.messages}


@login_required
def track_detail(request, track_id: int, level: str):
    if level not in Level.values:
        raise Http404
    track = get_object_or_404(CertificationTrack.objects.select_related("module"), pk=track_id)
    certification = Certification.objects.filter(trainer=request.user, track=track, level=level).first()
    bound = {}
    if request.method == "POST":
        response = _handle_post(request, track, level, certification, bound)
        if response is not None:
            return response
        certification = Certification.objects.filter(trainer=request.user, track=track, level=level).first()
    items = checklist(trainer=request.user, track=track, level=level, certification=certification)
    editable = certification is None or certification.state in EDITABLE_STATES
    for item in items.items:
        req = item.requirement
        item.declare_form = bound.get(("declare", req.pk)) or (
            DeclareForm(requirement=req, trainer=request.user, initial=_initial(item))
            if not req.is_automatic and req.kind in DeclareForm.FIELDS and not req.is_retired
            else None
        )
        item.evidence_form = bound.get(("evidence", req.pk)) or (
            EvidenceForm(requirement=req) if req.takes_evidence and not req.is_retired else None
        )
        if item.decided_on_cycle:
            # A ToE cycle recorded on the platform is its own evidence: nothing to name or upload here.
            item.declare_form = item.evidence_form = None
    history = (
        list(
            certification.events.select_related("actor__trainer_profile").prefetch_related(
                "comments__requirement"
            )
        )
        if certification
        else []
    )
    return render(
        request,
        "certification/track_detail.html",
        {
            "track": track,
            "module": track.module.localized,
            "track_name": track_names([track])[track.pk],
            "level": level,
            "level_label": Level(level).label,
            "certification": certification,
            "checklist": items,
            "editable": editable and track.is_active,
            "history": history,
            "profile_complete": profile_is_complete(user=request.user),
            "qualified": certification is None and holds(request.user, track, level),
        },
    )


def _initial(item) -> dict:
    progress = item.progress
    if progress is None:
        return {}
    return {
        "expert": progress.expert_id,
        "happened_on": progress.happened_on,
        "place": progress.place,
        "cycles": progress.cycles,
        "statement": progress.statement,
    }


def _handle_post(request, track, level, certification, bound):
    action = request.POST.get("action")
    here = request.path
    try:
        if action == "renew":
            if certification is None:
                raise Http404
            certification_renew(certification=certification, actor=request.user)
            messages.success(request, RENEWING)
            return redirect(here)
        if action == "submit":
            if certification is None:
                certification = certification_start(trainer=request.user, track=track, level=level)
            if not profile_is_complete(user=request.user):
                messages.error(request, PROFILE_FIRST)
                return redirect(here)
            certification_submit(certification=certification, actor=request.user)
            messages.success(request, SUBMITTED)
            return redirect(here)
        if action == "evidence_remove":
            evidence = chosen_or_404(
                request.POST, "evidence", Evidence.objects.filter(certification__trainer=request.user)
            )
            evidence_remove(evidence=evidence, actor=request.user)
            messages.success(request, REMOVED % {"name": evidence.original_name})
            return redirect(here)
        requirement = chosen_or_404(request.POST, "requirement", track.requirements.filter(level=level))
        if requirement.is_retired:  # the page was opened before the requirement retired
            messages.error(request, REQUIREMENT_RETIRED)
            return redirect(here)
        if action == "declare":
            form = DeclareForm(request.POST, requirement=requirement, trainer=request.user)
            bound[("declare", requirement.pk)] = form
            if form.is_valid():
                certification = certification or certification_start(
                    trainer=request.user, track=track, level=level
                )
                data = form.cleaned_data
                requirement_declare(
                    certification=certification,
                    requirement=requirement,
                    actor=request.user,
                    expert=data.get("expert"),
                    happened_on=data.get("happened_on"),
                    place=data.get("place") or "",
                    cycles=data.get("cycles"),
                    statement=data.get("statement") or "",
                )
                messages.success(request, SAVED)
                return redirect(f"{here}#requirement-{requirement.pk}")
            return None
        if action == "evidence":
            form = EvidenceForm(request.POST, request.FILES, requirement=requirement)
            bound[("evidence", requirement.pk)] = form
            if form.is_valid():
                certification = certification or certification_start(
                    trainer=request.user, track=track, level=level
                )
                evidence = evidence_add(
                    certification=certification,
                    requirement=requirement,
                    document=form.cleaned_data["document"],
                    file=form.cleaned_data["file"],
                    actor=request.user,
                )
                messages.success(request, UPLOADED % {"name": evidence.original_name})
                return redirect(f"{here}#requirement-{requirement.pk}")
            return None
    except TransitionError as error:
        messages.error(request, error.message)
        return redirect(here)
    except ValidationError as error:
        target = next((form for (kind, _pk), form in bound.items() if kind == "declare"), None)
        errors = _form_error_messages(error)
        if target is not None:
            for field, field_errors in errors.items():
                for message in field_errors:
                    target.add_error(field if field in target.fields else None, message)
            return None
        for field_errors in errors.values():
            for message in field_errors:
                messages.error(request, message)
        return redirect(here)
    raise Http404
