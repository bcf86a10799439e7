"""Applying an import through django-tasks: at once on the embedded default, by a worker in production."""

from django_tasks import task


@task()
def import_run_apply_task(run_id: int) -> str:
    from .services import import_run_apply, import_run_failed

    try:
        return import_run_apply(run_id=run_id).state
    except Exception as error:  # the page shows the failure rather than "being applied" for ever
        import_run_failed(run_id=run_id, reason=str(error))
        raise
