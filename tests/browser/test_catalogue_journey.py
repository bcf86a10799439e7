"""A visitor walks from the home page through the catalogue to a lesson (logging in), in Bahasa Indonesia and back."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_to_lesson_in_indonesian_and_back(live_server, browser, seeded, screenshot_dir):
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(live_server.url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    page.get_by_role("link", name="Browse the curriculum").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Curriculum")
    page.get_by_role("link", name="SCORE Training: the core modules").click()
    page.get_by_role("link", name=re.compile("Workplace Cooperation")).first.click()
    expect(page.get_by_role("heading", name="Lessons")).to_be_visible()
    lesson_link = page.locator(".lesson-list a").first
    lesson_url = lesson_link.get_attribute("href")
    lesson_link.click()
    # Lesson bodies are for signed-in trainers: the login page sends the visitor back to the lesson.
    expect(page.locator("input[name=login]")).to_be_visible()
    page.locator("input[name=login]").fill("trainer@score.example")
    page.locator("input[name=password]").fill("score-demo-2026")
    page.locator("main form button[type=submit]").click()
    # Back at the lesson, in the language the demo trainer prefers: Indonesian.
    page.wait_for_url(re.compile(r"/id/"))
    expect(page.locator("html")).to_have_attribute("lang", "id")
    indonesian_title = page.get_by_role("heading", level=1).inner_text()
    expect(page.get_by_role("navigation", name="Navigasi jejak")).to_be_visible()

    page.get_by_role("link", name="English").click()
    page.wait_for_url(live_server.url + lesson_url)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    english_title = page.get_by_role("heading", level=1).inner_text()
    assert indonesian_title != english_title
    expect(page.get_by_role("navigation", name="Breadcrumb")).to_be_visible()
    page.screenshot(path=str(screenshot_dir / "lesson-english.png"))

    # The choice sticks: the English address stays English, though the trainer prefers Indonesian.
    page.goto(live_server.url + lesson_url)
    expect(page.locator("html")).to_have_attribute("lang", "en")

    page.get_by_role("link", name="Bahasa Indonesia").click()
    expect(page.locator("html")).to_have_attribute("lang", "id")
    assert "/id/" in page.url
    expect(page.get_by_role("heading", level=1)).to_have_text(indonesian_title)
    expect(page.locator(".pager__next")).to_contain_text("Pelajaran berikutnya")
    expect(page.get_by_text("Perkiraan waktu belajar")).to_be_visible()
    page.screenshot(path=str(screenshot_dir / "lesson-bahasa-indonesia.png"), full_page=True)
    page.close()
