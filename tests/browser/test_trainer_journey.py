"""A trainer signs up in Bahasa Indonesia, verifies the address from the mail, studies, and passes a check."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EMAIL = "sari.wulandari@example.org"
PASSWORD = "Belajar-SCORE-2026!"


def correct_answers(check):
    """(question id, [correct option ids]) for every question of a knowledge check page."""
    answers = []
    for question in check.questions:
        options = question.value["options"]
        correct = [options.bound_blocks[i].id for i, option in enumerate(options) if option["correct"]]
        answers.append((question.id, correct))
    return answers


def test_sign_up_study_and_pass_in_indonesian(live_server, browser, seeded, screenshot_dir):
    from django.core import mail
    from playwright.sync_api import expect

    from courses.models import CurriculumPage, KnowledgeCheckPage, LessonPage, ModulePage

    core = CurriculumPage.objects.get(slug="score-core", locale__language_code="id")
    module = ModulePage.objects.child_of(core).get(number=1)
    lessons = list(LessonPage.objects.child_of(module).live().order_by("path"))
    check = KnowledgeCheckPage.objects.child_of(module).live().get()

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(live_server.url + "/id/accounts/signup/")
    expect(page.locator("html")).to_have_attribute("lang", "id")
    page.locator("input[name=email]").fill(EMAIL)
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    message = next(m for m in mail.outbox if m.to == [EMAIL])
    link = re.search(r"https?://\S+/id/accounts/confirm-email/\S+", message.body).group(0)
    page.goto(link)
    page.locator("main form button[type=submit]").click()

    page.goto(live_server.url + "/id/accounts/login/")
    page.locator("input[name=login]").fill(EMAIL)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Pembelajaran saya")

    progress = page.locator("progress#module-progress")
    for done, lesson in enumerate(lessons[:2], start=1):
        page.goto(live_server.url + lesson.url)
        expect(progress).to_have_attribute("value", str(done - 1))
        page.get_by_role("button", name="Tandai pelajaran ini selesai").click()
        expect(progress).to_have_attribute("value", str(done))
        expect(page.get_by_text("Pelajaran ditandai selesai.")).to_be_visible()
    page.goto(live_server.url + module.url)
    expect(progress).to_have_attribute("value", "2")
    expect(progress).to_have_attribute("max", str(len(lessons)))
    page.screenshot(path=str(screenshot_dir / "module-progress-id.png"), full_page=True)

    page.get_by_role("link", name=check.title).click()
    for question_id, option_ids in correct_answers(check):
        for option_id in option_ids:
            page.locator(f'input[name="{question_id}"][value="{option_id}"]').check()
    page.locator("main form button[type=submit]").click()
    result = page.get_by_role("status")
    expect(result).to_contain_text("Lulus")
    expect(result).to_contain_text("100%")
    page.screenshot(path=str(screenshot_dir / "knowledge-check-passed-id.png"), full_page=True)

    page.goto(live_server.url + "/id/learning/")
    expect(page.locator(".learning-card progress")).to_have_attribute("value", "2")
    page.close()
