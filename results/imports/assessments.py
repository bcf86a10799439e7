"""Importing assessments: one row per assessment (enterprise, module, baseline or follow-up, date, the cycle
optionally), then a column per KPI (``kpi:<code>``) and per good practice (``practice:<code>``).

An assessment is found by its enterprise, module and kind, and for a follow-up by its date too (an
enterprise has one baseline in a module, and follow-ups on several days): a baseline's new date corrects it,
a follow-up on another day is another follow-up. A column left out of the file leaves those values as they
are; an empty cell in a column the file has means no answer, or no value. Imported assessments are
submitted: the file is the partner's record. A submitted assessment that the file changes keeps its old
values as corrections (assessment_values_save), the reason naming the file.

Rows are applied baselines first, so a follow-up in the same file finds its baseline, and the model's own
rules (a follow-up after its baseline, a baseline before the classroom) judge them as they would one by one.
"""

from django.core.exceptions import ValidationError
from django.utils import timezone
from import_export.fields import Field

from ..models import Assessment, CycleEnterprise, Enterprise, GoodPractice, Kpi, TrainingCycle
from ..services.assessments import (
    assessment_cycle_change,
    assessment_date_change,
    assessment_values_save,
    kpi_value_error,
    kpis_for,
    practices_for,
)
from ..services.outcomes import outcomes_changed
from . import messages
from .base import ImportResource, chunks
from .cells import ChoiceWidget, DateCellWidget, LookupWidget, decimal_of, text_of, yes_no_of
from .codes import modules_by_key

BASE_COLUMNS = ["enterprise_code", "module", "kind", "assessed_on", "cycle_code"]
KPI_PREFIX, PRACTICE_PREFIX = "kpi:", "practice:"


class AssessmentResource(ImportResource):
    key_column = "enterprise_code"
    required_columns = ("enterprise_code", "module", "kind", "assessed_on")
    what = "assessment"
    clean_exclude = ("assessed_by", "enterprise", "module", "cycle")  # looked up before the rows

    enterprise = Field("enterprise", "enterprise_code", saves_null_values=False)
    module = Field("module", "module", saves_null_values=False)
    kind = Field("kind", "kind", ChoiceWidget(Assessment.Kind.choices))
    assessed_on = Field("assessed_on", "assessed_on", DateCellWidget(required=True))
    cycle = Field("cycle", "cycle_code")

    class Meta(ImportResource.Meta):
        model = Assessment
        fields = ("enterprise", "module", "kind", "assessed_on", "cycle")
        import_id_fields = ("enterprise",)

    def __init__(self, *, context):
        super().__init__(context=context)
        self.fields["enterprise"].widget = LookupWidget(self.enterprise_of)
        self.fields["module"].widget = LookupWidget(self.module_of, normalise=str.lower)
        self.fields["cycle"].widget = LookupWidget(self.cycle_of, required=False)
        self.kpis = {kpi.code: kpi for kpi in Kpi.objects.all()}
        self.practices = {practice.code: practice for practice in GoodPractice.objects.all()}
        self.modules = {}
        self.enterprises, self.cycles, self.existing = {}, {}, {}
        self.in_cycle = set()
        self.first_line = {}
        self.of_module = {}
        self.corrections = 0
        self.reading = None

    # -- columns --------------------------------------------------------------------------------------------

    def known_column(self, name):
        if name.startswith(KPI_PREFIX):
            return name[len(KPI_PREFIX) :] in self.kpis
        if name.startswith(PRACTICE_PREFIX):
            return name[len(PRACTICE_PREFIX) :] in self.practices
        return name in BASE_COLUMNS

    def unknown_column(self, line, name):
        if name.startswith((KPI_PREFIX, PRACTICE_PREFIX)):
            self.problem(line, name, messages.COLUMN_UNKNOWN)
        else:
            super().unknown_column(line, name)

    def ordered(self, rows, headers, keep):
        """Baselines first, so that a follow-up finds the baseline the same file gives."""
        position = headers.index("kind")
        index = keep[position]
        return sorted(rows, key=lambda item: text_of(item[1][index]).lower() != Assessment.Kind.BASELINE)

    # -- look-ups -------------------------------------------------------------------------------------------

    def enterprise_of(self, code):
        enterprise = self.enterprises.get(code)
        if enterprise is None or not self.context.may_change(enterprise.partner_id):
            raise ValueError(str(messages.UNKNOWN_ENTERPRISE % {"value": code}))
        return enterprise

    def module_of(self, key):
        module = self.modules.get(key)
        if module is None:
            raise ValueError(str(messages.UNKNOWN_MODULE % {"value": key}))
        return module

    def cycle_of(self, code):
        cycle = self.cycles.get(code)
        if cycle is None or not self.context.may_change(cycle.partner_id):
            raise ValueError(str(messages.UNKNOWN_CYCLE % {"value": code}))
        return cycle

    def before_import(self, dataset, **kwargs):
        self.modules = modules_by_key()
        codes = {text_of(code).upper() for code in dataset["enterprise_code"]} - {""}
        for chunk in chunks(codes):
            self.enterprises.update({e.code: e for e in Enterprise.objects.filter(code__in=chunk)})
        if "cycle_code" in dataset.headers:
            cycle_codes = {text_of(code).upper() for code in dataset["cycle_code"]} - {""}
            for chunk in chunks(cycle_codes):
                self.cycles.update({c.code: c for c in TrainingCycle.objects.filter(code__in=chunk)})
            self.in_cycle = set(
                CycleEnterprise.objects.filter(cycle__in=list(self.cycles.values())).values_list(
                    "cycle_id", "enterprise_id"
                )
            )
        ids = [e.pk for e in self.enterprises.values()]
        for chunk in chunks(ids):
            assessments = (
                Assessment.objects.filter(enterprise_id__in=chunk)
                .select_related("cycle")
                .prefetch_related("practice_answers", "kpi_values")
            )
            for assessment in assessments:
                self.existing[_identity(assessment.enterprise_id, assessment.module_id, assessment)] = (
                    assessment
                )

    def module_measures(self, module):
        """The KPIs and practices asked of a module: once per module in the file."""
        if module.pk not in self.of_module:
            self.of_module[module.pk] = (
                set(kpis_for(module).values_list("pk", flat=True)),
                set(practices_for(module).values_list("pk", flat=True)),
            )
        return self.of_module[module.pk]

    # -- rows -----------------------------------------------------------------------------------------------

    def _key_of(self, row):
        try:
            enterprise = self.enterprise_of(text_of(row.get("enterprise_code")).upper())
            module = self.module_of(text_of(row.get("module")).lower())
            kind = self.fields["kind"].widget.clean(row.get("kind"))
            assessed_on = self.fields["assessed_on"].widget.clean(
                row.get("assessed_on"), reading=self.reading
            )
        except ValueError:
            return None
        probe = Assessment(kind=kind, assessed_on=assessed_on)
        return _identity(enterprise.pk, module.pk, probe)

    def import_data_inner(
        self, dataset, dry_run, raise_errors, using_transactions, collect_failed_rows, **kwargs
    ):
        self.reading = kwargs.get("reading")
        return super().import_data_inner(
            dataset, dry_run, raise_errors, using_transactions, collect_failed_rows, **kwargs
        )

    def get_instance(self, instance_loader, row):
        key = self._key_of(row)
        instance = self.existing.get(key) if key else None
        if instance is not None:
            instance._original_date = instance.assessed_on
            instance._original_cycle = instance.cycle if instance.cycle_id else None
        return instance

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        key = self._key_of(row)
        if key is not None:
            first = self.first_line.setdefault(key, self.line)
            if first != self.line:
                errors["kind"] = messages.DUPLICATE_ROW % {"line": first, "what": self.what}
        cycle = instance.cycle if instance.cycle_id else None
        if cycle is not None and "cycle" not in errors and instance.module_id and instance.enterprise_id:
            if cycle.module_id != instance.module_id:
                errors["cycle"] = messages.CYCLE_OTHER_MODULE % {"cycle": cycle.code}
            elif (cycle.pk, instance.enterprise_id) not in self.in_cycle:
                errors["cycle"] = messages.NOT_IN_CYCLE % {"cycle": cycle.code}
        if "module" not in errors and instance.module_id:
            self._values(instance, row, errors, kwargs.get("reading"))
        if errors:
            raise ValidationError(errors)

    def _values(self, instance, row, errors, reading):
        kpi_ids, practice_ids = self.module_measures(instance.module)
        instance._kpis, instance._practices = {}, {}
        for column, value in row.items():
            if column.startswith(KPI_PREFIX):
                kpi = self.kpis[column[len(KPI_PREFIX) :]]
                try:
                    number = decimal_of(value, decimal_comma=reading.decimal_comma if reading else False)
                except ValueError as error:
                    errors[column] = str(error)
                    continue
                if kpi.pk not in kpi_ids:
                    if number is not None:
                        errors[column] = str(messages.KPI_NOT_OF_MODULE)
                    continue
                problem = kpi_value_error(kpi, number)
                if problem:
                    errors[column] = problem
                else:
                    instance._kpis[kpi.pk] = number
            elif column.startswith(PRACTICE_PREFIX):
                practice = self.practices[column[len(PRACTICE_PREFIX) :]]
                try:
                    answer = yes_no_of(value)
                except ValueError as error:
                    errors[column] = str(error)
                    continue
                if practice.pk not in practice_ids:
                    if answer is not None:
                        errors[column] = str(messages.PRACTICE_NOT_OF_MODULE)
                    continue
                instance._practices[practice.pk] = answer

    def skip_row(self, instance, original, row, import_validation_errors=None):
        if not super().skip_row(instance, original, row, import_validation_errors):
            return False
        if instance.pk is None:
            return False
        values = {v.kpi_id: v.value for v in instance.kpi_values.all()}
        answers = {a.practice_id: a.in_place for a in instance.practice_answers.all()}
        return all(values.get(k) == v for k, v in instance._kpis.items()) and all(
            answers.get(p) == v for p, v in instance._practices.items()
        )

    def do_instance_save(self, instance, is_create):
        user, reason = self.context.user, self.context.reason
        kpis, practices = getattr(instance, "_kpis", {}), getattr(instance, "_practices", {})
        if is_create:
            instance.assessed_by = user
            instance.state = Assessment.State.DRAFT
            instance.save(force_insert=True)
            assessment_values_save(
                assessment=instance, practices=practices, kpis=kpis, by=user, reason=reason
            )
            instance.state = Assessment.State.SUBMITTED
            instance.submitted_at = timezone.now()
            instance.save(update_fields=["state", "submitted_at", "updated_at"])
            outcomes_changed(instance.enterprise_id)
            return
        new_date = instance.assessed_on
        instance.assessed_on = instance._original_date
        new_cycle = instance.cycle if instance.cycle_id else None
        instance.cycle = instance._original_cycle
        self.corrections += assessment_cycle_change(
            assessment=instance, cycle=new_cycle, by=user, reason=reason
        )
        assessment_date_change(assessment=instance, assessed_on=new_date, by=user, reason=reason)
        corrections = assessment_values_save(
            assessment=instance, practices=practices, kpis=kpis, by=user, reason=reason
        )
        self.corrections += len(corrections) + (new_date != instance._original_date and instance.is_submitted)
        instance._original_date = instance.assessed_on
        if not instance.is_submitted:  # imported assessments are submitted, drafts the file completes too
            instance.state = Assessment.State.SUBMITTED
            instance.submitted_at = timezone.now()
            instance.save(update_fields=["state", "submitted_at", "updated_at"])
            outcomes_changed(instance.enterprise_id)

    def summary(self):
        return {**super().summary(), "corrections": self.corrections}


def _identity(enterprise_id, module_id, assessment) -> tuple:
    if assessment.kind == Assessment.Kind.BASELINE:
        return (enterprise_id, module_id, Assessment.Kind.BASELINE, None)
    return (enterprise_id, module_id, assessment.kind, assessment.assessed_on)
