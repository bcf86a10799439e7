"""Background work of certification, through django-tasks: immediate on the embedded default, a worker in
production (see docs/decisions/0010)."""

from django_tasks import task

from .models import Certificate


@task()
def certificate_email_send(certificate_id: int) -> None:
    from .mail import certificate_issued_mail

    certificate = Certificate.objects.select_related("certification__trainer__trainer_profile").get(
        pk=certificate_id
    )
    certificate_issued_mail(certificate)


@task()
def bulk_issue_run_task(bulk_id: int) -> None:
    from .bulk import bulk_issue_run
    from .models import BulkIssue

    try:
        bulk_issue_run(bulk_id=bulk_id)
    except Exception as error:  # the page shows the failure rather than spinning for ever
        BulkIssue.objects.filter(pk=bulk_id).update(status=BulkIssue.Status.FAILED, error=str(error)[:2000])
        raise


@task()
def certification_daily_task() -> dict:
    from .validity import certification_daily

    result = certification_daily()
    return {"expired": result.expired, "notices": result.notices}


@task()
def name_request_mail_send(request_id: int, kind: str) -> None:
    from .mail import name_request_mail
    from .models import NameChangeRequest

    request = NameChangeRequest.objects.select_related("profile__user__trainer_profile").get(pk=request_id)
    name_request_mail(request, kind)
