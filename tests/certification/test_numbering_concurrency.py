"""Two Experts approve at the same moment: every certificate gets its own number, and none is skipped."""

import threading

import pytest
from django.db import connection, connections

from certification.certificates import certificate_issue
from certification.models import Certificate, Certification, CertificationTrack, Level
from courses.models import ModulePage
from tests.factories import trainer_create

pytestmark = [pytest.mark.serial, pytest.mark.django_db(transaction=True)]

PER_THREAD = 10


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks are what is tested: PostgreSQL only")
def test_concurrent_issues_get_consecutive_unique_numbers(seeded):
    module = ModulePage.objects.get(slug="service-excellence", locale__language_code="en")
    track = CertificationTrack.objects.get_or_create(module=module)[0]
    expert = trainer_create()
    certifications = [
        Certification.objects.create(
            trainer=trainer_create(first_name="Dewi", last_name="Lestari"),
            track=track,
            level=Level.TRAINER,
            state="certified",
        )
        for _ in range(2 * PER_THREAD)
    ]
    barrier = threading.Barrier(2)
    errors = []

    def approve(batch):
        try:
            barrier.wait()
            for certification in batch:
                certificate_issue(certification=certification, certified_by=expert, notify=False)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=approve, args=(certifications[i::2],)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    issued = Certificate.objects.filter(certification__in=certifications)
    numbers = sorted(int(n[-6:]) for n in issued.values_list("number", flat=True))
    assert len(numbers) == 2 * PER_THREAD
    assert numbers == list(range(numbers[0], numbers[0] + 2 * PER_THREAD))
