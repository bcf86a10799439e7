"""The results app in the Wagtail admin: the records' listings and exports (results/admin/), and the
spreadsheet imports (results/imports/)."""

from .admin import viewsets  # noqa: F401  (registers its hooks)
from .imports import admin  # noqa: F401  (registers its hooks)
