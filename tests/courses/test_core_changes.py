"""Reacting to a change of the core: the compare page, taking the core's new text into a draft, reviewing."""

import datetime
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse
from wagtail.models import PageLogEntry, Revision

from courses.lineage import (
    FIELD_CHANGED,
    FIELD_CURRENT,
    FIELD_LIST,
    FIELD_OWN,
    FIELD_RESYNC,
    RESYNC_CORE_MOVED,
    RESYNC_LOCKED,
    RESYNC_NOT_ALLOWED,
    LineageError,
    core_changes,
    derivation_resync,
)
from courses.models import Derivation, LessonPage, ModulePage, ModulePrerequisite
from tests.helpers import denied

pytestmark = pytest.mark.django_db

NOTICE = "The core module changed since you derived it."
NEW_INTRODUCTION = "A sharper introduction for the 2026 edition."
PARTNER_INTRODUCTION = "Our own introduction, for the garment factories of Central Java."
NEW_PARAGRAPH = "<p>A new closing paragraph from the core.</p>"


def republish(page, user, **changes):
    page = page.specific
    for name, value in changes.items():
        setattr(page, name, value)
    return page.save_revision(user=user).publish(user=user)


def body_with_new_paragraph(lesson):
    blocks = [dict(block) for block in lesson.body.raw_data]
    index = next(i for i, block in enumerate(blocks) if block["type"] == "paragraph")
    blocks[index]["value"] = blocks[index]["value"] + NEW_PARAGRAPH
    return blocks


def messages_of(response):
    return [str(message) for message in response.context["messages"]] if response.context else []


def section(html, name):
    """The compare page's part for one field."""
    match = re.search(rf'<section class="lineage-field"[^>]*data-field="{name}".*?</section>', html, re.S)
    assert match, f"no section for {name}"
    return match.group(0)


@pytest.fixture
def plus_lesson(core_lesson, plus_module):
    return LessonPage.objects.child_of(plus_module).get(slug=core_lesson.slug)


@pytest.fixture
def core_changed(core_lesson, plus_lesson, bedo_editor, staff_user):
    """The core republished the lesson with a new introduction and a new paragraph in its body; BEDO's
    editor had rewritten the introduction (a draft, not yet approved) but not the body."""
    old_introduction = core_lesson.introduction
    draft = plus_lesson.get_latest_revision_as_object()
    draft.introduction = PARTNER_INTRODUCTION
    draft.save_revision(user=bedo_editor)
    republish(
        core_lesson, staff_user, introduction=NEW_INTRODUCTION, body=body_with_new_paragraph(core_lesson)
    )
    core_lesson.refresh_from_db()
    plus_lesson.refresh_from_db()
    return old_introduction


def compare_url(page):
    return reverse("courses_admin:lineage_compare", args=(page.pk,))


def resync_url(page):
    return reverse("courses_admin:lineage_resync", args=(page.pk,))


def review_url(page):
    return reverse("courses_admin:lineage_review", args=(page.pk,))


def test_compare_page_shows_the_cores_change_beside_the_partners_text(
    client, bedo_editor, staff_user, core_lesson, plus_lesson, core_changed
):
    old_introduction = core_changed
    # The core's new version went live on 1 August 2026 at 20:00 UTC: 2 August in Jakarta.
    PageLogEntry.objects.filter(
        page=core_lesson, action="wagtail.publish", revision_id=core_lesson.live_revision_id
    ).update(timestamp=datetime.datetime(2026, 8, 1, 20, 0, tzinfo=datetime.UTC))
    client.force_login(bedo_editor)
    response = client.get(compare_url(plus_lesson))
    assert response.status_code == 200
    html = response.content.decode()

    assert "Core version you derived from" in html and "Core version live now" in html
    assert "published 2 August 2026" in html
    assert staff_user.get_full_name() in html  # who published the core's new version

    introduction = section(html, "introduction")
    assert old_introduction[:40] in introduction  # the core's old text, struck through
    assert NEW_INTRODUCTION in introduction  # and its new text
    assert PARTNER_INTRODUCTION in introduction  # beside the partner's current (draft) text
    assert 'data-state="changed"' in introduction and "You changed this" in introduction
    assert "You changed this field; bring over what you need by hand." in introduction
    assert 'value="introduction"' not in introduction

    body = section(html, "body")
    assert "A new closing paragraph from the core." in body
    assert 'data-state="resync"' in body
    assert '<input type="checkbox" name="fields" value="body">' in body
    assert "Take the core’s new text" in body

    # Fields the core did not change are not listed; the address is never offered.
    assert 'data-field="estimated_minutes"' not in html
    assert 'name="fields" value="slug"' not in html
    assert f'action="{review_url(plus_lesson)}"' in html


def test_core_changes_states(bedo_editor, plus_lesson, core_changed):
    changes = core_changes(page=plus_lesson, user=bedo_editor)
    states = {change.name: change.state for change in changes.fields}
    assert states == {"introduction": FIELD_CHANGED, "body": FIELD_RESYNC}
    assert [change.name for change in changes.resyncable] == ["body"]
    assert changes.is_behind


def test_resync_takes_the_cores_new_text_into_a_draft(
    client, bedo_editor, core_lesson, plus_lesson, core_changed
):
    live_body = list(LessonPage.objects.get(pk=plus_lesson.pk).body.raw_data)
    revisions = Revision.page_revisions.filter(object_id=str(plus_lesson.pk)).count()
    client.force_login(bedo_editor)
    response = client.post(
        resync_url(plus_lesson), {"fields": ["body"], "core_revision": core_lesson.live_revision_id}
    )
    assert response.status_code == 302 and response.url == compare_url(plus_lesson)
    page = client.get(response.url)
    assert any("Body" in message and "new draft" in message for message in messages_of(page))

    plus_lesson = LessonPage.objects.get(pk=plus_lesson.pk)
    assert Revision.page_revisions.filter(object_id=str(plus_lesson.pk)).count() == revisions + 1
    draft = plus_lesson.get_latest_revision_as_object()
    assert NEW_PARAGRAPH in str(draft.body.raw_data)
    assert draft.introduction == PARTNER_INTRODUCTION  # the partner's own draft text is kept
    # Nothing was published: the live page is what it was.
    assert list(plus_lesson.body.raw_data) == live_body and NEW_PARAGRAPH not in str(live_body)
    assert plus_lesson.has_unpublished_changes

    entry = PageLogEntry.objects.get(page=plus_lesson, action="courses.lineage_resync")
    assert entry.user == bedo_editor
    assert entry.data["fields"] == ["body"]
    assert entry.data["core_revision"] == core_lesson.live_revision_id
    assert entry.revision_id == plus_lesson.latest_revision_id

    # The body is no longer offered: it already is the core's new text.
    html = page.content.decode()
    body = section(html, "body")
    assert 'data-state="current"' in body and 'name="fields"' not in body
    assert 'name="fields"' not in html  # nothing left to take over
    assert {c.name: c.state for c in core_changes(page=plus_lesson, user=bedo_editor).fields} == {
        "introduction": FIELD_CHANGED,
        "body": FIELD_CURRENT,
    }
    # The notice stays until the editor marks the changes as reviewed.
    assert Derivation.objects.get(page=plus_lesson).is_behind


@pytest.mark.parametrize(
    "fields", [["introduction"], ["body", "introduction"], ["slug"], ["estimated_minutes"], []]
)
def test_resync_of_a_field_not_offered_is_refused_and_writes_nothing(
    client, bedo_editor, core_lesson, plus_lesson, core_changed, fields
):
    revisions = Revision.page_revisions.filter(object_id=str(plus_lesson.pk)).count()
    client.force_login(bedo_editor)
    response = client.post(
        resync_url(plus_lesson),
        {"fields": fields, "core_revision": core_lesson.live_revision_id},
        follow=True,
    )
    assert response.status_code == 200
    assert any(m.startswith(("Only fields", "Choose at least one")) for m in messages_of(response))
    assert Revision.page_revisions.filter(object_id=str(plus_lesson.pk)).count() == revisions
    assert not PageLogEntry.objects.filter(page=plus_lesson, action="courses.lineage_resync").exists()
    assert LessonPage.objects.get(pk=plus_lesson.pk).get_latest_revision_as_object().introduction == (
        PARTNER_INTRODUCTION
    )


def test_resync_refused_while_locked_by_someone_else(bedo_editor, admin_user, plus_lesson, core_changed):
    LessonPage.objects.filter(pk=plus_lesson.pk).update(locked=True, locked_by=admin_user)
    with pytest.raises(LineageError) as error:
        derivation_resync(page=plus_lesson, fields=["body"], user=bedo_editor)
    assert str(error.value) == str(RESYNC_LOCKED)
    assert not PageLogEntry.objects.filter(page=plus_lesson, action="courses.lineage_resync").exists()
    # The editor's own lock does not stand in their way.
    LessonPage.objects.filter(pk=plus_lesson.pk).update(locked_by=bedo_editor)
    derivation_resync(page=plus_lesson, fields=["body"], user=bedo_editor)


def test_resync_refused_when_the_core_moved_on(
    bedo_editor, staff_user, core_lesson, plus_lesson, core_changed
):
    compared = core_lesson.live_revision_id
    republish(core_lesson, staff_user, estimated_minutes=core_lesson.estimated_minutes + 5)
    with pytest.raises(LineageError) as error:
        derivation_resync(page=plus_lesson, fields=["body"], user=bedo_editor, core_revision_id=compared)
    assert str(error.value) == str(RESYNC_CORE_MOVED)


def test_title_can_be_resynced_never_the_slug(bedo_editor, staff_user, core_lesson, plus_lesson):
    republish(core_lesson, staff_user, title=core_lesson.title + " (2026)", slug=core_lesson.slug + "-2026")
    states = {c.name: c.state for c in core_changes(page=plus_lesson, user=bedo_editor).fields}
    assert states == {"title": FIELD_RESYNC, "slug": FIELD_OWN}
    with pytest.raises(LineageError) as error:
        derivation_resync(page=plus_lesson, fields=["slug"], user=bedo_editor)
    assert str(error.value) == str(RESYNC_NOT_ALLOWED)
    derivation_resync(page=plus_lesson, fields=["title"], user=bedo_editor)
    plus_lesson = LessonPage.objects.get(pk=plus_lesson.pk)
    draft = plus_lesson.get_latest_revision_as_object()
    assert draft.title.endswith("(2026)") and not plus_lesson.title.endswith("(2026)")
    assert draft.slug == plus_lesson.slug and not draft.slug.endswith("-2026")


def test_child_relations_are_shown_not_resynced(
    client, bedo_editor, staff_user, core, core_module, plus_module
):
    other = ModulePage.objects.child_of(core).exclude(pk=core_module.pk).live().first()
    module = core_module.specific
    module.prerequisite_links.add(ModulePrerequisite(prerequisite=other))
    module.save_revision(user=staff_user).publish(user=staff_user)
    changes = core_changes(page=plus_module, user=bedo_editor)
    assert {c.name: c.state for c in changes.fields} == {"prerequisite_links": FIELD_LIST}
    client.force_login(bedo_editor)
    html = client.get(compare_url(plus_module)).content.decode()
    prerequisites = section(html, "prerequisite_links")
    assert "Prerequisite modules" in prerequisites and other.title in prerequisites
    assert 'name="fields"' not in prerequisites
    with pytest.raises(LineageError):
        derivation_resync(page=plus_module, fields=["prerequisite_links"], user=bedo_editor)


def test_mark_as_reviewed_from_the_compare_page(client, bedo_editor, core_lesson, plus_lesson, core_changed):
    client.force_login(bedo_editor)
    edit = reverse("wagtailadmin_pages:edit", args=(plus_lesson.pk,))
    assert NOTICE in client.get(edit).content.decode()
    html = client.get(compare_url(plus_lesson)).content.decode()
    form = re.search(rf'<form method="post" action="{review_url(plus_lesson)}".*?</form>', html, re.S).group(
        0
    )
    assert "Mark as reviewed" in form
    response = client.post(review_url(plus_lesson))
    assert response.status_code == 302
    assert NOTICE not in client.get(edit).content.decode()
    lineage = Derivation.objects.get(page=plus_lesson)
    assert lineage.reviewed_revision_id == core_lesson.live_revision_id and lineage.reviewed_by == bedo_editor
    assert "up to date with the core" in client.get(compare_url(plus_lesson)).content.decode()
    # Reviewed, the core's change is no longer offered.
    assert core_changes(page=plus_lesson, user=bedo_editor).fields == []


@pytest.mark.parametrize("intruder", ["smi_editor", "trainer"])
def test_others_cannot_compare_resync_or_review(
    client, request, intruder, core_lesson, plus_lesson, core_changed
):
    """Another partner's editor (wrong object) and a trainer (wrong role) are refused all three."""
    client.force_login(request.getfixturevalue(intruder))
    revisions = Revision.page_revisions.filter(object_id=str(plus_lesson.pk)).count()
    assert denied(client.get(compare_url(plus_lesson)))
    assert denied(
        client.post(
            resync_url(plus_lesson), {"fields": ["body"], "core_revision": core_lesson.live_revision_id}
        )
    )
    assert denied(client.post(review_url(plus_lesson)))
    assert Revision.page_revisions.filter(object_id=str(plus_lesson.pk)).count() == revisions
    assert not PageLogEntry.objects.filter(page=plus_lesson, action="courses.lineage_resync").exists()
    assert Derivation.objects.get(page=plus_lesson).is_behind


def test_another_partners_editor_cannot_resync_through_the_service(smi_editor, plus_lesson, core_changed):
    with pytest.raises(LineageError):
        derivation_resync(page=plus_lesson, fields=["body"], user=smi_editor)
    with pytest.raises(LineageError):
        core_changes(page=plus_lesson, user=smi_editor)


def test_notice_links_to_the_compare_page_with_its_stylesheet(client, bedo_editor, plus_lesson, core_changed):
    client.force_login(bedo_editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=(plus_lesson.pk,))).content.decode()
    assert "Compare with the core" in html and "Compare the two core versions" not in html
    assert f'data-lineage-action="compare" href="{compare_url(plus_lesson)}"' in html
    # The notice's buttons keep their own colours (static/css/admin-lineage.css), a file the admin's
    # Content-Security-Policy allows ('self'), not an inline style.
    assert '<link rel="stylesheet" href="/static/css/admin-lineage.css">' in html
    stylesheet = Path(finders.find("css/admin-lineage.css")).read_text()
    assert ".help-block.lineage-notice a.button" in stylesheet
