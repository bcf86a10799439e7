"""Wagtail's default "Editors" and "Moderators" groups are no role of this project (programme staff and each
partner's editors are: courses/access.py). Wagtail's migrations gave them add, change and publish rights on
the root page and every collection, and made Moderators the approvers of its default workflow, so anyone put
in either group would edit, publish and approve everywhere. They keep admin access and nothing else;
tests/cms/test_default_groups.py fails if a right comes back (docs/decisions/0015)."""

from django.db import migrations

DEFAULT_GROUPS = ["Editors", "Moderators"]


def strip_default_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    groups = list(Group.objects.filter(name__in=DEFAULT_GROUPS))
    GroupPagePermission.objects.filter(group__in=groups).delete()
    GroupCollectionPermission.objects.filter(group__in=groups).delete()
    for group in groups:
        kept = list(group.permissions.filter(content_type__app_label="wagtailadmin", codename="access_admin"))
        group.permissions.set(kept)
    for task in GroupApprovalTask.objects.filter(groups__in=groups).distinct():
        task.groups.remove(*groups)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0002_locales"),
        # After every migration of Wagtail's that grants these groups something.
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(strip_default_groups, migrations.RunPython.noop)]
