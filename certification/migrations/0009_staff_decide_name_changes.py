"""Programme staff view and decide on changes of the name on certificates: an existing staff group gets
the two permissions (a new one gets them from courses.access.programme_staff_group_ensure)."""

from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["view_namechangerequest", "change_namechangerequest"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("certification")
    app_config.models_module = True  # permissions are made after migrate; this one needs them now
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=getattr(settings, "SCORE_STAFF_GROUP", "Programme staff")).first()
    if group is not None:
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="certification", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("certification", "0008_name_change_requests"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
