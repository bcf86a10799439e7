"""Import runs: check a file (the preview, written to nothing), then apply it, all of it in one transaction or
nothing. Applying goes through django-tasks, so a worker may do it after the request; the run's state says
how it went."""

import io
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone, translation

from ..access import scope_of
from ..dashboard.cache import figures_changed
from ..models import ImportRun
from ..services.outcomes import outcomes_deferred
from . import messages
from .base import ImportContext
from .cells import Reading
from .codes import partners_by_name
from .files import ImportFileError, sheet_read


def resource_class(kind: str):
    from .assessments import AssessmentResource
    from .cycles import CycleResource
    from .enterprises import EnterpriseResource

    return {
        ImportRun.Kind.ENTERPRISES: EnterpriseResource,
        ImportRun.Kind.CYCLES: CycleResource,
        ImportRun.Kind.ASSESSMENTS: AssessmentResource,
    }[kind]


@dataclass
class ImportOutcome:
    summary: dict = field(default_factory=dict)
    problems: list[dict] = field(default_factory=list)
    problem_count: int = 0

    @property
    def is_valid(self) -> bool:
        return not self.problem_count


def import_context(*, user, partner, file_name: str) -> ImportContext:
    """Who may import for which partner: staff for any (or for several, named row by row); a partner's editor
    for their own partner only. Anyone else may not import."""
    scope = scope_of(user)
    if not scope.everything:
        if not scope.partner_ids:
            raise PermissionDenied
        if partner is None and len(scope.partner_ids) == 1:
            from courses.models import Partner

            partner = Partner.objects.get(pk=next(iter(scope.partner_ids)))
        if partner is None or partner.pk not in scope.partner_ids:
            raise PermissionDenied
    return ImportContext(
        user=user, scope=scope, partner=partner, file_name=file_name, partners=partners_by_name()
    )


def import_check(
    *, kind: str, context: ImportContext, file, name: str, dry_run: bool = True
) -> ImportOutcome:
    """Read the file and import it: as a dry run (the preview), or for real inside the caller's transaction."""
    resource = resource_class(kind)(context=context)
    try:
        sheet = sheet_read(file, name=name, key_column=resource.key_column)
    except ImportFileError as error:
        return ImportOutcome(problems=[{"line": 0, "column": "", "message": error.message}], problem_count=1)
    dataset = resource.dataset_of(sheet)
    if dataset is not None:
        with outcomes_deferred(rebuild=not dry_run):  # the results of every enterprise touched, at once
            result = resource.import_data(
                dataset,
                dry_run=dry_run,
                raise_errors=False,
                use_transactions=True,
                rollback_on_validation_errors=True,
                reading=Reading(decimal_comma=sheet.decimal_comma, epoch=sheet.epoch),
            )
        if not dry_run:
            figures_changed()  # rows written in bulk send no signal
        for error in result.base_errors:
            resource.problem(0, "", messages.ROW_NOT_SAVED % {"reason": error.error})
    summary = {**resource.summary(), "ignored_columns": resource.ignored_columns}
    return ImportOutcome(
        summary=summary, problems=resource.sorted_problems(), problem_count=resource.problem_count
    )


def import_run_preview(*, user, kind: str, partner, file) -> ImportRun:
    """Check the uploaded file and keep it with what applying it would do (or every problem it has)."""
    context = import_context(user=user, partner=partner, file_name=file.name)
    outcome = import_check(kind=kind, context=context, file=file, name=file.name)
    file.seek(0)
    return ImportRun.objects.create(
        kind=kind,
        partner=context.partner,
        file=file,
        original_name=file.name[:255],
        uploaded_by=user,
        state=ImportRun.State.PREVIEWED if outcome.is_valid else ImportRun.State.INVALID,
        summary={
            **outcome.summary,
            "problem_count": outcome.problem_count,
            "language": translation.get_language() or "en",
        },
        errors=outcome.problems,
    )


def import_run_confirm(*, run: ImportRun, by) -> ImportRun:
    """Have the checked file applied (by the task queue, after this transaction)."""
    if run.uploaded_by_id != by.pk:
        raise PermissionDenied
    taken = ImportRun.objects.filter(pk=run.pk, state=ImportRun.State.PREVIEWED).update(
        state=ImportRun.State.APPLYING
    )
    if not taken:
        raise ValidationError(str(messages.RUN_NOT_PREVIEWED))
    run.state = ImportRun.State.APPLYING

    def enqueue():
        from .tasks import import_run_apply_task

        result = import_run_apply_task.enqueue(run.pk)
        ImportRun.objects.filter(pk=run.pk).update(task_id=str(result.id)[:64])

    transaction.on_commit(enqueue)
    return run


class _Rollback(Exception):
    def __init__(self, outcome: ImportOutcome):
        self.outcome = outcome


def import_run_apply(*, run_id: int) -> ImportRun:
    """Apply a confirmed run: every row in one transaction, checked again (the records may have changed
    since the preview); nothing is written unless the whole file still imports cleanly."""
    run = ImportRun.objects.select_related("partner", "uploaded_by").get(pk=run_id)
    if run.state != ImportRun.State.APPLYING:
        return run
    with translation.override(run.summary.get("language") or "en"):
        context = import_context(user=run.uploaded_by, partner=run.partner, file_name=run.original_name)
        with run.file.open("rb") as stored:
            data = io.BytesIO(stored.read())
        try:
            with transaction.atomic():
                outcome = import_check(
                    kind=run.kind, context=context, file=data, name=run.original_name, dry_run=False
                )
                if not outcome.is_valid:
                    raise _Rollback(outcome)
        except _Rollback as rollback:
            run.state = ImportRun.State.FAILED
            run.errors = [
                {"line": 0, "column": "", "message": str(messages.RUN_CHANGED_SINCE)},
                *rollback.outcome.problems,
            ]
            run.summary = {**run.summary, "problem_count": rollback.outcome.problem_count}
            run.save(update_fields=["state", "errors", "summary"])
            return run
    run.state = ImportRun.State.APPLIED
    run.applied_at = timezone.now()
    run.summary = {**run.summary, **outcome.summary, "applied": True}
    run.save(update_fields=["state", "applied_at", "summary"])
    return run


def import_run_failed(*, run_id: int, reason: str) -> None:
    """The apply raised: the run says so rather than stay "being applied" for ever."""
    ImportRun.objects.filter(pk=run_id).update(
        state=ImportRun.State.FAILED,
        errors=[{"line": 0, "column": "", "message": str(messages.RUN_FAILED % {"reason": reason[:500]})}],
    )
