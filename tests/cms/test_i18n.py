"""Both languages everywhere: content translations, UI strings, the switcher on every page."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

from courses.models import LessonPage

pytestmark = pytest.mark.django_db


def test_indonesian_catalogue_is_complete():
    po = polib.pofile(str(Path(settings.BASE_DIR) / "locale" / "id" / "LC_MESSAGES" / "django.po"))
    missing = [entry.msgid for entry in po.untranslated_entries() + po.fuzzy_entries()]
    assert missing == []
    assert po.percent_translated() == 100


def test_indonesian_pages_use_indonesian_interface(client, trainer, id_locale):
    client.force_login(trainer)
    lesson = LessonPage.objects.live().filter(locale=id_locale).first()
    html = client.get(lesson.url).content.decode()
    assert '<html lang="id">' in html
    assert "Lewati ke konten utama" in html
    assert "Skip to main content" not in html


def test_language_switcher_links_to_the_translation(client, trainer, en, id_locale):
    client.force_login(trainer)
    lesson = LessonPage.objects.live().filter(locale=en).first()
    translated = lesson.get_translation(id_locale)
    html = client.get(lesson.url).content.decode()
    assert f'href="/i18n/choose/id/?next={translated.url}" lang="id"' in html
    back = client.get(translated.url).content.decode()
    assert f'href="/i18n/choose/en/?next={lesson.url}" lang="en"' in back


def test_switcher_on_search_page(client):
    html = client.get("/search/").content.decode()
    assert 'href="/i18n/choose/id/?next=/id/search/" lang="id"' in html
