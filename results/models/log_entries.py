"""The admin's history of results records. Wagtail's site-wide history report shows every entry of a model
to anyone with any permission on it, and partner editors may change their own partner's enterprises: the
entries of other partners' records (titled with the enterprise's name) would show to them. So results records
log here, and the report shows these entries to programme staff only; each record's own history page is
scoped like the record (results/admin/scoping.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import BaseLogEntry
from wagtail.models.audit_log import ModelLogEntryManager


class ResultsLogEntryManager(ModelLogEntryManager):
    def viewable_by_user(self, user):
        from certification.api import is_programme_staff  # at call time: models load before apps' services

        if user.is_superuser or is_programme_staff(user):
            return self.all()
        return self.none()


class ResultsLogEntry(BaseLogEntry):
    object_id = models.CharField(max_length=255, blank=False, db_index=True)

    objects = ResultsLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("results log entry")
        verbose_name_plural = _("results log entries")

    def __str__(self):
        return f"{self.label}: {self.action}"
