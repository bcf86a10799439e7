"""The spreadsheet imports in the Wagtail admin: template, upload, preview, confirm."""
