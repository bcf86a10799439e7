"""A partner editor derives, adapts and submits a whole module; staff approve it once; the core changes and the
editor compares, re-syncs an untouched field and marks the change reviewed. In English and in Bahasa Indonesia."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# What an Indonesian editor used to meet in English in the admin (issue 13).
ENGLISH_LEFT_OVERS = [
    "The core changes are marked as reviewed.",
    "was derived from the core",
    "Partner content approval",
    "Approval by programme staff",
    "Reports",
    "Site history",
    "Collapse all",
    "More actions",
    "Bulk actions",
    "What is in this module",
    "Derive a module from the core",
    "Mark as reviewed",
    "Comment",
    "Approve and publish",
]
OF_PAGES = re.compile(r"\d+-\d+ of \d+")


def admin_language_set(user, language):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def posted(page, click):
    """Click something that posts a form and wait until the server has answered and the next page loaded:
    the database is checked right after (a load state alone may still be the page that was left)."""
    with page.expect_navigation(), page.expect_response(lambda response: response.request.method == "POST"):
        click()
    page.wait_for_load_state()


class TextWatch:
    """Keeps the visible text of every admin page opened, to look for English left in the Indonesian admin."""

    def __init__(self):
        self.pages = []

    def read(self, page):
        page.wait_for_load_state()
        self.pages.append((page.url, page.locator("body").inner_text()))

    def english_found(self):
        found = []
        for url, text in self.pages:
            found += [f"{url}: {phrase}" for phrase in ENGLISH_LEFT_OVERS if phrase in text]
            found += [f"{url}: {match}" for match in OF_PAGES.findall(text)]
        return found


@pytest.mark.parametrize("language", ["en", "id"])
def test_partner_module_flow(live_server, browser, seeded, screenshot_dir, language):
    from django.contrib.auth import get_user_model
    from django.utils import translation
    from playwright.sync_api import expect
    from wagtail.models import Page

    from courses.models import CurriculumPage, KnowledgeCheckPage, LessonPage, ModulePage
    from courses.publishing import bundle_for
    from tests.browser.sessions import logged_in_context

    users = get_user_model().objects
    editor = users.get(email="editor.bedo@score.example")
    staff = users.get(email="staff@score.example")
    for person in (editor, staff):
        admin_language_set(person, language)
    core = CurriculumPage.objects.get(slug="score-core", locale__language_code=language)
    source = ModulePage.objects.child_of(core).get(slug="safety-and-health")
    curriculum = CurriculumPage.objects.get(slug="score-plus", locale__language_code=language)
    watch = TextWatch()

    # The editor's explorer opens at their curriculum, with the derive button in sight.
    editor_context = logged_in_context(browser, live_server, editor)
    page = editor_context.new_page()
    page.goto(live_server.url + "/admin/pages/")
    assert page.url.endswith(f"/admin/pages/{curriculum.pk}/")
    watch.read(page)
    page.locator(f'a[href$="/courses/curricula/{curriculum.pk}/derive/"]').first.click()
    page.wait_for_url(re.compile(r"/derive/$"))

    # The derive form says what it creates, in both languages.
    watch.read(page)
    choice = page.locator(".derive-choice", has=page.locator(f'input[value="{source.pk}"]'))
    for title in LessonPage.objects.child_of(source).values_list("title", flat=True):
        expect(choice).to_contain_text(title)
    other = source.get_translations().get()
    expect(choice).to_contain_text(other.title)
    choice.locator("input[type=radio]").check()
    page.locator(".derive-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    watch.read(page)
    module = ModulePage.objects.child_of(curriculum).get(slug="safety-and-health")
    rows = page.locator(".module-bundle__pages tbody tr")
    expect(rows).to_have_count(len(bundle_for(module).pages))
    page.screenshot(path=str(screenshot_dir / f"partner-module-{language}.png"), full_page=True)

    # Adapt one lesson, then submit the module once.
    lesson = LessonPage.objects.child_of(module).first()
    page.locator(f'.module-bundle__pages a[href$="/admin/pages/{lesson.pk}/edit/"]').click()
    page.wait_for_url(re.compile(rf"/admin/pages/{lesson.pk}/edit/"))
    adapted_introduction = "Adapted for micro enterprises in Yogyakarta."
    page.locator("#id_introduction").fill(adapted_introduction)
    posted(page, lambda: page.locator('button[name="action-save"], button.action-save').first.click())
    watch.read(page)
    page.goto(live_server.url + f"/admin/pages/{module.pk}/edit/")
    submit = page.locator('button[name="action-submit"]')
    with translation.override(language):
        expect(submit).to_contain_text(translation.gettext("Partner content approval"))
    posted(page, lambda: submit.evaluate("button => button.click()"))
    watch.read(page)
    module.refresh_from_db()
    assert module.workflow_in_progress

    # Staff see one task for the whole module, and approve it.
    staff_context = logged_in_context(browser, live_server, staff, second_factor=True)
    review = staff_context.new_page()
    review.goto(live_server.url + "/admin/")
    watch.read(review)
    task_rows = review.locator("tr").filter(has=review.locator(f'a[href$="/admin/pages/{module.pk}/edit/"]'))
    expect(task_rows).to_have_count(1)
    # The task's actions sit in its row's dropdown; approval opens the modal that lists the module's pages.
    task_rows.locator("[data-workflow-action-url*='/approve/']").first.evaluate("button => button.click()")
    modal = review.locator(".module-approval")
    expect(modal).to_be_visible()
    expect(modal).to_contain_text("SCORE Plus")
    expect(modal).to_contain_text(lesson.title)
    watch.read(review)
    review.screenshot(path=str(screenshot_dir / f"module-approval-{language}.png"))
    posted(review, lambda: modal.locator("button[type=submit]").click())
    expect(modal).to_have_count(0)

    pages = Page.objects.none()
    for root in Page.objects.filter(translation_key=module.translation_key):
        pages |= Page.objects.descendant_of(root, inclusive=True)
    assert pages.count() >= 8 and not pages.filter(live=False).exists()

    # The public site shows the module with every lesson and its check.
    visitor = browser.new_page()
    visitor.goto(live_server.url + Page.objects.get(pk=module.pk).url)
    for child in LessonPage.objects.child_of(module):
        expect(visitor.locator("main")).to_contain_text(child.title)
    check = KnowledgeCheckPage.objects.child_of(module).get()
    expect(visitor.locator(f'main a[href="{check.url}"]').first).to_be_visible()
    visitor.close()

    # The core changes a lesson: the introduction (which the partner adapted) and the time (which it did not).
    core_lesson = LessonPage.objects.get(pk=lesson.derivation.source_page_id)
    core_lesson.introduction = "The core's new introduction, rewritten for 2027."
    core_lesson.estimated_minutes = (core_lesson.estimated_minutes or 20) + 15
    core_lesson.save_revision(user=staff).publish(user=staff)

    page.goto(live_server.url + f"/admin/pages/{lesson.pk}/edit/")
    notice = page.locator('[data-lineage="behind"]')
    expect(notice).to_be_visible()
    watch.read(page)
    notice.locator("a").first.click()
    page.wait_for_url(re.compile(r"/lineage/\d+/compare/"))
    watch.read(page)
    introduction = page.locator('[data-field="introduction"]')
    expect(introduction).to_contain_text("rewritten for 2027")
    expect(introduction).to_contain_text(adapted_introduction)
    expect(introduction.locator("input[type=checkbox]")).to_have_count(0)
    page.screenshot(path=str(screenshot_dir / f"core-changes-{language}.png"), full_page=True)
    page.locator('input[name=fields][value="estimated_minutes"]').check()
    posted(page, lambda: page.locator(".lineage-resync button[type=submit]").click())
    watch.read(page)
    draft = LessonPage.objects.get(pk=lesson.pk).get_latest_revision_as_object()
    assert draft.estimated_minutes == core_lesson.estimated_minutes
    assert draft.introduction == adapted_introduction

    if not page.locator(".lineage-review button[type=submit]").count():
        page.goto(live_server.url + f"/admin/courses/lineage/{lesson.pk}/compare/")
    posted(page, lambda: page.locator(".lineage-review button[type=submit]").click())
    watch.read(page)
    page.goto(live_server.url + f"/admin/pages/{lesson.pk}/edit/")
    expect(page.locator('[data-lineage="current"]')).to_be_visible()

    # The account page runs without a script error (its time zone is the programme's).
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(live_server.url + "/admin/account/")
    watch.read(page)
    assert errors == []

    if language == "id":
        assert watch.english_found() == []
    editor_context.close()
    staff_context.close()
