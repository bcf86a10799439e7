"""A partner editor works on their own variant through the admin, and nowhere else."""

import pytest
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Page, WorkflowState

from courses.models import Derivation, LessonPage, ModulePage
from tests.helpers import denied, second_factor_login

pytestmark = pytest.mark.django_db


def lesson_form(**overrides):
    data = {
        "title": "Running the EIT meeting in a warung",
        "slug": "running-the-eit-meeting-in-a-warung",
        "introduction": "How micro enterprises keep the improvement team meeting short.",
        "estimated_minutes": "25",
        "body-count": "0",
        "downloads-TOTAL_FORMS": "0",
        "downloads-INITIAL_FORMS": "0",
        "downloads-MIN_NUM_FORMS": "0",
        "downloads-MAX_NUM_FORMS": "1000",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def test_editor_opens_own_variant_module(client, bedo_editor, plus_module):
    client.force_login(bedo_editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=(plus_module.pk,)))
    assert response.status_code == 200


def test_editor_creates_a_lesson_in_own_variant_and_submits_it(client, bedo_editor, plus_module):
    client.force_login(bedo_editor)
    url = reverse("wagtailadmin_pages:add", args=("courses", "lessonpage", plus_module.pk))
    response = client.post(url, lesson_form(**{"action-submit": "Submit"}))
    assert response.status_code == 302, response.content.decode()[:2000]
    lesson = LessonPage.objects.child_of(plus_module).get(slug="running-the-eit-meeting-in-a-warung")
    assert not lesson.live
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(lesson.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == bedo_editor


def test_editor_cannot_publish_directly(client, bedo_editor, plus_module):
    client.force_login(bedo_editor)
    url = reverse("wagtailadmin_pages:add", args=("courses", "lessonpage", plus_module.pk))
    client.post(url, lesson_form(**{"action-publish": "Publish"}))
    lesson = (
        LessonPage.objects.child_of(plus_module).filter(slug="running-the-eit-meeting-in-a-warung").first()
    )
    assert lesson is None or not lesson.live


def test_staff_approval_publishes_the_submitted_page(client, bedo_editor, staff_user, plus_module):
    plus_module.summary = "Workplace cooperation for micro enterprises of up to ten people."
    plus_module.save_revision(user=bedo_editor)
    workflow = plus_module.get_workflow()
    assert workflow is not None and workflow.name == "Partner content approval"
    workflow.start(plus_module, bedo_editor)
    plus_module.refresh_from_db()
    task_state = plus_module.current_workflow_task_state

    second_factor_login(client, staff_user)
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(plus_module.pk, "approve", task_state.pk)),
        {"comment": "Approved", "reviewed_task_state": task_state.pk},
    )
    assert response.status_code in (200, 302)
    plus_module.refresh_from_db()
    assert plus_module.live and not plus_module.has_unpublished_changes
    assert ModulePage.objects.get(pk=plus_module.pk).summary.startswith("Workplace cooperation for micro")


def test_editor_cannot_approve_own_submission(client, bedo_editor, plus_module):
    workflow = plus_module.get_workflow()
    plus_module.save_revision(user=bedo_editor)
    workflow.start(plus_module, bedo_editor)
    plus_module.refresh_from_db()
    task_state = plus_module.current_workflow_task_state
    client.force_login(bedo_editor)
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(plus_module.pk, "approve", task_state.pk)),
        {"comment": ""},
    )
    assert denied(response)
    plus_module.refresh_from_db()
    assert plus_module.current_workflow_task_state.status == "in_progress"


def test_editor_cannot_edit_the_core(client, bedo_editor, core_module):
    client.force_login(bedo_editor)
    edit = reverse("wagtailadmin_pages:edit", args=(core_module.pk,))
    assert denied(client.get(edit))
    title = core_module.title
    response = client.post(edit, {"title": "Hijacked", "slug": core_module.slug})
    assert denied(response)
    assert Page.objects.get(pk=core_module.pk).title == title
    add = reverse("wagtailadmin_pages:add", args=("courses", "lessonpage", core_module.pk))
    assert denied(client.post(add, lesson_form()))
    assert not LessonPage.objects.filter(slug="running-the-eit-meeting-in-a-warung").exists()


def test_editor_has_no_access_to_another_partners_variant(client, bedo_editor, score_creative):
    client.force_login(bedo_editor)
    module = ModulePage.objects.child_of(score_creative).first()
    assert denied(client.get(reverse("wagtailadmin_pages:edit", args=(score_creative.pk,))))
    assert denied(client.get(reverse("wagtailadmin_pages:edit", args=(module.pk,))))
    assert denied(client.post(reverse("wagtailadmin_pages:delete", args=(module.pk,))))
    assert Page.objects.filter(pk=module.pk).exists()
    assert denied(client.get(reverse("courses_admin:derive_module", args=(score_creative.pk,))))


def make_document(title, collection):
    from django.core.files.base import ContentFile

    document = get_document_model()(title=title, collection=collection)
    document.file.save("guide.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    document.save()
    return document


def test_editor_cannot_touch_another_partners_documents(client, bedo_editor, score_plus, score_creative):
    Document = get_document_model()
    own = make_document("SCORE Plus coaching guide", score_plus.materials_collection)
    other = make_document("SCORE Creative trainer guide", score_creative.materials_collection)
    client.force_login(bedo_editor)
    assert client.get(reverse("wagtaildocs:edit", args=(own.pk,))).status_code == 200
    assert denied(client.get(reverse("wagtaildocs:edit", args=(other.pk,))))
    assert denied(client.post(reverse("wagtaildocs:delete", args=(other.pk,))))
    assert Document.objects.filter(pk=other.pk).exists()
    listing = client.get(reverse("wagtaildocs:index")).content.decode()
    assert other.title not in listing


def test_editor_uploads_into_own_collection_only(client, bedo_editor, score_plus, score_creative):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.upload_files import pdf_bytes

    client.force_login(bedo_editor)
    pdf = pdf_bytes()  # a real one, so only the collection can be why it is refused
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "BEDO worksheet",
            "collection": score_creative.materials_collection_id,
            "file": SimpleUploadedFile("worksheet.pdf", pdf, content_type="application/pdf"),
        },
    )
    assert (
        not get_document_model()
        .objects.filter(title="BEDO worksheet", collection=score_creative.materials_collection)
        .exists()
    )
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "BEDO worksheet",
            "collection": score_plus.materials_collection_id,
            "file": SimpleUploadedFile("worksheet.pdf", pdf, content_type="application/pdf"),
        },
    )
    assert response.status_code == 302
    assert (
        get_document_model()
        .objects.filter(title="BEDO worksheet", collection=score_plus.materials_collection)
        .exists()
    )


def test_staff_edit_the_core(client, staff_user, core_module):
    second_factor_login(client, staff_user)
    assert client.get(reverse("wagtailadmin_pages:edit", args=(core_module.pk,))).status_code == 200


def test_editor_adds_a_module_of_their_own(client, bedo_editor, score_plus):
    client.force_login(bedo_editor)
    url = reverse("wagtailadmin_pages:add", args=("courses", "modulepage", score_plus.pk))
    data = {
        "title": "Digital bookkeeping for micro enterprises",
        "slug": "digital-bookkeeping",
        "number": "7",
        "summary": "Simple records that show the owner where the money goes.",
        "learning_objectives-count": "0",
        "classroom_days": "1",
        "consultancy_visits": "2",
        "prerequisite_links-TOTAL_FORMS": "0",
        "prerequisite_links-INITIAL_FORMS": "0",
        "prerequisite_links-MIN_NUM_FORMS": "0",
        "prerequisite_links-MAX_NUM_FORMS": "1000",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    assert client.post(url, data).status_code == 302
    module = ModulePage.objects.child_of(score_plus).get(slug="digital-bookkeeping")
    assert not Derivation.objects.filter(page=module).exists()

    # The same number twice in one curriculum is refused, and the form keeps what was typed.
    data.update({"slug": "digital-bookkeeping-2", "title": "Cash flow in a warung"})
    response = client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Another module of this curriculum already has this number." in html
    assert 'value="Cash flow in a warung"' in html
    assert not ModulePage.objects.filter(slug="digital-bookkeeping-2").exists()
