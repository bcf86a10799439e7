import pytest

from certification.certificates import certificate_issue
from certification.models import Certification, CertificationTrack, Level, TrainerProfile
from tests.factories import trainer_create


@pytest.fixture
def track(core_module):
    return CertificationTrack.objects.get_or_create(module=core_module)[0]


@pytest.fixture
def expert():
    user = trainer_create(first_name="Agus", last_name="Setiawan")
    TrainerProfile.objects.create(
        user=user, certificate_name="Agus Setiawan", gender="man", other_organisation="BEDO", province="JK"
    )
    return user


@pytest.fixture
def holder():
    user = trainer_create()
    TrainerProfile.objects.create(
        user=user,
        certificate_name="Nguyễn Thị Ánh Nur’aini",
        gender="woman",
        other_organisation="X",
        province="BA",
    )
    return user


@pytest.fixture
def certification(track, holder):
    return Certification.objects.create(
        trainer=holder, track=track, level=Level.TRAINER, state=Certification.State.CERTIFIED
    )


@pytest.fixture
def certificate(certification, expert):
    return certificate_issue(certification=certification, certified_by=expert)
