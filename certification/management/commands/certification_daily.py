"""Run once a day (cron, or a scheduler calling the django-tasks task): expiries and expiry notices."""

from django.core.management.base import BaseCommand

from certification.tasks import certification_daily_task


class Command(BaseCommand):
    help = "Expire certificates past their date, and tell holders whose certificates expire soon."

    def handle(self, *args, **options):
        result = certification_daily_task.enqueue()
        value = result.return_value if result.is_finished else None
        if value is not None:
            self.stdout.write(f"Expired: {value['expired']}; notices sent: {value['notices']}.")
        else:
            self.stdout.write("Queued.")
