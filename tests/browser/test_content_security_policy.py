"""The browser tests' CSP watch (conftest.py) sees what the policy refuses, so its silence means something."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_policy_refuses_an_injected_script_and_the_watch_reports_it(live_server, browser, seeded):
    page = browser.new_page()
    page.goto(live_server.url + "/")
    assert browser.csp_violations == []
    with page.expect_console_message(lambda message: "Content Security Policy" in message.text):
        page.evaluate(
            """() => {
                const script = document.createElement("script");
                script.textContent = "window.injected = true";
                document.body.append(script);
            }"""
        )
    assert page.evaluate("window.injected") is None  # refused, not run
    assert any("script-src" in violation for violation in browser.csp_violations)
    browser.csp_violations.clear()  # the refusal was the point here
    page.close()
