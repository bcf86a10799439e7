"""The site's lists of records cost the same number of queries whatever their length."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from .records import cycle_create, enterprise_create

pytestmark = pytest.mark.django_db


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_my_cycles_costs_the_same_for_two_or_twelve_cycles(client, lead, core_module, bedo):
    client.force_login(lead)
    url = reverse("results:cycles")
    for _ in range(2):
        cycle_create(module=core_module, partner=bedo, lead=lead, enterprises=[enterprise_create(bedo)])
    client.get(url)  # warm the caches of the layout
    few = _queries(client, url)
    for _ in range(10):
        cycle_create(module=core_module, partner=bedo, lead=lead, enterprises=[enterprise_create(bedo)])
    assert _queries(client, url) == few


def test_a_cycles_page_costs_the_same_for_two_or_five_enterprises(client, lead, core_module, bedo):
    from .records import baseline_create

    client.force_login(lead)
    small = cycle_create(module=core_module, partner=bedo, lead=lead)
    big = cycle_create(module=core_module, partner=bedo, lead=lead)
    for cycle, count in ((small, 2), (big, 5)):
        for _ in range(count):
            enterprise = enterprise_create(bedo)
            cycle.enrolments.create(enterprise=enterprise, managers_women=1)
            baseline_create(cycle, enterprise, by=lead)
            cycle.visits.create(enterprise=enterprise, trainer=lead, visited_on=cycle.starts_on)
    client.get(reverse("results:cycle", args=(small.pk,)))
    assert _queries(client, reverse("results:cycle", args=(small.pk,))) == _queries(
        client, reverse("results:cycle", args=(big.pk,))
    )
