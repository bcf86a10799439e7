"""Lesson materials are for signed-in trainers: restrict the "Curriculum materials" collection to logged-in users."""

from django.db import migrations


def restrict(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    for collection in Collection.objects.filter(name="Curriculum materials", depth=2):
        CollectionViewRestriction.objects.get_or_create(collection=collection, defaults={"restriction_type": "login"})


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0002_progress_and_knowledge_checks"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(restrict, migrations.RunPython.noop)]
