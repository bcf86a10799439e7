"""The site on a phone (390 x 844): a compact header whose menu folds behind a button, and no page wider
than the screen, in both languages. Screenshots of each page land in var/screenshots/. The admin and the
public pages ask no other host for anything (the browser fixture records every request)."""

import pytest

from tests.browser.sessions import logged_in_context

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}

OVERFLOW = """() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll("body *")]
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .filter((element) => !element.closest(".visually-hidden, .skip-link"))
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${Math.round(element.getBoundingClientRect().right)}px`);
    return {scrollWidth: document.documentElement.scrollWidth, width, wide};
}"""


def assert_fits_the_phone(page, name, screenshot_dir):
    page.screenshot(path=str(screenshot_dir / f"phone-{name}.png"), full_page=True)
    measure = page.evaluate(OVERFLOW)
    assert measure["scrollWidth"] <= measure["width"], (name, measure)
    assert measure["wide"] == [], (name, measure)
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 80, (name, header)  # the brand and the menu button, one row
    heading = page.get_by_role("heading", level=1).first.bounding_box()
    assert heading["y"] < 844 / 2, (name, heading)  # the page's title in the first half of the screen


def test_the_phone_header_folds_its_menu_behind_a_button(live_server, browser, seeded, screenshot_dir):
    from playwright.sync_api import expect

    page = browser.new_page(viewport=PHONE)
    page.goto(live_server.url + "/id/")
    menu = page.get_by_role("button", name="Menu")
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_role("navigation", name="Utama")).to_be_hidden()
    assert_fits_the_phone(page, "home-id", screenshot_dir)
    menu.click()
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("navigation", name="Utama")).to_be_visible()
    expect(page.get_by_role("link", name="English")).to_be_visible()
    page.screenshot(path=str(screenshot_dir / "phone-home-id-menu-open.png"))
    page.keyboard.press("Escape")
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_focused()
    # On a desktop the same links are in the header, no button.
    page.set_viewport_size({"width": 1280, "height": 900})
    expect(menu).to_be_hidden()
    expect(page.get_by_role("navigation", name="Utama")).to_be_visible()
    assert page.locator(".site-header").bounding_box()["height"] <= 100
    page.close()


def test_trainer_and_reviewer_pages_fit_a_phone_in_both_languages(
    live_server, browser, seeded, screenshot_dir
):
    from django.contrib.auth import get_user_model

    from certification.models import Certificate, Certification
    from courses.models import LessonPage

    User = get_user_model()
    holder = User.objects.get(email="holder@score.example")
    certificate = Certificate.objects.filter(certification__trainer=holder, status="valid").first()
    lesson = (
        LessonPage.objects.live().filter(locale__language_code="en", slug="running-the-classroom").first()
    )
    submitted = Certification.objects.filter(state=Certification.State.SUBMITTED).first()
    assert certificate and lesson and submitted

    anonymous = browser.new_context(viewport=PHONE)
    page = anonymous.new_page()
    for prefix in ("", "/id"):
        page.goto(f"{live_server.url}{prefix}/")
        assert_fits_the_phone(page, f"home{prefix.replace('/', '-')}", screenshot_dir)
        page.goto(f"{live_server.url}{prefix}/verify/{certificate.token}/")
        assert_fits_the_phone(page, f"verification{prefix.replace('/', '-')}", screenshot_dir)
    anonymous.close()

    context = logged_in_context(browser, live_server, holder, viewport=PHONE)
    page = context.new_page()
    for prefix in ("", "/id"):
        lesson_url = lesson.get_translation(_id()).url if prefix else lesson.url
        page.goto(f"{live_server.url}{lesson_url}")
        assert_fits_the_phone(page, f"lesson{prefix.replace('/', '-')}", screenshot_dir)
        page.goto(f"{live_server.url}{prefix}/certification/")
        assert_fits_the_phone(page, f"my-certification{prefix.replace('/', '-')}", screenshot_dir)
    context.close()

    staff = User.objects.get(email="staff@score.example")
    context = logged_in_context(browser, live_server, staff, second_factor=True, viewport=PHONE)
    page = context.new_page()
    for prefix in ("", "/id"):
        page.goto(f"{live_server.url}{prefix}/review/")
        assert_fits_the_phone(page, f"review-queue{prefix.replace('/', '-')}", screenshot_dir)
        page.goto(f"{live_server.url}{prefix}/review/{submitted.pk}/")
        assert_fits_the_phone(page, f"review{prefix.replace('/', '-')}", screenshot_dir)
    context.close()


def _id():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="id")


def test_the_admin_asks_no_other_host(live_server, browser, seeded):
    """Wagtail's admin would fetch avatars from Gravatar; the fixture fails the test on any such request."""
    from django.contrib.auth import get_user_model
    from playwright.sync_api import expect

    from courses.models import LessonPage

    staff = get_user_model().objects.get(email="admin@score.example")
    lesson = LessonPage.objects.live().filter(locale__language_code="en").first()
    context = logged_in_context(browser, live_server, staff, second_factor=True)
    page = context.new_page()
    for path in (
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{lesson.pk}/edit/",
        "/admin/users/",
        "/admin/account/",
    ):
        page.goto(live_server.url + path)
        expect(page.locator("main, #main").first).to_be_visible()
        page.wait_for_load_state("networkidle")
    context.close()
