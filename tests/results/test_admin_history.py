"""The admin's site-wide history report does not show one partner's records to another partner's editors."""

import pytest
from django.urls import reverse
from wagtail.log_actions import log

from results.models import ResultsLogEntry
from tests.helpers import sign_in

from .records import enterprise_create

pytestmark = pytest.mark.django_db


def test_the_site_history_shows_results_records_to_staff_only(
    client, bedo, staff_user, smi_editor, bedo_editor
):
    enterprise = enterprise_create(bedo, name="UD Gerabah Kasongan")
    log(enterprise, "wagtail.edit", user=staff_user)
    assert ResultsLogEntry.objects.filter(object_id=str(enterprise.pk)).exists()
    report = reverse("wagtailadmin_reports:site_history")
    sign_in(client, staff_user)
    assert "UD Gerabah Kasongan" in client.get(report).content.decode()
    for editor in (smi_editor, bedo_editor):
        sign_in(client, editor)
        response = client.get(report)
        assert "UD Gerabah Kasongan" not in response.content.decode()
