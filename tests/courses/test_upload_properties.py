"""Whatever bytes arrive under whatever name, the upload checks answer with messages or accept: they never
raise, and the document upload views never answer with a server error."""

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from courses.uploads import ImageVerdict, document_upload_errors, image_check
from courses.uploads.admin_images import PILLOW_FORMATS
from tests.helpers import second_factor_login
from tests.upload_strategies import extension_and_contents, file_contents

# No example database in the working tree; deadlines mean little on a shared, busy machine.
CHECKS = settings(max_examples=300, deadline=None, database=None)
PAGES = settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@CHECKS
@given(extension_and_contents(django_settings.WAGTAILDOCS_EXTENSIONS))
def test_document_checks_never_raise(upload):
    extension, content = upload
    errors = document_upload_errors(SimpleUploadedFile(f"materi.{extension}", content))
    assert all(isinstance(error, str) and error for error in errors)
    assert errors or content  # an empty file is always refused


@CHECKS
@given(
    st.sampled_from(sorted(PILLOW_FORMATS)).flatmap(file_contents),
    st.sets(st.sampled_from(sorted(set(PILLOW_FORMATS.values()))), min_size=1),
)
def test_image_check_never_raises(content, formats):
    check = image_check(SimpleUploadedFile("gambar", content), formats=formats, max_pixels=1_000_000)
    assert isinstance(check.verdict, ImageVerdict)
    assert not check.accepted or (check.format in formats and check.width * check.height <= 1_000_000)


@pytest.mark.django_db
@PAGES
@given(extension_and_contents(django_settings.WAGTAILDOCS_EXTENSIONS))
def test_the_document_upload_views_never_fail(client, staff_user, core, upload):
    extension, content = upload
    second_factor_login(client, staff_user)
    single = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Lembar kerja",
            "collection": core.materials_collection_id,
            "file": SimpleUploadedFile(f"materi.{extension}", content),
        },
    )
    assert single.status_code in (200, 302)
    multiple = client.post(
        reverse("wagtaildocs:add_multiple"),
        {
            "collection": core.materials_collection_id,
            "files[]": SimpleUploadedFile(f"materi.{extension}", content),
        },
    )
    assert multiple.status_code == 200 and multiple.json()["success"] in (True, False)
