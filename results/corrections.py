"""A submitted assessment's corrections as people read them: the KPI or practice each changed, named in the
reader's language, and the old and new values written as they write them (yes/no, local numbers and
dates). The site's assessment page and the admin's inspect view show the same."""

from datetime import date
from decimal import Decimal, InvalidOperation

from django.utils.formats import date_format, number_format
from django.utils.text import capfirst

from .assessment_forms import ANSWERS, AssessmentForm, plain_number
from .models import Assessment, GoodPractice, Kpi

ANSWERS_SHOWN = dict(ANSWERS)


def correction_rows(assessment) -> list:
    """The corrections, each naming the KPI or practice it changed in the reader's language."""
    corrections = list(assessment.corrections.select_related("corrected_by__trainer_profile"))
    codes = {c.field.split(":", 1)[1] for c in corrections if ":" in c.field}
    names = {f"kpi:{k.code}": k.localized_name for k in Kpi.objects.filter(code__in=codes)}
    names |= {f"practice:{p.code}": p.localized_name for p in GoodPractice.objects.filter(code__in=codes)}
    names["assessed_on"] = str(AssessmentForm.base_fields["assessed_on"].label)
    names["notes"] = str(AssessmentForm.base_fields["notes"].label)
    names["cycle"] = capfirst(Assessment._meta.get_field("cycle").verbose_name)
    for correction in corrections:
        correction.label = names.get(correction.field, correction.field)
        correction.old_shown = _shown(correction.old_value)
        correction.new_shown = _shown(correction.new_value)
    return corrections


def _shown(value: str) -> str:
    """A kept value as the reader writes it: yes/no in their language, numbers and dates in local form."""
    if value in ("yes", "no"):
        return str(ANSWERS_SHOWN[value])
    try:
        return number_format(plain_number(Decimal(value)), use_l10n=True, force_grouping=True)
    except (InvalidOperation, ValueError):
        pass
    try:
        return date_format(date.fromisoformat(value), "SHORT_DATE_FORMAT")
    except ValueError:
        return value
