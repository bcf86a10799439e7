"""The spreadsheet imports in the Wagtail admin: template, upload, preview, confirm.

The import page is an item of the admin's "Results" menu (results/admin/viewsets.py), through that menu's
hook ``register_results_menu_item``."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import urls

RESULTS_MENU_HOOK = "register_results_menu_item"


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        from .selectors import may_import

        return may_import(request.user)


@hooks.register("register_admin_urls")
def register_import_urls():
    return [path("results/import/", include(urls, namespace="results_import"))]


@hooks.register(RESULTS_MENU_HOOK)
def import_menu_item():
    return ImportMenuItem(_("Import results"), reverse("results_import:new"), icon_name="upload", order=900)
