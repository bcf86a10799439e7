"""A partner editor may choose the core's materials (documents and images) for their own lessons, so an
inherited trainer guide removed from a derived lesson can be put back; they never edit, delete or add to
them, and see nothing of another partner's. The upload pages say where a file goes."""

import importlib
import io

import pytest
from django.apps import apps as django_apps
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import GroupCollectionPermission

from courses.access import partner_access_sync
from courses.models import CurriculumPage, Partner
from tests import upload_files as files
from tests.helpers import denied, second_factor_login

pytestmark = pytest.mark.django_db

migration = importlib.import_module("courses.migrations.0007_partners_choose_core_materials")


def make_document(title, collection):
    document = get_document_model()(title=title, collection=collection)
    document.file.save("guide.pdf", ContentFile(files.pdf_bytes()), save=False)
    document.save()
    return document


def make_image(title, collection):
    image = get_image_model()(
        title=title, collection=collection, file=ImageFile(io.BytesIO(files.png_bytes()), name="poster.png")
    )
    image.save()
    return image


@pytest.fixture
def bedo(db):
    return Partner.objects.get(short_name="BEDO")


@pytest.fixture
def materials(core, score_plus, score_creative):
    """A document of the core, one of SCORE Plus (BEDO's) and one of SCORE Creative (another partner's)."""
    return {
        "core": make_document("Core trainer guide for choosing", core.materials_collection),
        "own": make_document("SCORE Plus worksheet for choosing", score_plus.materials_collection),
        "other": make_document("SCORE Creative guide for choosing", score_creative.materials_collection),
    }


def codenames_on(group, collection) -> set[str]:
    return set(
        GroupCollectionPermission.objects.filter(group=group, collection=collection).values_list(
            "permission__codename", flat=True
        )
    )


# Permissions


def test_the_seeded_partner_groups_may_only_choose_on_the_core_collection(core, id_locale):
    core_id = CurriculumPage.objects.get(translation_key=core.translation_key, locale=id_locale)
    assert core_id.materials_collection_id == core.materials_collection_id  # one collection for both
    for partner in Partner.objects.exclude(editors_group=None):
        assert codenames_on(partner.editors_group, core.materials_collection) == {
            "choose_document",
            "choose_image",
        }, partner.short_name


def test_sync_withdraws_anything_more_than_choosing_on_the_core(bedo, core, score_plus, score_creative):
    from django.contrib.auth.models import Permission

    group = bedo.editors_group
    for codename in ("add_document", "change_document", "delete_document"):
        GroupCollectionPermission.objects.create(
            group=group,
            collection=core.materials_collection,
            permission=Permission.objects.get(content_type__app_label="wagtaildocs", codename=codename),
        )
    partner_access_sync(bedo)
    assert codenames_on(group, core.materials_collection) == {"choose_document", "choose_image"}
    assert codenames_on(group, score_plus.materials_collection) == {
        "add_document",
        "change_document",
        "choose_document",
        "add_image",
        "change_image",
        "choose_image",
    }
    assert codenames_on(group, score_creative.materials_collection) == set()


def test_the_migration_gives_an_existing_group_the_choose_permissions(bedo, core, score_plus):
    from django.contrib.auth.models import Permission

    group = bedo.editors_group
    GroupCollectionPermission.objects.filter(group=group, collection=core.materials_collection).delete()
    GroupCollectionPermission.objects.create(  # an earlier grant beyond choosing goes
        group=group,
        collection=core.materials_collection,
        permission=Permission.objects.get(content_type__app_label="wagtailimages", codename="add_image"),
    )
    own_before = codenames_on(group, score_plus.materials_collection)

    migration.grant(django_apps, None)

    assert codenames_on(group, core.materials_collection) == {"choose_document", "choose_image"}
    assert codenames_on(group, score_plus.materials_collection) == own_before
    migration.grant(django_apps, None)  # again: nothing more
    assert (
        GroupCollectionPermission.objects.filter(group=group, collection=core.materials_collection).count()
        == 2
    )

    migration.withdraw(django_apps, None)
    assert codenames_on(group, core.materials_collection) == set()
    assert codenames_on(group, score_plus.materials_collection) == own_before


# Choosers


def test_the_document_chooser_offers_the_core_and_own_materials_not_another_partners(
    client, bedo_editor, materials
):
    client.force_login(bedo_editor)
    html = client.get(reverse("wagtaildocs_chooser:choose_results")).content.decode()
    assert materials["core"].title in html
    assert materials["own"].title in html
    assert materials["other"].title not in html

    response = client.get(reverse("wagtaildocs_chooser:choose"))
    assert response.status_code == 200
    modal = response.json()["html"]
    assert materials["core"].title in modal
    assert materials["other"].title not in modal

    assert client.get(reverse("wagtaildocs_chooser:chosen", args=(materials["core"].pk,))).status_code == 200
    assert denied(client.get(reverse("wagtaildocs_chooser:chosen", args=(materials["other"].pk,))))


def test_the_chooser_filtered_by_another_partners_collection_shows_nothing_of_it(
    client, bedo_editor, materials, score_creative
):
    client.force_login(bedo_editor)
    response = client.get(
        reverse("wagtaildocs_chooser:choose_results"),
        {"collection_id": score_creative.materials_collection_id},
    )
    assert materials["other"].title not in response.content.decode()


def test_the_image_chooser_offers_the_core_and_own_images_not_another_partners(
    client, bedo_editor, core, score_plus, score_creative
):
    core_image = make_image("Core poster for choosing", core.materials_collection)
    own_image = make_image("SCORE Plus poster for choosing", score_plus.materials_collection)
    other_image = make_image("SCORE Creative poster for choosing", score_creative.materials_collection)
    client.force_login(bedo_editor)
    html = client.get(reverse("wagtailimages_chooser:choose_results")).content.decode()
    assert core_image.title in html
    assert own_image.title in html
    assert other_image.title not in html
    assert client.get(reverse("wagtailimages_chooser:chosen", args=(core_image.pk,))).status_code == 200
    assert denied(client.get(reverse("wagtailimages_chooser:chosen", args=(other_image.pk,))))


def test_the_core_documents_are_not_in_the_partners_document_listing(client, bedo_editor, materials):
    client.force_login(bedo_editor)
    listing = client.get(reverse("wagtaildocs:index")).content.decode()
    assert materials["own"].title in listing
    assert materials["core"].title not in listing


# Editing, deleting, uploading


def test_a_partner_cannot_edit_or_delete_a_core_document(client, bedo_editor, materials, core):
    document = materials["core"]
    file_name = document.file.name
    client.force_login(bedo_editor)
    edit = reverse("wagtaildocs:edit", args=(document.pk,))
    assert denied(client.get(edit))
    assert denied(client.post(edit, {"title": "Hijacked guide", "collection": core.materials_collection_id}))
    assert denied(client.get(reverse("wagtaildocs:delete", args=(document.pk,))))
    assert denied(client.post(reverse("wagtaildocs:delete", args=(document.pk,))))
    assert denied(client.post(reverse("wagtaildocs:delete_multiple", args=(document.pk,))))
    multiple_edit = reverse("wagtaildocs:edit_multiple", args=(document.pk,))
    assert denied(client.post(multiple_edit, {f"doc-{document.pk}-title": "Hijacked guide"}))
    document = get_document_model().objects.get(pk=document.pk)
    assert (document.title, document.file.name, document.collection_id) == (
        "Core trainer guide for choosing",
        file_name,
        core.materials_collection_id,
    )


def test_a_partner_cannot_edit_or_delete_a_core_image(client, bedo_editor, core):
    image = make_image("Core poster not to touch", core.materials_collection)
    client.force_login(bedo_editor)
    edit = reverse("wagtailimages:edit", args=(image.pk,))
    assert denied(client.get(edit))
    assert denied(client.post(edit, {"title": "Hijacked poster", "collection": core.materials_collection_id}))
    assert denied(client.post(reverse("wagtailimages:delete", args=(image.pk,))))
    image = get_image_model().objects.get(pk=image.pk)
    assert (image.title, image.collection_id) == ("Core poster not to touch", core.materials_collection_id)


def pdf_upload(name="worksheet.pdf"):
    return SimpleUploadedFile(name, files.pdf_bytes(), content_type="application/pdf")


def test_an_upload_posting_the_core_collection_never_lands_there(client, bedo_editor, core, score_plus):
    """With one collection of their own, Wagtail's form has no collection field: what is posted is ignored
    and the file goes where the page says, the partner's collection, never the core's."""
    Document = get_document_model()
    Image = get_image_model()
    core_documents = set(Document.objects.filter(collection=core.materials_collection).values_list("pk"))
    core_images = set(Image.objects.filter(collection=core.materials_collection).values_list("pk"))
    client.force_login(bedo_editor)

    client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "BEDO guide into the core",
            "collection": core.materials_collection_id,
            "file": pdf_upload(),
        },
    )
    client.post(
        reverse("wagtaildocs:add_multiple"),
        {"collection": core.materials_collection_id, "files[]": pdf_upload("bedo-into-core.pdf")},
    )
    client.post(
        reverse("wagtailimages:add"),
        {
            "title": "BEDO poster into the core",
            "collection": core.materials_collection_id,
            "file": SimpleUploadedFile("poster.png", files.png_bytes()),
        },
    )
    client.post(
        reverse("wagtailimages:add_multiple"),
        {
            "collection": core.materials_collection_id,
            "files[]": SimpleUploadedFile("bedo-into-core.png", files.png_bytes()),
        },
    )

    assert (
        set(Document.objects.filter(collection=core.materials_collection).values_list("pk")) == core_documents
    )
    assert set(Image.objects.filter(collection=core.materials_collection).values_list("pk")) == core_images
    assert (
        Document.objects.get(title="BEDO guide into the core").collection_id
        == score_plus.materials_collection_id
    )


@pytest.fixture
def second_bedo_curriculum(bedo, score_plus):
    """BEDO gets a second curriculum, so a second collection of its own: the upload forms show a select."""
    curriculum = score_plus.get_parent().add_child(
        instance=CurriculumPage(title="SCORE Plus Retail", slug="score-plus-retail", partner=bedo)
    )
    curriculum.refresh_from_db()
    assert curriculum.materials_collection_id not in (None, score_plus.materials_collection_id)
    return curriculum


def multiple_upload_into(client, app, kind, collection_id, upload, *, finish=True):
    """The multiple upload with a collection the form refuses: Wagtail makes no document or image but
    keeps the file as a pending upload and asks for its details again; finishing it with the same
    collection is refused too. ``kind``: "document" or "image"."""
    data = client.post(
        reverse(f"{app}:add_multiple"), {"collection": collection_id, "files[]": upload}
    ).json()
    assert "doc_id" not in data and "image_id" not in data  # no document or image was made
    if not finish:
        return
    upload_id = data["uploaded_file_id"]
    prefix = f"uploaded-{kind}-{upload_id}"
    response = client.post(
        reverse(f"{app}:create_multiple_from_uploaded_{kind}", args=(upload_id,)),
        {f"{prefix}-title": "Into the core", f"{prefix}-collection": collection_id},
    )
    assert response.json()["success"] is False


def test_an_upload_into_the_core_collection_is_refused_when_the_collection_is_chosen(
    client, bedo_editor, core, second_bedo_curriculum
):
    """With several collections of their own, the form offers those only: the core's is refused."""
    Document = get_document_model()
    Image = get_image_model()
    documents, images = Document.objects.count(), Image.objects.count()
    client.force_login(bedo_editor)

    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "BEDO guide into the core",
            "collection": core.materials_collection_id,
            "file": pdf_upload(),
        },
    )
    assert response.status_code == 200
    assert "collection" in response.context["form"].errors
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "BEDO poster into the core",
            "collection": core.materials_collection_id,
            "file": SimpleUploadedFile("poster.png", files.png_bytes()),
        },
    )
    assert response.status_code == 200
    assert "collection" in response.context["form"].errors
    # Finishing a pending document upload answers a server error whatever the collection (Wagtail's
    # AbstractDocument.clean checks the extension of a document that has no file yet): not tried here.
    multiple_upload_into(
        client,
        "wagtaildocs",
        "document",
        core.materials_collection_id,
        pdf_upload("into-core.pdf"),
        finish=False,
    )
    multiple_upload_into(
        client,
        "wagtailimages",
        "image",
        core.materials_collection_id,
        SimpleUploadedFile("into-core.png", files.png_bytes()),
    )

    assert (Document.objects.count(), Image.objects.count()) == (documents, images)


# The upload pages say where files go

UPLOAD_PAGES = [
    "wagtaildocs:add",
    "wagtaildocs:add_multiple",
    "wagtailimages:add",
    "wagtailimages:add_multiple",
]


@pytest.mark.parametrize("url_name", UPLOAD_PAGES)
def test_the_upload_page_names_the_partners_only_collection(client, bedo_editor, score_plus, url_name):
    client.force_login(bedo_editor)
    html = client.get(reverse(url_name)).content.decode()
    name = score_plus.materials_collection.name
    assert f"Files you upload go into the collection “{name}”." in html


@pytest.mark.parametrize("url_name", UPLOAD_PAGES)
def test_with_several_collections_the_upload_page_points_to_the_select(
    client, bedo_editor, second_bedo_curriculum, url_name
):
    client.force_login(bedo_editor)
    html = client.get(reverse(url_name)).content.decode()
    assert "Files you upload go into the collection you choose below." in html
    assert "Files you upload go into the collection “" not in html
    assert f'value="{second_bedo_curriculum.materials_collection_id}"' in html  # the select offers it


def test_staff_see_the_collection_select_and_the_note(client, staff_user):
    second_factor_login(client, staff_user)
    html = client.get(reverse("wagtaildocs:add_multiple")).content.decode()
    assert "Files you upload go into the collection you choose below." in html
    assert 'id="id_adddocument_collection"' in html


def test_the_edit_page_has_no_upload_note(client, bedo_editor, materials):
    client.force_login(bedo_editor)
    html = client.get(reverse("wagtaildocs:edit", args=(materials["own"].pk,))).content.decode()
    assert "Files you upload go into" not in html
