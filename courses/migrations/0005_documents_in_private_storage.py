"""Documents move out of the public media into private storage; Wagtail's serving view is the only way to
them. Files already uploaded are moved (same name), so existing links keep working."""

from django.core.files.storage import storages
from django.db import migrations, models

import courses.models.documents


def move_to_private(apps, schema_editor):
    MaterialDocument = apps.get_model("courses", "MaterialDocument")
    public, private = storages["default"], storages["private"]
    for name in MaterialDocument.objects.values_list("file", flat=True).iterator():
        if not name or private.exists(name) or not public.exists(name):
            continue
        with public.open(name, "rb") as handle:
            saved = private.save(name, handle)
        if saved != name:  # cannot happen (checked above); never point a document at the wrong file
            private.delete(saved)
            continue
        public.delete(name)


def move_to_public(apps, schema_editor):
    MaterialDocument = apps.get_model("courses", "MaterialDocument")
    public, private = storages["default"], storages["private"]
    for name in MaterialDocument.objects.values_list("file", flat=True).iterator():
        if name and private.exists(name) and not public.exists(name):
            with private.open(name, "rb") as handle:
                public.save(name, handle)
            private.delete(name)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0004_module_certifiable"),
    ]

    operations = [
        migrations.AlterField(
            model_name="materialdocument",
            name="file",
            field=models.FileField(
                storage=courses.models.documents.documents_storage, upload_to="documents", verbose_name="file"
            ),
        ),
        migrations.RunPython(move_to_private, move_to_public),
    ]
