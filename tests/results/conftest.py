import pytest
from django.contrib.auth import get_user_model

from courses.models import Partner

from .records import lead_create


@pytest.fixture
def bedo(db):
    return Partner.objects.get(short_name="BEDO")


@pytest.fixture
def smi(db):
    return Partner.objects.get(short_name="SMI")


@pytest.fixture
def demo_expert(db):
    """Agus Setiawan: SCORE Expert Trainer of Workplace Cooperation (core)."""
    return get_user_model().objects.get(email="expert@score.example")


@pytest.fixture
def lead(bedo):
    return lead_create(bedo)
