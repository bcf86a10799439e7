"""The results records' model viewsets: every view looks records up through ``records`` (scoping.py), and
the listing exports ``export_columns`` (exports.py)."""

from wagtail.admin.viewsets.model import ModelViewSet

from .exports import ExportingIndexView
from .scoping import (
    ScopedDeleteView,
    ScopedEditView,
    ScopedHistoryView,
    ScopedInspectView,
    ScopedUsageView,
)


class ResultsViewSet(ModelViewSet):
    records = None  # user -> the queryset of the records this person reaches in the admin
    export_columns = []
    index_view_class = ExportingIndexView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    inspect_view_class = ScopedInspectView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_admin_menu = False
    search_backend_name = None  # the ORM's icontains over ``search_fields``: the records are not indexed

    def get_common_view_kwargs(self, **kwargs):
        records = type(self).records
        return super().get_common_view_kwargs(records=records, **kwargs)

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(export_columns=self.export_columns, **kwargs)

    @property
    def export_filename(self):
        return self.name
