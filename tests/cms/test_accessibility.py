"""Structural accessibility of every public page type: landmarks, one h1, headings in order, alt text."""

from html.parser import HTMLParser

import pytest

from cms.models import HomePage, StandardPage
from courses.models import CurriculumIndexPage, CurriculumPage, LessonPage, ModulePage

pytestmark = pytest.mark.django_db


class Outline(HTMLParser):
    def __init__(self):
        super().__init__()
        self.headings, self.tags, self.images_without_alt, self.links_without_text = [], set(), [], []
        self._link = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.add(tag)
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.headings.append(int(tag[1]))
        if tag == "img" and "alt" not in attrs:
            self.images_without_alt.append(attrs.get("src"))
        if tag == "a":
            self._link = {"href": attrs.get("href"), "text": "", "label": attrs.get("aria-label")}

    def handle_data(self, data):
        if self._link is not None:
            self._link["text"] += data.strip()

    def handle_endtag(self, tag):
        if tag == "a" and self._link is not None:
            if not (self._link["text"] or self._link["label"]):
                self.links_without_text.append(self._link["href"])
            self._link = None


def assert_structure(html: str, url: str):
    outline = Outline()
    outline.feed(html)
    assert {"header", "nav", "main", "footer"} <= outline.tags
    assert outline.headings.count(1) == 1 and outline.headings[0] == 1
    jumps = [(a, b) for a, b in zip(outline.headings, outline.headings[1:], strict=False) if b > a + 1]
    assert jumps == [], f"heading levels skipped on {url}: {outline.headings}"
    assert outline.images_without_alt == []
    assert outline.links_without_text == []
    assert 'class="skip-link" href="#main"' in html


@pytest.mark.parametrize(
    "model", [HomePage, StandardPage, CurriculumIndexPage, CurriculumPage, ModulePage, LessonPage]
)
@pytest.mark.parametrize("language", ["en", "id"])
def test_page_structure(client, trainer, model, language):
    client.force_login(trainer)  # lesson bodies are for signed-in trainers
    page = model.objects.live().filter(locale__language_code=language).last()
    assert_structure(client.get(page.url).content.decode(), page.url)


@pytest.mark.parametrize(
    "url",
    ["/accounts/login/", "/accounts/signup/", "/accounts/password/reset/", "/id/accounts/login/"],
)
def test_account_page_structure(client, url):
    assert_structure(client.get(url).content.decode(), url)


@pytest.mark.parametrize(
    "url",
    [
        "/learning/",
        "/id/learning/",
        "/trainer/profile/",
        "/id/trainer/profile/",
        "/accounts/email/",
        "/accounts/2fa/",
        "/curriculum/score-core/quality/knowledge-check/",
        "/id/curriculum/score-core/quality/knowledge-check/",
    ],
)
def test_trainer_page_structure(client, trainer, url):
    client.force_login(trainer)
    assert_structure(client.get(url).content.decode(), url)
