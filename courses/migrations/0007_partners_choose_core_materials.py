"""Partners' editors may choose (only choose) the core's materials: every partner's editors group gets
choose_document and choose_image on the collection of each core curriculum, and nothing more there (a
new group gets them from courses.access.partner_access_sync, whose rule this repeats with historical
models)."""

from django.db import migrations

CHOOSE = {"wagtaildocs": "choose_document", "wagtailimages": "choose_image"}


def grant(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    CurriculumPage = apps.get_model("courses", "CurriculumPage")
    Partner = apps.get_model("courses", "Partner")

    choose = [
        permission.pk
        for app_label, codename in CHOOSE.items()
        for permission in Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    ]
    core_collections = set(
        CurriculumPage.objects.filter(partner__isnull=True, materials_collection__isnull=False).values_list(
            "materials_collection_id", flat=True
        )
    )
    if not choose or not core_collections:
        return
    groups = Partner.objects.filter(editors_group__isnull=False).values_list("editors_group_id", flat=True)
    for group_id in groups:
        # Nothing but choosing on the core's collections.
        on_core = GroupCollectionPermission.objects.filter(
            group_id=group_id, collection_id__in=core_collections
        )
        on_core.exclude(permission_id__in=choose).delete()
        for collection_id in core_collections:
            for permission_id in choose:
                GroupCollectionPermission.objects.get_or_create(
                    group_id=group_id, collection_id=collection_id, permission_id=permission_id
                )


def withdraw(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    CurriculumPage = apps.get_model("courses", "CurriculumPage")
    Partner = apps.get_model("courses", "Partner")

    with_collection = CurriculumPage.objects.filter(materials_collection__isnull=False)
    core_collections = with_collection.filter(partner__isnull=True).values("materials_collection_id")
    partner_collections = with_collection.filter(partner__isnull=False).values("materials_collection_id")
    groups = Partner.objects.filter(editors_group__isnull=False).values("editors_group_id")
    choose = [
        permission.pk
        for app_label, codename in CHOOSE.items()
        for permission in Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    ]
    GroupCollectionPermission.objects.filter(
        group_id__in=groups, collection_id__in=core_collections, permission_id__in=choose
    ).exclude(collection_id__in=partner_collections).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0006_content_approval_task"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0011_add_choose_permissions"),
        ("wagtailimages", "0023_add_choose_permissions"),
    ]

    operations = [migrations.RunPython(grant, withdraw)]
