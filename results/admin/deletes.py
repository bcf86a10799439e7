"""Deletes of cycles and assessments: what they hold goes with them (sessions, visits, status history, KPI
values, corrections), so nothing recorded in them is deleted (docs/decisions/0015). Only a superuser may
try (no group holds the permission); an empty draft may go."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cms.protection import Alternative, Keeper, Refusal

from .scoping import ScopedDeleteView

CYCLE_INSTEAD = _(
    "Cancel the cycle instead: its status becomes “Cancelled”, with who and when, and what was recorded "
    "in it stays."
)
ASSESSMENT_INSTEAD = _(
    "Correct the assessment instead, on the site's assessment form: each earlier value is kept with who "
    "changed it and when."
)
INSPECT = _("Inspect")
SUBMISSION = _("submission")


def _keepers(obj, relations) -> list[Keeper]:
    keepers = []
    for name in relations:
        related = getattr(obj, name).all()
        count = related.count()
        if count:
            opts = related.model._meta
            examples = [str(record) for record in related.order_by("pk")[:3]]
            keepers.append(
                Keeper(str(opts.verbose_name_plural if count > 1 else opts.verbose_name), count, examples)
            )
    return keepers


class HoldingDeleteView(ScopedDeleteView):
    relations: tuple[str, ...] = ()
    instead = None
    inspect_url_name = None

    def refusal_of(self, obj):
        keepers = _keepers(obj, self.relations)
        if not keepers:
            return None
        url = reverse(self.inspect_url_name, args=(obj.pk,)) if self.inspect_url_name else ""
        return Refusal(subject=str(obj), keepers=keepers, alternative=Alternative(self.instead, INSPECT, url))


class CycleDeleteView(HoldingDeleteView):
    relations = ("enrolments", "sessions", "visits", "sponsorships", "status_changes", "assessments")
    instead = CYCLE_INSTEAD


class AssessmentDeleteView(HoldingDeleteView):
    relations = ("kpi_values", "practice_answers", "corrections")
    instead = ASSESSMENT_INSTEAD

    def refusal_of(self, obj):
        refusal = super().refusal_of(obj)
        if refusal is None and obj.is_submitted:
            return Refusal(
                subject=str(obj),
                keepers=[Keeper(str(SUBMISSION), 1, [])],
                alternative=Alternative(self.instead),
            )
        return refusal
