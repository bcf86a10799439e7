"""The admin shows every date in the programme's time zone: time zones chosen before are cleared."""

from django.db import migrations


def time_zones_clear(apps, schema_editor):
    UserProfile = apps.get_model("wagtailusers", "UserProfile")
    UserProfile.objects.exclude(current_time_zone="").update(current_time_zone="")


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_email_wording"),
        ("wagtailusers", "0015_userprofile_keyboard_shortcuts"),
    ]

    operations = [migrations.RunPython(time_zones_clear, migrations.RunPython.noop)]
