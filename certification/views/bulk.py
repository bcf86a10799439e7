"""Programme staff issue certificates for a whole cohort, watch the progress, and download the ZIP."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render

from certification.bulk import bulk_issue_request, bulk_rows_check
from certification.models import BulkIssue
from certification.progression_forms import BulkIssueForm
from certification.roles import is_programme_staff
from certification.track_names import with_track_names


def _staff_only(request) -> None:
    """Programme staff only; their second factor is asked for before any view (accounts.middleware)."""
    if not is_programme_staff(request.user):
        raise Http404


@login_required
def bulk_new(request):
    _staff_only(request)
    form = BulkIssueForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        check = bulk_rows_check(
            track=data["track"], level=data["level"], emails_text=data["emails"], actor=request.user
        )
        if check.errors:
            for error in check.errors:
                form.add_error("emails", error)
        else:
            bulk = bulk_issue_request(
                track=data["track"],
                level=data["level"],
                cohort=data["cohort"],
                trainer_ids=check.trainer_ids,
                actor=request.user,
            )
            return redirect("certification:bulk_detail", pk=bulk.pk)
    recent = with_track_names(BulkIssue.objects.select_related("track__module", "requested_by")[:20])
    return render(request, "certification/bulk_new.html", {"form": form, "recent": recent})


@login_required
def bulk_detail(request, pk: int):
    _staff_only(request)
    bulk = get_object_or_404(BulkIssue.objects.select_related("track__module"), pk=pk)
    with_track_names([bulk])
    return render(request, "certification/bulk_detail.html", {"bulk": bulk})


@login_required
def bulk_status(request, pk: int):
    _staff_only(request)
    bulk = get_object_or_404(BulkIssue, pk=pk)
    return JsonResponse(
        {
            "status": bulk.status,
            "label": bulk.get_status_display(),
            "done": bulk.done,
            "total": bulk.total,
            "percent": bulk.percent,
        }
    )
