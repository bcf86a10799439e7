"""Reading import runs: a person sees only the runs they uploaded."""

from django.db.models import QuerySet
from django.http import Http404

from ..models import ImportRun


def import_runs_of(*, user) -> QuerySet[ImportRun]:
    return ImportRun.objects.filter(uploaded_by_id=user.pk).select_related("partner")


def import_run_get(*, user, pk: int) -> ImportRun:
    """The run, if this person uploaded it (404 otherwise: another's run is not there for them)."""
    run = import_runs_of(user=user).filter(pk=pk).first()
    if run is None:
        raise Http404
    return run


def may_import(user) -> bool:
    from ..access import scope_of

    scope = scope_of(user)
    return scope.everything or bool(scope.partner_ids)
