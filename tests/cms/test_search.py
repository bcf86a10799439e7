import pytest

from courses.models import LessonPage

pytestmark = pytest.mark.django_db


def test_search_finds_lessons_in_the_visitors_language(client, en, id_locale):
    lesson = LessonPage.objects.live().filter(locale=en).first()
    word = lesson.title.split()[-1]
    response = client.get("/search/", {"q": lesson.title})
    assert response.status_code == 200
    assert lesson.title in response.content.decode()
    translated = lesson.get_translation(id_locale)
    response = client.get("/id/search/", {"q": translated.title})
    html = response.content.decode()
    assert translated.title in html
    assert f'href="{lesson.url}"' not in html
    assert word


def test_search_without_words_lists_nothing(client):
    response = client.get("/search/", {"q": ""})
    assert response.status_code == 200
    assert "lessons found" not in response.content.decode()


def test_search_with_no_match_says_so(client):
    response = client.get("/search/", {"q": "zzqxwv"})
    assert "0 lessons found" in response.content.decode()


def test_search_page_number_out_of_range_shows_last_page(client):
    response = client.get("/search/", {"q": "trainer", "page": "999"})
    assert response.status_code == 200


@pytest.mark.parametrize("quoted", ['"{word}', '{word}"', '"{word}"', '{word} "'])
def test_a_stray_quote_searches_the_words(client, en, quoted):
    """Wagtail's SQLite full-text query fails on an unbalanced double quote: the words are searched."""
    lesson = LessonPage.objects.live().filter(locale=en).first()
    word = max(lesson.title.split(), key=len)
    response = client.get("/search/", {"q": quoted.format(word=word)})
    assert response.status_code == 200
    assert lesson.title in response.content.decode()


@pytest.mark.parametrize("spaces", ["\u00a0", "\u2028", " \t "])
def test_a_query_of_spaces_alone_lists_nothing(client, spaces):
    response = client.get("/search/", {"q": spaces})
    assert response.status_code == 200
    assert "lessons found" not in response.content.decode()


def test_each_result_names_its_module_and_curriculum(client, en):
    """A core lesson copied into several curricula is found several times: each says where it is."""
    lessons = LessonPage.objects.live().filter(locale=en, title="Running the two-day classroom session")
    assert lessons.count() > 1
    html = client.get("/search/", {"q": "Running the two-day classroom session"}).content.decode()
    shown = [lesson for lesson in lessons if f'href="{lesson.url}"' in html]
    assert len(shown) > 1
    for lesson in shown:
        module = lesson.get_parent()
        place = f'<p class="meta">{module.title} · {module.get_parent().title}</p>'
        assert place in html.replace("&#x27;", "'"), place
