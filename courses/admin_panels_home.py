"""The dashboard panel that lists the derived pages whose core page changed since their last review."""

from wagtail.admin.ui.components import Component

from .lineage import behind_derivations


class CoreChangesPanel(Component):
    name = "core_changes"
    template_name = "courses/admin/core_changes_panel.html"
    order = 150
    limit = 25

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        request = parent_context["request"]
        derivations = list(behind_derivations(user=request.user)[: self.limit + 1])
        context.update({"derivations": derivations[: self.limit], "more": len(derivations) > self.limit})
        return context
