"""Existing groups get the results permissions: programme staff keep the records and the catalogue, each
partner's editors correct their own partner's records (the admin scopes them). New groups get them from
courses.access (programme_staff_group_ensure, partner_access_sync)."""

from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations

STAFF = [
    "add_enterprise",
    "change_enterprise",
    "delete_enterprise",
    "view_enterprise",
    "add_trainingcycle",
    "change_trainingcycle",
    "view_trainingcycle",
    "change_assessment",
    "view_assessment",
    "add_kpi",
    "change_kpi",
    "delete_kpi",
    "view_kpi",
    "add_goodpracticechecklist",
    "change_goodpracticechecklist",
    "delete_goodpracticechecklist",
    "view_goodpracticechecklist",
]
PARTNER_EDITORS = [
    "change_enterprise",
    "view_enterprise",
    "change_trainingcycle",
    "view_trainingcycle",
    "change_assessment",
    "view_assessment",
]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("results")
    app_config.models_module = True  # permissions are made after migrate; these are needed now
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Partner = apps.get_model("courses", "Partner")

    def permissions(codenames):
        return Permission.objects.filter(content_type__app_label="results", codename__in=codenames)

    staff = Group.objects.filter(name=getattr(settings, "SCORE_STAFF_GROUP", "Programme staff")).first()
    if staff is not None:
        staff.permissions.add(*permissions(STAFF))
    for group in Group.objects.filter(pk__in=Partner.objects.values("editors_group_id")):
        group.permissions.add(*permissions(PARTNER_EDITORS))


class Migration(migrations.Migration):
    dependencies = [
        ("results", "0004_practice_answer_may_be_unknown"),
        ("courses", "0009_curriculumpage_max_enterprises_per_cycle"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
