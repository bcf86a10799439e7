"""The detailed results dashboard: for programme staff (everything) and partner editors (their partner's
records only, the partner filter fixed to theirs), without the small-cell rule; refused to anyone else."""

import re

import pytest

from tests.helpers import sign_in
from tests.results.test_dashboard import known  # noqa: F401 (the fixture)

pytestmark = pytest.mark.django_db

URL = "/results/dashboard/"


def _figure(html, name):
    return re.search(rf'data-figure="{name}">([^<]*)<', html).group(1)


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(URL)
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_a_trainer_is_refused(client, trainer):
    sign_in(client, trainer)
    assert client.get(URL).status_code == 403


def test_staff_see_every_partner_without_the_small_cell_rule(client, known, staff_user):  # noqa: F811
    sign_in(client, staff_user)
    html = client.get(URL).content.decode()
    assert _figure(html, "enterprises") == "5"  # BEDO's 4 and SMI's 1
    assert "Fewer than 3" not in html
    # Jawa Timur's one enterprise (E4, workforce 50) is shown to staff.
    assert '<th scope="row">Jawa Timur</th><td>1</td><td>50</td>' in html
    bedo = client.get(URL, {"partner": known.bedo.slug}).content.decode()
    assert _figure(bedo, "enterprises") == "4"


def test_a_partner_editor_sees_their_partners_records_only(client, known, smi_editor):  # noqa: F811
    sign_in(client, smi_editor)
    html = client.get(URL).content.decode()
    assert _figure(html, "enterprises") == "1" and _figure(html, "workforce") == "100"
    assert '<th scope="row">Aceh</th><td>1</td><td>100</td>' in html  # their own enterprise, shown to them
    assert "DKI Jakarta" not in html.split('data-chart-table="chart-provinces"')[1].split("</table>")[0]
    # The partner filter is fixed to theirs: asking for BEDO changes nothing.
    assert f'value="{known.bedo.slug}"' not in html
    asked = client.get(URL, {"partner": known.bedo.slug}).content.decode()
    assert _figure(asked, "enterprises") == "1" and _figure(asked, "workforce") == "100"
    assert "45 women" not in asked and 'data-figure="workforce">78<' not in asked


def test_bedos_editor_does_not_see_smis_enterprise(client, known, bedo_editor):  # noqa: F811
    sign_in(client, bedo_editor)
    html = client.get(URL).content.decode()
    assert _figure(html, "enterprises") == "4"
    assert "Aceh</th>" not in html
    # Jawa Timur's single enterprise is BEDO's own: shown to BEDO's editor.
    assert '<th scope="row">Jawa Timur</th><td>1</td><td>50</td>' in html
