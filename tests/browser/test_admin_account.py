"""The admin's account page runs its scripts without an error: its time zone menu used to offer Debian's
"localtime", which Intl.DateTimeFormat rejects (RangeError), and the programme works in Asia/Jakarta only
(cms/settings/base.py, WAGTAIL_USER_TIME_ZONES)."""

import pytest

from tests.browser.sessions import logged_in_context

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_account_page_runs_without_a_script_error(live_server, browser, seeded):
    from django.contrib.auth import get_user_model
    from django.urls import reverse
    from playwright.sync_api import expect

    staff = get_user_model().objects.get(email="staff@score.example")
    context = logged_in_context(browser, live_server, staff, second_factor=True)
    page = context.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(live_server.url + reverse("wagtailadmin_account"), wait_until="networkidle")
    expect(page.locator("select[name='locale-preferred_language']")).to_be_attached()
    assert errors == []
    expect(page.locator("select[name='locale-current_time_zone']")).to_have_count(0)
    context.close()
