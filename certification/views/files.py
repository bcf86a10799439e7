"""Files behind a permission check: evidence, certificate PDFs, bulk-issue archives."""

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404

from certification.evidence import evidence_visible_to
from certification.models import BulkIssue, Certificate, Evidence, NameChangeRequest
from certification.pdf import render_certificate_pdf
from certification.roles import is_programme_staff


def _private(response):
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
def evidence_download(request, pk: int):
    evidence = get_object_or_404(Evidence.objects.select_related("certification__track"), pk=pk)
    if not evidence_visible_to(request.user, evidence):
        raise Http404  # says nothing about whether it exists
    response = FileResponse(
        evidence.file.open("rb"),
        as_attachment=True,
        filename=evidence.original_name,
        content_type=evidence.content_type,
    )
    return _private(response)


@login_required
def name_request_document(request, pk: int):
    """The document given with a change of name: for its trainer and programme staff only."""
    name_request = get_object_or_404(NameChangeRequest.objects.select_related("profile"), pk=pk)
    if not name_request.document or (
        name_request.profile.user_id != request.user.pk and not is_programme_staff(request.user)
    ):
        raise Http404
    response = FileResponse(
        name_request.document.open("rb"),
        as_attachment=True,
        filename=name_request.document_name,
        content_type=name_request.document_type or "application/octet-stream",
    )
    return _private(response)


@login_required
def certificate_pdf(request, number: str):
    """The holder's own certificate, or any for programme staff. Superseded ones stay downloadable."""
    certificate = get_object_or_404(
        Certificate.objects.select_related("certification", "partner"), number=number
    )
    if certificate.certification.trainer_id != request.user.pk and not is_programme_staff(request.user):
        raise Http404
    response = HttpResponse(render_certificate_pdf(certificate), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{certificate.number}.pdf"'
    return _private(response)


@login_required
def bulk_archive(request, pk: int):
    if not is_programme_staff(request.user):
        raise Http404
    bulk = get_object_or_404(BulkIssue, pk=pk)
    if not bulk.archive:
        raise Http404
    response = FileResponse(
        bulk.archive.open("rb"), as_attachment=True, filename=f"certificates-{bulk.pk}.zip"
    )
    return _private(response)
