"""Every page type renders, and the tree only allows the curriculum's shape."""

from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from cms.models import HomePage, StandardPage
from courses.models import CurriculumIndexPage, CurriculumPage, KnowledgeCheckPage, LessonPage, ModulePage
from results.models import CaseStudyIndexPage, CaseStudyPage


class PageTreeTests(WagtailPageTestCase):
    def test_home_takes_standard_pages_the_catalogue_and_the_case_studies(self):
        self.assertAllowedSubpageTypes(HomePage, {StandardPage, CurriculumIndexPage, CaseStudyIndexPage})
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_case_studies_sit_in_their_index(self):
        self.assertAllowedSubpageTypes(CaseStudyIndexPage, {CaseStudyPage})
        self.assertAllowedParentPageTypes(CaseStudyPage, {CaseStudyIndexPage})

    def test_catalogue_holds_curricula_only(self):
        self.assertAllowedSubpageTypes(CurriculumIndexPage, {CurriculumPage})
        self.assertAllowedParentPageTypes(CurriculumIndexPage, {HomePage})

    def test_curriculum_module_lesson_chain(self):
        self.assertAllowedSubpageTypes(CurriculumPage, {ModulePage})
        self.assertAllowedParentPageTypes(CurriculumPage, {CurriculumIndexPage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage, KnowledgeCheckPage})
        self.assertAllowedSubpageTypes(KnowledgeCheckPage, set())
        self.assertAllowedParentPageTypes(KnowledgeCheckPage, {ModulePage})
        self.assertAllowedParentPageTypes(ModulePage, {CurriculumPage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertAllowedParentPageTypes(LessonPage, {ModulePage})

    def test_a_lesson_cannot_be_created_directly_under_a_curriculum(self):
        self.assertCanNotCreateAt(CurriculumPage, LessonPage)
        self.assertCanNotCreateAt(HomePage, ModulePage)

    def test_standard_pages_nest(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})


class RenderTests(WagtailPageTestCase):
    def setUp(self):
        # Lesson bodies are for signed-in trainers; the rest renders for them as for anyone.
        self.client.force_login(get_user_model().objects.get(email="trainer@score.example"))

    def test_every_page_type_renders_in_both_languages(self):
        for model in (HomePage, StandardPage, CurriculumIndexPage, CurriculumPage, ModulePage, LessonPage):
            for language in ("en", "id"):
                page = model.objects.live().filter(locale__language_code=language).first()
                self.assertIsNotNone(page, f"{model.__name__} in {language} missing from the demo")
                self.assertPageIsRenderable(page)

    def test_lesson_page_shows_breadcrumbs_and_neighbours(self):
        module = ModulePage.objects.live().get(
            slug="workplace-cooperation",
            locale__language_code="en",
            depth=5,
            path__startswith=CurriculumPage.objects.get(slug="score-core", locale__language_code="en").path,
        )
        lessons = list(LessonPage.objects.child_of(module).live().order_by("path"))
        response = self.client.get(lessons[1].url)
        html = response.content.decode()
        self.assertContains(response, 'aria-label="Breadcrumb"')
        self.assertIn(module.title, html)
        self.assertIn(f'rel="prev" href="{lessons[0].url}"', html)
        self.assertIn(f'rel="next" href="{lessons[2].url}"', html)
        self.assertContains(response, f"Lesson 2 of {len(lessons)}")

    def test_module_page_totals_its_lessons_study_time(self):
        module = ModulePage.objects.live().filter(locale__language_code="en", slug="quality").first()
        lessons = LessonPage.objects.child_of(module).live()
        total = sum(lesson.estimated_minutes for lesson in lessons)
        response = self.client.get(module.url)
        self.assertContains(response, f"{total} minutes")
        for lesson in lessons:
            self.assertContains(response, lesson.title)

    def test_unpublished_lessons_are_not_listed(self):
        module = ModulePage.objects.live().filter(locale__language_code="en", slug="quality").first()
        lesson = LessonPage.objects.child_of(module).live().first()
        url = lesson.url
        self.assertContains(self.client.get(module.url), f'href="{url}"')
        lesson.unpublish()
        self.assertNotContains(self.client.get(module.url), f'href="{url}"')
        self.assertEqual(self.client.get(url).status_code, 404)
