"""Edit-form panels for variant pages."""

from wagtail.admin.panels import Panel


class LineagePanel(Panel):
    """Tells the editor of a derived page where it came from and whether the core changed since."""

    @property
    def clean_name(self):
        return super().clean_name or "lineage"

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/lineage_panel.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            from courses.lineage import lineage_status

            self.status = (
                lineage_status(page=self.instance, user=self.request.user) if self.instance.pk else None
            )

        def is_shown(self):
            return self.status is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["status"] = self.status
            return context


class ModuleContentsPanel(Panel):
    """What is in the module, in every language: what approval publishes, and what the partner has not adapted."""

    @property
    def clean_name(self):
        return super().clean_name or "module_contents"

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/module_contents_panel.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            from courses.publishing import bundle_for

            self.bundle = bundle_for(self.instance) if self.instance.pk else None

        def is_shown(self):
            return self.bundle is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["bundle"] = self.bundle
            return context
