"""Wagtail hooks for the lineage pages: comparing core changes, re-syncing, marking them reviewed."""

from django.core.exceptions import FieldDoesNotExist
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter


@hooks.register("insert_global_admin_css")
def lineage_admin_css():
    """The lineage notice's buttons and the compare-with-the-core page (a file: the policy allows 'self')."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-lineage.css"))


class LineageResyncFormatter(LogFormatter):
    """courses.lineage_resync in the page's history: which fields took the core's new text."""

    label = _("Take core text")

    def format_message(self, log_entry):
        names = (log_entry.data or {}).get("fields", [])
        model = log_entry.page.specific_class if log_entry.page_id else None
        labels = []
        for name in names:
            try:
                labels.append(str(capfirst(model._meta.get_field(name).verbose_name)))
            except (AttributeError, FieldDoesNotExist):
                labels.append(name)
        return gettext("The core's new text taken into a draft: %(fields)s") % {"fields": ", ".join(labels)}
