"""Certificates issued before the curriculum's Indonesian title was frozen on them get it now: the Indonesian
translation of the curriculum the certified module's page sits in (the page of the revision the certificate
was earned on, else the track's module), or the English title frozen on the certificate where there is none."""

from django.db import migrations

STEPLEN = 4  # wagtail's Page.steplen: each level of the page tree adds four characters to the path


def _curriculum_id_title(apps, page_id, curriculum_type, indonesian) -> str | None:
    Page = apps.get_model("wagtailcore", "Page")
    page = Page.objects.filter(pk=page_id).values("path", "depth").first()
    if page is None or curriculum_type is None or indonesian is None:
        return None
    ancestor_paths = [page["path"][: level * STEPLEN] for level in range(1, page["depth"] + 1)]
    curriculum = (
        Page.objects.filter(path__in=ancestor_paths, content_type=curriculum_type)
        .order_by("-depth")
        .values("translation_key")
        .first()
    )
    if curriculum is None:
        return None
    return (
        Page.objects.filter(translation_key=curriculum["translation_key"], locale=indonesian)
        .values_list("title", flat=True)
        .first()
    )


def backfill_curriculum_title_id(apps, schema_editor):
    Certificate = apps.get_model("certification", "Certificate")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Locale = apps.get_model("wagtailcore", "Locale")
    curriculum_type = ContentType.objects.filter(app_label="courses", model="curriculumpage").first()
    indonesian = Locale.objects.filter(language_code="id").first()
    titles = {}  # module page id -> the curriculum's Indonesian title (None: not found)
    changed = []
    certificates = (
        Certificate.objects.filter(curriculum_title_id="")
        .exclude(curriculum_title="")
        .select_related("module_revision", "certification__track")
    )
    for certificate in certificates.iterator():
        revision = certificate.module_revision
        page_id = (
            int(revision.object_id)
            if revision is not None and revision.object_id.isdigit()
            else certificate.certification.track.module_id
        )
        if page_id not in titles:
            titles[page_id] = _curriculum_id_title(apps, page_id, curriculum_type, indonesian)
        certificate.curriculum_title_id = titles[page_id] or certificate.curriculum_title
        changed.append(certificate)
    Certificate.objects.bulk_update(changed, ["curriculum_title_id"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("certification", "0005_certificate_curriculum_title_id"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(backfill_curriculum_title_id, migrations.RunPython.noop)]
