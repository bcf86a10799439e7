"""The trainer's dashboard and the Expert's queue cost the same queries however much they list."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from certification.certificates import certificate_issue
from certification.models import Certification, CertificationTrack, Level
from tests.helpers import second_factor_login

from .progression_helpers import candidate_create

pytestmark = pytest.mark.django_db
DASHBOARD_QUERIES = 17  # three of them: must this person use a second factor; programme staff; an Expert?
REVIEW_QUEUE_QUERIES = 16  # the same for one candidate or many; variants accepting the core: one query; the curricula naming the modules: one


def queries(client, url) -> int:
    client.get(url)  # the first request of a process also loads the site's settings
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_dashboard_costs_the_same_for_one_certificate_or_many(client, id_locale):
    trainer = candidate_create("Made Arini")
    client.force_login(trainer)
    url = reverse("certification:dashboard")
    tracks = list(CertificationTrack.objects.all()[:6])
    for count, track in enumerate(tracks):
        certification = Certification.objects.create(
            trainer=trainer, track=track, level=Level.TRAINER, state="certified"
        )
        certificate_issue(certification=certification, certified_by=None, notify=False)
        if count == 0:
            before = queries(client, url)
    assert queries(client, url) == before == DASHBOARD_QUERIES
    assert (
        queries(client, "/id/certification/") == DASHBOARD_QUERIES + 2
    )  # the locale, and the titles in Bahasa Indonesia


def test_the_review_queue_costs_the_same_for_one_candidate_or_many(client, core_track):
    expert = get_user_model().objects.get(email="expert@score.example")
    second_factor_login(client, expert)
    url = reverse("certification:review_queue")
    before = queries(client, url)
    for number in range(5):
        candidate = candidate_create(f"Calon {number}")
        Certification.objects.create(
            trainer=candidate, track=core_track, level=Level.TRAINER, state="submitted"
        )
    assert queries(client, url) == before == REVIEW_QUEUE_QUERIES
