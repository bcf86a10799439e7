"""The demo is complete, and running the seed again changes nothing."""

import pytest
from django.apps import apps
from django.core.management import call_command

from courses.models import CurriculumPage, Derivation, LessonPage, ModulePage, Partner

pytestmark = pytest.mark.django_db

COUNTED = [
    "wagtailcore.Page",
    "wagtailcore.Revision",
    "wagtailcore.Collection",
    "wagtailcore.GroupPagePermission",
    "wagtailcore.GroupCollectionPermission",
    "wagtailcore.WorkflowPage",
    "wagtaildocs.Document",
    "wagtailimages.Image",
    "auth.Group",
    "accounts.User",
    "courses.Partner",
    "courses.Derivation",
    "courses.LessonDownload",
    "courses.ModulePrerequisite",
    "wagtailcore.PageLogEntry",
]


def counts():
    return {label: apps.get_model(label).objects.count() for label in COUNTED}


def test_seed_twice_changes_nothing(capsys):
    before = counts()
    revision_ids = set(apps.get_model("wagtailcore.Revision").objects.values_list("pk", flat=True))
    call_command("seed_demo")
    assert counts() == before
    assert set(apps.get_model("wagtailcore.Revision").objects.values_list("pk", flat=True)) == revision_ids
    out = capsys.readouterr().out
    assert "admin@score.example" in out and "editor.bedo@score.example" in out


def test_core_has_five_modules_with_substantive_lessons(core):
    modules = ModulePage.objects.child_of(core).live().order_by("number")
    assert [m.number for m in modules] == [1, 2, 3, 4, 5]
    assert modules[0].title.startswith("Workplace Cooperation")
    for module in modules:
        lessons = LessonPage.objects.child_of(module).live()
        assert lessons.count() >= 3, module.title
        for lesson in lessons:
            words = sum(len(str(block.render()).split()) for block in lesson.body)
            assert words > 250, f"{lesson.title} has only {words} words"


def test_every_variant_derives_two_core_modules(en):
    variants = CurriculumPage.objects.filter(locale=en, partner__isnull=False).select_related("partner")
    assert {v.partner.short_name for v in variants} == {"BEDO", "SMI", "UNPAR", "Pro Serve"}
    for variant in variants:
        derived = Derivation.objects.filter(
            page__path__startswith=variant.path, page__depth=variant.depth + 1
        )
        assert derived.count() >= 2, variant.title


def test_hoco_has_its_own_service_excellence_module(en):
    hoco = CurriculumPage.objects.get(slug="score-hoco", locale=en)
    own = ModulePage.objects.child_of(hoco).get(slug="service-excellence")
    assert own.title == "Service Excellence"
    assert not Derivation.objects.filter(page=own).exists()
    assert LessonPage.objects.child_of(own).live().count() >= 3


def test_eight_partners_each_with_an_editors_group():
    partners = Partner.objects.select_related("editors_group")
    assert partners.count() == 8
    assert all(p.editors_group is not None for p in partners)
    assert Partner.objects.get(is_lead=True).short_name == "BEDO"


def test_every_page_has_an_indonesian_translation(id_locale, en):
    for page in (CurriculumPage, ModulePage, LessonPage):
        for original in page.objects.filter(locale=en, live=True):
            assert original.get_translation_or_none(id_locale) is not None, original.title
