"""Five curricula teach "Workplace Cooperation": wherever a module is named out of its curriculum's page,
the curriculum (and partner) is named too, and choices are grouped by curriculum."""

import re
from html import unescape

import pytest
from django.urls import reverse

from certification.models import Certification, CertificationTrack
from tests.helpers import second_factor_login

pytestmark = pytest.mark.django_db


def option_groups(html: str, select_name: str) -> dict[str, list[str]]:
    select = re.search(rf'<select name="{select_name}".*?</select>', html, re.S).group(0)
    return {
        unescape(label): [unescape(option) for option in re.findall(r"<option[^>]*>([^<]+)</option>", body)]
        for label, body in re.findall(r'<optgroup label="([^"]+)">(.*?)</optgroup>', select, re.S)
    }


def test_the_registry_filter_groups_modules_by_curriculum_in_each_language(client):
    english = option_groups(client.get("/trainers/").content.decode(), "module")
    assert (
        "Workplace Cooperation: a foundation for business success"
        in english["SCORE Training: the core modules"]
    )
    assert "Workplace Cooperation: a foundation for business success" in english["SCORE Plus · BEDO"]
    assert sum(len(modules) for modules in english.values()) == CertificationTrack.objects.count()
    indonesian = option_groups(client.get("/id/trainers/").content.decode(), "module")
    assert (
        "Kerja Sama di Tempat Kerja: Fondasi bagi Keberhasilan Usaha"
        in indonesian["Pelatihan SCORE: modul inti"]
    )
    text = " ".join([*indonesian, *(title for modules in indonesian.values() for title in modules)])
    assert "Workplace Cooperation" not in text and "core modules" not in text


def test_the_bulk_issue_form_groups_modules_by_curriculum(client, staff_user):
    second_factor_login(client, staff_user)
    groups = option_groups(client.get(reverse("certification:bulk_new")).content.decode(), "track")
    assert {"SCORE Training: the core modules", "SCORE Plus · BEDO", "SCORE Creative · SMI"} <= set(groups)
    response = client.post(reverse("certification:bulk_new"), {"track": "999999", "level": "trainer"})
    assert "Select a valid choice" in response.content.decode()  # the queryset still validates


def test_the_review_queue_names_the_curriculum(client, staff_user):
    second_factor_login(client, staff_user)
    submitted = Certification.objects.filter(state=Certification.State.SUBMITTED).select_related(
        "track__module"
    )
    html = client.get(reverse("certification:review_queue")).content.decode()
    assert submitted
    for certification in submitted:
        curriculum = certification.track.module.get_parent().specific
        assert f'{certification.track.module.title}<br><span class="meta">{curriculum.title}' in html
