"""The admin in Bahasa Indonesia, Wagtail's own words included: Wagtail and wagtail-localize ship only part of
their Indonesian catalogues, and locale_overrides/ supplies the rest in the site's vocabulary (docs/decisions/0017)."""

import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django.utils.translation import trans_real

from tests.helpers import second_factor_login

OVERRIDES = Path(settings.BASE_DIR) / "locale_overrides"
PROJECT_CATALOGUE = Path(settings.BASE_DIR) / "locale" / "id" / "LC_MESSAGES" / "django.po"

# What an Indonesian editor used to read in English, or in clumsy Indonesian, on everyday screens.
ENGLISH_LEFT = [
    r"\bReports\b",
    r"\bSite history\b",
    r"\bCollapse all\b",
    r"\bExpand all\b",
    r"\bMore actions\b",
    r"\bBulk actions\b",
    r"\b\d+-\d+ of \d+\b",  # the listing caption, "1-5 of 5 pages"
    r"\bhalaman-halaman\b",  # Wagtail's plural of "halaman", in the same caption
]


class VisibleText(HTMLParser):
    """The text a reader meets (screen readers included): no attributes, scripts, styles or templates."""

    HIDDEN = {"script", "style", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hidden = 0
        self.chunks = []

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden and data.strip():
            self.chunks.append(" ".join(data.split()))


def visible_text(response) -> str:
    assert response.status_code == 200
    parser = VisibleText()
    parser.feed(response.content.decode())
    return " | ".join(parser.chunks)


def sidebar_labels(response) -> list[str]:
    """The labels of the admin's menu, which Wagtail hands to its JavaScript sidebar as JSON."""
    html = response.content.decode()
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S
    )
    labels = []

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("label"), str):
                labels.append(node["label"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(props.group(1)))
    return labels


def english_left(text) -> list[str]:
    return [pattern for pattern in ENGLISH_LEFT if re.search(pattern, text)]


@pytest.fixture
def indonesian_staff(client, staff_user):
    """Programme staff whose admin language is Indonesian, past the second factor."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(staff_user)
    profile.preferred_language = "id"
    profile.save()
    second_factor_login(client, staff_user)
    return client


@pytest.mark.django_db
def test_the_admin_menu_reads_in_indonesian(indonesian_staff):
    labels = sidebar_labels(indonesian_staff.get(reverse("wagtailadmin_home")))
    assert "Laporan" in labels
    assert "Riwayat situs" in labels
    assert english_left(" | ".join(labels)) == []
    assert not {"Reports", "Site history", "Workflows", "Locked pages", "Aging pages", "Help"} & set(labels)


@pytest.mark.django_db
def test_the_dashboard_reads_in_indonesian(indonesian_staff):
    text = visible_text(indonesian_staff.get(reverse("wagtailadmin_home")))
    assert re.search(r"\b\d+ halaman \| dibuat di SCORE Academy\b", text), text  # the site summary
    assert "Panduan editor Wagtail" in text
    assert english_left(text) == []
    assert not re.search(r"\bcreated in\b|\beditor guide\b", text)


@pytest.mark.django_db
def test_the_explorer_of_a_curriculum_counts_its_pages_in_indonesian(indonesian_staff, core):
    text = visible_text(indonesian_staff.get(reverse("wagtailadmin_explore", args=(core.pk,))))
    assert re.search(r"\b1-(\d+) dari \1 halaman\b", text), text  # "1-5 dari 5 halaman"
    assert "Tindakan massal" in text
    assert english_left(text) == []


@pytest.mark.django_db
def test_the_site_history_report_reads_in_indonesian(indonesian_staff):
    text = visible_text(indonesian_staff.get(reverse("wagtailadmin_reports:site_history")))
    assert "Riwayat situs" in text
    assert english_left(text) == []


@pytest.mark.django_db
def test_the_page_editors_action_menu_reads_in_indonesian(indonesian_staff, core_module):
    text = visible_text(indonesian_staff.get(reverse("wagtailadmin_pages:edit", args=(core_module.pk,))))
    assert "Tindakan lainnya" in text  # the toggle of the save button's menu
    assert english_left(text) == []


def javascript_catalogue(response) -> dict:
    assert response.status_code == 200
    body = response.content.decode()
    return json.loads(re.search(r"const newcatalog = (\{.*?\n  \});", body, re.S).group(1))


@pytest.mark.django_db
def test_the_admins_javascript_speaks_indonesian(indonesian_staff):
    """The minimap, comments and StreamField controls take their words from Wagtail's JavaScript catalogue
    (domain djangojs), which reads locale_overrides/ too."""
    catalogue = javascript_catalogue(indonesian_staff.get(reverse("wagtailadmin_javascript_catalog")))
    assert catalogue["Collapse all"] == "Ciutkan semua"
    assert catalogue["Expand all"] == "Bentangkan semua"
    assert catalogue["More actions"] == "Tindakan lainnya"


@pytest.mark.django_db
def test_the_translation_editors_javascript_speaks_indonesian(indonesian_staff):
    response = indonesian_staff.get(reverse("wagtail_localize:javascript_catalog"), HTTP_ACCEPT_LANGUAGE="id")
    catalogue = javascript_catalogue(response)
    assert catalogue["Upload PO file"] == "Unggah berkas PO"
    assert catalogue["Unpublish"] == "Batalkan penerbitan"


def wagtail_catalogues():
    """The English catalogues of every Wagtail app the project installs: every message they can show."""
    for config in apps.get_app_configs():
        if config.name.split(".")[0] not in ("wagtail", "wagtail_localize"):
            continue
        for domain in ("django", "djangojs"):
            path = Path(config.path) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
            if path.exists():
                yield config, domain, polib.pofile(str(path))


def test_every_message_of_the_installed_wagtail_apps_has_indonesian():
    """Wagtail's admin, its apps and wagtail-localize leave hundreds of messages without Indonesian; an
    upgrade brings new ones. Each must be translated in locale_overrides/id/LC_MESSAGES/ (django.po, or
    djangojs.po for the admin's JavaScript)."""
    untranslated = []
    python_catalogue = trans_real.DjangoTranslation("id")._catalog
    for config, domain, catalogue in wagtail_catalogues():
        if domain == "django":
            indonesian = python_catalogue
        else:  # as the app's JavaScriptCatalog view builds it: its own folder, then LOCALE_PATHS
            indonesian = trans_real.DjangoTranslation(
                "id", domain="djangojs", localedirs=[str(Path(config.path) / "locale")]
            )._catalog
        for entry in catalogue:
            key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
            if entry.msgid_plural:
                key = (key, 0)
            if key not in indonesian:
                untranslated.append(f"{config.name} ({domain}): {entry.msgid!r}")
    assert untranslated == []


NAMED = re.compile(r"%\((\w+)\)[sdif]")
POSITIONAL = re.compile(r"%(?!\()[-+ #0]*\d*(?:\.\d+)?[sdif]")
BRACES = re.compile(r"\{[\w.]*\}")
MARKUP = re.compile(r"</?[a-zA-Z{][^>]*>")


def placeholder_problems(entry) -> list[str]:
    forms = [entry.msgid, entry.msgid_plural] if entry.msgid_plural else [entry.msgid]
    translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
    problems = []
    # Indonesian has one plural form, used for every number: it names what the plural names ("1 page",
    # "%(counter)s pages": "%(counter)s halaman"), or at least what both forms name where Wagtail's two forms
    # tell different things.
    if NAMED.search(entry.msgid):
        required = set.intersection(*(set(NAMED.findall(form)) for form in forms))
    else:
        required = set(NAMED.findall(forms[-1]))
    allowed = set.union(*(set(NAMED.findall(form)) for form in forms))
    for translation in translations:
        named = set(NAMED.findall(translation))
        if not required <= named <= allowed:
            problems.append(f"named {sorted(named)} for {sorted(allowed)}")
        # With one plural form (Indonesian) the translation reads like the plural: compare with it.
        if POSITIONAL.findall(translation) not in [POSITIONAL.findall(form) for form in forms]:
            problems.append(f"positional {POSITIONAL.findall(translation)}")
        if Counter(BRACES.findall(translation)) != Counter(BRACES.findall(forms[-1])):
            problems.append(f"braces {BRACES.findall(translation)}")
        if Counter(MARKUP.findall(translation)) != Counter(MARKUP.findall(forms[-1])):
            problems.append(f"markup {MARKUP.findall(translation)}")
    return problems


def override_catalogues():
    return sorted(OVERRIDES.glob("*/LC_MESSAGES/*.po"))


@pytest.mark.parametrize("path", override_catalogues(), ids=lambda path: "/".join(path.parts[-3:]))
def test_every_override_keeps_the_placeholders_and_markup_of_its_message(path):
    problems = [
        f"{entry.msgid!r}: {problem}"
        for entry in polib.pofile(str(path))
        if entry.msgid
        for problem in placeholder_problems(entry)
    ]
    assert problems == []


def test_the_placeholder_check_sees_a_broken_translation():
    assert placeholder_problems(
        polib.POEntry(msgid="Item %(index)s of %(total)s", msgstr="Item %(index)s dari")
    )
    assert placeholder_problems(polib.POEntry(msgid="Edit {title}", msgstr="Edit {judul}"))
    assert placeholder_problems(polib.POEntry(msgid="Locked by <b>you</b>", msgstr="Dikunci oleh Anda"))
    assert placeholder_problems(
        polib.POEntry(msgid="1 page", msgid_plural="%(counter)s pages", msgstr_plural={0: "halaman"})
    )
    assert not placeholder_problems(
        polib.POEntry(
            msgid="1 page", msgid_plural="%(counter)s pages", msgstr_plural={0: "%(counter)s halaman"}
        )
    )


def test_the_project_catalogue_never_shadows_an_override():
    """locale/ comes first in LOCALE_PATHS: where it translates a message too, its words are read and the
    override is dead. The two must agree (better: the message lives in one of them)."""

    def translations(path):
        return {
            (entry.msgctxt, entry.msgid): entry.msgstr or tuple(entry.msgstr_plural.values())
            for entry in polib.pofile(str(path))
            if entry.msgid and entry.translated()
        }

    project = translations(PROJECT_CATALOGUE)
    overrides = translations(OVERRIDES / "id" / "LC_MESSAGES" / "django.po")
    shadowed = {
        key: (project[key], words) for key, words in overrides.items() if project.get(key, words) != words
    }
    assert shadowed == {}
