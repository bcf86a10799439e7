"""Images uploaded in the admin are decoded in full before they are stored: a damaged PNG or a truncated
JPEG is refused with a message, where it used to be stored and then fail as a server error."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model

from courses.uploads.admin_images import IMAGE_NOT_VALID
from tests import upload_files as files
from tests.helpers import second_factor_login

pytestmark = pytest.mark.django_db

TITLE = "Workplace Cooperation poster"
DAMAGED = [("poster.png", files.png_broken_idat, "PNG"), ("poster.jpg", files.jpeg_truncated, "JPG")]


@pytest.fixture(params=["staff", "partner editor"])
def uploader(request, client, staff_user, bedo_editor, core, score_plus):
    """Programme staff, and a partner's editor in their own curriculum's collection: the same form for both."""
    user, curriculum = (staff_user, core) if request.param == "staff" else (bedo_editor, score_plus)
    second_factor_login(client, user)
    return client, curriculum.materials_collection_id


def stored(title=TITLE) -> bool:
    return get_image_model().objects.filter(title=title).exists()


@pytest.mark.parametrize(("name", "build", "extension"), DAMAGED)
def test_a_damaged_image_is_refused_in_the_add_view_keeping_the_title(uploader, name, build, extension):
    client, collection = uploader
    response = client.post(
        reverse("wagtailimages:add"),
        {"title": TITLE, "collection": collection, "file": SimpleUploadedFile(name, build())},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert str(IMAGE_NOT_VALID % {"extension": extension}) in html
    assert f'value="{TITLE}"' in html
    assert not stored()


@pytest.mark.parametrize(("name", "build", "extension"), DAMAGED)
def test_a_damaged_image_is_refused_in_the_multiple_upload(uploader, name, build, extension):
    client, collection = uploader
    before = get_image_model().objects.count()
    response = client.post(
        reverse("wagtailimages:add_multiple"),
        {"collection": collection, "files[]": SimpleUploadedFile(name, build())},
    )
    answer = json.loads(response.content)
    assert answer["success"] is False
    assert str(IMAGE_NOT_VALID % {"extension": extension}) in answer["error_message"]
    assert get_image_model().objects.count() == before


@pytest.mark.parametrize(("name", "build", "extension"), DAMAGED)
def test_a_damaged_image_is_refused_in_the_choosers_upload_tab(uploader, name, build, extension):
    client, collection = uploader
    response = client.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": TITLE,
            "image-chooser-upload-collection": collection,
            "image-chooser-upload-file": SimpleUploadedFile(name, build()),
        },
    )
    assert response.status_code == 200
    assert str(IMAGE_NOT_VALID % {"extension": extension}) in response.content.decode()
    assert not stored()


def test_the_upload_pages_still_show_wagtails_limits(client, staff_user):
    second_factor_login(client, staff_user)
    for url in (reverse("wagtailimages:add"), reverse("wagtailimages:add_multiple")):
        html = client.get(url).content.decode()
        assert "Supported formats: GIF, JPG, JPEG, PNG, WEBP. Maximum filesize: 5.0\xa0MB." in html


@pytest.mark.parametrize(
    ("name", "build"), [("poster.png", files.png_bytes), ("poster.jpg", files.jpeg_bytes)]
)
def test_a_real_image_is_stored_by_both_views(uploader, name, build):
    client, collection = uploader
    response = client.post(
        reverse("wagtailimages:add"),
        {"title": TITLE, "collection": collection, "file": SimpleUploadedFile(name, build())},
    )
    assert response.status_code == 302 and stored()
    response = client.post(
        reverse("wagtailimages:add_multiple"),
        {"collection": collection, "files[]": SimpleUploadedFile(name, build())},
    )
    assert json.loads(response.content)["success"] is True


def test_editing_the_title_keeps_the_stored_file_without_decoding_it_again(client, staff_user, core):
    second_factor_login(client, staff_user)
    client.post(
        reverse("wagtailimages:add"),
        {
            "title": TITLE,
            "collection": core.materials_collection_id,
            "file": SimpleUploadedFile("poster.png", files.png_bytes()),
        },
    )
    image = get_image_model().objects.get(title=TITLE)
    response = client.post(
        reverse("wagtailimages:edit", args=(image.pk,)),
        {"title": "Renamed poster", "collection": core.materials_collection_id},
    )
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.title == "Renamed poster" and image.file.name
