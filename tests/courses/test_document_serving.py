"""Documents are reached only through Wagtail's serving view, never as public media files."""

from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from cms.storage import PrivateFileSystemStorage

pytestmark = pytest.mark.django_db


@pytest.fixture
def material():
    """A demo document in the "Curriculum materials" collection, which asks for a login."""
    materials = Collection.objects.get(name="Curriculum materials", depth=2)
    return get_document_model().objects.filter(collection__path__startswith=materials.path).first()


def test_document_files_live_outside_the_public_media(material, settings):
    assert isinstance(material.file.storage, PrivateFileSystemStorage)
    assert not Path(material.file.path).resolve().is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    assert material.url == f"/documents/{material.pk}/{Path(material.file.name).name}"


def test_a_new_upload_goes_to_private_storage_too(settings):
    document = get_document_model()(title="Checklist")
    document.file.save("checklist.txt", ContentFile(b"1. Agree the targets\n"), save=False)
    assert not Path(document.file.path).resolve().is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    with pytest.raises(NotImplementedError):
        document.file.url  # noqa: B018  (a private file has no URL of its own)


def test_the_serving_view_applies_the_collections_login(client, material, trainer):
    response = client.get(material.url)
    assert response.status_code == 302 and "/accounts/login/" in response.url
    client.force_login(trainer)
    response = client.get(material.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == material.file.open("rb").read()


def test_the_media_url_does_not_serve_documents(client, material, settings):
    # Not even a development server's media route would find it: the file is not under MEDIA_ROOT.
    assert client.get(f"{settings.MEDIA_URL}{material.file.name}").status_code == 404
    assert not (Path(settings.MEDIA_ROOT) / material.file.name).exists()
