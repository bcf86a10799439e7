import sqlite3

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale

from cms.demo import seed
from courses.models import CurriculumPage, LessonPage, ModulePage


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo content, built once per test process."""
    with django_db_blocker.unblock():
        seed()
        _snapshot_take()
    yield
    with django_db_blocker.unblock():
        _snapshot_drop()


# The seeded database is copied aside once and put back after a transactional test emptied it, instead of
# building the demo again for each browser test: on SQLite with its online backup, on PostgreSQL as a
# template database (a copy of files, about a second).
_snapshot = {}


def _pg_admin(settings_dict):
    import psycopg

    return psycopg.connect(
        dbname="postgres",
        host=settings_dict.get("HOST") or None,
        port=settings_dict.get("PORT") or None,
        user=settings_dict.get("USER") or None,
        password=settings_dict.get("PASSWORD") or None,
        autocommit=True,
    )


def _snapshot_take():
    from django.db import connection

    if connection.vendor == "sqlite":
        connection.ensure_connection()
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(copy)
        _snapshot["sqlite"] = copy
    elif connection.vendor == "postgresql":
        name = connection.settings_dict["NAME"]
        connection.close()
        with _pg_admin(connection.settings_dict) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}_seeded"')
            admin.execute(f'CREATE DATABASE "{name}_seeded" TEMPLATE "{name}"')
        _snapshot["postgresql"] = name


def _snapshot_restore() -> bool:
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    if connection.vendor == "sqlite" and "sqlite" in _snapshot:
        connection.ensure_connection()
        _snapshot["sqlite"].backup(connection.connection)
    elif connection.vendor == "postgresql" and "postgresql" in _snapshot:
        name = _snapshot["postgresql"]
        connection.close()
        with _pg_admin(connection.settings_dict) as admin:
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{name}_seeded"')
    else:
        return False
    ContentType.objects.clear_cache()  # the flush's post_migrate made content types with other ids
    cache.clear()
    return True


def _snapshot_drop():
    from django.db import connection

    if "postgresql" in _snapshot:
        with _pg_admin(connection.settings_dict) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{_snapshot.pop("postgresql")}_seeded" WITH (FORCE)')


@pytest.fixture
def en():
    return Locale.objects.get(language_code="en")


@pytest.fixture
def id_locale():
    return Locale.objects.get(language_code="id")


def _user(email):
    return get_user_model().objects.get(email=email)


@pytest.fixture
def admin_user(db):
    return _user("admin@score.example")


@pytest.fixture
def staff_user(db):
    return _user("staff@score.example")


@pytest.fixture
def trainer(db):
    """The demo trainer: no admin access, has studied two lessons of Workplace Cooperation."""
    return _user("trainer@score.example")


@pytest.fixture
def bedo_editor(db):
    return _user("editor.bedo@score.example")


@pytest.fixture
def smi_editor(db):
    return _user("editor.smi@score.example")


@pytest.fixture
def core(db, en):
    return CurriculumPage.objects.get(slug="score-core", locale=en)


@pytest.fixture
def score_plus(db, en):
    return CurriculumPage.objects.get(slug="score-plus", locale=en)


@pytest.fixture
def score_creative(db, en):
    return CurriculumPage.objects.get(slug="score-creative", locale=en)


@pytest.fixture
def core_module(core):
    return ModulePage.objects.child_of(core).get(slug="workplace-cooperation")


@pytest.fixture
def core_lesson(core_module):
    return LessonPage.objects.child_of(core_module).live().first()


@pytest.fixture
def plus_module(score_plus):
    return ModulePage.objects.child_of(score_plus).get(slug="workplace-cooperation")


@pytest.fixture(autouse=True)
def fresh_cache():
    """allauth's rate limits count in the cache; each test starts with none used."""
    cache.clear()
    yield


@pytest.fixture(autouse=True)
def english_by_default():
    """Requests leave their language active in the thread; each test starts in English."""
    translation.activate("en")
    yield
    translation.deactivate()


def baseline_restore():
    """What Wagtail's data migrations made, which a flush between transactional tests removes."""
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Collection, Locale, Page

    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    if Page.get_first_root_node() is None:
        Page.add_root(
            instance=Page(
                title="Root",
                slug="root",
                locale=Locale.objects.get(language_code=settings.LANGUAGE_CODE),
                content_type=ContentType.objects.get_for_model(Page),
            )
        )
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


@pytest.fixture
def seeded(transactional_db):
    """Transactional tests empty the database afterwards (content types and permissions come back
    through post_migrate); put Wagtail's baseline and the demo back when they are gone."""
    from cms.demo import seed
    from cms.models import HomePage

    if not HomePage.objects.exists() and not _snapshot_restore():
        baseline_restore()
        seed()
