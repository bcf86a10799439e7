import pytest

from certification.certificates import certificate_issue
from certification.models import Certification, CertificationTrack, Level, TrainerProfile
from courses.models import ModulePage
from tests.factories import trainer_create


@pytest.fixture
def track():
    """A track with no requirements (HoCo's own Service Excellence, not certifiable in the demo): the
    transitions and certificates are tested on their own. ``core_track`` has the programme's rules."""
    module = ModulePage.objects.get(slug="service-excellence", locale__language_code="en")
    return CertificationTrack.objects.get_or_create(module=module)[0]


@pytest.fixture
def core_track(core_module):
    """Workplace Cooperation, with the programme's default requirements (opened by the demo)."""
    return CertificationTrack.objects.get(module=core_module)


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
