"""The "core changed" notice of a derived page: its two buttons are readable (WCAG AA, 4.5:1) in the admin's
light and dark themes, at rest and under the pointer; the compare-with-the-core page fits a phone, its two
columns one under the other. Wagtail's help blocks colour every link inside them (.help-block a), which made
"Mark as reviewed" dark teal on teal (1.59:1); static/css/admin-lineage.css gives the buttons their colours
back."""

import pytest

from tests.browser.sessions import logged_in_context

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}

# The WCAG contrast ratio of an element's text against what is behind it: its own background or, where that
# is transparent, its ancestors' (composited, so a translucent layer counts for what it lets through).
CONTRAST = """(element) => {
    const parse = (value) => {
        const parts = value.match(/[\\d.]+/g).map(Number);
        return {r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1};
    };
    const over = (top, bottom) => ({
        r: top.r * top.a + bottom.r * (1 - top.a),
        g: top.g * top.a + bottom.g * (1 - top.a),
        b: top.b * top.a + bottom.b * (1 - top.a),
        a: 1,
    });
    const layers = [];
    for (let node = element; node; node = node.parentElement) {
        const layer = parse(getComputedStyle(node).backgroundColor);
        if (layer.a > 0) layers.push(layer);
        if (layer.a >= 1) break;
    }
    let background = {r: 255, g: 255, b: 255, a: 1};
    for (const layer of layers.reverse()) background = over(layer, background);
    const text = over(parse(getComputedStyle(element).color), background);
    const luminance = ({r, g, b}) => {
        const [R, G, B] = [r, g, b].map((c) => {
            c /= 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    const [light, dark] = [luminance(text), luminance(background)].sort((x, y) => y - x);
    return {
        ratio: (light + 0.05) / (dark + 0.05),
        color: getComputedStyle(element).color,
        background: `rgb(${background.r}, ${background.g}, ${background.b})`,
    };
}"""


def _behind_the_core():
    """A derived page whose core page was published again: its editor, and its edit and compare URLs."""
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    from courses.models import CurriculumPage, LessonPage, ModulePage

    User = get_user_model()
    staff = User.objects.get(email="staff@score.example")
    editor = User.objects.get(email="editor.bedo@score.example")
    core = CurriculumPage.objects.get(slug="score-core", locale__language_code="en")
    plus = CurriculumPage.objects.get(slug="score-plus", locale__language_code="en")
    core_lesson = (
        LessonPage.objects.child_of(ModulePage.objects.child_of(core).get(slug="workplace-cooperation"))
        .live()
        .first()
    )
    plus_lesson = LessonPage.objects.child_of(
        ModulePage.objects.child_of(plus).get(slug="workplace-cooperation")
    ).get(slug=core_lesson.slug)
    core_lesson.introduction = "A sharper introduction, after the 2026 review of the module."
    core_lesson.save_revision(user=staff).publish(user=staff)
    return (
        editor,
        reverse("wagtailadmin_pages:edit", args=(plus_lesson.pk,)),
        reverse("courses_admin:lineage_compare", args=(plus_lesson.pk,)),
    )


def _editor_context(browser, live_server, editor, **options):
    from accounts.api import mfa_required_for

    return logged_in_context(browser, live_server, editor, second_factor=mfa_required_for(editor), **options)


@pytest.mark.parametrize(
    ("theme", "scheme", "theme_class"),
    [
        ("light", "light", "w-theme-light"),
        ("dark", "light", "w-theme-dark"),
        ("system", "dark", "w-theme-system"),  # the default: the browser's dark mode
    ],
)
def test_the_lineage_buttons_are_readable_in_both_themes(
    live_server, browser, seeded, screenshot_dir, theme, scheme, theme_class
):
    from playwright.sync_api import expect
    from wagtail.users.models import UserProfile

    editor, edit_url, compare_url = _behind_the_core()
    profile = UserProfile.get_for_user(editor)
    profile.theme = theme
    profile.save(update_fields=["theme"])

    context = _editor_context(browser, live_server, editor, color_scheme=scheme)
    page = context.new_page()
    page.goto(live_server.url + edit_url)
    notice = page.locator(".lineage-notice[data-lineage=behind]")
    expect(notice).to_be_visible()
    assert theme_class in page.evaluate("document.documentElement.className")
    if theme != "light":
        # The dark theme is on: the page's own surface is dark.
        assert (
            page.evaluate(CONTRAST, page.locator("body").element_handle())["background"]
            != "rgb(255, 255, 255)"
        )
    page.screenshot(path=str(screenshot_dir / f"lineage-notice-{theme}-{scheme}.png"))

    compare = notice.locator("[data-lineage-action=compare]")
    review = notice.locator("[data-lineage-action=review]")
    expect(compare).to_have_text("Compare with the core")
    expect(compare).to_have_attribute("href", compare_url)
    expect(review).to_have_text("Mark as reviewed")
    for name, button in (("compare", compare), ("review", review)):
        at_rest = page.evaluate(CONTRAST, button.element_handle())
        assert at_rest["ratio"] >= 4.5, (theme, scheme, name, at_rest)
        button.hover()
        page.wait_for_timeout(300)  # the buttons' colour transition
        hovered = page.evaluate(CONTRAST, button.element_handle())
        assert hovered["ratio"] >= 4.5, (theme, scheme, name, "hover", hovered)
        page.mouse.move(0, 0)
    context.close()


def test_the_compare_page_stacks_its_columns_on_a_phone(live_server, browser, seeded, screenshot_dir):
    editor, _edit_url, compare_url = _behind_the_core()

    context = _editor_context(browser, live_server, editor)
    page = context.new_page()
    page.goto(live_server.url + compare_url)
    columns = page.locator('[data-field="introduction"] .lineage-field__column')
    assert columns.count() == 2
    core_side, partner_side = columns.nth(0).bounding_box(), columns.nth(1).bounding_box()
    assert abs(core_side["y"] - partner_side["y"]) < 2  # side by side on a desktop
    assert partner_side["x"] > core_side["x"] + core_side["width"] - 1
    page.screenshot(path=str(screenshot_dir / "lineage-compare-desktop.png"), full_page=True)

    page.set_viewport_size(PHONE)
    page.wait_for_timeout(200)
    core_side, partner_side = columns.nth(0).bounding_box(), columns.nth(1).bounding_box()
    assert partner_side["y"] >= core_side["y"] + core_side["height"] - 1  # one under the other
    width = page.evaluate("document.documentElement.clientWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert core_side["x"] + core_side["width"] <= width + 1
    page.screenshot(path=str(screenshot_dir / "lineage-compare-phone.png"), full_page=True)
    context.close()
