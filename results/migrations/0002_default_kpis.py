from django.db import migrations

from results.data.kpis import DEFAULT_KPIS


def add_kpis(apps, schema_editor):
    Kpi = apps.get_model("results", "Kpi")
    for order, (code, name, name_id, unit, direction, _modules) in enumerate(DEFAULT_KPIS):
        Kpi.objects.get_or_create(
            code=code,
            defaults={"name": name, "name_id": name_id, "unit": unit, "direction": direction, "sort_order": order},
        )


def remove_kpis(apps, schema_editor):
    Kpi = apps.get_model("results", "Kpi")
    Kpi.objects.filter(code__in=[row[0] for row in DEFAULT_KPIS], values__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("results", "0001_initial")]

    operations = [migrations.RunPython(add_kpis, remove_kpis)]
