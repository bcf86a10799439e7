"""Deriving a variant module from the core, and noticing when the core changes afterwards."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry

from courses.lineage import ALREADY_DERIVED, LineageError, module_derive
from courses.models import Derivation, LessonPage, ModulePage
from tests.helpers import denied, second_factor_login

pytestmark = pytest.mark.django_db

NOTICE = "The core module changed since you derived it."


def republish(page, user, **changes):
    page = page.specific
    for name, value in changes.items():
        setattr(page, name, value)
    return page.save_revision(user=user).publish(user=user)


def test_editor_derives_a_core_module_with_its_lessons(client, bedo_editor, score_plus, core, id_locale):
    source = ModulePage.objects.child_of(core).get(slug="safety-and-health")
    client.force_login(bedo_editor)
    url = reverse("courses_admin:derive_module", args=(score_plus.pk,))
    assert source.title in client.get(url).content.decode()
    response = client.post(url, {"source": source.pk})
    assert response.status_code == 302

    derived = ModulePage.objects.child_of(score_plus).get(slug="safety-and-health")
    assert response.url == reverse("wagtailadmin_pages:edit", args=(derived.pk,))
    assert not derived.live and derived.owner == bedo_editor
    lineage = Derivation.objects.get(page=derived)
    assert lineage.source_page_id == source.pk
    assert lineage.source_revision_id == source.live_revision_id
    source_lessons = list(LessonPage.objects.child_of(source).values_list("slug", "title"))
    derived_lessons = list(LessonPage.objects.child_of(derived).values_list("slug", "title"))
    assert derived_lessons == source_lessons and len(derived_lessons) >= 3
    for lesson in LessonPage.objects.child_of(derived):
        assert lesson.derivation.source_page.slug == lesson.slug
    assert PageLogEntry.objects.filter(page=derived, action="courses.derive", user=bedo_editor).exists()

    # The Indonesian variant gets the Indonesian core module, linked as its translation.
    translated = derived.get_translation_or_none(id_locale)
    assert translated is not None
    assert translated.specific.derivation.source_page_id == source.get_translation(id_locale).pk
    assert translated.title == source.get_translation(id_locale).title


def test_prerequisites_point_at_the_variants_own_module(bedo_editor, score_plus, core):
    source = ModulePage.objects.child_of(core).get(slug="cleaner-production")
    derived = module_derive(source=source, target=score_plus, user=bedo_editor)
    own_module = ModulePage.objects.child_of(score_plus).get(slug="workplace-cooperation")
    assert [link.prerequisite_id for link in derived.prerequisite_links.all()] == [own_module.pk]


def test_deriving_twice_is_refused(client, bedo_editor, score_plus, core):
    source = ModulePage.objects.child_of(core).get(slug="workplace-cooperation")
    with pytest.raises(LineageError) as error:
        module_derive(source=source, target=score_plus, user=bedo_editor)
    assert str(error.value) == str(ALREADY_DERIVED)
    client.force_login(bedo_editor)
    response = client.post(
        reverse("courses_admin:derive_module", args=(score_plus.pk,)), {"source": source.pk}
    )
    assert response.status_code == 200
    assert (
        ModulePage.objects.child_of(score_plus).filter(slug__startswith="workplace-cooperation").count() == 1
    )


def test_variant_modules_cannot_be_derived_again(bedo_editor, score_plus, score_creative):
    variant_module = ModulePage.objects.child_of(score_creative).first()
    with pytest.raises(LineageError):
        module_derive(source=variant_module, target=score_plus, user=bedo_editor)


def test_editor_cannot_derive_into_another_partners_variant(smi_editor, score_plus, core):
    source = ModulePage.objects.child_of(core).get(slug="safety-and-health")
    with pytest.raises(LineageError):
        module_derive(source=source, target=score_plus, user=smi_editor)
    assert not ModulePage.objects.child_of(score_plus).filter(slug="safety-and-health").exists()


def test_core_change_notice_until_marked_reviewed(client, bedo_editor, staff_user, core_module, plus_module):
    client.force_login(bedo_editor)
    edit = reverse("wagtailadmin_pages:edit", args=(plus_module.pk,))
    assert NOTICE not in client.get(edit).content.decode()

    previous = core_module.live_revision_id
    republish(core_module, staff_user, summary=core_module.summary + " Revised after the 2026 review.")
    core_module.refresh_from_db()
    page = client.get(edit).content.decode()
    assert NOTICE in page
    compare = reverse("courses_admin:lineage_compare", args=(plus_module.pk,))
    assert compare in page
    comparison = client.get(compare)
    assert comparison.status_code == 200
    assert "Revised after the 2026 review." in comparison.content.decode()

    review = reverse("courses_admin:lineage_review", args=(plus_module.pk,))
    assert review in page
    response = client.post(review)
    assert response.status_code == 302
    assert NOTICE not in client.get(edit).content.decode()
    lineage = Derivation.objects.get(page=plus_module)
    assert lineage.reviewed_revision_id == core_module.live_revision_id and lineage.reviewed_by == bedo_editor
    assert lineage.source_revision_id == previous

    republish(core_module, staff_user, summary=core_module.summary + " Again.")
    assert NOTICE in client.get(edit).content.decode()


def test_lesson_pages_carry_their_own_notice(client, bedo_editor, staff_user, core_module, plus_module):
    core_lesson = LessonPage.objects.child_of(core_module).live().first()
    plus_lesson = LessonPage.objects.child_of(plus_module).get(slug=core_lesson.slug)
    republish(core_lesson, staff_user, introduction="A sharper introduction.")
    client.force_login(bedo_editor)
    assert NOTICE in client.get(reverse("wagtailadmin_pages:edit", args=(plus_lesson.pk,))).content.decode()
    assert (
        NOTICE not in client.get(reverse("wagtailadmin_pages:edit", args=(plus_module.pk,))).content.decode()
    )


def test_another_partner_cannot_mark_reviewed(client, smi_editor, staff_user, core_module, plus_module):
    republish(core_module, staff_user, summary="Changed.")
    client.force_login(smi_editor)
    response = client.post(reverse("courses_admin:lineage_review", args=(plus_module.pk,)))
    assert denied(response)
    assert denied(client.get(reverse("courses_admin:lineage_compare", args=(plus_module.pk,))))
    assert Derivation.objects.get(page=plus_module).is_behind


def test_dashboard_lists_pages_behind_the_core(
    client, bedo_editor, smi_editor, staff_user, core_module, plus_module
):
    client.force_login(bedo_editor)
    assert "Core changes to review" not in client.get(reverse("wagtailadmin_home")).content.decode()
    republish(core_module, staff_user, summary="Changed for the dashboard.")
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Core changes to review" in dashboard
    assert reverse("courses_admin:lineage_compare", args=(plus_module.pk,)) in dashboard
    # SMI's own Workplace Cooperation module is behind too, but BEDO's editor does not see it.
    client.force_login(smi_editor)
    smi_dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("courses_admin:lineage_compare", args=(plus_module.pk,)) not in smi_dashboard
    assert "Core changes to review" in smi_dashboard


def test_derive_action_offered_on_own_variant_only(client, bedo_editor, staff_user, score_plus, core):
    derive = reverse("courses_admin:derive_module", args=(score_plus.pk,))
    client.force_login(bedo_editor)
    assert derive in client.get(reverse("wagtailadmin_explore", args=(score_plus.pk,))).content.decode()
    assert derive in client.get(reverse("wagtailadmin_pages:edit", args=(score_plus.pk,))).content.decode()
    second_factor_login(client, staff_user)
    core_listing = client.get(reverse("wagtailadmin_explore", args=(core.pk,))).content.decode()
    assert reverse("courses_admin:derive_module", args=(core.pk,)) not in core_listing
    assert client.get(reverse("courses_admin:derive_module", args=(core.pk,))).status_code in (302, 403)


def test_a_core_page_not_on_the_site_stays_in_the_core(client, bedo_editor, staff_user, score_plus, core):
    source = ModulePage.objects.child_of(core).get(slug="safety-and-health")
    draft = LessonPage(title="A lesson still being written", slug="still-being-written", live=False)
    source.add_child(instance=draft)
    draft.save_revision(user=staff_user)
    client.force_login(bedo_editor)
    form = client.get(reverse("courses_admin:derive_module", args=(score_plus.pk,))).content.decode()
    assert "A lesson still being written" not in form
    derived = module_derive(source=source, target=score_plus, user=bedo_editor)
    slugs = set(LessonPage.objects.child_of(derived).values_list("slug", flat=True))
    assert "still-being-written" not in slugs and len(slugs) >= 3
