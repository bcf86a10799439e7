"""Programme staff add a question to a knowledge check: it opens with two options, "Option A" and "Option B", and
no error; the letters follow the options as they are added, moved and removed; saving the draft with the
question incomplete shows each missing text at its block and saves nothing (docs/decisions/0020)."""

import pytest

from tests.browser.sessions import logged_in_context

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

REQUIRED = "This field is required."


def test_a_new_question_has_two_lettered_options_and_no_error(live_server, browser, seeded, screenshot_dir):
    from django.contrib.auth import get_user_model
    from django.urls import reverse
    from playwright.sync_api import expect

    from courses.models import CurriculumPage, KnowledgeCheckPage, ModulePage

    staff = get_user_model().objects.get(email="staff@score.example")
    core = CurriculumPage.objects.get(slug="score-core", locale__language_code="en")
    module = ModulePage.objects.child_of(core).get(slug="workplace-cooperation")
    check = KnowledgeCheckPage.objects.child_of(module).get()
    revision = check.latest_revision_id

    context = logged_in_context(browser, live_server, staff, second_factor=True)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(
        live_server.url + reverse("wagtailadmin_pages:edit", args=(check.pk,)), wait_until="networkidle"
    )
    expect(page.locator("header").first).to_contain_text(f"Knowledge check · {module.title}")

    # The questions' first "+" adds a question at the top (it is the stream's only block type).
    questions = page.locator("[data-streamfield-stream-container]").first
    questions.locator(":scope > div > button.c-sf-add-button, :scope > button.c-sf-add-button").first.click()
    question = questions.locator(":scope > [data-streamfield-child]").first
    options = question.locator("[data-streamfield-list-container]")
    items = options.locator(":scope > [data-streamfield-child]:visible")
    headings = items.locator(".w-panel__header .c-sf-block__type")
    expect(headings).to_have_text(["Option A", "Option B"])
    expect(question.locator(".error-message")).to_have_count(0)
    items.nth(0).scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot_dir / "knowledge-check-new-question.png"))

    options.locator(":scope > button.c-sf-add-button").last.click()
    expect(headings).to_have_text(["Option A", "Option B", "Option C"])
    items.nth(2).locator("input[type=text]").fill("Managers only")
    items.nth(2).locator("[data-streamfield-action='MOVE_UP']").click()
    expect(headings).to_have_text(["Option A", "Option B", "Option C"])
    expect(items.nth(1).locator("input[type=text]")).to_have_value("Managers only")
    items.nth(0).locator("[data-streamfield-action='DELETE']").click()
    expect(headings).to_have_text(["Option A", "Option B"])
    expect(items.nth(0).locator("input[type=text]")).to_have_value("Managers only")
    expect(question.locator(".error-message")).to_have_count(0)

    # Saved incomplete, the draft is refused, and each missing text is shown where it is missing.
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_load_state("networkidle")
    question = page.locator("[data-streamfield-stream-container]").first.locator(
        ":scope > [data-streamfield-child]"
    )
    question = question.first
    expect(question.locator(".w-panel__header .c-sf-block__type").first).to_have_text("Question")
    option_b = question.locator("[data-streamfield-list-container] > [data-streamfield-child]").nth(1)
    expect(option_b.locator(".c-sf-block__type").first).to_have_text("Option B")
    expect(option_b.locator(".error-message")).to_have_text([REQUIRED])
    expect(question.locator(".error-message")).to_have_count(3)  # question, option B, explanation
    option_b.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot_dir / "knowledge-check-incomplete-question.png"))
    check.refresh_from_db()
    assert check.latest_revision_id == revision
    assert errors == []
    context.close()
