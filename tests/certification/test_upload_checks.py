"""Evidence and profile photos are checked by the same content checks as documents: zip bombs, polyglots
and damaged pictures are refused with a message, the form keeps what was typed, and nothing is stored."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ImageFile

from certification.api import profile_get
from certification.evidence import (
    EVIDENCE_CONTENT_MISMATCH,
    EVIDENCE_TOO_MANY_PIXELS,
    EVIDENCE_UNPACKS_TOO_LARGE,
)
from certification.photos import PHOTO_NOT_AN_IMAGE
from tests import upload_files as files
from tests.factories import trainer_create

from .progression_helpers import candidate_create, evidence_count, evidence_post
from .test_profile import URL as PROFILE_URL
from .test_profile import form_data

pytestmark = pytest.mark.django_db

MISMATCH = str(EVIDENCE_CONTENT_MISMATCH).split("%")[0]
UNPACKS = str(EVIDENCE_UNPACKS_TOO_LARGE).split("%")[0]


@pytest.fixture
def candidate_client(client):
    user = candidate_create()
    client.force_login(user)
    client.user = user
    return client


def send_evidence(client, track, name, content):
    return evidence_post(client, track, SimpleUploadedFile(name, content))


@pytest.mark.parametrize(
    ("name", "build", "message"),
    [
        ("baseline.docx", files.docx_bomb, UNPACKS),
        ("baseline.docx", files.docx_overlapping, MISMATCH),
        ("baseline.docx", files.docx_nested_deep, MISMATCH),
        ("baseline.xlsx", lambda: files.raw_zip([files.zeros_entry("xl/workbook.xml", files.GIB)]), UNPACKS),
        ("baseline.pdf", files.pdf_zip_polyglot, MISMATCH),
        ("baseline.pdf", files.pdf_html_polyglot, MISMATCH),
        ("baseline.pdf", files.pdf_zip_html_polyglot, MISMATCH),
        ("baseline.png", files.png_broken_idat, MISMATCH),
        ("baseline.jpg", files.jpeg_truncated, MISMATCH),
    ],
    ids=lambda value: getattr(value, "__name__", None),
)
def test_hostile_evidence_is_refused_and_nothing_is_stored(
    candidate_client, core_track, name, build, message
):
    response = send_evidence(candidate_client, core_track, name, build())
    assert response.status_code == 200
    assert message in response.content.decode()
    assert evidence_count(candidate_client.user) == 0


@pytest.mark.parametrize(
    ("name", "build"),
    [
        ("baseline.pdf", files.pdf_bytes),
        ("baseline.docx", files.office_file),
        ("baseline.docx", files.docx_with_chart),
        ("baseline.xlsx", lambda: files.office_file("xlsx")),
        ("baseline.png", files.png_bytes),
        ("baseline.jpg", files.jpeg_bytes),
    ],
    ids=lambda value: getattr(value, "__name__", None),
)
def test_real_evidence_is_stored(candidate_client, core_track, name, build):
    send_evidence(candidate_client, core_track, name, build())
    assert evidence_count(candidate_client.user) == 1


def test_an_image_with_too_many_pixels_is_refused_from_its_header(candidate_client, core_track, settings):
    settings.SCORE_MAX_EVIDENCE_IMAGE_PIXELS = 10_000
    response = send_evidence(candidate_client, core_track, "baseline.png", files.png_bytes(size=(200, 150)))
    expected = EVIDENCE_TOO_MANY_PIXELS % {"width": 200, "height": 150, "limit": "0.01"}
    assert str(expected) in response.content.decode()
    assert evidence_count(candidate_client.user) == 0


@pytest.fixture
def trainer_client(client):
    user = trainer_create(first_name="Siti", last_name="Nuraini")
    client.force_login(user)
    client.user = user
    return client


@pytest.mark.parametrize(
    ("name", "build"),
    [("photo.png", files.png_broken_idat), ("photo.jpg", files.jpeg_truncated)],
    ids=lambda value: getattr(value, "__name__", None),
)
def test_a_damaged_photo_is_refused_keeping_the_form(trainer_client, name, build):
    response = trainer_client.post(
        PROFILE_URL,
        {**form_data(certificate_name="Dewi Kartika"), "photo": SimpleUploadedFile(name, build())},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert str(PHOTO_NOT_AN_IMAGE) in html
    assert 'value="Dewi Kartika"' in html
    assert profile_get(user=trainer_client.user) is None


def test_pillow_still_refuses_truncated_images_after_every_module_is_imported():
    """A library that sets LOAD_TRUNCATED_IMAGES (weasyprint does, on import) would make Pillow pad a
    truncated image with grey and accept it: no module of the project may bring one in."""
    import importlib
    import pkgutil

    for package_name in ("accounts", "certification", "cms", "courses"):
        package = importlib.import_module(package_name)
        for module in pkgutil.walk_packages(package.__path__, f"{package_name}."):
            # Settings modules read the environment; migrations only describe tables.
            if ".migrations." not in module.name and not module.name.startswith("cms.settings."):
                importlib.import_module(module.name)
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False
