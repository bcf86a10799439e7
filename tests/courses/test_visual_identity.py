"""The public site's visual identity: the SCORE process figure in both languages, each module's emblem, the
demo partners' drawn logos, small self-contained illustrations, and pages that stay light."""

import io
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.images import ImageFile
from django.utils import translation
from PIL import Image as PILImage
from PIL import ImageColor
from wagtail.images import get_image_model
from wagtail.models import Collection

from courses.demo.materials import PLACEHOLDER_SIZE, ensure_logo
from courses.models import CurriculumIndexPage, CurriculumPage, ModulePage, Partner
from courses.templatetags.illustrations import NEUTRAL_THEME, THEME_BY_SLUG, module_themes

pytestmark = pytest.mark.django_db

ILLUSTRATIONS = Path(settings.BASE_DIR) / "static" / "img" / "illustrations"
SVG = "{http://www.w3.org/2000/svg}"
MAX_SVG_BYTES = 8 * 1024
PAGE_BUDGET = 150 * 1024

STEPS_EN = [
    "Baseline assessment",
    "Classroom training",
    "Consultancy visits",
    "Follow-up",
    "Results workshop",
]
# The figure's words and their proposed Indonesian, used where locale/ has no translation yet, so the test
# shows that every word of the figure goes through the catalogue.
FIGURE_MSGIDS = [
    "The five steps of each SCORE module",
    "Baseline assessment",
    "The trainer visits each enterprise and records its starting figures.",
    "Classroom training",
    "Managers and workers from each enterprise learn together in the classroom.",
    "Consultancy visits",
    "In the enterprise, the trainer helps its improvement team put the plan into practice.",
    "Follow-up",
    "Team and trainer measure progress against the baseline, visit by visit.",
    "Results workshop",
    "Each enterprise presents what changed and what it achieved.",
    "Continuous improvement",
    "the improvement team keeps going, and the enterprise can take the next module.",
    "Each step in detail",
    "How each module is delivered",
]
THEME_OF_CORE_MODULE = {
    "workplace-cooperation": "cooperation",
    "quality": "quality",
    "cleaner-production": "cleaner-production",
    "workforce-management": "people",
    "safety-and-health": "safety",
}


class Collect(HTMLParser):
    """The text of the elements of one class, the images, and the resources a browser would load."""

    def __init__(self, css_class: str = ""):
        super().__init__()
        self.css_class, self.texts, self.images, self.resources = css_class, [], [], []
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self._depth:
            self._depth += 1
        elif self.css_class and self.css_class in (attrs.get("class") or "").split():
            self._depth = 1
            self.texts.append("")
        if tag == "img":
            self.images.append(attrs)
            self.resources.append(attrs.get("src"))
        if tag == "script" and attrs.get("src"):
            self.resources.append(attrs["src"])
        if tag == "link" and {"stylesheet", "icon"} & set((attrs.get("rel") or "").split()):
            self.resources.append(attrs.get("href"))

    def handle_endtag(self, tag):
        if self._depth:
            self._depth -= 1

    def handle_data(self, data):
        if self._depth:
            self.texts[-1] += data

    @property
    def stripped(self) -> list[str]:
        return [" ".join(text.split()) for text in self.texts]


def collect(html: str, css_class: str = "") -> Collect:
    parser = Collect(css_class)
    parser.feed(html)
    return parser


def figure_html(html: str) -> str:
    return re.search(r'<figure class="process-flow[^"]*">.*?</figure>', html, re.S).group(0)


@pytest.fixture
def indonesian_figure_words():
    """The Indonesian of each word of the figure, from the project's catalogue: every one is translated."""
    with translation.override("id"):
        words = {msgid: translation.gettext(msgid) for msgid in FIGURE_MSGIDS}
    assert [msgid for msgid, text in words.items() if text == msgid] == []
    return words


def test_home_page_shows_the_five_steps_as_a_figure(client):
    html = client.get("/").content.decode()
    figure = figure_html(html)
    assert collect(figure, "process-flow__title").stripped == STEPS_EN
    assert figure.count('class="process-flow__step"') == 5
    assert '<ol class="process-flow__steps"' in figure and "<figcaption" in figure
    assert figure.count('aria-hidden="true"') == 6  # the five icons and the loop's are decorative
    assert "Continuous improvement" in figure


def test_the_figure_is_in_indonesian_on_the_indonesian_pages(client, indonesian_figure_words):
    figure_words = {
        msgid: words
        for msgid, words in indonesian_figure_words.items()
        if msgid not in ("Each step in detail", "How each module is delivered")
    }
    pages = {url: client.get(url).content.decode() for url in ("/id/", "/id/curriculum/score-core/")}
    for url, html in pages.items():
        titles = collect(figure_html(html), "process-flow__title").stripped
        assert titles == [indonesian_figure_words[step] for step in STEPS_EN], url
        text = " ".join(collect(html, "process-flow").stripped)
        for msgid, words in figure_words.items():
            assert words in text, (url, msgid)
            assert msgid == words or msgid not in text, (url, msgid)
    assert indonesian_figure_words["Each step in detail"] in pages["/id/"]
    assert "Each step in detail" not in pages["/id/"]
    assert indonesian_figure_words["How each module is delivered"] in pages["/id/curriculum/score-core/"]


def test_the_curriculum_page_shows_the_figure_and_each_modules_emblem(client, core):
    html = client.get(core.url).content.decode()
    assert collect(figure_html(html), "process-flow__title").stripped == STEPS_EN
    emblems = re.findall(
        r'class="module-list__emblem" src="/static/img/illustrations/emblem-([a-z-]+)\.svg"', html
    )
    modules = ModulePage.objects.child_of(core).live().order_by("number")
    assert emblems == [THEME_OF_CORE_MODULE[module.slug] for module in modules]


@pytest.mark.parametrize("language", ["en", "id"])
def test_every_module_page_shows_the_emblem_of_its_theme(client, language):
    modules = ModulePage.objects.live().filter(locale__language_code=language)
    assert modules.count() >= 13
    for module in modules:
        html = client.get(module.url).content.decode()
        match = re.search(
            r'class="page-header__emblem" src="/static/img/illustrations/emblem-([a-z-]+)\.svg"', html
        )
        assert match, module.url
        expected = THEME_OF_CORE_MODULE.get(module.slug)
        if expected:  # the core modules and the variants' modules derived from them
            assert match.group(1) == expected, module.url
        assert match.group(1) != NEUTRAL_THEME, module.url
        assert (ILLUSTRATIONS / f"emblem-{match.group(1)}.svg").exists()


def test_a_renamed_derived_module_keeps_its_theme_through_lineage(plus_module, core):
    plus_module.slug = "kerja-sama-di-tempat-kerja"  # as if the partner had renamed it; not saved
    assert module_themes([plus_module]) == {plus_module.pk: "cooperation"}
    own = ModulePage(pk=10**9, slug="a-module-of-its-own")
    assert module_themes([own]) == {own.pk: NEUTRAL_THEME}


def test_catalogue_cards_show_the_core_emblems_and_the_partners_logos(client, en):
    catalogue = CurriculumIndexPage.objects.get(locale=en)
    html = client.get(catalogue.url).content.decode()
    cards = re.findall(r'<li class="card card--identity.*?</li>', html, re.S)
    curricula = CurriculumPage.objects.child_of(catalogue).live().select_related("partner")
    assert len(cards) == curricula.count() == 5
    core_card = next(card for card in cards if "partner-accent" not in card)
    assert re.findall(r"emblem-([a-z-]+)\.svg", core_card) == list(THEME_OF_CORE_MODULE.values())
    for curriculum in curricula.exclude(partner=None):
        card = next(card for card in cards if f"partner-accent-{curriculum.partner_id}" in card)
        logo = collect(card).images[0]
        assert logo["class"] == "card__logo" and logo["alt"] == ""
        assert logo["src"].startswith("/media/images/") and f"{curriculum.partner.slug}-logo" in logo["src"]
        assert logo["width"] and logo["height"] == "128"


def test_the_demo_partners_logos_are_drawn_in_their_colours():
    hashes = set()
    for partner in Partner.objects.select_related("logo"):
        with partner.logo.open_file() as handle:
            data = handle.read()
        picture = PILImage.open(io.BytesIO(data))
        assert picture.size == (480, 240) and picture.mode == "RGBA", partner
        colours = picture.getcolors(maxcolors=480 * 240)
        assert len(colours) > 300, partner  # anti-aliased shapes and text, not two flat colours of initials
        assert picture.getpixel((0, 0))[3] == 0, partner  # transparent around the mark and the wordmark
        brand = ImageColor.getrgb(partner.brand_colour)
        brand_pixels = sum(count for count, colour in colours if colour[:3] == brand and colour[3] == 255)
        assert brand_pixels > 2000, partner
        hashes.add(partner.logo.get_file_hash())
    assert len(hashes) == Partner.objects.count() == 8


def test_ensure_logo_is_idempotent_and_redraws_an_earlier_seeds_initials():
    Image = get_image_model()
    collection = Collection.get_first_root_node()
    partner = {"slug": "bedo", "name": "Test Partner", "short_name": "TP", "colour": "#1F3A68"}
    first = ensure_logo(title="Test Partner logo", collection=collection, **partner)
    again = ensure_logo(title="Test Partner logo", collection=collection, **partner)
    assert again.pk == first.pk and again.file.name == first.file.name

    buffer = io.BytesIO()
    PILImage.new("RGB", PLACEHOLDER_SIZE, "#1F3A68").save(buffer, format="PNG")
    old = Image(title="Old Partner logo", collection=collection, file=ImageFile(buffer, name="op-logo.png"))
    old.save()
    redrawn = ensure_logo(title="Old Partner logo", collection=collection, **partner)
    redrawn.refresh_from_db()
    assert redrawn.pk == old.pk and (redrawn.width, redrawn.height) == (480, 240)
    assert Image.objects.filter(title="Old Partner logo").count() == 1


@pytest.mark.parametrize("path", sorted(ILLUSTRATIONS.glob("*.svg")), ids=lambda path: path.name)
def test_each_illustration_is_a_small_self_contained_svg(path):
    data = path.read_bytes()
    assert len(data) < MAX_SVG_BYTES, len(data)
    root = ET.fromstring(data)
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") and root.get("width") and root.get("height")
    for element in root.iter():
        assert element.tag.removeprefix(SVG) not in {"script", "style", "image", "use", "foreignObject"}
        assert "style" not in element.attrib and not any(name.endswith("href") for name in element.attrib)
        assert not any(name.startswith("on") for name in element.attrib)
    assert b"http" not in data.replace(b'xmlns="http://www.w3.org/2000/svg"', b"")


def test_every_illustration_is_used():
    templates = "".join(
        (Path(settings.BASE_DIR) / "templates" / name).read_text()
        for name in ("cms/home_page.html", "courses/curriculum_index_page.html")
    )
    themes = {*THEME_BY_SLUG.values(), NEUTRAL_THEME}
    for path in ILLUSTRATIONS.glob("*.svg"):
        theme = path.stem.removeprefix("emblem-")
        assert (path.stem.startswith("emblem-") and theme in themes) or path.name in templates, path.name
    assert all((ILLUSTRATIONS / f"emblem-{theme}.svg").exists() for theme in themes)


def _body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def page_weight(client, url: str) -> tuple[int, dict[str, int]]:
    """Bytes of the page and of everything it loads from the site (styles, scripts, images), except
    Wagtail's media."""
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    parts = {url: len(response.content)}
    pending = [*collect(html).resources]
    while pending:
        resource = pending.pop()
        assert resource.startswith("/") and not resource.startswith("//"), f"{url} loads {resource}"
        if resource in parts or resource.startswith(settings.MEDIA_URL):
            continue
        loaded = client.get(resource)
        assert loaded.status_code == 200, resource
        body = _body(loaded)
        parts[resource] = len(body)
        if resource.endswith(".css") or "css" in loaded.get("Content-Type", ""):
            pending += re.findall(r"url\(\s*['\"]?([^'\")]+)", body.decode())
    return sum(parts.values()), parts


def test_pages_stay_within_the_weight_budget(client, trainer, en, core, core_module, core_lesson):
    catalogue = CurriculumIndexPage.objects.get(locale=en)
    for url in ("/", "/id/", catalogue.url, core.url, core_module.url):
        total, parts = page_weight(client, url)
        assert total < PAGE_BUDGET, (url, parts)
    client.force_login(trainer)  # lesson bodies are for signed-in trainers
    total, parts = page_weight(client, core_lesson.url)
    assert total < PAGE_BUDGET, parts


def test_identity_images_have_sizes_and_no_alternative_text(client, core, core_module):
    for url in ("/", "/curriculum/", core.url, core_module.url):
        images = collect(client.get(url).content.decode()).images
        drawn = [image for image in images if "/img/illustrations/" in image.get("src", "")]
        assert drawn, url
        for image in drawn:
            assert image.get("alt") == "" and image.get("width") and image.get("height"), (url, image)
