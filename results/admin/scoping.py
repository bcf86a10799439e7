"""What each person reaches of the results records in the admin, and the views that keep to it.

In the admin a partner's editors see and correct their partner's enterprises, cycles and assessments, and
programme staff everything (results/access.py). A trainer's own records are kept on the site, and
trainers have no admin access. Every view of a record (listing, export, edit, inspect, delete, history,
usage) looks the record up in these querysets, so another partner's record is a 404, by URL too.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from wagtail.admin.views.generic import CreateView, DeleteView, EditView, IndexView, InspectView
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView

from ..access import assessments_visible, cycles_visible, enterprises_visible, scope_of
from ..models import Assessment, Enterprise, TrainingCycle


def _own_partners(user, queryset: QuerySet, partner_field: str) -> QuerySet:
    scope = scope_of(user)
    if scope.everything:
        return queryset
    return queryset.filter(**{f"{partner_field}__in": scope.partner_ids})


def admin_enterprises(user) -> QuerySet[Enterprise]:
    return _own_partners(user, enterprises_visible(user), "partner_id")


def admin_cycles(user) -> QuerySet[TrainingCycle]:
    return _own_partners(user, cycles_visible(user), "partner_id")


def admin_assessments(user) -> QuerySet[Assessment]:
    return _own_partners(user, assessments_visible(user), "enterprise__partner_id")


class ScopedMixin:
    """``records`` (set by the viewset) gives the records a person reaches in the admin."""

    records = None

    def scoped_queryset(self) -> QuerySet:
        return self.records(self.request.user)


class ScopedIndexView(ScopedMixin, IndexView):
    def get_base_queryset(self):
        return self.scoped_queryset()


class ScopedEditView(ScopedMixin, EditView):
    def get_queryset(self):
        return self.scoped_queryset()


class ScopedInspectView(ScopedMixin, InspectView):
    def get_object(self, queryset=None):
        return get_object_or_404(self.scoped_queryset(), pk=self.pk)


class ScopedHistoryView(ScopedMixin, HistoryView):
    def get_base_object_queryset(self):
        return self.scoped_queryset()


class ScopedUsageView(ScopedMixin, UsageView):
    def get_base_object_queryset(self):
        return self.scoped_queryset()


class ScopedDeleteView(ScopedMixin, DeleteView):
    """Announces the delete (after the permission check) to the ``before_delete_object`` hook, with which
    the project refuses, and explains, deleting what other records keep (cms/wagtail_hooks.py;
    docs/decisions/0015). ``refusal_of`` may refuse first, with advice of its own."""

    def get_queryset(self):
        return self.scoped_queryset()

    def refusal_of(self, obj):
        return None

    def run_before_hook(self):
        from cms.refusals import refusal_page

        refusal = self.refusal_of(self.object)
        if refusal is not None:
            return refusal_page(self.request, refusal, back=self.get_success_url())
        return self.run_hook("before_delete_object", self.request, self.object)


class NoAddView(CreateView):
    """For records that are created elsewhere (assessments: on the site, by their trainers)."""

    def dispatch(self, request, *args, **kwargs):
        raise PermissionDenied
