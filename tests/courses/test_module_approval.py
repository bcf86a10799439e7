"""A derived module is one piece of work: submitted once, reviewed as one task, published whole or not at all."""

import json
import re

import pytest
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.models import Page, PageLogEntry
from wagtail.users.models import UserProfile

from courses.lineage import module_derive
from courses.models import KnowledgeCheckPage, LessonPage, ModulePage
from courses.module_hooks import warn_of_module_drafts
from courses.publishing import bundle_for
from tests.helpers import second_factor_login

pytestmark = pytest.mark.django_db

XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


@pytest.fixture
def derived(bedo_editor, score_plus, core):
    """Safety and health, derived into SCORE Plus in both languages: drafts only."""
    source = ModulePage.objects.child_of(core).get(slug="safety-and-health")
    return module_derive(source=source, target=score_plus, user=bedo_editor)


def module_pages(module):
    """The module and every page below it, in both languages."""
    keyed = Page.objects.filter(translation_key=module.translation_key)
    pages = Page.objects.none()
    for root in keyed:
        pages |= Page.objects.descendant_of(root, inclusive=True)
    return pages


def submit(module, user):
    module = Page.objects.get(pk=module.pk).specific
    module.get_workflow().start(module, user)
    module.refresh_from_db()
    return module.current_workflow_task_state


def approve(client, module, task_state, **extra):
    url = reverse("wagtailadmin_pages:workflow_action", args=(module.pk, "approve", task_state.pk))
    return client.post(url, {"comment": "", "reviewed_task_state": task_state.pk, **extra}, **XHR)


def test_the_bundle_holds_the_module_its_pages_and_its_translation(derived, id_locale):
    bundle = bundle_for(derived)
    pages = {item.page.pk for item in bundle.pages}
    assert pages == set(module_pages(derived).values_list("pk", flat=True))
    assert bundle.languages == ["en", "id"]
    assert {item.kind for item in bundle.pages} >= {"module", "lesson", "check"}
    assert [(item.state, item.adapted) for item in bundle.pages] == [("new", False)] * len(bundle.pages)


def test_one_approval_publishes_every_page_of_the_module(client, derived, bedo_editor, staff_user, en):
    lesson = LessonPage.objects.child_of(derived).first()
    lesson.introduction = "Adapted for micro enterprises."
    lesson.save_revision(user=bedo_editor, log_action=True)
    assert bundle_for(derived).pages[1].adapted is True

    task_state = submit(derived, bedo_editor)
    second_factor_login(client, staff_user)
    modal = client.get(
        reverse("wagtailadmin_pages:workflow_action", args=(derived.pk, "approve", task_state.pk)), **XHR
    )
    html = json.loads(modal.content)["html"]
    # Staff see one task naming the curriculum and partner, with what is in it.
    curriculum = derived.curriculum
    assert escape(curriculum.title) in html and escape(curriculum.partner.name) in html
    for page in module_pages(derived):
        assert page.title in html

    response = approve(client, derived, task_state)
    assert json.loads(response.content)["step"] == "success"
    pages = module_pages(derived)
    assert pages.count() >= 8
    assert all(page.live and not page.has_unpublished_changes for page in pages)
    assert LessonPage.objects.get(pk=lesson.pk).introduction == "Adapted for micro enterprises."
    assert PageLogEntry.objects.filter(page=derived, action="courses.module_published").exists()
    # The public site shows the module with every lesson and the check.
    public = client.get(Page.objects.get(pk=derived.pk).url)
    for child in Page.objects.child_of(derived):
        assert child.title in public.content.decode()


def test_an_unready_page_refuses_the_whole_approval_with_the_reason(
    client, derived, bedo_editor, staff_user, id_locale
):
    translated = derived.get_translation(id_locale)
    broken = LessonPage.objects.child_of(translated).first()
    broken.title = ""
    broken.save_revision(user=bedo_editor, clean=False)
    task_state = submit(derived, bedo_editor)

    second_factor_login(client, staff_user)
    response = approve(client, derived, task_state)
    data = json.loads(response.content)
    assert data["step"] == "action"
    assert "(ID)" in data["html"] and "cannot be blank" in data["html"]
    assert not module_pages(derived).filter(live=True).exists()
    task_state.refresh_from_db()
    assert task_state.status == "in_progress"


def test_an_empty_required_block_refuses_the_approval(client, derived, bedo_editor, staff_user):
    lesson = LessonPage.objects.child_of(derived).first()
    lesson.body = json.dumps([{"type": "callout", "value": {"kind": "tip", "title": "", "text": ""}}])
    lesson.save_revision(user=bedo_editor, clean=False)
    task_state = submit(derived, bedo_editor)
    second_factor_login(client, staff_user)
    data = json.loads(approve(client, derived, task_state).content)
    assert data["step"] == "action" and "This field is required." in data["html"]
    assert not module_pages(derived).filter(live=True).exists()


def test_an_approval_posted_for_another_task_state_is_refused(
    client, derived, bedo_editor, staff_user, plus_module
):
    task_state = submit(derived, bedo_editor)
    plus_module.save_revision(user=bedo_editor)
    other = submit(plus_module, bedo_editor)
    second_factor_login(client, staff_user)
    url = reverse("wagtailadmin_pages:workflow_action", args=(derived.pk, "approve", task_state.pk))
    response = client.post(url, {"comment": "", "reviewed_task_state": other.pk}, **XHR)
    assert response.status_code == 403
    assert not module_pages(derived).filter(live=True).exists()


def test_the_editor_cannot_approve_their_module(client, derived, bedo_editor):
    task_state = submit(derived, bedo_editor)
    client.force_login(bedo_editor)
    response = approve(client, derived, task_state)
    assert response.status_code in (302, 403)
    assert not module_pages(derived).filter(live=True).exists()


def test_publishing_a_module_alone_names_its_drafts(derived, staff_user):
    module = Page.objects.get(pk=derived.pk).specific
    module.save_revision(user=staff_user).publish(user=staff_user)
    request = RequestFactory().get("/admin/")
    request.user = staff_user
    request.session = {}
    request._messages = FallbackStorage(request)
    warn_of_module_drafts(request, module)
    [message] = list(get_messages(request))
    lesson = LessonPage.objects.child_of(derived).first()
    assert "unpublished drafts" in message.message and lesson.title in message.message
    assert "(ID)" in message.message


def test_the_module_editor_lists_what_to_adapt(client, derived, bedo_editor):
    client.force_login(bedo_editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=(derived.pk,))).content.decode()
    assert "What is in this module" in html
    assert html.count("Still the core&#x27;s text") + html.count("Still the core's text") >= 6
    check = KnowledgeCheckPage.objects.child_of(derived).first()
    assert reverse("wagtailadmin_pages:edit", args=(check.pk,)) in html
    # The header names the curriculum: the title alone is the core's.
    assert f"{derived.title} · SCORE Plus" in html


def test_the_derive_form_lists_what_it_creates_in_both_languages(
    client, bedo_editor, score_plus, core, id_locale
):
    source = ModulePage.objects.child_of(core).get(slug="safety-and-health")
    translated = source.get_translation(id_locale)
    client.force_login(bedo_editor)
    html = client.get(reverse("courses_admin:derive_module", args=(score_plus.pk,))).content.decode()
    for page in [source, translated, *Page.objects.child_of(source), *Page.objects.child_of(translated)]:
        assert page.title in html


@pytest.mark.parametrize(
    "editor, slug",
    [("editor.bedo@score.example", "score-plus"), ("editor.smi@score.example", "score-creative")],
)
@pytest.mark.parametrize("language", ["en", "id"])
def test_a_partner_editor_explorer_opens_at_their_curriculum(
    client, django_user_model, editor, slug, language
):
    from courses.models import CurriculumPage

    user = django_user_model.objects.get(email=editor)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    response = client.get("/admin/pages/")
    curriculum = CurriculumPage.objects.get(slug=slug, locale__language_code=language)
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_explore", args=(curriculum.pk,))
    # The sidebar's Pages menu opens there too, and the curriculum shows the derive button.
    explorer = client.get(response.url).content.decode()
    start = re.search(
        r'"wagtail.sidebar.PageExplorerMenuItem", "_args": \[\{.*?"url": "/admin/pages/"\}, (\d+)\]', explorer
    )
    assert start and int(start.group(1)) == curriculum.pk
    assert reverse("courses_admin:derive_module", args=(curriculum.pk,)) in explorer


def test_staff_keep_wagtails_explorer(client, staff_user):
    second_factor_login(client, staff_user)
    assert client.get("/admin/pages/").status_code == 200


def test_the_workflow_is_named_in_the_editors_language(client, derived, bedo_editor):
    profile = UserProfile.get_for_user(bedo_editor)
    profile.preferred_language = "id"
    profile.save()
    client.force_login(bedo_editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=(derived.pk,))).content.decode()
    with translation.override("id"):
        assert translation.gettext("Partner content approval") != "Partner content approval"
        assert translation.gettext("Partner content approval") in html
    assert "Partner content approval" not in html
    derived.get_workflow().refresh_from_db()
    assert type(derived.get_workflow()).objects.filter(name="Partner content approval").exists()


def test_a_page_edited_after_submission_is_not_approved_unseen(client, derived, bedo_editor, staff_user):
    task_state = submit(derived, bedo_editor)
    lesson = LessonPage.objects.child_of(derived).first()
    lesson.introduction = "Changed after the module went to review."
    lesson.save_revision(user=bedo_editor, log_action=True)
    second_factor_login(client, staff_user)
    data = json.loads(approve(client, derived, task_state).content)
    assert data["step"] == "action" and "edited after the module was submitted" in data["html"]
    assert not module_pages(derived).filter(live=True).exists()


def test_submitting_is_not_adapting(derived, bedo_editor):
    submit(derived, bedo_editor)
    module = bundle_for(Page.objects.get(pk=derived.pk).specific).pages[0]
    assert module.page.pk == derived.pk and module.adapted is False


def test_the_modules_pages_are_locked_for_the_partner_while_in_review(
    client, derived, bedo_editor, staff_user, id_locale
):
    lesson = LessonPage.objects.child_of(derived).first()
    translated = Page.objects.get(pk=derived.get_translation(id_locale).pk).specific
    assert lesson.get_lock() is None
    task_state = submit(derived, bedo_editor)
    for page in (LessonPage.objects.get(pk=lesson.pk), translated):
        lock = page.get_lock()
        assert lock.for_user(bedo_editor) and not lock.for_user(staff_user)
    client.force_login(bedo_editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(lesson.pk,))).content.decode()
    assert "which is awaiting approval" in edit
    add = client.get(reverse("wagtailadmin_pages:add", args=("courses", "lessonpage", derived.pk)))
    assert add.status_code == 302 and not LessonPage.objects.child_of(derived).filter(live=True).exists()

    second_factor_login(client, staff_user)
    approve(client, derived, task_state)
    assert LessonPage.objects.get(pk=lesson.pk).get_lock() is None


def test_module_titles_and_locks_cost_no_query_per_row(client, bedo_editor, score_plus, core, monkeypatch):
    """The explorer's module titles and review locks cost no query per row."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from courses.models.catalogue import InCurriculumMixin

    for slug in ("safety-and-health", "cleaner-production"):
        module_derive(
            source=ModulePage.objects.child_of(core).get(slug=slug), target=score_plus, user=bedo_editor
        )
    client.force_login(bedo_editor)
    explore = reverse("wagtailadmin_explore", args=(score_plus.pk,))

    def count():
        client.get(explore)  # warm the per-process caches
        with CaptureQueriesContext(connection) as captured:
            html = client.get(explore).content.decode()
        return len(captured), html

    ours, html = count()
    # The explorer is headed by the curriculum: its rows do not repeat it.
    assert "SCORE Plus" in html and "· SCORE Plus" not in html
    monkeypatch.setattr(ModulePage, "get_admin_display_title", Page.get_admin_display_title)
    monkeypatch.delattr(InCurriculumMixin, "get_lock")
    wagtails, html = count()
    assert ours == wagtails


def test_the_history_names_the_workflow_in_the_readers_language(client, derived, bedo_editor):
    from wagtail.log_actions import registry

    submit(derived, bedo_editor)
    entry = PageLogEntry.objects.filter(page=derived, action="wagtail.workflow.start").latest("timestamp")
    assert entry.data["workflow"]["title"] == "Partner content approval"
    with translation.override("id"):
        message = registry.get_formatter(entry).format_message(entry)
        assert translation.gettext("Partner content approval") in message
    assert "Partner content approval" in registry.get_formatter(entry).format_message(entry)


def test_a_reviewers_own_edit_during_the_review_is_approved(client, derived, bedo_editor, staff_user):
    task_state = submit(derived, bedo_editor)
    lesson = LessonPage.objects.child_of(derived).first()
    lesson.introduction = "A typo fixed by the reviewer."
    lesson.save_revision(user=staff_user, log_action=True)
    second_factor_login(client, staff_user)
    assert json.loads(approve(client, derived, task_state).content)["step"] == "success"
    assert LessonPage.objects.get(pk=lesson.pk).introduction == "A typo fixed by the reviewer."


def test_a_page_broken_after_the_modal_checked_it_refuses_with_the_reason(
    client, derived, bedo_editor, staff_user
):
    task_state = submit(derived, bedo_editor)
    lesson = LessonPage.objects.child_of(derived).first()
    lesson.title = ""
    lesson.save_revision(user=staff_user, clean=False)
    task = task_state.task.specific
    url = task.on_action(task_state, staff_user, "approve", comment="", reviewed_task_state=task_state.pk)
    assert url == reverse("courses_admin:approval_refused", args=(task_state.pk,))
    assert not module_pages(derived).filter(live=True).exists()
    task_state.refresh_from_db()
    assert task_state.status == "in_progress"

    second_factor_login(client, staff_user)
    html = client.get(url).content.decode()
    assert "Nothing of" in html and "cannot be blank" in html
    client.force_login(bedo_editor)
    assert client.get(url).status_code in (302, 403)


def test_an_approval_from_the_editor_that_was_refused_says_so(derived, bedo_editor, staff_user):
    from courses.module_hooks import approval_with_edits_refused

    task_state = submit(derived, bedo_editor)
    data = {
        "action-workflow-action": "1",
        "workflow-action-name": "approve",
        "workflow-action-extra-data": json.dumps({"comment": "", "reviewed_task_state": task_state.pk}),
    }
    request = RequestFactory().post("/admin/", data)
    request.user = staff_user
    response = approval_with_edits_refused(request, derived)
    assert response.url == reverse("courses_admin:approval_refused", args=(task_state.pk,))
    task_state.approve(user=staff_user)
    assert approval_with_edits_refused(request, derived) is None
