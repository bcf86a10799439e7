"""Nobody sees or changes another partner's enterprises, cycles or assessments, nor a trainer another
trainer's, through any URL of the site."""

import pytest
from django.urls import reverse

from results.access import assessments_visible, cycles_visible, enterprises_visible

from .records import baseline_create, cycle_create, enterprise_create, lead_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def bedo_records(core_module, bedo, lead):
    enterprise = enterprise_create(bedo, name="Kopi Gayo Jaya")
    cycle = cycle_create(module=core_module, partner=bedo, lead=lead, enterprises=[enterprise])
    baseline = baseline_create(cycle, enterprise, by=lead)
    return {"cycle": cycle, "enterprise": enterprise, "assessment": baseline}


def _urls(records):
    cycle, enterprise, assessment = records["cycle"], records["enterprise"], records["assessment"]
    enrolment = cycle.enrolments.get()
    return [
        ("get", reverse("results:cycle", args=(cycle.pk,))),
        ("get", reverse("results:cycle_edit", args=(cycle.pk,))),
        ("post", reverse("results:cycle_status", args=(cycle.pk,))),
        ("post", reverse("results:cycle_confirm", args=(cycle.pk,))),
        ("get", reverse("results:enrolment_new", args=(cycle.pk,))),
        ("get", reverse("results:enrolment_edit", args=(cycle.pk, enrolment.pk))),
        ("get", reverse("results:visit_new", args=(cycle.pk,))),
        ("get", f"{reverse('results:assessment_new', args=(cycle.pk,))}?enterprise={enterprise.pk}"),
        ("get", reverse("results:assessment", args=(assessment.pk,))),
        ("get", reverse("results:assessment_edit", args=(assessment.pk,))),
        ("get", reverse("results:enterprise", args=(enterprise.pk,))),
        ("get", reverse("results:enterprise_edit", args=(enterprise.pk,))),
        ("get", f"{reverse('results:enterprise_new')}?cycle={cycle.pk}"),
    ]


def test_another_partners_editor_gets_the_sites_404_everywhere(client, bedo_records, smi_editor):
    client.force_login(smi_editor)
    for method, url in _urls(bedo_records):
        response = getattr(client, method)(url, {"to_status": "running"} if method == "post" else None)
        assert response.status_code == 404, url
    assert "Kopi Gayo Jaya" not in client.get(reverse("results:cycles")).content.decode()


def test_another_trainer_gets_the_sites_404_everywhere(client, bedo_records, bedo):
    other = lead_create(bedo, name="Ketut Arsana")
    client.force_login(other)
    for method, url in _urls(bedo_records):
        response = getattr(client, method)(url, {"to_status": "running"} if method == "post" else None)
        assert response.status_code == 404, url
        assert "Page not found" in response.content.decode() or response.status_code == 404


def test_the_partners_editor_sees_and_corrects_their_partners_records(client, bedo_records, bedo_editor):
    client.force_login(bedo_editor)
    for method, url in _urls(bedo_records):
        if method == "get":
            assert client.get(url).status_code == 200, url


def test_a_co_trainer_records_visits_but_does_not_change_the_cycle(client, bedo_records, bedo):
    co = lead_create(bedo, name="Nyoman Sari", gender="woman")
    cycle = bedo_records["cycle"]
    cycle.co_trainers.add(co)
    client.force_login(co)
    assert client.get(reverse("results:cycle", args=(cycle.pk,))).status_code == 200
    assert client.get(reverse("results:visit_new", args=(cycle.pk,))).status_code == 200
    assert client.get(reverse("results:cycle_edit", args=(cycle.pk,))).status_code == 403
    assert client.get(reverse("results:enrolment_new", args=(cycle.pk,))).status_code == 403


def test_anonymous_visitors_are_sent_to_log_in(client, bedo_records):
    for method, url in _urls(bedo_records):
        response = getattr(client, method)(url)
        assert response.status_code == 302 and "/accounts/login/" in response.url, url


def test_the_querysets_hold_only_what_each_may_see(
    bedo_records, smi_editor, bedo_editor, staff_user, lead, trainer
):
    cycle, enterprise, assessment = (
        bedo_records["cycle"],
        bedo_records["enterprise"],
        bedo_records["assessment"],
    )
    for user, sees in [
        (smi_editor, False),
        (trainer, False),
        (bedo_editor, True),
        (staff_user, True),
        (lead, True),
    ]:
        assert cycles_visible(user).filter(pk=cycle.pk).exists() is sees, user
        assert enterprises_visible(user).filter(pk=enterprise.pk).exists() is sees, user
        assert assessments_visible(user).filter(pk=assessment.pk).exists() is sees, user


def test_an_expert_of_the_module_may_read_a_cycle_to_review_it(client, bedo_records, demo_expert):
    from tests.helpers import sign_in

    sign_in(client, demo_expert)
    cycle = bedo_records["cycle"]
    assert client.get(reverse("results:cycle", args=(cycle.pk,))).status_code == 200
    assert client.get(reverse("results:cycle_edit", args=(cycle.pk,))).status_code == 404
