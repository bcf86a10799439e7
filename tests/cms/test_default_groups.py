"""Only the project's own groups hold rights on pages and collections: programme staff everywhere, each
partner's editors on their own curricula. Wagtail's default "Editors" and "Moderators" (no role here) hold
none: a person put in either by mistake edits, publishes and approves nothing."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupApprovalTask, GroupCollectionPermission, GroupPagePermission, Page

from courses.access import PROGRAMME_STAFF
from courses.models import Partner

pytestmark = pytest.mark.django_db
DEFAULT_GROUPS = ["Editors", "Moderators"]
strip_default_groups = importlib.import_module(
    "cms.migrations.0003_default_groups_hold_nothing"
).strip_default_groups


def project_groups() -> set[str]:
    partners = Partner.objects.exclude(editors_group=None).values_list("editors_group__name", flat=True)
    return {PROGRAMME_STAFF, *partners}


def test_wagtails_default_groups_hold_no_rights_after_seeding():
    groups = Group.objects.filter(name__in=DEFAULT_GROUPS)
    assert groups.count() == 2  # still there (Wagtail's migrations refer to them), emptied
    assert not GroupPagePermission.objects.filter(group__in=groups).exists()
    assert not GroupCollectionPermission.objects.filter(group__in=groups).exists()
    assert not GroupApprovalTask.objects.filter(groups__in=groups).exists()
    for group in groups:
        assert list(group.permissions.values_list("codename", flat=True)) == ["access_admin"]


def test_only_programme_staff_hold_rights_on_the_root_page_and_the_root_collection():
    root = Page.get_first_root_node()
    assert set(GroupPagePermission.objects.filter(page=root).values_list("group__name", flat=True)) == {
        PROGRAMME_STAFF
    }
    root_collection = Collection.get_first_root_node()
    holders = GroupCollectionPermission.objects.filter(collection=root_collection)
    assert set(holders.values_list("group__name", flat=True)) == {PROGRAMME_STAFF}


def test_every_page_and_collection_right_belongs_to_a_group_of_the_project():
    assert set(GroupPagePermission.objects.values_list("group__name", flat=True)) <= project_groups()
    assert set(GroupCollectionPermission.objects.values_list("group__name", flat=True)) <= project_groups()


def test_the_migration_takes_back_rights_a_default_group_was_given():
    editors = Group.objects.get(name="Editors")
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    GroupPagePermission.objects.create(group=editors, page=Page.get_first_root_node(), permission=publish)
    add_image = Permission.objects.get(codename="add_image")
    GroupCollectionPermission.objects.create(
        group=editors, collection=Collection.get_first_root_node(), permission=add_image
    )
    editors.permissions.add(add_image)
    task = GroupApprovalTask.objects.create(name="Editors' approval")
    task.groups.add(editors)
    strip_default_groups(apps, None)
    test_wagtails_default_groups_hold_no_rights_after_seeding()
    assert task.groups.count() == 0
