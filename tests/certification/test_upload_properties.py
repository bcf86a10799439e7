"""Whatever bytes arrive as evidence or as a profile photo, the checks answer with messages or accept: they
never raise, and the certification page and the profile page never answer with a server error."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, given, settings

from certification.evidence import EVIDENCE_TYPES, evidence_file_errors
from certification.photos import photo_errors
from tests.upload_strategies import extension_and_contents

from .progression_helpers import candidate_create, evidence_post
from .test_profile import URL as PROFILE_URL
from .test_profile import form_data

PHOTO_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]
# No example database in the working tree; deadlines mean little on a shared, busy machine.
CHECKS = settings(max_examples=300, deadline=None, database=None)
PAGES = settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@CHECKS
@given(extension_and_contents(EVIDENCE_TYPES))
def test_evidence_checks_never_raise(upload):
    extension, content = upload
    errors = evidence_file_errors(SimpleUploadedFile(f"bukti.{extension}", content))
    assert all(isinstance(error, str) and error for error in errors)


@CHECKS
@given(extension_and_contents(PHOTO_EXTENSIONS))
def test_photo_checks_never_raise(upload):
    extension, content = upload
    errors = photo_errors(SimpleUploadedFile(f"foto.{extension}", content))
    assert all(isinstance(error, str) and error for error in errors)


@pytest.fixture
def candidate():
    return candidate_create()


@pytest.mark.django_db
@PAGES
@given(extension_and_contents(EVIDENCE_TYPES))
def test_the_certification_page_never_fails_on_an_upload(client, candidate, core_track, upload):
    extension, content = upload
    client.force_login(candidate)
    response = evidence_post(client, core_track, SimpleUploadedFile(f"bukti.{extension}", content))
    assert response.status_code in (200, 302)


@pytest.mark.django_db
@PAGES
@given(extension_and_contents(PHOTO_EXTENSIONS))
def test_the_profile_page_never_fails_on_a_photo(client, candidate, upload):
    extension, content = upload
    client.force_login(candidate)
    response = client.post(
        PROFILE_URL, {**form_data(), "photo": SimpleUploadedFile(f"foto.{extension}", content)}
    )
    assert response.status_code in (200, 302)
