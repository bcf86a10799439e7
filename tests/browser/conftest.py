import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def chromium_path() -> str:
    for candidate in (os.environ.get("CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium"):
        if candidate and Path(candidate).exists():
            return candidate
    pytest.fail("Debian's chromium is needed for the browser tests: apt-get install chromium")


LOCAL_HOSTS = {"127.0.0.1", "localhost", "testserver", "[::1]"}


class CSPWatchingBrowser:
    """The browser, whose every page reports what the Content-Security-Policy refused (Chromium writes each
    refusal, an inline script or style, a handler, a foreign source, to the page's console) and every
    request it made to another host (an avatar, a font, a script from a CDN): the site calls out to none."""

    def __init__(self, browser):
        self._browser = browser
        self.csp_violations: list[str] = []
        self.foreign_requests: list[str] = []

    def _watch(self, page):
        page.on("console", self._console)
        page.on("request", self._request)

    def _request(self, request):
        url = urlsplit(request.url)
        if url.scheme in ("http", "https", "ws", "wss") and url.hostname not in LOCAL_HOSTS:
            self.foreign_requests.append(request.url)

    def _console(self, message):
        if "Content Security Policy" in message.text:
            self.csp_violations.append(f"{message.location.get('url', '')}: {message.text}")

    def new_context(self, **kwargs):
        context = self._browser.new_context(**kwargs)
        context.on("page", self._watch)
        return context

    def new_page(self, **kwargs):
        page = self._browser.new_page(**kwargs)
        self._watch(page)
        return page

    def __getattr__(self, name):
        return getattr(self._browser, name)


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium per test module (Debian's build: no browser is downloaded)."""
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in the test thread; the tests' ORM calls stay synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), headless=True, args=CHROMIUM_FLAGS
        )
        yield CSPWatchingBrowser(browser)
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture(autouse=True)
def no_csp_violations(request):
    """Every browser test also checks that no page it opened broke the Content-Security-Policy."""
    if "browser" not in request.fixturenames:
        yield
        return
    browser = request.getfixturevalue("browser")
    browser.csp_violations.clear()
    browser.foreign_requests.clear()
    yield
    assert browser.csp_violations == []
    assert browser.foreign_requests == []


@pytest.fixture
def screenshot_dir():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


class _InFlight:
    """Requests the live server is answering: a page closed by a test may leave one running (the editor's
    autosave or editing-session ping), and emptying the database under it fails ("table is locked")."""

    def __init__(self):
        import threading

        self.count = 0
        self.lock = threading.Lock()

    def started(self, **kwargs):
        with self.lock:
            self.count += 1

    def finished(self, **kwargs):
        with self.lock:
            self.count = max(0, self.count - 1)


IN_FLIGHT = _InFlight()


@pytest.fixture(autouse=True)
def live_server_idle_before_flush(request):
    """Before a browser test's database is emptied, wait (up to 10 s) for the live server to finish answering."""
    if "live_server" not in request.fixturenames:
        yield
        return
    import time

    from django.core.signals import request_finished, request_started

    # Set up after the database fixture, so torn down before it empties the database.
    request.getfixturevalue("transactional_db")
    request_started.connect(IN_FLIGHT.started, dispatch_uid="browser_in_flight_started")
    request_finished.connect(IN_FLIGHT.finished, dispatch_uid="browser_in_flight_finished")
    yield
    deadline = time.monotonic() + 10
    while IN_FLIGHT.count and time.monotonic() < deadline:
        time.sleep(0.05)
