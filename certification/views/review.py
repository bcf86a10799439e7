"""Expert Trainers' review: a queue of candidates for the modules they are Expert in, and per candidate the
checklist with its evidence, confirmations, approval or return with comments. Programme staff see every
certification, and suspend, reinstate or revoke. Deciding needs the second factor in this session."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from certification.models import Certification
from certification.progression import can_confirm, confirmation_requests, requirement_confirm
from certification.progression_forms import ConfirmForm, ReasonForm, ReturnForm
from certification.requirements import checklist
from certification.roles import expert_tracks, is_programme_staff
from certification.track_names import track_names, with_track_names
from certification.transitions import (
    TransitionError,
    certification_approve,
    certification_reinstate,
    certification_request_changes,
    certification_revoke,
    certification_suspend,
)

State = Certification.State
CONFIRMED = _("Confirmed.")
APPROVED = _("Certified. Certificate %(number)s is issued and sent to the trainer.")
RETURNED = _("Returned to the trainer with your comments.")
DECIDED = _("Done: the certification is now %(state)s.")
NOT_A_REVIEWER = _("The review pages are for Expert Trainers and programme staff.")
QUEUE_SIZE = 100


def reviewer_required(view):
    """Expert Trainers (of some module) and programme staff. Their second factor is asked for before any
    view (accounts.middleware.SecondFactorMiddleware)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        staff = is_programme_staff(request.user)
        tracks = expert_tracks(request.user)
        if not staff and not tracks:
            raise PermissionDenied(NOT_A_REVIEWER)
        request.reviewer_tracks = tracks
        request.reviewer_is_staff = staff
        return view(request, *args, **kwargs)

    return login_required(wrapped)


def _reviewable(request):
    certifications = Certification.objects.exclude(trainer=request.user)
    if not request.reviewer_is_staff:
        certifications = certifications.filter(track__in=request.reviewer_tracks)
    return certifications


@reviewer_required
def review_queue(request):
    query = request.GET.get("q", "").strip()
    waiting = (
        _reviewable(request)
        .filter(state=State.SUBMITTED)
        .select_related("trainer__trainer_profile", "track__module")
        .order_by("updated_at")[:QUEUE_SIZE]
    )
    found = []
    if query and request.reviewer_is_staff:
        found = (
            Certification.objects.filter(
                Q(trainer__trainer_profile__certificate_name__icontains=query)
                | Q(trainer__email__icontains=query)
                | Q(certificates__number__iexact=query)
            )
            .distinct()
            .select_related("trainer__trainer_profile", "track__module")
            .order_by("trainer__trainer_profile__certificate_name")[:QUEUE_SIZE]
        )
    waiting, found = list(waiting), list(found)
    confirmations = list(confirmation_requests(expert=request.user)[:QUEUE_SIZE])
    # Modules named with their curriculum: five curricula teach a "Workplace Cooperation".
    with_track_names([*waiting, *found, *(progress.certification for progress in confirmations)])
    return render(
        request,
        "certification/review_queue.html",
        {
            "waiting": waiting,
            "confirmations": confirmations,
            "query": query,
            "found": found,
            "is_staff": request.reviewer_is_staff,
        },
    )


@reviewer_required
def review_detail(request, pk: int):
    certification = get_object_or_404(
        _reviewable(request).select_related("trainer__trainer_profile", "track__module"), pk=pk
    )
    items = checklist(
        trainer=certification.trainer,
        track=certification.track,
        level=certification.level,
        certification=certification,
    )
    requirements = [item.requirement for item in items.required]  # retired ones take no decision
    bound = {}
    if request.method == "POST":
        response = _decide(request, certification, requirements, bound)
        if response is not None:
            return response
        certification.refresh_from_db()
        items = checklist(
            trainer=certification.trainer,
            track=certification.track,
            level=certification.level,
            certification=certification,
        )
    confirmer = can_confirm(request.user, certification)
    for item in items.items:
        req = item.requirement
        item.confirm_form = None
        if (
            confirmer
            and not req.is_automatic
            and item.state not in ("met", "retired")
            and not item.decided_on_cycle
        ):
            item.confirm_form = bound.get(("confirm", req.pk)) or ConfirmForm(
                requirement=req,
                initial={
                    "happened_on": item.progress.happened_on if item.progress else None,
                    "place": item.progress.place if item.progress else "",
                    "cycles": item.progress.cycles if item.progress else None,
                },
            )
    history = certification.events.select_related("actor__trainer_profile").prefetch_related(
        "comments__requirement"
    )
    return render(
        request,
        "certification/review_detail.html",
        {
            "certification": certification,
            "module": certification.track.module.localized,
            "track_name": track_names([certification.track])[certification.track_id],
            "checklist": items,
            "return_form": bound.get("return") or ReturnForm(requirements=requirements),
            "reason_form": bound.get("reason") or ReasonForm(),
            "history": list(history),
            "certificates": list(certification.certificates.all()),
            "is_staff": request.reviewer_is_staff,
            "can_decide": confirmer and certification.state == State.SUBMITTED,
        },
    )


STAFF_ACTIONS = {
    "suspend": certification_suspend,
    "reinstate": certification_reinstate,
    "revoke": certification_revoke,
}


def _decide(request, certification, requirements, bound):
    action = request.POST.get("action")
    here = request.path
    try:
        if action == "confirm":
            requirement = next(
                (r for r in requirements if str(r.pk) == request.POST.get("requirement")), None
            )
            if requirement is None:
                raise Http404
            form = ConfirmForm(request.POST, requirement=requirement)
            bound[("confirm", requirement.pk)] = form
            if not form.is_valid():
                return None
            data = form.cleaned_data
            try:
                requirement_confirm(
                    certification=certification,
                    requirement=requirement,
                    actor=request.user,
                    note=data.get("note") or "",
                    happened_on=data.get("happened_on"),
                    place=data.get("place") or "",
                    cycles=data.get("cycles"),
                )
            except ValidationError as error:
                for field, errors in (
                    error.message_dict if hasattr(error, "error_dict") else {None: error.messages}
                ).items():
                    for message in errors:
                        form.add_error(field if field in form.fields else None, message)
                return None
            messages.success(request, CONFIRMED)
            return redirect(f"{here}#requirement-{requirement.pk}")
        if action == "approve":
            certificate = certification_approve(certification=certification, actor=request.user)
            messages.success(request, APPROVED % {"number": certificate.number})
            return redirect(here)
        if action == "return":
            form = ReturnForm(request.POST, requirements=requirements)
            bound["return"] = form
            if not form.is_valid():
                return None
            certification_request_changes(
                certification=certification,
                actor=request.user,
                reason=form.cleaned_data["reason"],
                comments=form.comments(),
            )
            messages.success(request, RETURNED)
            return redirect(here)
        if action in STAFF_ACTIONS:
            form = ReasonForm(request.POST)
            bound["reason"] = form
            if not form.is_valid():
                return None
            STAFF_ACTIONS[action](
                certification=certification, actor=request.user, reason=form.cleaned_data["reason"]
            )
            certification.refresh_from_db()
            messages.success(request, DECIDED % {"state": certification.get_state_display().lower()})
            return redirect(here)
    except TransitionError as error:
        form = bound.get("return") if action == "return" else bound.get("reason")
        if form is not None:  # shown beside what was typed, which stays
            form.add_error(None, error.message)
            return None
        messages.error(request, error.message)
        return redirect(here)
    except PermissionDenied as error:
        messages.error(request, str(error))
        return redirect(here)
    raise Http404
